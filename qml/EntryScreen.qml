import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The calm frame of the screens shown before a journal is open (welcome, create, unlock): the
// app's name, a centred column for the content, the demo banner when it applies, and a way to
// crisis resources that works without unlocking anything.
Page {
    id: root

    property string heading
    property string subheading
    default property alias content: column.data
    property int columnWidth: 460

    signal crisisRequested

    header: DemoBanner {
        visible: JournalController.demo
        height: visible ? implicitHeight : 0
    }

    footer: RowLayout {
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

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: Math.max(height, frame.implicitHeight + 64)
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

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
