import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Crisis resources for the rare build without the journal area's CrisisPanel: the safety text
// must be reachable whatever else is missing (DOMAIN.md "Safety").
Dialog {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(520, (parent ? parent.width : 520) - 48)
    modal: true
    title: qsTr("If you are in crisis")
    standardButtons: Dialog.Close

    Label {
        width: parent.width
        wrapMode: Text.WordWrap
        text: qsTr("If you are thinking about harming yourself or feel you would be better off dead, please reach out now.\n\nIn the US: call or text 988 (Suicide & Crisis Lifeline).\nElsewhere: call your local emergency number.\n\nThis journal is not monitored by anyone. Nobody will see what you write here unless you show them.")
    }
}
