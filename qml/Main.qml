// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The application window: picks the screen for the journal's state (welcome, create, unlock, the
// journal itself), applies the theme, locks on idle and on close. Each screen lives in a Loader
// that is only active while it is shown, so locking destroys every page, text field and undo
// history of the unlocked journal instead of just hiding them.
ApplicationWindow {
    id: root

    // Which entry screen shows while no journal is open: "welcome", "create" or "unlock".
    // Set once at start and then by the screens themselves (not a binding: a journal being created
    // or the sample being prepared must not flip the screen while the key is derived).
    property string entryMode: "welcome"
    readonly property bool dark: Material.theme === Material.Dark
    readonly property alias idleWatcher: idleWatcher
    readonly property alias mainFrame: mainLoader.item
    readonly property alias keyboardFocusFrame: keyboardFocusFrame

    // Lock and quit, keeping every editor's unfinished input first. When some could not be kept,
    // JournalController asks (lockNeedsConfirmation) instead of quitting.
    function quitApplication(): void {
        if (JournalController.lock(JournalController.Quit))
            Qt.quit();
    }
    function showCrisisResources(): void {
        crisisLoader.active = true;
        (crisisLoader.item as CrisisPanel).open();
    }

    width: 1100
    height: 720
    minimumWidth: 900
    minimumHeight: 600
    visible: true
    title: JournalController.demo ? qsTr("KAP Journal — sample data") : qsTr("KAP Journal")

    Material.theme: AppSettings.theme === "dark" ? Material.Dark : AppSettings.theme === "light" ? Material.Light : Material.System
    Material.accent: dark ? "#8cc4c0" : "#2e7d78"
    Material.primary: dark ? "#24323a" : "#e6eff0"

    // Software rendering has no shaders for the Material shadows: popups go flat instead of blank.
    Item {
        id: graphicsProbe
        visible: false
    }
    Binding {
        target: AppSettings
        property: "plainPopups"
        value: graphicsProbe.GraphicsInfo.api === GraphicsInfo.Software
    }
    Material.background: dark ? "#161b1e" : "#fbfcfc"

    // Keyboard focus is always visible: framed, and scrolled into view.
    KeyboardFocusFrame {
        id: keyboardFocusFrame
    }
    FocusScroller {}

    onClosing: close => {
        if (!JournalController.lock(JournalController.Quit))
            close.accepted = false; // lockConfirmation asks first
    }
    Component.onCompleted: entryMode = JournalController.state === JournalController.Locked ? "unlock" : "welcome"

    Connections {
        target: JournalController
        function onLocked(): void {
            SecureClipboard.clearIfOurs();
            root.entryMode = JournalController.state === JournalController.NoJournal ? "welcome" : "unlock";
        }
        function onLockNeedsConfirmation(message: string, reason: int): void {
            lockConfirmation.reason = reason;
            lockConfirmation.message = message;
            lockConfirmation.open();
        }
        function onDemoChanged(): void {
            if (!JournalController.demo && !JournalController.unlocked)
                root.entryMode = JournalController.state === JournalController.NoJournal ? "welcome" : "unlock";
        }
    }

    IdleWatcher {
        id: idleWatcher
        active: JournalController.unlocked
        timeoutMs: AppSettings.autoLockMinutes * 60 * 1000
        onIdle: JournalController.lock(JournalController.Idle)
    }
    // An idle lock that had to wait (lockHeldMessage) tries again while nobody is there.
    Timer {
        interval: 60 * 1000
        repeat: true
        running: idleWatcher.idleNow && JournalController.unlocked && JournalController.lockHeldMessage.length > 0
        onTriggered: JournalController.lock(JournalController.Idle)
    }

    // Also creates the clipboard guard at start, so that text copied or selected anywhere in the
    // app is watched from the first moment (SecureClipboard).
    Binding {
        target: SecureClipboard
        property: "clearAfterMs"
        value: AppSettings.clipboardClearSeconds * 1000
    }

    // Application-wide, so they work with any dialog, menu or popup open.
    Shortcut {
        sequence: "Ctrl+Q"
        context: Qt.ApplicationShortcut
        onActivated: root.quitApplication()
    }
    Shortcut {
        sequence: "Ctrl+L"
        context: Qt.ApplicationShortcut
        enabled: JournalController.unlocked
        onActivated: JournalController.lock()
    }

    // A manual lock or a quit that would lose unfinished input asks first.
    Dialog {
        id: lockConfirmation
        objectName: "lockConfirmation"
        property int reason: JournalController.Manual
        property string message
        readonly property bool quitting: reason === JournalController.Quit
        parent: Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 64 : 560, 560)
        modal: true
        focus: true
        title: quitting ? qsTr("Quit and lose unsaved text?") : qsTr("Lock and lose unsaved text?")
        ColumnLayout {
            anchors.fill: parent
            spacing: 16
            Label {
                Layout.fillWidth: true
                wrapMode: Text.WordWrap
                text: qsTr("%1\n\nIf the journal locks now, this text is lost. Stay unlocked to copy it somewhere safe or to free some disk space, then try again.").arg(lockConfirmation.message)
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 8
                Button {
                    objectName: "lockAnywayButton"
                    text: lockConfirmation.quitting ? qsTr("Quit anyway") : qsTr("Lock anyway")
                    flat: true
                    onClicked: {
                        lockConfirmation.close();
                        JournalController.lock(lockConfirmation.reason, true);
                        if (lockConfirmation.quitting)
                            Qt.quit();
                    }
                }
                Button {
                    id: stayUnlockedButton
                    objectName: "stayUnlockedButton"
                    text: qsTr("Stay unlocked")
                    onClicked: lockConfirmation.close()
                    Keys.onReturnPressed: clicked()
                    Keys.onEnterPressed: clicked()
                }
            }
        }
        onOpened: stayUnlockedButton.forceActiveFocus()
    }

    Loader {
        id: entryLoader
        objectName: "entryLoader"
        anchors.fill: parent
        // The entry screens own the keyboard when shown (after a lock the main frame that had it
        // is gone): each gives it to its first field.
        focus: true
        active: !JournalController.unlocked
        sourceComponent: root.entryMode === "welcome" ? welcomeComponent : root.entryMode === "create" ? createComponent : unlockComponent
    }

    Loader {
        id: mainLoader
        objectName: "mainLoader"
        anchors.fill: parent
        active: JournalController.unlocked
        sourceComponent: MainFrame {}
    }

    Component {
        id: welcomeComponent
        WelcomePage {}
    }
    Component {
        id: createComponent
        CreateJournalPage {
            canGoBack: true
        }
    }
    Component {
        id: unlockComponent
        UnlockPage {}
    }

    // The screens' requests are connected here, by type, rather than inside the components above:
    // Qt 6.4's Loader cannot create a bound component (pragma ComponentBehavior: Bound, "Cannot
    // instantiate bound component outside its creation context"), and an unbound one cannot name
    // this file's ids where qmllint can check them.
    Connections {
        target: mainLoader.item as MainFrame
        function onCrisisRequested(): void {
            root.showCrisisResources();
        }
        function onQuitRequested(): void {
            root.quitApplication();
        }
    }
    Connections {
        target: entryLoader.item as EntryScreen
        function onCrisisRequested(): void {
            root.showCrisisResources();
        }
    }
    Connections {
        target: entryLoader.item as WelcomePage
        function onCreateRequested(): void {
            root.entryMode = "create";
        }
        function onOpenRequested(): void {
            root.entryMode = "unlock";
        }
    }
    Connections {
        target: entryLoader.item as CreateJournalPage
        function onBackRequested(): void {
            const path = JournalController.journalPath;
            root.entryMode = path !== "" && JournalController.journalExists(path) ? "unlock" : "welcome";
        }
    }
    Connections {
        target: entryLoader.item as UnlockPage
        function onCreateRequested(): void {
            root.entryMode = "create";
        }
    }

    // The crisis panel (journal area) is reachable from every screen, locked or not.
    Loader {
        id: crisisLoader
        active: false
        sourceComponent: Component {
            CrisisPanel {}
        }
    }
}
