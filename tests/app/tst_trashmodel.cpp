// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/EntryActions.h"
#include "app/journal/TrashModel.h"
#include "storage/CheckinRepository.h"
#include "storage/NoteRepository.h"
#include "storage/SessionRepository.h"
#include "tests/app/JournalModelFixture.h"

#include <QAbstractItemModelTester>

using kap::TrashModel;

/// Deletes go to the trash with an undo; the Trash view restores or removes for good.
class TestTrashModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kap::Journal* m_journal = nullptr;

private Q_SLOTS:
    void initTestCase() { journaltest::setUpController(); }
    void init()
    {
        m_journal = journaltest::openFresh(m_dir, QStringLiteral("%1.kapj").arg(QTest::currentTestFunction()));
        QVERIFY(m_journal);
    }
    void cleanup() { kap::JournalController::instance()->lock(); }

    void trashUndoRestoreAndPurge()
    {
        kap::MoodCheckin checkin;
        checkin.at = journaltest::at(2026, 3, 1);
        QVERIFY(m_journal->checkins().add(checkin));
        kap::IntegrationNote note;
        note.writtenAt = journaltest::at(2026, 3, 2);
        note.title = QStringLiteral("Keep me");
        QVERIFY(m_journal->notes().add(note));

        TrashModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);

        kap::EntryActions* actions = kap::EntryActions::instance();
        QSignalSpy trashed(actions, &kap::EntryActions::trashed);
        QVERIFY(actions->moveToTrash(QStringLiteral("checkin"), checkin.id));
        QVERIFY(actions->moveToTrash(QStringLiteral("note"), note.id));
        QCOMPARE(trashed.count(), 2);
        QCOMPARE(trashed.at(0).at(0).toString(), QStringLiteral("checkin"));
        QCOMPARE(trashed.at(0).at(1).toLongLong(), checkin.id);
        QVERIFY(!trashed.at(0).at(2).toString().isEmpty());
        QCOMPARE(model.rowCount(), 2);

        // Undo (what the undo bar does).
        QVERIFY(actions->restore(QStringLiteral("note"), note.id));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(TrashModel::KindRole).toString(), QStringLiteral("checkin"));
        QVERIFY(!m_journal->notes().get(note.id)->meta.deletedAt);

        QVERIFY(model.purge(0));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(m_journal->checkins().get(checkin.id).code(), kap::ErrorCode::NotFound);
        QVERIFY(!actions->moveToTrash(QStringLiteral("nonsense"), 1));
    }

    void restoreFromTheTrashView()
    {
        kap::Session session;
        session.occurredAt = journaltest::at(2026, 3, 1);
        QVERIFY(m_journal->sessions().add(session));
        QVERIFY(kap::EntryActions::instance()->moveToTrash(QStringLiteral("session"), session.id));
        TrashModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data(TrashModel::RecordIdRole).toLongLong(), session.id);
        QVERIFY(!model.index(0, 0).data(TrashModel::DeletedTextRole).toString().isEmpty());
        QVERIFY(model.restore(0));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.restore(0));
    }

    void emptyTrashAndLock()
    {
        for (int day = 1; day <= 3; ++day) {
            kap::MoodCheckin checkin;
            checkin.at = journaltest::at(2026, 3, day);
            QVERIFY(m_journal->checkins().add(checkin));
            QVERIFY(kap::EntryActions::instance()->moveToTrash(QStringLiteral("checkin"), checkin.id));
        }
        TrashModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        kap::JournalController::instance()->lock();
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy unlocked(kap::JournalController::instance(), &kap::JournalController::unlocked);
        kap::JournalController::instance()->unlock(QStringLiteral("correct horse battery staple"));
        QVERIFY(unlocked.wait(30000));
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.emptyTrash());
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestTrashModel)
#include "tst_trashmodel.moc"
