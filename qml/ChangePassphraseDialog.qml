// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Settings → Change passphrase…: the current passphrase, the new one twice (with the create
// screen's strength meter and rule), the change off the GUI thread, and then, when copies beside
// the journal still open with the old passphrase, the person's choice: re-encrypt them (the
// default), delete them or keep them (SECURITY.md 21). Ctrl+L works here as everywhere (Main.qml);
// the lock destroys this dialog with the main frame and wipes what it held.
Dialog {
    id: root

    readonly property bool asking: change.stage === PassphraseChange.AskingAboutOldCopies || change.stage === PassphraseChange.HandlingOldCopies
    readonly property bool entering: change.stage === PassphraseChange.Entering || change.stage === PassphraseChange.Changing
    readonly property bool mismatch: confirmField.text.length > 0 && confirmField.text !== newField.text
    readonly property bool ready: currentField.text.length > 0 && newField.text.length > 0 && !mismatch && confirmField.text.length > 0 && meter.acceptable && !change.busy
    readonly property color errorColor: Material.color(Material.Red, Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
    property alias change: change

    function submit(): void {
        if (root.ready)
            change.change(currentField.text, newField.text, confirmField.text);
    }
    function clearFields(): void {
        currentField.clear();
        newField.clear();
        confirmField.clear();
        showPassphrase.checked = false;
        meter.strength.reset();
    }

    objectName: "changePassphraseDialog"
    parent: Overlay.overlay
    anchors.centerIn: parent
    modal: true
    focus: true
    title: qsTr("Change passphrase")
    width: Math.min(parent ? parent.width - 64 : 560, 560)
    height: Math.min(implicitHeight, parent ? parent.height - 32 : implicitHeight)
    // While the journal is re-encrypted or a choice is due, the dialog stays: there is no
    // half-way state to close it in.
    closePolicy: root.entering && !change.busy || change.stage === PassphraseChange.Done ? Popup.CloseOnEscape : Popup.NoAutoClose
    onOpened: currentField.forceActiveFocus()
    onClosed: {
        clearFields();
        change.reset();
    }

    PassphraseChange {
        id: change
        onStageChanged: {
            if (stage === PassphraseChange.AskingAboutOldCopies)
                reencryptButton.forceActiveFocus();
            else if (stage === PassphraseChange.Done) {
                root.clearFields();
                closeButton.forceActiveFocus();
            } else if (stage === PassphraseChange.Entering && errorMessage.length > 0)
                currentField.forceActiveFocus();
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth
        clip: true

        ColumnLayout {
            width: parent.width
            spacing: 10

            // --- The form ---------------------------------------------------------------------
            Label {
                visible: root.entering
                text: qsTr("Current passphrase")
                font.weight: Font.DemiBold
            }
            RowLayout {
                visible: root.entering
                Layout.fillWidth: true
                spacing: 8
                PassphraseField {
                    id: currentField
                    objectName: "changeCurrentField"
                    Layout.fillWidth: true
                    revealed: showPassphrase.checked
                    placeholderText: qsTr("Current passphrase")
                    Accessible.name: qsTr("Current passphrase")
                    enabled: !change.busy
                    Keys.onReturnPressed: newField.forceActiveFocus()
                    Keys.onEnterPressed: newField.forceActiveFocus()
                }
                CheckBox {
                    id: showPassphrase
                    objectName: "changeShowPassphrase"
                    text: qsTr("Show")
                    Accessible.name: qsTr("Show passphrases")
                }
            }
            Label {
                visible: root.entering
                text: qsTr("New passphrase")
                font.weight: Font.DemiBold
            }
            PassphraseField {
                id: newField
                objectName: "changeNewField"
                visible: root.entering
                Layout.fillWidth: true
                revealed: showPassphrase.checked
                placeholderText: qsTr("New passphrase")
                Accessible.name: qsTr("New passphrase")
                enabled: !change.busy
                onTextChanged: meter.evaluate(text)
                Keys.onReturnPressed: confirmField.forceActiveFocus()
                Keys.onEnterPressed: confirmField.forceActiveFocus()
            }
            PassphraseStrengthMeter {
                id: meter
                visible: root.entering
                Layout.fillWidth: true
            }
            PassphraseField {
                id: confirmField
                objectName: "changeConfirmField"
                visible: root.entering
                Layout.fillWidth: true
                revealed: showPassphrase.checked
                placeholderText: qsTr("The same new passphrase again")
                Accessible.name: qsTr("Repeat the new passphrase")
                enabled: !change.busy
                Keys.onReturnPressed: root.submit()
                Keys.onEnterPressed: root.submit()
            }
            Label {
                objectName: "changeMismatch"
                Layout.fillWidth: true
                visible: root.entering && root.mismatch
                text: qsTr("The two new passphrases are not the same yet.")
                color: root.errorColor
                wrapMode: Text.WordWrap
            }

            // --- The old copies ---------------------------------------------------------------
            Label {
                objectName: "oldCopiesQuestion"
                visible: root.asking
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                font.weight: Font.DemiBold
                text: qsTr("%n copies of your journal beside it still open with the old passphrase.", "", change.oldCopyCount)
            }
            Label {
                visible: root.asking
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("They are the automatic backups and the copies kept before a restore or an update. Anyone who knows the old passphrase could read them.")
            }
            ColumnLayout {
                visible: root.asking
                Layout.fillWidth: true
                spacing: 4
                Button {
                    id: reencryptButton
                    objectName: "oldCopiesReencrypt"
                    Layout.fillWidth: true
                    text: qsTr("Re-encrypt them with the new passphrase")
                    highlighted: true
                    background.layer.enabled: enabled && !AppSettings.plainPopups
                    Material.elevation: 0
                    enabled: !change.busy
                    Accessible.name: text
                    onClicked: change.reencryptOldCopies()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
                Button {
                    objectName: "oldCopiesDelete"
                    Layout.fillWidth: true
                    text: qsTr("Delete them")
                    flat: true
                    enabled: !change.busy
                    Accessible.name: text
                    onClicked: change.deleteOldCopies()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
                Button {
                    objectName: "oldCopiesKeep"
                    Layout.fillWidth: true
                    text: qsTr("Keep them")
                    flat: true
                    enabled: !change.busy
                    Accessible.name: text
                    onClicked: change.keepOldCopies()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }

            // --- Outcome ----------------------------------------------------------------------
            Label {
                objectName: "changeResult"
                visible: change.stage === PassphraseChange.Done
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: change.resultMessage
            }
            Label {
                objectName: "changeError"
                Layout.fillWidth: true
                visible: text.length > 0
                text: change.errorMessage
                color: root.errorColor
                wrapMode: Text.WordWrap
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 8
                spacing: 12
                BusyIndicator {
                    running: change.busy
                    visible: running
                    Layout.preferredHeight: 36
                    Layout.preferredWidth: 36
                    Accessible.name: qsTr("Working")
                }
                Label {
                    visible: change.busy
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: change.stage === PassphraseChange.Changing ? qsTr("Re-encrypting your journal…") : qsTr("Taking care of the old copies…")
                    opacity: 0.7
                }
                Item {
                    visible: !change.busy
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "changeCancel"
                    visible: root.entering
                    text: qsTr("Cancel")
                    flat: true
                    enabled: !change.busy
                    Accessible.name: text
                    onClicked: root.close()
                }
                Button {
                    objectName: "changeSubmit"
                    visible: root.entering
                    text: qsTr("Change passphrase")
                    highlighted: true
                    background.layer.enabled: enabled && !AppSettings.plainPopups
                    Material.elevation: 0
                    enabled: root.ready
                    Accessible.name: text
                    onClicked: root.submit()
                }
                Button {
                    id: closeButton
                    objectName: "changeClose"
                    visible: change.stage === PassphraseChange.Done
                    text: qsTr("Close")
                    highlighted: true
                    Accessible.name: text
                    onClicked: root.close()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
        }
    }
}
