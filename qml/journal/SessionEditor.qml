// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The session editor: every session field (DOMAIN.md), "same as last session" defaults, and
// validation messages beside the fields. openNew() / openEdit(id) from the app frame.
// Over 500 lines because a session has some twenty fields, each laid out here once; the logic is
// in SessionForm (C++), the repeated pieces in ValidatedField, KeyComboBox and VitalsEditor.
Dialog {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    readonly property alias form: sessionForm
    // The side effects offered as check boxes; anything else goes in the "other" field.
    readonly property var standardSideEffects: SessionVocabulary.sideEffects.map(choice => choice.key)

    signal saved(real recordId)

    function openNew(): void {
        sessionForm.openNew();
        otherEffects.text = "";
        open();
        draftGuard.begin(0);
        if (!draftGuard.focusOffer())
            dateField.field.forceActiveFocus();
    }
    function openEdit(id: real): bool {
        if (!sessionForm.openEdit(id))
            return false;
        otherEffects.text = root.otherSideEffects().join(", ");
        open();
        draftGuard.begin(id);
        if (!draftGuard.focusOffer())
            dateField.field.forceActiveFocus();
        return true;
    }
    function f(name: string): string {
        const value = sessionForm.fields[name];
        return value === undefined ? "" : String(value);
    }
    function e(name: string): string {
        const value = sessionForm.errors[name];
        return value === undefined ? "" : String(value);
    }
    function otherSideEffects(): var {
        const all = sessionForm.fields.sideEffects || [];
        return all.filter(effect => root.standardSideEffects.indexOf(effect) < 0);
    }
    function setOtherSideEffects(text: string): void {
        const standard = (sessionForm.fields.sideEffects || []).filter(effect => root.standardSideEffects.indexOf(effect) >= 0);
        const others = text.split(",").map(s => s.trim()).filter(s => s.length > 0);
        sessionForm.setField("sideEffects", standard.concat(others));
    }
    function trySave(): void {
        if (sessionForm.save()) {
            draftGuard.finish();
            root.saved(sessionForm.recordId);
            root.close();
        }
    }

    objectName: "sessionEditor"
    title: sessionForm.editing ? qsTr("Edit session") : qsTr("New session")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 820, 1040)
    height: parent ? parent.height - 32 : 600
    padding: 0
    // Escape asks before anything typed is lost (DraftGuard.requestClose).
    closePolicy: Popup.NoAutoClose

    onClosed: {
        draftGuard.draft.close(); // keeps what is unsaved if the dialog went away another way
        sessionForm.clear();
    }

    SessionForm {
        id: sessionForm
    }

    Shortcut {
        sequence: "Esc"
        // visible, not opened: Escape also counts while the dialog is still fading in.
        enabled: root.visible && !draftGuard.closeConfirmation.visible
        onActivated: draftGuard.requestClose()
    }

    Shortcut {
        // StandardKey.Save is Ctrl+S on every platform Qt supports; Qt 6.4's qmllint cannot resolve
        // StandardKey.
        sequence: "Ctrl+S"
        enabled: root.opened
        onActivated: root.trySave()
    }

    contentItem: ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 12

            DraftGuard {
                id: draftGuard
                Layout.fillWidth: true
                editor: "session"
                description: sessionForm.editing ? qsTr("The session you were editing") : qsTr("The new session")
                content: sessionForm.fields
                onRestoreRequested: kept => {
                    for (const name in kept)
                        sessionForm.setField(name, kept[name]);
                    otherEffects.text = root.otherSideEffects().join(", ");
                    dateField.field.forceActiveFocus();
                }
                onCloseAccepted: root.close()
            }

            Pane {
                Layout.fillWidth: true
                visible: sessionForm.usedLastSession
                padding: 8
                Label {
                    width: parent.width
                    text: qsTr("Route, dose, provider and setting are filled in from your last session.")
                    wrapMode: Text.WordWrap
                    opacity: 0.8
                }
            }

            GridLayout {
                id: grid
                // Equal columns: a choice box as wide as its neighbours (the layout would
                // size each column by its widest content and cut a long choice short).
                readonly property real cell: (width - (columns - 1) * columnSpacing) / columns
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                // Four columns only where each field still fits its label (wider than 900 x 600).
                columns: scroll.availableWidth > 960 ? 4 : 2
                columnSpacing: 16
                rowSpacing: 8

                Label {
                    text: qsTr("When and what")
                    font.bold: true
                    Layout.columnSpan: parent.columns
                    Accessible.role: Accessible.Heading
                }
                DateField {
                    id: dateField
                    objectName: "sessionDate"
                    label: qsTr("Date (year-month-day)")
                    text: root.f("date")
                    error: root.e("date")
                    placeholder: "2026-03-02"
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("date", text)
                }
                ValidatedField {
                    objectName: "sessionTime"
                    label: qsTr("Time (hours:minutes)")
                    text: root.f("time")
                    error: root.e("time")
                    placeholder: "14:30"
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("time", text)
                }
                KeyComboBox {
                    objectName: "sessionModality"
                    label: qsTr("Treatment")
                    options: SessionVocabulary.modalities
                    value: root.f("modality")
                    Layout.fillWidth: true
                    // Two columns where there are four: room for "Ketamine-assisted psychotherapy".
                    Layout.columnSpan: grid.columns === 4 ? 2 : 1
                    Layout.preferredWidth: grid.columns === 4 ? grid.cell * 2 + grid.columnSpacing : grid.cell
                    onChosen: key => sessionForm.setField("modality", key)
                }
                KeyComboBox {
                    objectName: "sessionRoute"
                    label: qsTr("Route")
                    options: SessionVocabulary.routes
                    value: root.f("route")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onChosen: key => sessionForm.setField("route", key)
                }
                ValidatedField {
                    objectName: "sessionRouteOther"
                    visible: root.f("route") === "other"
                    label: qsTr("Route in your own words")
                    text: root.f("routeOther")
                    error: root.e("routeOther")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell * 2 + grid.columnSpacing
                    Layout.columnSpan: 2
                    onEdited: text => sessionForm.setField("routeOther", text)
                }
                ValidatedField {
                    objectName: "sessionDose"
                    label: qsTr("Dose")
                    unit: qsTr("mg")
                    text: root.f("dose")
                    error: root.e("dose")
                    extraInputMethodHints: Qt.ImhFormattedNumbersOnly
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("dose", text)
                }
                ValidatedField {
                    objectName: "sessionDosePerKg"
                    label: qsTr("Dose per kg (IV)")
                    unit: qsTr("mg/kg")
                    text: root.f("dosePerKg")
                    error: root.e("dosePerKg")
                    extraInputMethodHints: Qt.ImhFormattedNumbersOnly
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("dosePerKg", text)
                }

                Label {
                    text: qsTr("Where and with whom")
                    font.bold: true
                    Layout.columnSpan: parent.columns
                    Layout.topMargin: 8
                    Accessible.role: Accessible.Heading
                }
                ValidatedField {
                    objectName: "sessionProvider"
                    label: qsTr("Provider or clinic")
                    text: root.f("provider")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell * 2 + grid.columnSpacing
                    Layout.columnSpan: 2
                    onEdited: text => sessionForm.setField("provider", text)
                }
                KeyComboBox {
                    objectName: "sessionSetting"
                    label: qsTr("Setting")
                    options: SessionVocabulary.settings
                    value: root.f("setting")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onChosen: key => sessionForm.setField("setting", key)
                }
                ColumnLayout {
                    spacing: 2
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    Label {
                        text: qsTr("Who was present")
                        font.pixelSize: 12
                    }
                    ComboBox {
                        id: presentBox
                        objectName: "sessionPresentCombo"
                        Layout.fillWidth: true
                        editable: true
                        // Typed text goes into the journal: the same hints as JournalTextField.
                        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        Accessible.name: qsTr("Who was present")
                        textRole: "text"
                        valueRole: "key"
                        model: SessionVocabulary.present
                        function labelFor(key: string): string {
                            const list = SessionVocabulary.present;
                            for (let i = 0; i < list.length; ++i) {
                                if (list[i].key === key)
                                    return list[i].text;
                            }
                            return key;
                        }
                        function keyFor(text: string): string {
                            const list = SessionVocabulary.present;
                            for (let i = 0; i < list.length; ++i) {
                                if (list[i].text === text)
                                    return list[i].key;
                            }
                            return text.trim();
                        }
                        editText: labelFor(root.f("present"))
                        onActivated: sessionForm.setField("present", currentValue)
                        onAccepted: sessionForm.setField("present", keyFor(editText))
                        onActiveFocusChanged: if (!activeFocus) sessionForm.setField("present", keyFor(editText))
                    }
                }

                Label {
                    text: qsTr("Before the session")
                    font.bold: true
                    Layout.columnSpan: parent.columns
                    Layout.topMargin: 8
                    Accessible.role: Accessible.Heading
                }
                ColumnLayout {
                    Layout.columnSpan: parent.columns
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: qsTr("Intention")
                        font.pixelSize: 12
                    }
                    JournalTextArea {
                        id: intention
                        objectName: "sessionIntention"
                        Layout.fillWidth: true
                        Layout.minimumHeight: 60
                        wrapMode: TextEdit.Wrap
                        placeholderText: qsTr("What you set out to explore")
                        Accessible.name: qsTr("Intention")
                        text: root.f("intention")
                        onTextChanged: if (activeFocus) sessionForm.setField("intention", text)
                        KeyNavigation.priority: KeyNavigation.BeforeItem
                        Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); }
                    }
                }
                ValidatedField {
                    objectName: "sessionMoodBefore"
                    label: qsTr("Mood before (0–10)")
                    text: root.f("moodBefore")
                    error: root.e("moodBefore")
                    extraInputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("moodBefore", text)
                }
                Label {
                    text: qsTr("After the session")
                    font.bold: true
                    Layout.columnSpan: parent.columns
                    Layout.topMargin: 8
                    Accessible.role: Accessible.Heading
                }
                ValidatedField {
                    objectName: "sessionMoodAfter"
                    label: qsTr("Mood after (0–10)")
                    text: root.f("moodAfter")
                    error: root.e("moodAfter")
                    extraInputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("moodAfter", text)
                }
                ValidatedField {
                    objectName: "sessionDissociation"
                    label: qsTr("Dissociation, your own rating (0–10)")
                    text: root.f("dissociation")
                    error: root.e("dissociation")
                    extraInputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("dissociation", text)
                }
                ValidatedField {
                    objectName: "sessionDissociationClinic"
                    label: qsTr("Clinic's dissociation score (optional)")
                    text: root.f("dissociationClinicScore")
                    error: root.e("dissociationClinicScore")
                    extraInputMethodHints: Qt.ImhDigitsOnly
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("dissociationClinicScore", text)
                }
                ValidatedField {
                    objectName: "sessionDissociationScale"
                    label: qsTr("Its scale, e.g. CADSS")
                    text: root.f("dissociationClinicScale")
                    error: root.e("dissociationClinicScale")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("dissociationClinicScale", text)
                }
                Label {
                    Layout.columnSpan: parent.columns
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    font.pixelSize: 12
                    opacity: 0.8
                    text: qsTr("Your own dissociation rating: 0 none, 5 clearly detached, 10 completely detached.")
                }
                VitalsEditor {
                    objectName: "sessionVitals"
                    form: sessionForm
                    Layout.columnSpan: parent.columns
                    Layout.fillWidth: true
                }

                ColumnLayout {
                    Layout.columnSpan: parent.columns
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: qsTr("Side effects")
                        font.pixelSize: 12
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 4
                        Repeater {
                            model: SessionVocabulary.sideEffects
                            delegate: CheckBox {
                                required property var modelData
                                objectName: "sessionSideEffect_" + modelData.key
                                text: modelData.text
                                Accessible.name: modelData.text
                                checked: (sessionForm.fields.sideEffects || []).indexOf(modelData.key) >= 0
                                onToggled: sessionForm.toggleSideEffect(modelData.key, checked)
                            }
                        }
                    }
                    JournalTextField {
                        id: otherEffects
                        objectName: "sessionOtherSideEffects"
                        Layout.fillWidth: true
                        placeholderText: qsTr("Other side effects, separated by commas")
                        Accessible.name: qsTr("Other side effects")
                        onTextEdited: root.setOtherSideEffects(text)
                    }
                }
                ColumnLayout {
                    Layout.columnSpan: parent.columns
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        text: qsTr("The experience in your own words")
                        font.pixelSize: 12
                    }
                    JournalTextArea {
                        objectName: "sessionExperience"
                        Layout.fillWidth: true
                        Layout.minimumHeight: 100
                        wrapMode: TextEdit.Wrap
                        Accessible.name: qsTr("The experience in your own words")
                        text: root.f("experience")
                        onTextChanged: if (activeFocus) sessionForm.setField("experience", text)
                        Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); }
                    }
                }

                Label {
                    text: qsTr("Cost")
                    font.bold: true
                    Layout.columnSpan: parent.columns
                    Layout.topMargin: 8
                    Accessible.role: Accessible.Heading
                }
                ValidatedField {
                    objectName: "sessionCost"
                    label: qsTr("Amount paid")
                    text: root.f("cost")
                    error: root.e("cost")
                    extraInputMethodHints: Qt.ImhFormattedNumbersOnly
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("cost", text)
                }
                ValidatedField {
                    objectName: "sessionCurrency"
                    label: qsTr("Currency (e.g. USD)")
                    text: root.f("currency")
                    Layout.fillWidth: true
                    Layout.preferredWidth: grid.cell
                    onEdited: text => sessionForm.setField("currency", text)
                }
            }
            Item {
                Layout.preferredHeight: 8
            }
        }
    }

    footer: Pane {
        padding: 12
        ColumnLayout {
            width: parent.width
            spacing: 8
            Label {
                objectName: "sessionStatus"
                Layout.fillWidth: true
                visible: text.length > 0
                text: sessionForm.errorMessage
                wrapMode: Text.WordWrap
                color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    visible: sessionForm.editing && !sessionForm.conflict
                    objectName: "sessionDeleteButton"
                    text: qsTr("Move to trash")
                    Accessible.name: qsTr("Move this session to the trash")
                    flat: true
                    onClicked: {
                        if (sessionForm.moveToTrash()) {
                            draftGuard.finish();
                            root.close();
                        }
                    }
                }
                Item { Layout.fillWidth: true }
                Button {
                    visible: sessionForm.conflict
                    objectName: "sessionReloadButton"
                    text: qsTr("Reload other version")
                    Accessible.name: qsTr("Discard my changes and reload the other version")
                    onClicked: root.openEdit(sessionForm.recordId)
                }
                Button {
                    visible: sessionForm.conflict
                    objectName: "sessionOverwriteButton"
                    text: qsTr("Save mine over it")
                    Accessible.name: qsTr("Save my version over the other one")
                    onClicked: {
                        if (sessionForm.saveOverwriting()) {
                            draftGuard.finish();
                            root.saved(sessionForm.recordId);
                            root.close();
                        }
                    }
                }
                Button {
                    objectName: "sessionCancelButton"
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel and close the session editor")
                    flat: true
                    onClicked: draftGuard.requestClose()
                }
                Button {
                    visible: !sessionForm.conflict
                    objectName: "sessionSaveButton"
                    text: qsTr("Save")
                    Accessible.name: qsTr("Save session")
                    highlighted: true
                    // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
                    background.layer.enabled: enabled && !AppSettings.plainPopups
                    enabled: sessionForm.valid
                    onClicked: root.trySave()
                }
            }
        }
    }
}
