// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Treatment phases: a list of induction / maintenance / other periods, a form to add or edit one,
// and suggestions made from the session dates.
Page {
    id: root

    property alias model: phases
    property real editingId: 0

    function fill(id: real, kind: string, label: string, start: string, end: string, notes: string): void {
        root.editingId = id;
        kindBox.currentIndex = Math.max(0, kindBox.indexOfValue(kind));
        labelField.text = label;
        startField.text = start;
        endField.text = end;
        notesField.text = notes;
    }
    function edit(id: real, kind: string, label: string, start: string, end: string, notes: string): void {
        if (draftGuard.draft.modified && !draftGuard.draft.offered) {
            // Another phase's unsaved changes: keep them as its draft before switching.
            draftGuard.draft.close();
        }
        fill(id, kind, label, start, end, notes);
        draftGuard.begin(id);
        if (!draftGuard.focusOffer())
            startField.field.forceActiveFocus();
    }
    function resetForm(): void {
        edit(0, "induction", "", "", "", "");
    }
    function discardForm(): void {
        draftGuard.finish();
        fill(0, "induction", "", "", "", "");
        draftGuard.begin(0);
    }
    function submit(): void {
        if (phases.save(root.editingId, kindBox.currentValue, labelField.text, startField.text, endField.text, notesField.text)) {
            draftGuard.finish();
            resetForm();
        }
    }

    objectName: "phasesPage"
    // Once the kind box has its model: what the empty form holds is the draft's baseline.
    Component.onCompleted: Qt.callLater(() => draftGuard.begin(0))
    title: qsTr("Phases")
    Accessible.name: qsTr("Treatment phases")

    readonly property var errors: phases.check(startField.text, endField.text)
    readonly property bool touched: startField.text.length > 0 || endField.text.length > 0

    PhaseModel {
        id: phases
    }

    RowLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 24

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: 3
            spacing: 8

            Label {
                text: qsTr("Your phases")
                font.pixelSize: 18
                font.bold: true
                Accessible.role: Accessible.Heading
            }
            ListView {
                id: list
                objectName: "phasesList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: phases
                keyNavigationEnabled: true
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Phases, newest first")
                ScrollBar.vertical: ScrollBar {}
                delegate: ItemDelegate {
                    id: phaseDelegate
                    required property int index
                    required property real phaseId
                    required property string kind
                    required property string kindText
                    required property string label
                    required property string start
                    required property string end
                    required property string rangeText
                    required property string notes
                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    text: label.length > 0 ? qsTr("%1 (%2)").arg(kindText).arg(label) : kindText
                    Accessible.name: text + ", " + rangeText
                    onClicked: {
                        list.currentIndex = index;
                        root.edit(phaseId, kind, label, start, end, notes);
                    }
                    Keys.onReturnPressed: clicked()
                    Keys.onDeletePressed: phases.moveToTrash(phaseId)
                    contentItem: RowLayout {
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label {
                                text: phaseDelegate.text
                                font.bold: true
                            }
                            Label {
                                text: phaseDelegate.rangeText
                                opacity: 0.8
                            }
                        }
                        ToolButton {
                            text: qsTr("Delete")
                            Accessible.name: qsTr("Move phase %1 to the trash").arg(phaseDelegate.text)
                            onClicked: phases.moveToTrash(phaseDelegate.phaseId)
                        }
                    }
                }
                Label {
                    anchors.centerIn: parent
                    width: parent.width - 32
                    visible: list.count === 0
                    wrapMode: Text.WordWrap
                    horizontalAlignment: Text.AlignHCenter
                    text: qsTr("No phases yet. Add one, or let the app suggest them from your session dates.")
                }
            }

            // The rule under the button, not beside it: beside it, a long translation wrapped into a
            // narrow column that ran off the bottom of a 900x600 window.
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4
                Button {
                    objectName: "phasesSuggestButton"
                    text: qsTr("Suggest from sessions")
                    Accessible.name: qsTr("Suggest phases from session dates")
                    onClicked: phases.refreshSuggestions()
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    opacity: 0.75
                    font.pixelSize: 12
                    text: qsTr("3 or more sessions within 21 days start an induction, which lasts while sessions come more than once a week. Weekly or less frequent sessions after it are maintenance; a new induction needs a break of 30 days or more first. Nothing changes until you add a suggestion.")
                }
            }
            ColumnLayout {
                visible: phases.suggestions.length > 0
                Layout.fillWidth: true
                Repeater {
                    model: phases.suggestions
                    delegate: Label {
                        required property var modelData
                        text: "• " + modelData.text
                    }
                }
                Button {
                    objectName: "phasesApplySuggestions"
                    text: qsTr("Add these phases")
                    Accessible.name: qsTr("Add the suggested phases")
                    highlighted: true
                    // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
                    background.layer.enabled: enabled && !AppSettings.plainPopups
                    onClicked: phases.applySuggestions()
                }
            }
        }

        // The form scrolls on its own: at 900x600 with long translations it is taller than the
        // window, and as a plain column it pushed the whole page past the bottom edge.
        Flickable {
            id: formScroller
            Layout.fillHeight: true
            Layout.fillWidth: true
            Layout.preferredWidth: 2
            Layout.maximumWidth: 420
            contentWidth: width
            contentHeight: form.implicitHeight
            clip: true
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            ColumnLayout {
                id: form
                width: formScroller.width
                spacing: 8

                Label {
                    text: root.editingId > 0 ? qsTr("Edit phase") : qsTr("Add a phase")
                    font.pixelSize: 18
                    font.bold: true
                    Accessible.role: Accessible.Heading
                }
                DraftGuard {
                    id: draftGuard
                    Layout.fillWidth: true
                    editor: "phase"
                    description: root.editingId > 0 ? qsTr("The phase you were editing") : qsTr("The new phase")
                    content: ({
                            kind: kindBox.currentValue === undefined ? "" : kindBox.currentValue,
                            label: labelField.text,
                            start: startField.text,
                            end: endField.text,
                            notes: notesField.text
                        })
                    onRestoreRequested: kept => {
                        root.fill(root.editingId, kept.kind, kept.label, kept.start, kept.end, kept.notes);
                        startField.field.forceActiveFocus();
                    }
                    // Cancel with changes asked first; the form then starts over.
                    onCloseAccepted: {
                        root.fill(0, "induction", "", "", "", "");
                        draftGuard.begin(0);
                    }
                }
                Label {
                    text: qsTr("Kind")
                    font.pixelSize: 12
                }
                ComboBox {
                    id: kindBox
                    objectName: "phaseKindCombo"
                    Layout.fillWidth: true
                    model: phases.kindOptions
                    textRole: "text"
                    valueRole: "key"
                    Accessible.name: qsTr("Kind of phase")
                }
                ValidatedField {
                    id: labelField
                    objectName: "phaseLabel"
                    Layout.fillWidth: true
                    label: qsTr("Label (optional)")
                    placeholder: qsTr("e.g. First course")
                    onEdited: text => labelField.text = text
                }
                DateField {
                    id: startField
                    objectName: "phaseStart"
                    Layout.fillWidth: true
                    label: qsTr("First day (year-month-day)")
                    placeholder: "2026-03-02"
                    error: root.touched && root.errors.start !== undefined ? root.errors.start : ""
                    onEdited: text => startField.text = text
                }
                DateField {
                    id: endField
                    objectName: "phaseEnd"
                    Layout.fillWidth: true
                    label: qsTr("Last day (empty while it continues)")
                    placeholder: "2026-03-20"
                    error: root.errors.end !== undefined ? root.errors.end : ""
                    onEdited: text => endField.text = text
                }
                Label {
                    text: qsTr("Notes")
                    font.pixelSize: 12
                }
                JournalTextArea {
                    id: notesField
                    objectName: "phaseNotes"
                    Layout.fillWidth: true
                    Layout.preferredHeight: 80
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("Phase notes")
                    Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); }
                }
                Label {
                    Layout.fillWidth: true
                    visible: text.length > 0
                    text: phases.errorMessage
                    wrapMode: Text.WordWrap
                    color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
                }
                RowLayout {
                    Button {
                        objectName: "phaseSaveButton"
                        text: root.editingId > 0 ? qsTr("Save changes") : qsTr("Add phase")
                        Accessible.name: text
                        highlighted: true
                        // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
                        background.layer.enabled: enabled && !AppSettings.plainPopups
                        enabled: Object.keys(root.errors).length === 0
                        onClicked: root.submit()
                    }
                    Button {
                        visible: root.editingId > 0
                        text: qsTr("Cancel")
                        Accessible.name: qsTr("Cancel editing the phase")
                        flat: true
                        onClicked: draftGuard.requestClose()
                    }
                }
            }
        }
    }
}
