// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KapJournal.App

// Full-text search over everything a person writes (notes, sessions, check-in notes, phases), as
// you type. Matched words are shown in bold, and each result says where they were found.
Page {
    id: root

    signal openEntry(string kind, real recordId)

    property alias model: results
    property alias searchField: field

    function focusSearch(): void {
        field.forceActiveFocus();
        field.selectAll();
    }

    objectName: "searchPage"
    title: qsTr("Search")
    Accessible.name: qsTr("Search the journal")

    SearchModel {
        id: results
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            JournalTextField {
                id: field
                objectName: "searchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search notes, sessions, check-ins and phases")
                Accessible.name: qsTr("Search text")
                focus: true
                text: results.query
                onTextEdited: results.query = text
                onAccepted: results.searchNow()
                Keys.onDownPressed: {
                    list.forceActiveFocus();
                    list.currentIndex = 0;
                }
            }
            BusyIndicator {
                running: results.busy
                visible: running
                Layout.preferredHeight: 32
                Layout.preferredWidth: 32
                Accessible.name: qsTr("Searching")
            }
        }
    }

    ListView {
        id: list
        objectName: "searchResults"
        anchors.fill: parent
        clip: true
        model: results
        keyNavigationEnabled: true
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Search results")
        ScrollBar.vertical: ScrollBar {}
        delegate: ItemDelegate {
            id: hit
            required property int index
            required property string kind
            required property real recordId
            required property string whenText
            required property string title
            required property string snippet
            required property string plainSnippet
            required property string kindText
            required property string foundIn
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            Accessible.name: qsTr("%1 %2, %3, %4: %5").arg(kindText).arg(title).arg(whenText).arg(foundIn).arg(plainSnippet)
            onClicked: root.openEntry(kind, recordId)
            Keys.onReturnPressed: root.openEntry(kind, recordId)
            Keys.onEnterPressed: root.openEntry(kind, recordId)
            contentItem: ColumnLayout {
                spacing: 2
                RowLayout {
                    Label {
                        text: hit.kindText
                        font.pixelSize: 12
                        font.capitalization: Font.AllUppercase
                        opacity: 0.75
                    }
                    Label {
                        text: hit.whenText
                        font.pixelSize: 12
                        opacity: 0.75
                    }
                    Label {
                        objectName: "searchFoundIn"
                        text: hit.foundIn
                        font.pixelSize: 12
                        font.italic: true
                        opacity: 0.75
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                }
                Label {
                    text: hit.title
                    visible: text.length > 0 // check-ins have no title
                    font.bold: true
                    textFormat: Text.PlainText
                    Layout.fillWidth: true
                    elide: Text.ElideRight
                }
                Label {
                    objectName: "searchSnippet"
                    text: hit.snippet
                    textFormat: Text.StyledText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }
        }
        Label {
            anchors.centerIn: parent
            width: parent.width - 48
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            visible: list.count === 0 && !results.busy
            text: results.errorMessage.length > 0 ? results.errorMessage
                : field.text.trim().length === 0 ? qsTr("Type to search your notes, sessions, check-ins and phases.")
                : qsTr("No matches.")
        }
    }
}
