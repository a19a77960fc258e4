import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// Shown where a page of another area is not part of this build yet.
Pane {
    id: root

    property string title

    Accessible.role: Accessible.Pane
    Accessible.name: title

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 420)
        spacing: 8

        Label {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: 22
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("This part of KAP Journal is not available in this build.")
            opacity: 0.7
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
        }
    }
}
