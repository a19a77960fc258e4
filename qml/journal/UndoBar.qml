// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The snackbar that offers every deletion back: "Session moved to the trash. [Undo]". Put one in
// the app window; it listens to EntryActions by itself.
Popup {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    property string kind
    property real recordId: 0

    objectName: "undoBar"
    parent: Overlay.overlay
    x: parent ? (parent.width - width) / 2 : 0
    y: parent ? parent.height - height - 24 : 0
    width: Math.min(parent ? parent.width - 48 : 520, 560)
    modal: false
    focus: false
    closePolicy: Popup.CloseOnEscape
    padding: 12

    Connections {
        target: EntryActions
        function onTrashed(kind: string, id: real, description: string): void {
            root.kind = kind;
            root.recordId = id;
            message.text = description;
            root.open();
            hideTimer.restart();
        }
    }
    Connections {
        target: JournalController
        function onAboutToLock(): void {
            root.close();
        }
    }
    Timer {
        id: hideTimer
        interval: 8000
        onTriggered: root.close()
    }

    RowLayout {
        anchors.fill: parent
        Label {
            id: message
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Button {
            objectName: "undoButton"
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo: restore %1").arg(message.text)
            flat: true
            onClicked: {
                EntryActions.restore(root.kind, root.recordId);
                root.close();
            }
        }
    }
}
