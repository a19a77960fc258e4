// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Asks before a flagged PHQ-9 item-9 answer (thoughts of being better off dead or of hurting
// oneself, answered above 0) is lowered or its questionnaire goes to the trash. Either is allowed;
// the journal keeps a dated note of it and the report shows that note, so the change is never
// silent. askLower() / askTrash() open it; confirmed() says the person went ahead.
Dialog {
    id: root

    /// "lower" or "trash": what the person is about to do.
    property string action: "lower"

    signal confirmed

    function askLower(): void {
        action = "lower";
        open();
    }
    function askTrash(): void {
        action = "trash";
        open();
    }

    objectName: "item9ChangeConfirmation"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    title: action === "trash" ? qsTr("Move this questionnaire to the trash?") : qsTr("Change your answer to question 9?")
    width: Math.min(parent ? parent.width - 64 : 600, 600)
    onOpened: keepButton.forceActiveFocus()

    ColumnLayout {
        anchors.fill: parent
        spacing: 16
        Label {
            objectName: "item9ChangeText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: root.action === "trash"
                  ? qsTr("This questionnaire says you had thoughts that you would be better off dead or of hurting yourself. You can go ahead: your journal keeps a dated note that it was moved to the trash, and your report shows it, so your therapist can ask how you are.")
                  : qsTr("You first answered that you had thoughts that you would be better off dead or of hurting yourself. You can go ahead: your journal keeps a dated note that this answer was changed, and your report shows it, so your therapist can ask how you are.")
        }
        Flow {
            Layout.fillWidth: true
            layoutDirection: Qt.RightToLeft
            spacing: 8
            // Right to left: the safe choice sits at the right edge, where the focus starts.
            Button {
                id: keepButton
                objectName: "item9ChangeKeep"
                text: root.action === "trash" ? qsTr("Keep it") : qsTr("Keep my first answer")
                onClicked: root.close()
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
            }
            Button {
                objectName: "item9ChangeConfirm"
                text: root.action === "trash" ? qsTr("Move to trash") : qsTr("Change the answer")
                flat: true
                onClicked: {
                    root.close();
                    root.confirmed();
                }
            }
        }
    }
}
