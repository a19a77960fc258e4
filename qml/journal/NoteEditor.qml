// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The integration note editor: linked to a session (the latest by default), guided prompts that
// can be inserted, tags, a word count, and continuous saving into the encrypted journal (no
// draft file; see NoteForm). openNew(sessionId) / openEdit(id) from the app frame.
Dialog {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    readonly property alias form: noteForm

    function openNew(sessionId: real): void {
        noteForm.openNew(sessionId > 0 ? sessionId : 0);
        open();
        // A note saves itself as it is typed; the draft only remembers which new note was being
        // written when the journal locked, to offer it back on the next "New note".
        draftGuard.begin(0);
        if (!draftGuard.focusOffer())
            titleField.forceActiveFocus();
    }
    /// Where Tab goes after the linked session and the prompts: the first button shown below.
    function firstActionButton(): Item {
        return deleteButton.visible ? deleteButton : overwriteButton.visible ? overwriteButton : doneButton;
    }

    function openEdit(id: real): bool {
        if (!noteForm.openEdit(id))
            return false;
        open();
        body.forceActiveFocus();
        return true;
    }
    function insertPrompt(prompt: string): void {
        const before = body.text.length > 0 && !body.text.endsWith("\n\n") ? (body.text.endsWith("\n") ? "\n" : "\n\n") : "";
        body.cursorPosition = body.length;
        body.insert(body.length, before + prompt + "\n");
        body.cursorPosition = body.length;
        body.forceActiveFocus();
    }

    objectName: "noteEditor"
    title: noteForm.recordId > 0 ? qsTr("Integration note") : qsTr("New integration note")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 820, 900)
    height: parent ? parent.height - 32 : 600
    closePolicy: Popup.CloseOnEscape

    // Closing saves whatever is pending, at once; what could not be saved stays a draft.
    onClosed: {
        noteForm.close();
        if (noteForm.dirty)
            draftGuard.draft.close();
        else
            draftGuard.finish();
    }

    NoteForm {
        id: noteForm
    }

    contentItem: ColumnLayout {
        spacing: 8

        DraftGuard {
            id: draftGuard
            Layout.fillWidth: true
            editor: "note"
            description: qsTr("The note you were writing")
            content: ({
                    noteId: noteForm.recordId,
                    title: noteForm.title,
                    body: noteForm.body,
                    tags: noteForm.tagsText,
                    sessionId: noteForm.sessionId
                })
            onRestoreRequested: kept => {
                if (kept.noteId > 0)
                    noteForm.openEdit(kept.noteId);
                noteForm.title = kept.title;
                noteForm.body = kept.body;
                noteForm.tagsText = kept.tags;
                noteForm.sessionId = kept.sessionId;
                body.forceActiveFocus();
                body.cursorPosition = body.length;
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12
            JournalTextField {
                id: titleField
                objectName: "noteTitle"
                Layout.fillWidth: true
                placeholderText: qsTr("Title")
                Accessible.name: qsTr("Note title")
                text: noteForm.title
                onTextEdited: noteForm.title = text
                font.pixelSize: 18
                // Tab order: title, text, tags, then the rest (linked session, prompts, buttons);
                // Tab from the title went to the linked session, where typing changed it.
                KeyNavigation.tab: body
            }
            ColumnLayout {
                spacing: 0
                Label {
                    text: qsTr("Linked session")
                    font.pixelSize: 12
                }
                ComboBox {
                    id: sessionBox
                    objectName: "noteSessionCombo"
                    Layout.preferredWidth: 280
                    Accessible.name: qsTr("Linked session")
                    model: noteForm.sessionChoices
                    textRole: "text"
                    valueRole: "id"
                    currentIndex: {
                        const list = noteForm.sessionChoices;
                        for (let i = 0; i < list.length; ++i) {
                            if (list[i].id === noteForm.sessionId)
                                return i;
                        }
                        return 0;
                    }
                    onActivated: noteForm.sessionId = currentValue
                    KeyNavigation.tab: promptRepeater.count > 0 ? promptRepeater.itemAt(0) : root.firstActionButton()
                    KeyNavigation.backtab: tagsField
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 6
            Label {
                text: qsTr("Prompts:")
                height: 32
                verticalAlignment: Text.AlignVCenter
            }
            Repeater {
                id: promptRepeater
                model: noteForm.prompts
                delegate: Button {
                    required property string modelData
                    required property int index
                    KeyNavigation.tab: index === promptRepeater.count - 1 ? root.firstActionButton() : null
                    KeyNavigation.backtab: index === 0 ? sessionBox : null
                    objectName: "notePrompt" + index
                    text: modelData
                    flat: true
                    font.capitalization: Font.MixedCase
                    Accessible.name: qsTr("Insert prompt: %1").arg(modelData)
                    onClicked: root.insertPrompt(modelData)
                }
            }
        }

        ScrollView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            JournalTextArea {
                id: body
                objectName: "noteBody"
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Note text")
                Accessible.description: emptyHint.text
                text: noteForm.body
                onTextChanged: noteForm.body = text
                Keys.onTabPressed: event => { tagsField.forceActiveFocus(Qt.TabFocusReason); }
                Keys.onBacktabPressed: event => { titleField.forceActiveFocus(Qt.BacktabFocusReason); }

                // The placeholder, as a label that wraps: a TextArea's placeholderText is cut off
                // at the first line's end.
                Label {
                    id: emptyHint
                    objectName: "noteBodyHint"
                    x: body.leftPadding
                    y: body.topPadding
                    width: body.width - body.leftPadding - body.rightPadding
                    visible: body.length === 0 && body.preeditText.length === 0
                    text: qsTr("Write freely. Everything is saved as you type, encrypted in your journal.")
                    wrapMode: Text.Wrap
                    font: body.font
                    color: body.placeholderTextColor
                }
            }
        }

        JournalTextField {
            id: tagsField
            objectName: "noteTags"
            Layout.fillWidth: true
            placeholderText: qsTr("Tags, separated by commas")
            Accessible.name: qsTr("Tags")
            text: noteForm.tagsText
            onTextEdited: noteForm.tagsText = text
            KeyNavigation.tab: sessionBox
            KeyNavigation.backtab: body
        }

        Label {
            objectName: "noteStatus"
            Layout.fillWidth: true
            visible: noteForm.errorMessage.length > 0
            text: noteForm.errorMessage
            wrapMode: Text.WordWrap
            color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "noteWordCount"
                text: qsTr("%n word(s)", "", noteForm.wordCount)
                opacity: 0.8
            }
            Label {
                objectName: "noteSaveState"
                text: noteForm.dirty ? qsTr("Saving…") : noteForm.savedText
                opacity: 0.8
                Accessible.name: text
            }
            Item { Layout.fillWidth: true }
            Button {
                id: deleteButton
                visible: noteForm.recordId > 0 && !noteForm.conflict
                objectName: "noteDeleteButton"
                text: qsTr("Move to trash")
                Accessible.name: qsTr("Move this note to the trash")
                flat: true
                onClicked: {
                    if (noteForm.moveToTrash()) {
                        draftGuard.finish();
                        root.close();
                    }
                }
            }
            Button {
                id: overwriteButton
                visible: noteForm.conflict
                objectName: "noteOverwriteButton"
                text: qsTr("Save mine over it")
                Accessible.name: qsTr("Save my version of the note over the other one")
                onClicked: noteForm.saveOverwriting()
            }
            Button {
                id: doneButton
                objectName: "noteDoneButton"
                text: qsTr("Done")
                Accessible.name: qsTr("Save and close the note")
                highlighted: true
                // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
                background.layer.enabled: enabled && !AppSettings.plainPopups
                onClicked: root.close()
            }
        }
    }
}
