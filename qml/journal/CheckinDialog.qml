// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The quick mood check-in: open(), move the mood slider (arrow keys work), Enter to save.
// Optional anxiety, energy and sleep ratings and a short note.
Dialog {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    readonly property alias form: checkinForm
    // The rating rows' label column: their sliders line up, however long a translated label is.
    readonly property real ratingLabelWidth: Math.max(170, anxietyRow.labelImplicitWidth, energyRow.labelImplicitWidth,
        sleepRow.labelImplicitWidth)

    signal saved(real recordId)

    function openNew(): void {
        checkinForm.openNew();
        open();
        draftGuard.begin(0);
        if (!draftGuard.focusOffer())
            moodSlider.forceActiveFocus();
    }
    function openEdit(id: real): bool {
        if (!checkinForm.openEdit(id))
            return false;
        open();
        draftGuard.begin(id);
        if (!draftGuard.focusOffer())
            moodSlider.forceActiveFocus();
        return true;
    }
    function trySave(): void {
        if (checkinForm.save()) {
            draftGuard.finish();
            root.saved(checkinForm.recordId);
            root.close();
        }
    }

    objectName: "checkinDialog"
    title: checkinForm.recordId > 0 ? qsTr("Mood check-in") : qsTr("How are you right now?")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 640, 640)
    // Escape asks before anything typed is lost (DraftGuard.requestClose).
    closePolicy: Popup.NoAutoClose

    onAboutToShow: if (checkinForm.recordId === 0) checkinForm.openNew()
    onClosed: {
        draftGuard.draft.close(); // keeps what is unsaved if the dialog went away another way
        checkinForm.clear();
    }

    CheckinForm {
        id: checkinForm
    }

    Shortcut {
        sequence: "Esc"
        // visible, not opened: Escape also counts while the dialog is still fading in.
        enabled: root.visible && !draftGuard.closeConfirmation.visible
        onActivated: draftGuard.requestClose()
    }

    contentItem: ColumnLayout {
        spacing: 10

        DraftGuard {
            id: draftGuard
            Layout.fillWidth: true
            editor: "checkin"
            description: qsTr("The check-in")
            content: ({
                    mood: checkinForm.mood,
                    anxiety: checkinForm.anxiety,
                    energy: checkinForm.energy,
                    sleep: checkinForm.sleep,
                    note: checkinForm.note
                })
            onRestoreRequested: kept => {
                checkinForm.mood = kept.mood;
                checkinForm.anxiety = kept.anxiety;
                checkinForm.energy = kept.energy;
                checkinForm.sleep = kept.sleep;
                checkinForm.note = kept.note;
                moodSlider.forceActiveFocus();
            }
            onCloseAccepted: root.close()
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: qsTr("Mood")
                font.bold: true
                Layout.preferredWidth: 60
            }
            Label {
                text: qsTr("0 · worst")
                font.pixelSize: 12
            }
            Slider {
                id: moodSlider
                objectName: "checkinMoodSlider"
                Layout.fillWidth: true
                from: SessionVocabulary.ratingMin
                to: SessionVocabulary.ratingMax
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: checkinForm.mood
                Accessible.name: qsTr("Mood, %1 of 10, from 0 worst to 10 best").arg(Math.round(value))
                onMoved: checkinForm.mood = Math.round(value)
                Keys.onReturnPressed: root.trySave()
                Keys.onEnterPressed: root.trySave()
            }
            Label {
                text: qsTr("best · 10")
                font.pixelSize: 12
            }
            Label {
                objectName: "checkinMoodValue"
                text: String(checkinForm.mood)
                font.pixelSize: 28
                font.bold: true
                Layout.preferredWidth: 40
                horizontalAlignment: Text.AlignRight
            }
        }

        RatingRow {
            id: anxietyRow
            objectName: "checkinAnxiety"
            labelWidth: root.ratingLabelWidth
            Layout.fillWidth: true
            label: qsTr("Anxiety")
            lowText: qsTr("calm")
            highText: qsTr("severe")
            value: checkinForm.anxiety
            onMoved: value => checkinForm.anxiety = value
        }
        RatingRow {
            id: energyRow
            objectName: "checkinEnergy"
            labelWidth: root.ratingLabelWidth
            Layout.fillWidth: true
            label: qsTr("Energy")
            lowText: qsTr("drained")
            highText: qsTr("full")
            value: checkinForm.energy
            onMoved: value => checkinForm.energy = value
        }
        RatingRow {
            id: sleepRow
            objectName: "checkinSleep"
            labelWidth: root.ratingLabelWidth
            Layout.fillWidth: true
            label: qsTr("Sleep quality")
            lowText: qsTr("poor")
            highText: qsTr("great")
            value: checkinForm.sleep
            onMoved: value => checkinForm.sleep = value
        }
        JournalTextField {
            objectName: "checkinNote"
            Layout.fillWidth: true
            placeholderText: qsTr("A note (optional)")
            Accessible.name: qsTr("Check-in note")
            text: checkinForm.note
            onTextEdited: checkinForm.note = text
            onAccepted: root.trySave()
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: checkinForm.errorMessage
            wrapMode: Text.WordWrap
            color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        RowLayout {
            Layout.fillWidth: true
            Button {
                visible: checkinForm.recordId > 0
                objectName: "checkinDeleteButton"
                text: qsTr("Move to trash")
                Accessible.name: qsTr("Move this check-in to the trash")
                flat: true
                onClicked: {
                    if (checkinForm.moveToTrash()) {
                        draftGuard.finish();
                        root.close();
                    }
                }
            }
            Item { Layout.fillWidth: true }
            Button {
                objectName: "checkinCancelButton"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the check-in")
                flat: true
                onClicked: draftGuard.requestClose()
            }
            Button {
                objectName: "checkinSaveButton"
                text: qsTr("Save")
                Accessible.name: qsTr("Save the check-in")
                highlighted: true
                // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
                background.layer.enabled: enabled && !AppSettings.plainPopups
                onClicked: root.trySave()
            }
        }
    }
}
