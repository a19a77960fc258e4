import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KapJournal.App

ApplicationWindow {
    id: root

    width: 1100
    height: 720
    minimumWidth: 900
    minimumHeight: 600
    visible: true
    title: qsTr("KAP Journal")

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(420, parent.width - 48)
        spacing: 12
        visible: !JournalController.unlocked

        Label {
            text: JournalController.state === JournalController.NoJournal ? qsTr("Create your journal") : qsTr("Unlock your journal")
            font.pixelSize: 24
            Layout.alignment: Qt.AlignHCenter
        }
        TextField {
            id: passphrase
            Layout.fillWidth: true
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            placeholderText: qsTr("Passphrase")
            Accessible.name: qsTr("Passphrase")
            enabled: !JournalController.busy
            focus: true
        }
        TextField {
            id: confirmation
            Layout.fillWidth: true
            visible: JournalController.state === JournalController.NoJournal
            echoMode: TextInput.Password
            inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            placeholderText: qsTr("Passphrase again")
            Accessible.name: qsTr("Confirm passphrase")
            enabled: !JournalController.busy
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: JournalController.errorMessage
            color: "#b3261e"
            wrapMode: Text.WordWrap
        }
        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            running: JournalController.busy
            visible: running
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            text: JournalController.state === JournalController.NoJournal ? qsTr("Create journal") : qsTr("Unlock")
            enabled: !JournalController.busy
            onClicked: {
                if (JournalController.state === JournalController.NoJournal)
                    JournalController.createJournal(JournalController.defaultJournalPath, passphrase.text, confirmation.text);
                else
                    JournalController.unlock(passphrase.text);
                passphrase.clear();
                confirmation.clear();
            }
        }
    }

    Label {
        anchors.centerIn: parent
        visible: JournalController.unlocked
        text: qsTr("Journal unlocked.")
    }
}
