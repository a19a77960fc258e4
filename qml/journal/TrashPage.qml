// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The trash: restore anything deleted, or remove it for good (only on request, confirmed).
Page {
    id: root

    property alias model: trash

    objectName: "trashPage"
    title: qsTr("Trash")
    Accessible.name: qsTr("Trash")

    TrashModel {
        id: trash
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            Label {
                Layout.fillWidth: true
                text: qsTr("%n item(s) in the trash", "", trash.count)
            }
            ToolButton {
                objectName: "emptyTrashButton"
                text: qsTr("Empty trash…")
                Accessible.name: qsTr("Empty the trash")
                enabled: trash.count > 0
                onClicked: confirmEmpty.open()
            }
        }
    }

    Dialog {
        Material.elevation: AppSettings.plainPopups ? 0 : 24
        id: confirmEmpty
        objectName: "confirmEmptyTrash"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Empty the trash?")
        standardButtons: Dialog.Cancel | Dialog.Discard
        Label {
            width: 360
            wrapMode: Text.WordWrap
            text: qsTr("Everything in the trash will be removed from your journal for good. This cannot be undone.")
        }
        onDiscarded: {
            trash.emptyTrash();
            close();
        }
    }

    ListView {
        id: list
        objectName: "trashList"
        anchors.fill: parent
        clip: true
        model: trash
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Deleted entries")
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: item
            required property int index
            required property string kind
            required property string kindText
            required property string summary
            required property string deletedText
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            Accessible.name: qsTr("%1: %2, %3").arg(kindText).arg(summary).arg(deletedText)
            Keys.onReturnPressed: trash.restore(index)
            contentItem: RowLayout {
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: qsTr("%1: %2").arg(item.kindText).arg(item.summary)
                        textFormat: Text.PlainText
                        font.bold: true
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                    Label {
                        text: item.deletedText
                        opacity: 0.75
                        font.pixelSize: 12
                    }
                }
                Button {
                    objectName: "restoreButton_" + item.index
                    text: qsTr("Restore")
                    Accessible.name: qsTr("Restore %1").arg(item.summary)
                    onClicked: trash.restore(item.index)
                }
                Button {
                    text: qsTr("Delete for good")
                    Accessible.name: qsTr("Delete %1 for good").arg(item.summary)
                    flat: true
                    onClicked: trash.purge(item.index)
                }
            }
        }
        Label {
            anchors.centerIn: parent
            visible: list.count === 0
            text: trash.errorMessage.length > 0 ? trash.errorMessage : qsTr("The trash is empty.")
        }
    }
}
