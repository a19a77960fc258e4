# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Shell QML files beside Main.qml (navigation, unlock/create, settings).
qt_target_qml_sources(kapjournal_qml QML_FILES
    AboutDialog.qml
    ChangePassphraseDialog.qml
    CreateJournalPage.qml
    DemoBanner.qml
    DialogSlot.qml
    Disclaimer.qml
    EntryScreen.qml
    MainFrame.qml
    NavigationRail.qml
    PageSlot.qml
    PassphraseField.qml
    PassphraseStrengthMeter.qml
    SettingsPage.qml
    SettingsSection.qml
    ShortcutMenuItem.qml
    ShortcutsDialog.qml
    UnlockPage.qml
    WelcomePage.qml
)
