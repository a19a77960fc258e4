// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtTest
import KapJournal
import KapJournal.App

// The unlock screen: wrong passphrase gives a clear message and an empty field; the right one
// opens the journal. The key is derived off the GUI thread (busy while it runs).
TestCase {
    id: testCase
    name: "UnlockPage"
    when: windowShown
    // TestCase is invisible by default; the page's labels report their effective visibility.
    visible: true
    width: 900
    height: 600

    readonly property string passphrase: "violet harbour quietly folds seven maps"

    Component {
        id: unlockComponent
        UnlockPage {
            width: 900
            height: 600
        }
    }

    function findChildNamed(item, name) {
        if (item.objectName === name)
            return item;
        const kids = item.children;
        for (let i = 0; i < kids.length; ++i) {
            const found = findChildNamed(kids[i], name);
            if (found)
                return found;
        }
        if (item.contentItem && item.contentItem !== item) {
            const found = findChildNamed(item.contentItem, name);
            if (found)
                return found;
        }
        return null;
    }

    function initTestCase() {
        const path = JournalController.defaultJournalPath.replace(/\.kapj$/, "-unlock.kapj");
        JournalController.createJournal(path, passphrase, passphrase);
        tryVerify(() => JournalController.unlocked, 20000);
        JournalController.lock();
        compare(JournalController.state, JournalController.Locked);
    }

    function test_wrongPassphrase() {
        const page = createTemporaryObject(unlockComponent, testCase);
        const field = findChildNamed(page, "unlockPassphraseField");
        const button = findChildNamed(page, "unlockButton");
        const error = findChildNamed(page, "unlockError");
        verify(field && button && error);
        compare(error.visible, false);
        compare(button.enabled, false, "nothing to unlock with yet");

        field.forceActiveFocus();
        field.text = "not the passphrase";
        verify(button.enabled);
        button.clicked();
        compare(field.text, "", "the field is cleared at once");
        tryVerify(() => !JournalController.busy, 20000);
        compare(JournalController.unlocked, false);
        verify(error.visible);
        verify(error.text.length > 0);
        verify(JournalController.errorMessage.length > 0);
    }

    function test_rightPassphraseUnlocks() {
        const page = createTemporaryObject(unlockComponent, testCase);
        const field = findChildNamed(page, "unlockPassphraseField");
        field.forceActiveFocus();
        field.text = passphrase;
        keyClick(Qt.Key_Return);
        tryVerify(() => JournalController.unlocked, 20000);
        compare(JournalController.errorMessage, "");
        JournalController.lock();
    }
}
