// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import KapJournal
import KapJournal.App

// Settings → Change passphrase… in the real window: refusals (wrong current passphrase, the two
// new ones differ, too weak), the change, and the question about the copies beside the journal
// that still open with the old passphrase: re-encrypt (the default, by keyboard), delete, keep.
// Ctrl+L locks from inside the dialog.
TestCase {
    id: testCase
    name: "ChangePassphrase"
    when: windowShown

    readonly property string p0: "violet harbour quietly folds seven maps"
    readonly property string p1: "copper lantern drifts past eleven orchards"
    readonly property string p2: "silent walrus borrows amber tram tickets"
    readonly property string p3: "nine paper kites argue over marmalade"
    readonly property string p4: "gravel sonnet wakes the sleepy lighthouse"
    property var window: null
    property string current: p0

    function initTestCase() {
        const component = Qt.createComponent("qrc:/qt/qml/KapJournal/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, { width: 900, height: 600 });
        verify(window);
        const path = JournalController.defaultJournalPath.replace(/\.kapj$/, "-change.kapj");
        JournalController.createJournal(path, p0, p0);
        tryVerify(() => JournalController.unlocked, 20000);
    }

    function cleanupTestCase() {
        JournalController.lock();
        window.destroy();
    }

    function unlocked() {
        if (!JournalController.unlocked) {
            JournalController.unlock(current);
            tryVerify(() => JournalController.unlocked, 20000);
        }
        tryVerify(() => window.mainFrame !== null);
        return window.mainFrame;
    }

    function openDialog() {
        const frame = unlocked();
        frame.showPage(frame.settingsPage);
        const page = frame.stack.children[frame.settingsPage].item;
        tryVerify(() => page !== null);
        const button = findChild(page, "settingsChangePassphrase");
        verify(button, "Settings offers to change the passphrase");
        mouseClick(button);
        const dialog = findChild(page, "changePassphraseDialog");
        verify(dialog, "the dialog");
        tryVerify(() => dialog.opened);
        return dialog;
    }

    /// Closes the dialog and waits until it is gone (its modal shade takes clicks until then).
    function closeDialog(dialog) {
        dialog.close();
        tryVerify(() => !dialog.visible);
    }

    function field(dialog, name) {
        const item = findChild(dialog.contentItem, name);
        verify(item, name);
        return item;
    }

    /// An automatic backup beside the journal (made if none is a day old), as the app makes one.
    function ensureBackup() {
        AutomaticBackup.backupIfDue();
        tryVerify(() => !AutomaticBackup.running, 20000);
        AutomaticBackup.refresh();
        verify(AutomaticBackup.lastBackupPath.length > 0, "a backup beside the journal");
        return AutomaticBackup.lastBackupPath;
    }

    /// Fills in the form and presses Return in the confirmation field.
    function submit(dialog, from, to) {
        field(dialog, "changeCurrentField").text = from;
        field(dialog, "changeNewField").text = to;
        const confirm = field(dialog, "changeConfirmField");
        confirm.text = to;
        confirm.forceActiveFocus();
        keyClick(Qt.Key_Return);
    }

    function test_1_refusals() {
        const dialog = openDialog();
        const change = dialog.change;
        // The same fields as everywhere else: hidden, with the journal's input-method hints.
        const currentField = field(dialog, "changeCurrentField");
        compare(currentField.echoMode, TextInput.Password);
        verify(currentField.inputMethodHints & Qt.ImhSensitiveData);
        verify(currentField.inputMethodHints & Qt.ImhNoPredictiveText);
        mouseClick(field(dialog, "changeShowPassphrase"));
        compare(currentField.echoMode, TextInput.Normal);
        compare(field(dialog, "changeNewField").echoMode, TextInput.Normal);
        mouseClick(field(dialog, "changeShowPassphrase"));

        // The two new ones differ: said at once, and the button stays off.
        currentField.text = p0;
        field(dialog, "changeNewField").text = p1;
        field(dialog, "changeConfirmField").text = p2;
        verify(field(dialog, "changeMismatch").visible);
        compare(field(dialog, "changeSubmit").enabled, false);
        change.change(p0, p1, p2);
        verify(change.errorMessage.indexOf("not the same") >= 0, change.errorMessage);

        // Too weak by the create screen's rule.
        field(dialog, "changeNewField").text = "password1";
        field(dialog, "changeConfirmField").text = "password1";
        compare(field(dialog, "changeSubmit").enabled, false);
        change.change(p0, "password1", "password1");
        verify(change.errorMessage.indexOf("too easy to guess") >= 0, change.errorMessage);

        // A wrong current passphrase: said, nothing changed, the form again.
        submit(dialog, "not my passphrase at all, sorry", p1);
        tryVerify(() => change.stage === PassphraseChange.Entering && change.errorMessage.length > 0, 20000);
        verify(change.errorMessage.indexOf("not the current passphrase") >= 0, change.errorMessage);
        verify(field(dialog, "changeError").visible);
        closeDialog(dialog);
        JournalController.lock();
        JournalController.unlock(p0);
        tryVerify(() => JournalController.unlocked, 20000);
    }

    function test_2_reencryptThenDelete() {
        const backup = ensureBackup();
        let dialog = openDialog();
        let change = dialog.change;
        submit(dialog, current, p1);
        tryVerify(() => change.stage === PassphraseChange.AskingAboutOldCopies, 20000);
        current = p1;
        compare(change.oldCopyCount, 1);
        verify(field(dialog, "oldCopiesQuestion").text.indexOf("1") >= 0);
        const reencrypt = field(dialog, "oldCopiesReencrypt");
        verify(reencrypt.activeFocus, "re-encrypting is the default");
        // The question and its three answers fit the 900x600 window.
        compare(window.width, 900);
        compare(window.height, 600);
        for (const name of ["oldCopiesReencrypt", "oldCopiesDelete", "oldCopiesKeep"]) {
            const button = field(dialog, name);
            const at = button.mapToItem(window.contentItem, 0, 0);
            verify(at.x >= 0 && at.y >= 0 && at.x + button.width <= 900 && at.y + button.height <= 600, name);
            verify(button.Accessible.name.length > 0, name);
        }
        keyClick(Qt.Key_Return);
        tryVerify(() => change.stage === PassphraseChange.Done, 20000);
        compare(change.oldCopyCount, 0);
        verify(field(dialog, "changeResult").text.indexOf("re-encrypted") >= 0, change.resultMessage);
        keyClick(Qt.Key_Return); // Close has the focus
        tryVerify(() => !dialog.visible);
        AutomaticBackup.refresh();
        compare(AutomaticBackup.lastBackupPath, backup);

        // The re-encrypted copy opens with p1 now: the next change finds it under p1.
        dialog = openDialog();
        change = dialog.change;
        submit(dialog, current, p2);
        tryVerify(() => change.stage === PassphraseChange.AskingAboutOldCopies, 20000);
        current = p2;
        compare(change.oldCopyCount, 1);
        mouseClick(field(dialog, "oldCopiesDelete"));
        tryVerify(() => change.stage === PassphraseChange.Done, 20000);
        verify(change.resultMessage.indexOf("deleted") >= 0, change.resultMessage);
        closeDialog(dialog);
        AutomaticBackup.refresh();
        compare(AutomaticBackup.lastBackupPath, "");

        // Only the new passphrase opens the journal.
        JournalController.lock();
        JournalController.unlock(p1);
        tryVerify(() => !JournalController.busy, 20000);
        compare(JournalController.unlocked, false);
        unlocked();
    }

    function test_3_keep() {
        const backup = ensureBackup();
        let dialog = openDialog();
        let change = dialog.change;
        submit(dialog, current, p3);
        tryVerify(() => change.stage === PassphraseChange.AskingAboutOldCopies, 20000);
        current = p3;
        mouseClick(field(dialog, "oldCopiesKeep"));
        tryVerify(() => change.stage === PassphraseChange.Done);
        verify(change.resultMessage.indexOf("1 copy beside the journal still opens with the old passphrase") >= 0, change.resultMessage);
        closeDialog(dialog);
        AutomaticBackup.refresh();
        compare(AutomaticBackup.lastBackupPath, backup);

        // Kept under p2, so a change away from p3 has nothing to ask.
        dialog = openDialog();
        change = dialog.change;
        submit(dialog, current, p4);
        tryVerify(() => change.stage === PassphraseChange.Done, 20000);
        current = p4;
        compare(change.oldCopyCount, 0);
        closeDialog(dialog);
    }

    // The frame's shortcuts wait while the dialog is open: Ctrl+N would open the note editor over it.
    function test_3b_shortcutsWaitWhileOpen() {
        const dialog = openDialog();
        verify(window.mainFrame.dialogOpen, "the frame knows a dialog is open");
        field(dialog, "changeCurrentField").forceActiveFocus();
        keyClick(Qt.Key_N, Qt.ControlModifier);
        wait(200);
        const noteSlot = findChild(window.mainFrame, "noteEditorSlot");
        verify(!noteSlot || noteSlot.item === null || !noteSlot.item.opened, "no note editor over the dialog");
        closeDialog(dialog);
        verify(!window.mainFrame.dialogOpen);
    }

    function test_4_ctrlLLocksFromTheDialog() {
        const dialog = openDialog();
        field(dialog, "changeCurrentField").text = "half typed";
        field(dialog, "changeCurrentField").forceActiveFocus();
        keyClick(Qt.Key_L, Qt.ControlModifier);
        tryVerify(() => !JournalController.unlocked);
        tryVerify(() => window.mainFrame === null);
        unlocked();
    }
}
