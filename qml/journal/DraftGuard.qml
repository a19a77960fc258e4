// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Keeps an editor's unfinished input as an encrypted draft inside the journal (EditorDraft) and
// is the banner that offers a kept draft back: "Continue where you left off" or discard (which
// asks first). requestClose() is the editor's Escape and Cancel: with changes it asks whether to
// keep them as a draft, discard them, or keep editing.
//
// The editor sets `editor`, `description` and binds `content` to its fields; calls begin(id)
// once a record is loaded (0: new) and finish() after a save; applies restoreRequested(content);
// closes itself on closeAccepted().
Pane {
    id: guard

    property alias editor: draft.editor
    property alias description: draft.description
    property alias content: draft.content
    readonly property alias draft: draft
    readonly property alias closeConfirmation: closeConfirmation

    signal restoreRequested(var content)
    signal closeAccepted

    function begin(recordId: real): void {
        draft.begin(recordId);
    }
    // The offer takes the keyboard (Enter continues); false when there is nothing offered.
    function focusOffer(): bool {
        if (!draft.offered)
            return false;
        continueButton.forceActiveFocus();
        return true;
    }
    function finish(): void {
        draft.finish();
    }
    function requestClose(): void {
        if (draft.offered || !draft.modified) {
            // An offered draft stays kept until the person chooses; nothing else to lose.
            draft.close();
            guard.closeAccepted();
            return;
        }
        closeConfirmation.open();
    }

    objectName: "draftGuard_" + draft.editor
    visible: draft.offered || draft.errorMessage.length > 0
    padding: 12
    Material.background: Material.theme === Material.Dark ? "#2b3a40" : "#e3f0ef"
    Accessible.role: Accessible.AlertMessage
    Accessible.name: draftText.text

    EditorDraft {
        id: draft
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            id: draftText
            objectName: "draftOffer_" + draft.editor
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: draft.offered ? qsTr("%1. Continue where you left off, or discard them and start over.").arg(draft.offeredText)
                                : qsTr("Your changes could not be kept as a draft: %1").arg(draft.errorMessage)
        }
        RowLayout {
            visible: draft.offered
            spacing: 8
            Button {
                id: continueButton
                objectName: "draftContinue_" + draft.editor
                text: qsTr("Continue where you left off")
                highlighted: true
                background.layer.enabled: enabled && !AppSettings.plainPopups
                onClicked: guard.restoreRequested(draft.takeOffered())
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                objectName: "draftDiscard_" + draft.editor
                text: qsTr("Discard…")
                Accessible.name: qsTr("Discard the unfinished changes")
                flat: true
                onClicked: discardConfirmation.open()
            }
        }
    }

    Dialog {
        id: discardConfirmation
        objectName: "draftDiscardConfirmation_" + draft.editor
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        focus: true
        title: qsTr("Discard the unfinished changes?")
        width: Math.min(parent ? parent.width - 64 : 480, 480)
        onOpened: keepThemButton.forceActiveFocus()

        ColumnLayout {
            anchors.fill: parent
            spacing: 16
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("What you wrote then will be deleted. This cannot be undone.")
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 8
                Button {
                    id: keepThemButton
                    text: qsTr("Keep them")
                    flat: true
                    onClicked: discardConfirmation.close()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
                Button {
                    objectName: "draftDiscardConfirm_" + draft.editor
                    text: qsTr("Discard")
                    onClicked: {
                        draft.discardOffered();
                        discardConfirmation.close();
                    }
                }
            }
        }
    }

    Dialog {
        id: closeConfirmation
        objectName: "draftCloseConfirmation_" + draft.editor
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        focus: true
        title: qsTr("Close with unsaved changes?")
        width: Math.min(parent ? parent.width - 64 : 600, 600)
        onOpened: keepEditingButton.forceActiveFocus()

        ColumnLayout {
            anchors.fill: parent
            spacing: 16
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("%1 has changes that are not saved. Keep them as a draft to continue later (kept encrypted in your journal), or discard them.").arg(draft.description)
            }
            Flow {
                Layout.fillWidth: true
                layoutDirection: Qt.RightToLeft
                spacing: 8
                // Right to left: the safe choice sits at the right edge, where the focus starts.
                Button {
                    id: keepEditingButton
                    objectName: "draftKeepEditing_" + draft.editor
                    text: qsTr("Keep editing")
                    onClicked: closeConfirmation.close()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
                Button {
                    objectName: "draftKeep_" + draft.editor
                    text: qsTr("Keep as draft")
                    onClicked: {
                        closeConfirmation.close();
                        if (draft.close())
                            guard.closeAccepted();
                    }
                }
                Button {
                    objectName: "draftDiscardChanges_" + draft.editor
                    text: qsTr("Discard changes")
                    flat: true
                    onClicked: {
                        closeConfirmation.close();
                        draft.finish();
                        guard.closeAccepted();
                    }
                }
            }
        }
    }
}
