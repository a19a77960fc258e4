// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The unlocked journal: a tool bar with the menus, a navigation rail on the left and the pages.
// Created when the journal unlocks and destroyed when it locks, with every page and dialog in it.
// Over 500 lines on purpose: it is the one place that declares every page and dialog slot and
// wires the menus and shortcuts to them; the pages and dialogs themselves live in their files.
Page {
    id: root

    readonly property int journalPage: 0
    readonly property int trendsPage: 1
    readonly property int phasesPage: 2
    readonly property int searchPage: 3
    readonly property int trashPage: 4
    readonly property int settingsPage: 5
    property int currentIndex: journalPage
    readonly property var pageTitles: [qsTr("Journal"), qsTr("Trends"), qsTr("Phases"), qsTr("Search"), qsTr("Trash"), qsTr("Settings")]
    readonly property alias stack: stack

    signal crisisRequested
    signal quitRequested

    function showPage(index: int): void {
        currentIndex = index;
    }
    function showSearch(): void {
        showPage(searchPage);
        (searchSlot.item as SearchPage)?.focusSearch();
    }
    function newCheckin(): void {
        (checkinDialog.dialog() as CheckinDialog).openNew();
    }
    function newSession(): void {
        (sessionEditor.dialog() as SessionEditor).openNew();
    }
    function newNote(): void {
        // 0: the editor links the note to the latest session by default.
        (noteEditor.dialog() as NoteEditor).openNew(0);
    }
    function newQuestionnaire(kind: string): void {
        (questionnaireDialog.dialog() as QuestionnaireDialog).openNew(kind);
    }
    // Opens an entry from the timeline or search results in its editor.
    function openEntry(kind: string, recordId: real): void {
        if (kind === "session")
            (sessionEditor.dialog() as SessionEditor).openEdit(recordId);
        else if (kind === "note")
            (noteEditor.dialog() as NoteEditor).openEdit(recordId);
        else if (kind === "checkin")
            (checkinDialog.dialog() as CheckinDialog).openEdit(recordId);
        else if (kind === "questionnaire")
            (questionnaireDialog.dialog() as QuestionnaireDialog).openEdit(recordId);
        else if (kind === "phase")
            showPage(phasesPage);
    }

    objectName: "mainFrame"
    focus: true
    Accessible.name: qsTr("Journal window")

    header: ColumnLayout {
        spacing: 0

        DemoBanner {
            Layout.fillWidth: true
            visible: JournalController.demo
        }

        // An idle or desktop lock that waited, and why (JournalController.lock).
        Pane {
            objectName: "lockHeldBanner"
            Layout.fillWidth: true
            visible: JournalController.lockHeldMessage.length > 0
            padding: 8
            Material.background: Material.theme === Material.Dark ? "#4a3a1a" : "#fff4d6"
            Accessible.role: Accessible.AlertMessage
            Accessible.name: lockHeldText.text
            RowLayout {
                width: parent.width
                spacing: 8
                Label {
                    id: lockHeldText
                    Layout.fillWidth: true
                    wrapMode: Text.WordWrap
                    text: JournalController.lockHeldMessage
                }
                Button {
                    text: qsTr("Lock now")
                    Accessible.name: qsTr("Lock the journal now")
                    onClicked: JournalController.lock()
                }
            }
        }

        ToolBar {
            Layout.fillWidth: true
            Material.elevation: 0

            RowLayout {
                anchors.fill: parent
                anchors.rightMargin: 8
                spacing: 4

                MenuBar {
                    id: menuBar
                    objectName: "menuBar"
                    Material.background: "transparent"
                    Accessible.name: qsTr("Main menu")

                    FittingMenu {
                        id: fileMenu
                        objectName: "fileMenu"
                        title: qsTr("&File")
                        ShortcutMenuItem {
                            objectName: "menuNewCheckin"
                            text: qsTr("New check-in…")
                            shortcutText: "Ctrl+M"
                            onTriggered: root.newCheckin()
                        }
                        ShortcutMenuItem {
                            objectName: "menuNewSession"
                            text: qsTr("New session…")
                            shortcutText: "Ctrl+Shift+S"
                            onTriggered: root.newSession()
                        }
                        ShortcutMenuItem {
                            objectName: "menuNewNote"
                            text: qsTr("New integration note…")
                            shortcutText: "Ctrl+N"
                            onTriggered: root.newNote()
                        }
                        MenuSeparator {}
                        ShortcutMenuItem {
                            objectName: "menuPhq9"
                            text: qsTr("PHQ-9 (depression)…")
                            onTriggered: root.newQuestionnaire("phq9")
                        }
                        ShortcutMenuItem {
                            objectName: "menuGad7"
                            text: qsTr("GAD-7 (anxiety)…")
                            onTriggered: root.newQuestionnaire("gad7")
                        }
                        MenuSeparator {}
                        ShortcutMenuItem {
                            text: qsTr("Import from Daylio…")
                            onTriggered: (daylioDialog.dialog() as ImportDaylioDialog).open()
                        }
                        ShortcutMenuItem {
                            text: qsTr("Export report for my therapist…")
                            onTriggered: (reportDialog.dialog() as ReportDialog).open()
                        }
                        ShortcutMenuItem {
                            text: qsTr("Backup…")
                            onTriggered: (backupDialog.dialog() as BackupDialog).open()
                        }
                        ShortcutMenuItem {
                            text: qsTr("Export JSON…")
                            onTriggered: (jsonDialog.dialog() as JsonExportDialog).open()
                        }
                        MenuSeparator {}
                        ShortcutMenuItem {
                            objectName: "menuLock"
                            text: qsTr("Lock")
                            shortcutText: "Ctrl+L"
                            onTriggered: JournalController.lock()
                        }
                        ShortcutMenuItem {
                            text: qsTr("Quit")
                            shortcutText: "Ctrl+Q"
                            onTriggered: root.quitRequested()
                        }
                    }
                    FittingMenu {
                        id: viewMenu
                        objectName: "viewMenu"
                        title: qsTr("&View")
                        ShortcutMenuItem {
                            text: qsTr("Journal")
                            shortcutText: "Ctrl+1"
                            onTriggered: root.showPage(root.journalPage)
                        }
                        ShortcutMenuItem {
                            text: qsTr("Trends")
                            shortcutText: "Ctrl+2"
                            onTriggered: root.showPage(root.trendsPage)
                        }
                        ShortcutMenuItem {
                            text: qsTr("Phases")
                            shortcutText: "Ctrl+3"
                            onTriggered: root.showPage(root.phasesPage)
                        }
                        ShortcutMenuItem {
                            text: qsTr("Search")
                            shortcutText: "Ctrl+F"
                            onTriggered: root.showSearch()
                        }
                        ShortcutMenuItem {
                            text: qsTr("Trash")
                            onTriggered: root.showPage(root.trashPage)
                        }
                        MenuSeparator {}
                        ShortcutMenuItem {
                            text: qsTr("Settings")
                            shortcutText: "Ctrl+,"
                            onTriggered: root.showPage(root.settingsPage)
                        }
                    }
                    FittingMenu {
                        id: helpMenu
                        objectName: "helpMenu"
                        title: qsTr("&Help")
                        ShortcutMenuItem {
                            objectName: "menuCrisis"
                            text: qsTr("Crisis resources")
                            onTriggered: root.crisisRequested()
                        }
                        ShortcutMenuItem {
                            text: qsTr("Keyboard shortcuts")
                            onTriggered: shortcutsDialog.open()
                        }
                        ShortcutMenuItem {
                            text: qsTr("About KAP Journal")
                            onTriggered: aboutDialog.open()
                        }
                    }
                }

                Label {
                    Layout.leftMargin: 12
                    text: root.pageTitles[root.currentIndex]
                    font.pixelSize: 18
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }

                ToolButton {
                    objectName: "toolbarCheckin"
                    text: qsTr("Check in")
                    Accessible.name: qsTr("New mood check-in")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Log how you feel right now (Ctrl+M)")
                    onClicked: root.newCheckin()
                }
                ToolButton {
                    objectName: "toolbarLock"
                    text: qsTr("Lock")
                    Accessible.name: qsTr("Lock the journal")
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Close the journal until the passphrase is entered again (Ctrl+L)")
                    onClicked: JournalController.lock()
                }
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            id: rail
            Layout.fillHeight: true
            Layout.preferredWidth: 188
            currentIndex: root.currentIndex
            titles: root.pageTitles
            onActivated: index => root.showPage(index)
            onNewEntryRequested: kind => {
                if (kind === "checkin")
                    root.newCheckin();
                else if (kind === "session")
                    root.newSession();
                else if (kind === "note")
                    root.newNote();
            }
        }

        Rectangle {
            Layout.fillHeight: true
            Layout.preferredWidth: 1
            color: root.Material.dividerColor
        }

        StackLayout {
            id: stack
            objectName: "pageStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
            currentIndex: root.currentIndex

            PageSlot {
                id: timelineSlot
                objectName: "timelineSlot"
                component: Component {
                    TimelinePage {}
                }
            }
            PageSlot {
                id: trendsSlot
                objectName: "trendsSlot"
                component: Component {
                    TrendsPage {
                        controller: JournalController
                    }
                }
            }
            PageSlot {
                objectName: "phasesSlot"
                component: Component {
                    PhasesPage {}
                }
            }
            PageSlot {
                id: searchSlot
                objectName: "searchSlot"
                component: Component {
                    SearchPage {}
                }
            }
            PageSlot {
                objectName: "trashSlot"
                component: Component {
                    TrashPage {}
                }
            }
            PageSlot {
                id: settingsSlot
                objectName: "settingsSlot"
                component: Component {
                    SettingsPage {}
                }
            }
        }
    }

    // The pages' requests are connected here, by type, rather than inside the components above:
    // Qt 6.4's Loader cannot create a bound component (pragma ComponentBehavior: Bound, "Cannot
    // instantiate bound component outside its creation context"), and an unbound one cannot name
    // this file's ids where qmllint can check them.
    Connections {
        target: timelineSlot.item as TimelinePage
        function onOpenEntry(kind: string, recordId: real): void {
            root.openEntry(kind, recordId);
        }
        function onNewSessionRequested(): void {
            root.newSession();
        }
        function onNewNoteRequested(): void {
            root.newNote();
        }
        function onNewCheckinRequested(): void {
            root.newCheckin();
        }
        function onNewQuestionnaireRequested(kind: string): void {
            root.newQuestionnaire(kind);
        }
    }
    Connections {
        // A session marker on a chart opens that session.
        target: trendsSlot.item as TrendsPage
        function onOpenEntry(kind: string, recordId: real): void {
            root.openEntry(kind, recordId);
        }
    }
    Connections {
        target: searchSlot.item as SearchPage
        function onOpenEntry(kind: string, recordId: real): void {
            root.openEntry(kind, recordId);
        }
    }

    // Dialogs of the other areas, created on first use.
    DialogSlot {
        id: sessionEditor
        objectName: "sessionEditorSlot"
        sourceComponent: Component {
            SessionEditor {}
        }
    }
    DialogSlot {
        id: noteEditor
        objectName: "noteEditorSlot"
        sourceComponent: Component {
            NoteEditor {}
        }
    }
    DialogSlot {
        id: checkinDialog
        objectName: "checkinDialogSlot"
        sourceComponent: Component {
            CheckinDialog {}
        }
    }
    DialogSlot {
        id: questionnaireDialog
        objectName: "questionnaireDialogSlot"
        sourceComponent: Component {
            QuestionnaireDialog {}
        }
    }
    DialogSlot {
        id: reportDialog
        objectName: "reportDialogSlot"
        sourceComponent: Component {
            ReportDialog {}
        }
    }
    DialogSlot {
        id: daylioDialog
        objectName: "daylioDialogSlot"
        sourceComponent: Component {
            ImportDaylioDialog {}
        }
    }
    DialogSlot {
        id: backupDialog
        objectName: "backupDialogSlot"
        sourceComponent: Component {
            BackupDialog {}
        }
    }
    DialogSlot {
        id: jsonDialog
        objectName: "jsonDialogSlot"
        sourceComponent: Component {
            JsonExportDialog {}
        }
    }

    AboutDialog {
        id: aboutDialog
        objectName: "aboutDialog"
    }
    ShortcutsDialog {
        id: shortcutsDialog
        objectName: "shortcutsDialog"
    }

    // A failed automatic backup says so in passing, without interrupting (details: Backup dialog).
    ToolTip {
        id: automaticBackupNotice
        objectName: "automaticBackupNotice"
        x: (root.width - width) / 2
        y: root.height - height - 24
        timeout: 8000
        text: qsTr("Today's automatic backup could not be made. Your journal is fine; see File → Backup… for why.")
    }
    // The journal opened with something to know (it was created, but the disk could not confirm
    // it is stored durably).
    ToolTip {
        id: openedNotice
        objectName: "openedNotice"
        x: (root.width - width) / 2
        y: root.height - height - 24
        timeout: 15000
        text: JournalController.openedNotice
    }
    Component.onCompleted: if (JournalController.openedNotice.length > 0) openedNotice.open()

    Connections {
        target: AutomaticBackup
        function onFailed(): void {
            automaticBackupNotice.open();
        }
    }

    // The journal's shortcuts work from menus and popups too (application-wide, closing the menu
    // first), but not over an open editor or task dialog: a second editor on top of an unfinished
    // one is never what was meant. Ctrl+L and Ctrl+Q work everywhere (Main.qml).
    readonly property bool dialogOpen: sessionEditor.opened || noteEditor.opened || checkinDialog.opened
        || questionnaireDialog.opened || reportDialog.opened || daylioDialog.opened || backupDialog.opened
        || jsonDialog.opened || (settingsSlot.item as SettingsPage)?.dialogOpen === true
    function fromShortcut(action: var): void {
        fileMenu.close();
        viewMenu.close();
        helpMenu.close();
        action();
    }
    Shortcut {
        sequence: "Ctrl+M"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: root.fromShortcut(root.newCheckin)
    }
    Shortcut {
        sequence: "Ctrl+Shift+S"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: root.fromShortcut(root.newSession)
    }
    Shortcut {
        sequence: "Ctrl+N"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: root.fromShortcut(root.newNote)
    }
    Shortcut {
        sequence: "Ctrl+F"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: root.fromShortcut(root.showSearch)
    }
    Shortcut {
        sequence: "Ctrl+,"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: root.fromShortcut(() => root.showPage(root.settingsPage))
    }
    Shortcut {
        sequence: "Ctrl+1"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: root.fromShortcut(() => root.showPage(root.journalPage))
    }
    Shortcut {
        sequence: "Ctrl+2"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: root.fromShortcut(() => root.showPage(root.trendsPage))
    }
    Shortcut {
        sequence: "Ctrl+3"
        context: Qt.ApplicationShortcut
        enabled: !root.dialogOpen
        onActivated: root.fromShortcut(() => root.showPage(root.phasesPage))
    }
}
