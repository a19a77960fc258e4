// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import "../../../qml/journal"
import KapJournal.App

// Locking clears every model of the journal area (timeline, phases, search, trash) and the
// editors' state; unlocking fills them again.
Item {
    id: top
    width: 900
    height: 600

    TimelinePage {
        id: timelinePage
        anchors.fill: parent
    }
    PhasesPage {
        id: phasesPage
        visible: false
    }
    SearchPage {
        id: searchPage
        visible: false
    }
    TrashPage {
        id: trashPage
        visible: false
    }
    CheckinDialog {
        id: checkinDialog
    }
    SessionEditor {
        id: sessionEditor
    }

    TestCase {
        name: "JournalLock"
        when: windowShown

        readonly property string passphrase: "seven maps fold quietly at the harbour"

        function initTestCase() {
            const path = JournalController.defaultJournalPath.replace(/\.kapj$/, "") + "-lock-models.kapj";
            JournalController.createJournal(path, passphrase, passphrase);
            tryVerify(() => JournalController.unlocked, 30000, JournalController.errorMessage);
        }
        function cleanupTestCase() {
            JournalController.lock();
        }

        function test_lockClearsEveryModel() {
            checkinDialog.openNew();
            checkinDialog.form.note = "calm lake";
            checkinDialog.trySave();
            sessionEditor.openNew();
            sessionEditor.form.setField("experience", "a calm lake in the evening");
            sessionEditor.trySave();
            verify(phasesPage.model.save(0, "induction", "", "2026-01-05", "", ""));
            checkinDialog.openNew();
            checkinDialog.trySave();
            const model = timelinePage.model;
            const id = model.data(model.index(0, 0), TimelineModel.RecordIdRole);
            verify(EntryActions.moveToTrash(model.data(model.index(0, 0), TimelineModel.KindRole), id));
            searchPage.model.delay = 1;
            searchPage.model.query = "calm";
            tryVerify(() => searchPage.model.count > 0, 5000);

            compare(timelinePage.model.count, 2);
            compare(phasesPage.model.count, 1);
            compare(trashPage.model.count, 1);
            sessionEditor.openNew();
            sessionEditor.form.setField("intention", "private words");

            JournalController.lock();
            compare(timelinePage.model.count, 0);
            compare(timelinePage.listView.count, 0);
            compare(phasesPage.model.count, 0);
            compare(searchPage.model.count, 0);
            compare(searchPage.model.query, "");
            compare(trashPage.model.count, 0);
            compare(sessionEditor.form.fields.intention, "");

            JournalController.unlock(passphrase);
            tryVerify(() => JournalController.unlocked, 30000);
            compare(timelinePage.model.count, 2);
            compare(phasesPage.model.count, 1);
            compare(trashPage.model.count, 1);
        }
    }
}
