pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// One entry of the timeline: a session, an integration note, a mood check-in or a
// questionnaire. Stateless: everything comes from the model's roles.
ItemDelegate {
    id: root

    required property int index
    required property string kind
    required property real recordId
    required property string whenText
    required property string title
    required property string excerpt
    required property int mood
    required property int moodBefore
    required property int moodAfter
    required property var chips
    required property string linkedText
    required property int total
    required property string band
    required property bool item9
    required property string accessibleText

    signal activated(string kind, real recordId)

    width: ListView.view ? ListView.view.width : implicitWidth
    objectName: "timelineCard_" + kind + "_" + recordId
    Accessible.name: accessibleText + ", " + whenText
    Accessible.role: Accessible.ListItem
    onClicked: root.activated(root.kind, root.recordId)
    Keys.onReturnPressed: root.activated(root.kind, root.recordId)
    Keys.onEnterPressed: root.activated(root.kind, root.recordId)

    readonly property string kindText: {
        switch (kind) {
        case "session": return qsTr("Session");
        case "note": return qsTr("Integration note");
        case "checkin": return qsTr("Check-in");
        case "questionnaire": return qsTr("Questionnaire");
        }
        return "";
    }

    background: Rectangle {
        color: root.highlighted || root.hovered ? root.Material.rippleColor : "transparent"
        border.width: root.visualFocus ? 2 : 1
        border.color: root.visualFocus ? root.Material.accent : root.Material.dividerColor
        radius: 6
        anchors.fill: parent
        anchors.leftMargin: 12
        anchors.rightMargin: 12
        anchors.topMargin: 3
        anchors.bottomMargin: 3
    }
    leftPadding: 24
    rightPadding: 24
    topPadding: 12
    bottomPadding: 12

    contentItem: ColumnLayout {
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: root.kindText
                font.pixelSize: 12
                font.capitalization: Font.AllUppercase
                opacity: 0.75
            }
            Label {
                text: root.whenText
                font.pixelSize: 12
                opacity: 0.75
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Chip {
                visible: root.kind === "questionnaire" && root.item9
                objectName: "item9Marker"
                emphasized: true
                text: qsTr("⚑ Item 9")
                Accessible.name: qsTr("Item 9 answered above zero")
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                text: root.title
                font.pixelSize: 16
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: root.kind !== "checkin"
            }
            Chip {
                visible: root.kind === "checkin" && root.mood >= 0
                emphasized: true
                text: qsTr("Mood %1/10").arg(root.mood)
            }
            Label {
                visible: root.kind === "session" && (root.moodBefore >= 0 || root.moodAfter >= 0)
                text: qsTr("Mood %1 → %2").arg(root.moodBefore >= 0 ? root.moodBefore : "–").arg(root.moodAfter >= 0 ? root.moodAfter : "–")
            }
            Label {
                visible: root.kind === "questionnaire" && root.total >= 0
                text: qsTr("%1 · %2").arg(root.total).arg(root.band)
                font.bold: true
            }
            Item { Layout.fillWidth: root.kind === "checkin" }
        }

        Label {
            visible: root.linkedText.length > 0
            text: root.linkedText
            font.pixelSize: 12
            font.italic: true
            opacity: 0.8
            Layout.fillWidth: true
            elide: Text.ElideRight
        }

        Label {
            visible: root.excerpt.length > 0
            text: root.excerpt
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }

        Flow {
            visible: root.chips.length > 0
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: root.chips
                delegate: Chip {
                    required property string modelData
                    text: modelData
                }
            }
        }
    }
}
