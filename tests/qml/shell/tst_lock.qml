// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import KapJournal
import KapJournal.App

// Locking destroys the unlocked frame (pages, dialogs, text fields, undo history) and returns to
// the unlock screen; the idle watcher locks by itself.
TestCase {
    id: testCase
    name: "Lock"
    when: windowShown

    readonly property string passphrase: "violet harbour quietly folds seven maps"
    property var window: null

    SignalSpy {
        id: aboutToLockSpy
        target: JournalController
        signalName: "aboutToLock"
    }

    function initTestCase() {
        const component = Qt.createComponent("qrc:/qt/qml/KapJournal/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null);
        verify(window);
        const path = JournalController.defaultJournalPath.replace(/\.kapj$/, "-lock.kapj");
        JournalController.createJournal(path, passphrase, passphrase);
        tryVerify(() => JournalController.unlocked, 20000);
    }

    function cleanupTestCase() {
        JournalController.lock();
        window.destroy();
    }

    function unlockAgain() {
        if (!JournalController.unlocked) {
            JournalController.unlock(passphrase);
            tryVerify(() => JournalController.unlocked, 20000);
        }
    }

    function test_lockDestroysTheFrame() {
        unlockAgain();
        tryVerify(() => window.mainFrame !== null);
        const frame = window.mainFrame;
        frame.showPage(frame.settingsPage);
        wait(50);
        verify(frame.stack.children[frame.settingsPage].item, "settings page created");
        aboutToLockSpy.clear();

        JournalController.lock();
        compare(aboutToLockSpy.count, 1);
        tryVerify(() => window.mainFrame === null);
        compare(window.entryMode, "unlock");
        // A new frame after unlocking starts from scratch: back on the journal page.
        unlockAgain();
        tryVerify(() => window.mainFrame !== null);
        compare(window.mainFrame.currentIndex, window.mainFrame.journalPage);
    }

    function test_idleLocks() {
        unlockAgain();
        tryVerify(() => window.mainFrame !== null);
        AppSettings.autoLockMinutes = 0;
        const watcher = window.idleWatcher;
        verify(watcher, "the window has an IdleWatcher");
        compare(watcher.active, true);
        watcher.timeoutMs = 150;
        tryVerify(() => !JournalController.unlocked, 5000);
        tryVerify(() => window.mainFrame === null);
        compare(watcher.active, false);
        // Back to the window's own rule: a 150 ms idle lock left behind locked the next test's
        // frame under its feet on slow (sanitizer) runs.
        watcher.timeoutMs = Qt.binding(() => AppSettings.autoLockMinutes * 60 * 1000);
        AppSettings.autoLockMinutes = 5;
        compare(watcher.timeoutMs, 5 * 60 * 1000);
    }

    // Settings says how long copied text stays, and that is the guard's time; text copied from a
    // journal field is tracked and taken back on lock (SECURITY.md 13).
    function test_clipboardFollowsSettingsAndLock() {
        unlockAgain();
        tryVerify(() => window.mainFrame !== null);
        const frame = window.mainFrame;
        frame.showPage(frame.settingsPage);
        const page = frame.stack.children[frame.settingsPage].item;
        tryVerify(() => page !== null);
        const note = findChild(page, "settingsClipboardNote");
        verify(note, "the settings page says how long copied text stays");

        compare(AppSettings.clipboardClearSeconds, 30);
        compare(SecureClipboard.clearAfterMs, 30000);
        verify(note.text.indexOf("30") >= 0, note.text);
        AppSettings.clipboardClearSeconds = 60;
        compare(SecureClipboard.clearAfterMs, 60000);
        verify(note.text.indexOf("60") >= 0, note.text);
        AppSettings.clipboardClearSeconds = 30;

        const field = findChild(page, "defaultProvider");
        verify(field, "a journal text field on the settings page");
        field.text = "Dr. Ahmadi, Lakeside clinic";
        field.forceActiveFocus();
        field.selectAll();
        field.copy();
        verify(SecureClipboard.pending, "text copied from a journal field is tracked");
        JournalController.lock();
        verify(!SecureClipboard.pending, "the lock took it back");
    }

    function findWatcher(win) {
        for (let i = 0; i < win.data.length; ++i) {
            const object = win.data[i];
            if (object && object.timeoutMs !== undefined && object.active !== undefined && object.poke !== undefined)
                return object;
        }
        return null;
    }
}
