// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Settings. Two kinds, kept apart on purpose:
//  - app settings (theme, auto-lock, automatic backups, week start) in QSettings via AppSettings:
//    no journal content;
//  - default session values, which are journal content, stored inside the encrypted journal
//    through JournalController.preference()/setPreference() under the keys below. The session
//    editor reads the same keys when it prefills a new session.
Page {
    id: root

    // Preference keys inside the journal (shared with the session editor).
    readonly property string keyModality: "defaults.session.modality"
    readonly property string keyRoute: "defaults.session.route"
    readonly property string keyDoseMg: "defaults.session.doseMg"
    readonly property string keyProvider: "defaults.session.provider"
    readonly property string keySetting: "defaults.session.setting"
    readonly property string keyPresent: "defaults.session.present"
    readonly property string keyCurrency: "defaults.session.currency"

    readonly property var autoLockChoices: [0, 1, 2, 5, 10, 15, 30, 60]
    readonly property var automaticBackupChoices: [0, 3, 7, 14, 30]
    readonly property var clipboardChoices: [10, 30, 60, 120]
    /// Read by MainFrame: its shortcuts (Ctrl+N, ...) wait while the passphrase dialog is open.
    readonly property bool dialogOpen: changePassphraseDialog.opened
    // The session's keys and their labels come from SessionVocabulary (storage's key lists, the
    // app's label tables), the same the session editor offers; here a default can also be unset.
    readonly property var modalityChoices: [{ key: "", text: qsTr("Not set") }].concat(SessionVocabulary.modalities)
    readonly property var routeChoices: [{ key: "", text: qsTr("Not set") }].concat(SessionVocabulary.routes)
    readonly property var settingChoices: [{ key: "", text: qsTr("Not set") }].concat(SessionVocabulary.settings)

    function indexOfKey(choices: var, key: string): int {
        for (let i = 0; i < choices.length; ++i) {
            if (choices[i].key === key)
                return i;
        }
        return 0;
    }

    // Numbers of automatic backups to offer; the stored one is always among them, also one set
    // outside these choices.
    function backupChoices(current: int): var {
        const choices = root.automaticBackupChoices.slice();
        if (choices.indexOf(current) < 0) {
            choices.push(current);
            choices.sort((a, b) => a - b);
        }
        return choices;
    }

    objectName: "settingsPage"
    padding: 0
    Accessible.name: qsTr("Settings")

    Flickable {
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 48
        clip: true
        boundsBehavior: Flickable.StopAtBounds
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: 32
            y: 24
            width: Math.min(640, parent.width - 64)
            spacing: 12

            SettingsSection {
                title: qsTr("Privacy")
            }
            RowLayout {
                spacing: 12
                Label {
                    text: qsTr("Lock the journal after")
                    Layout.preferredWidth: 220
                }
                ComboBox {
                    id: autoLock
                    objectName: "settingsAutoLock"
                    // As wide as the longest choice (translations grow), never narrower than 220.
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Layout.minimumWidth: 220
                    model: root.autoLockChoices.map(m => m === 0 ? qsTr("Never") : m === 1 ? qsTr("1 minute without use") : qsTr("%1 minutes without use").arg(m))
                    currentIndex: Math.max(0, root.autoLockChoices.indexOf(AppSettings.autoLockMinutes))
                    Accessible.name: qsTr("Auto-lock time")
                    onActivated: index => AppSettings.autoLockMinutes = root.autoLockChoices[index]
                }
            }
            Label {
                Layout.fillWidth: true
                visible: AppSettings.autoLockMinutes === 0
                text: qsTr("Without auto-lock, anyone at this computer can read your journal while it is open. Remember to lock it (Ctrl+L).")
                wrapMode: Text.WordWrap
                color: root.Material.color(Material.Orange, root.Material.theme === Material.Dark ? Material.Shade200 : Material.Shade900)
            }
            CheckBox {
                id: lockWithDesktop
                objectName: "settingsLockWithDesktop"
                Layout.fillWidth: true
                text: qsTr("Also lock when the screen locks or the computer goes to sleep")
                Accessible.name: text
                checked: AppSettings.lockWithDesktop
                onToggled: AppSettings.lockWithDesktop = checked
                // Wraps instead of eliding: a longer translation takes a second line.
                contentItem: Label {
                    leftPadding: lockWithDesktop.mirrored ? 0 : lockWithDesktop.indicator.width + lockWithDesktop.spacing
                    rightPadding: lockWithDesktop.mirrored ? lockWithDesktop.indicator.width + lockWithDesktop.spacing : 0
                    text: lockWithDesktop.text
                    font: lockWithDesktop.font
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("The journal also locks when you close the window.")
                wrapMode: Text.WordWrap
                opacity: 0.7
                font.pixelSize: 13
            }
            RowLayout {
                spacing: 12
                Label {
                    text: qsTr("Passphrase")
                    Layout.preferredWidth: 220
                }
                Button {
                    objectName: "settingsChangePassphrase"
                    text: qsTr("Change passphrase…")
                    Accessible.name: qsTr("Change the journal's passphrase")
                    onClicked: changePassphraseDialog.open()
                }
            }
            RowLayout {
                spacing: 12
                Label {
                    text: qsTr("Clear copied text after")
                    Layout.preferredWidth: 220
                }
                ComboBox {
                    objectName: "settingsClipboardClear"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Layout.minimumWidth: 220
                    model: root.clipboardChoices.map(s => s < 60 ? qsTr("%n second(s)", "", s) : qsTr("%n minute(s)", "", s / 60))
                    currentIndex: Math.max(0, root.clipboardChoices.indexOf(AppSettings.clipboardClearSeconds))
                    Accessible.name: qsTr("Time before copied text is cleared")
                    onActivated: index => AppSettings.clipboardClearSeconds = root.clipboardChoices[index]
                }
            }
            Label {
                objectName: "settingsClipboardNote"
                Layout.fillWidth: true
                text: qsTr("Text you copy or select in KAP Journal is kept out of clipboard managers' history and is cleared from the clipboard after %n second(s), and when the journal locks, unless you have copied something else since.", "", AppSettings.clipboardClearSeconds)
                wrapMode: Text.WordWrap
                opacity: 0.7
                font.pixelSize: 13
            }

            SettingsSection {
                title: qsTr("Backups")
            }
            RowLayout {
                spacing: 12
                Label {
                    text: qsTr("Automatic backups")
                    Layout.preferredWidth: 220
                }
                ComboBox {
                    objectName: "settingsAutomaticBackups"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Layout.minimumWidth: 220
                    readonly property var counts: root.backupChoices(AppSettings.automaticBackups)
                    model: counts.map(n => n === 0 ? qsTr("Off") : qsTr("Keep the last %1").arg(n))
                    currentIndex: counts.indexOf(AppSettings.automaticBackups)
                    Accessible.name: qsTr("Number of automatic backups to keep")
                    onActivated: index => AppSettings.automaticBackups = counts[index]
                }
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Once a day, when you unlock it, an encrypted copy of the journal is saved next to it. It opens with the journal's passphrase. The oldest copies beyond this number are deleted; “Off” makes none and deletes none.")
                wrapMode: Text.WordWrap
                opacity: 0.7
                font.pixelSize: 13
            }

            SettingsSection {
                title: qsTr("Appearance")
            }
            RowLayout {
                spacing: 12
                Label {
                    text: qsTr("Theme")
                    Layout.preferredWidth: 220
                }
                ButtonGroup {
                    id: themeGroup
                }
                Repeater {
                    model: [
                        { key: "system", text: qsTr("Follow system") },
                        { key: "light", text: qsTr("Light") },
                        { key: "dark", text: qsTr("Dark") }
                    ]
                    delegate: RadioButton {
                        required property var modelData
                        objectName: "theme_" + modelData.key
                        text: modelData.text
                        checked: AppSettings.theme === modelData.key
                        ButtonGroup.group: themeGroup
                        Accessible.name: qsTr("Theme: %1").arg(modelData.text)
                        onToggled: AppSettings.theme = modelData.key
                    }
                }
            }
            RowLayout {
                spacing: 12
                Label {
                    text: qsTr("Weeks start on")
                    Layout.preferredWidth: 220
                }
                ComboBox {
                    objectName: "settingsWeekStart"
                    implicitContentWidthPolicy: ComboBox.WidestText
                    Layout.minimumWidth: 220
                    readonly property var days: [1, 7, 6]
                    model: days.map(d => Qt.locale().dayName(d % 7, Locale.LongFormat))
                    currentIndex: Math.max(0, days.indexOf(AppSettings.weekStart))
                    Accessible.name: qsTr("First day of the week")
                    onActivated: index => AppSettings.weekStart = days[index]
                }
            }

            SettingsSection {
                title: qsTr("New sessions start with")
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("A new session starts with the details of your last one. These values fill in what it left open, and your first session. They are part of your journal and stored encrypted inside it.")
                wrapMode: Text.WordWrap
                opacity: 0.7
                font.pixelSize: 13
            }
            GridLayout {
                columns: 2
                columnSpacing: 12
                rowSpacing: 8

                Label {
                    text: qsTr("Treatment")
                    Layout.preferredWidth: 220
                }
                ComboBox {
                    objectName: "defaultModality"
                    Layout.preferredWidth: 300
                    model: root.modalityChoices.map(c => c.text)
                    currentIndex: root.indexOfKey(root.modalityChoices, JournalController.preference(root.keyModality))
                    Accessible.name: qsTr("Default treatment")
                    onActivated: index => JournalController.setPreference(root.keyModality, root.modalityChoices[index].key)
                }
                Label {
                    text: qsTr("Route")
                }
                ComboBox {
                    objectName: "defaultRoute"
                    Layout.preferredWidth: 300
                    model: root.routeChoices.map(c => c.text)
                    currentIndex: root.indexOfKey(root.routeChoices, JournalController.preference(root.keyRoute))
                    Accessible.name: qsTr("Default route")
                    onActivated: index => JournalController.setPreference(root.keyRoute, root.routeChoices[index].key)
                }
                Label {
                    text: qsTr("Dose (mg)")
                }
                JournalTextField {
                    objectName: "defaultDose"
                    Layout.preferredWidth: 300
                    text: JournalController.preference(root.keyDoseMg)
                    placeholderText: qsTr("Not set")
                    extraInputMethodHints: Qt.ImhFormattedNumbersOnly
                    validator: DoubleValidator {
                        bottom: 0
                        top: 10000
                        decimals: 2
                        notation: DoubleValidator.StandardNotation
                    }
                    Accessible.name: qsTr("Default dose in milligrams")
                    onEditingFinished: JournalController.setPreference(root.keyDoseMg, text)
                }
                Label {
                    text: qsTr("Provider or clinic")
                }
                JournalTextField {
                    objectName: "defaultProvider"
                    Layout.preferredWidth: 300
                    text: JournalController.preference(root.keyProvider)
                    placeholderText: qsTr("Not set")
                    Accessible.name: qsTr("Default provider or clinic")
                    onEditingFinished: JournalController.setPreference(root.keyProvider, text)
                }
                Label {
                    text: qsTr("Setting")
                }
                ComboBox {
                    objectName: "defaultSetting"
                    Layout.preferredWidth: 300
                    model: root.settingChoices.map(c => c.text)
                    currentIndex: root.indexOfKey(root.settingChoices, JournalController.preference(root.keySetting))
                    Accessible.name: qsTr("Default setting")
                    onActivated: index => JournalController.setPreference(root.keySetting, root.settingChoices[index].key)
                }
                Label {
                    text: qsTr("Who is present")
                }
                JournalTextField {
                    objectName: "defaultPresent"
                    Layout.preferredWidth: 300
                    text: JournalController.preference(root.keyPresent)
                    placeholderText: qsTr("Not set")
                    Accessible.name: qsTr("Default: who is present")
                    onEditingFinished: JournalController.setPreference(root.keyPresent, text)
                }
                Label {
                    text: qsTr("Currency (for costs)")
                }
                JournalTextField {
                    objectName: "defaultCurrency"
                    Layout.preferredWidth: 120
                    text: JournalController.preference(root.keyCurrency)
                    placeholderText: Qt.locale().currencySymbol(Locale.CurrencyIsoCode)
                    maximumLength: 3
                    extraInputMethodHints: Qt.ImhPreferUppercase
                    validator: RegularExpressionValidator {
                        regularExpression: /[A-Za-z]{0,3}/
                    }
                    Accessible.name: qsTr("Default currency, three-letter code")
                    onEditingFinished: JournalController.setPreference(root.keyCurrency, text.toUpperCase())
                }
            }

            SettingsSection {
                title: qsTr("This journal")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                Label {
                    Layout.fillWidth: true
                    text: JournalController.journalPath
                    elide: Text.ElideMiddle
                    opacity: 0.8
                }
                Button {
                    objectName: "copyLocationButton"
                    text: qsTr("Copy location")
                    flat: true
                    Accessible.name: qsTr("Copy the journal's file location")
                    onClicked: {
                        SecureClipboard.copy(JournalController.journalPath);
                        copiedNote.visible = true;
                    }
                }
            }
            Label {
                id: copiedNote
                visible: false
                text: qsTr("Copied. The clipboard is cleared again in %n second(s).", "", AppSettings.clipboardClearSeconds)
                opacity: 0.7
                font.pixelSize: 13
            }
        }
    }

    Connections {
        target: SecureClipboard
        function onExpired(): void {
            copiedNote.visible = false;
        }
    }

    ChangePassphraseDialog {
        id: changePassphraseDialog
    }
}
