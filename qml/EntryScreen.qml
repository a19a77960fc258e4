// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The calm frame of the screens shown before a journal is open (welcome, create, unlock): the
// app's name, a centred column for the content, the demo banner when it applies, and a way to
// crisis resources that works without unlocking anything. The column scrolls when the window is
// short (900x600, a longer translation); `actions` (Back, Create) stay in view below it, and a
// field reached with Tab scrolls into view (FocusScroller, Main.qml).
Page {
    id: root

    property string heading
    property string subheading
    default property alias content: column.data
    /// Buttons kept in view under the scrolling column, laid out in a row as wide as the column.
    property alias actions: actionRow.data
    property int columnWidth: 460

    signal crisisRequested

    // The screen takes the keyboard from its Loader (a focus scope), so its own first control has
    // it: without this the Loader kept it and the first Tab went to the crisis link below.
    focus: true

    header: DemoBanner {
        visible: JournalController.demo
        height: visible ? implicitHeight : 0
    }

    footer: ColumnLayout {
        spacing: 0
        RowLayout {
            id: actionRow
            objectName: "entryActions"
            visible: children.length > 0
            Layout.preferredWidth: Math.min(root.columnWidth, root.width - 64)
            Layout.maximumWidth: Layout.preferredWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 8
            spacing: 12
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 0
            Item {
                Layout.fillWidth: true
            }
            Button {
                objectName: "crisisLink"
                text: qsTr("In crisis? Get help now")
                flat: true
                Layout.margins: 8
                Accessible.name: qsTr("Crisis resources")
                onClicked: root.crisisRequested()
            }
        }
    }

    Flickable {
        id: flick
        objectName: "entryFlickable"
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, frame.implicitHeight + 64)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        // Shown whenever there is more below (or above): at 900x600 the create page scrolls.
        ScrollBar.vertical: ScrollBar {
            policy: flick.contentHeight > flick.height + 1 ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        }

        ColumnLayout {
            id: frame
            width: Math.min(root.columnWidth, parent.width - 64)
            anchors.horizontalCenter: parent.horizontalCenter
            y: Math.max(32, (parent.height - implicitHeight) / 2)
            spacing: 16

            Label {
                Layout.fillWidth: true
                text: qsTr("KAP Journal")
                font.pixelSize: 14
                font.letterSpacing: 2
                font.capitalization: Font.AllUppercase
                color: root.Material.accent
            }
            Label {
                Layout.fillWidth: true
                text: root.heading
                font.pixelSize: 28
                wrapMode: Text.WordWrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.subheading
                wrapMode: Text.WordWrap
                opacity: 0.75
                lineHeight: 1.15
            }
            ColumnLayout {
                id: column
                Layout.fillWidth: true
                spacing: 12
            }
        }
    }
}
