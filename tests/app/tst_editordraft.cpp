// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Drafts of unfinished editor input (EditorDraft) and the lock that keeps them first
// (JournalController::lock): kept after the pause and at once on lock, offered back after
// unlock, removed when saved or discarded or back to what was opened; a lock whose input cannot
// be kept waits (idle, desktop) or asks (manual, quit), and locks anyway only when told.

#include "app/journal/EditorDraft.h"
#include "storage/DraftRepository.h"
#include "tests/app/JournalModelFixture.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace kap;

namespace {

QVariantMap fields(const QString& intention)
{
    return { { QStringLiteral("intention"), intention }, { QStringLiteral("dose"), 56 } };
}

std::optional<Draft> kept(const QString& editor, RecordId id = 0)
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return std::nullopt;
    }
    auto found = journal->drafts().find(editor, id);
    return found ? found.value() : std::nullopt;
}

QString keptIntention(const QString& editor, RecordId id = 0)
{
    const std::optional<Draft> draft = kept(editor, id);
    if (!draft) {
        return QStringLiteral("<none>");
    }
    return QJsonDocument::fromJson(draft->content.toUtf8()).object().value(QStringLiteral("intention")).toString();
}

/// Unlocks `path` again through the controller.
bool unlockAgain(const QString& path)
{
    JournalController* controller = JournalController::instance();
    controller->selectJournal(path);
    QSignalSpy unlocked(controller, &JournalController::unlocked);
    controller->unlock(QStringLiteral("correct horse battery staple"));
    return unlocked.wait(30000);
}

/// Stands for an editor whose input cannot be kept (a full disk).
class FailingEditor : public QObject
{
public:
    FailingEditor()
    {
        connect(JournalController::instance(), &JournalController::keepUnsavedWork, this,
            []() { JournalController::instance()->reportUnkeptWork(QStringLiteral("Your note could not be saved.")); });
    }
};

} // namespace

class TestEditorDraft : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { journaltest::setUpController(); }
    void init() { m_dir = std::make_unique<QTemporaryDir>(); }
    void cleanup()
    {
        // Lock before the folder goes.
        JournalController::instance()->lock(JournalController::LockReason::Manual, true);
        m_dir.reset();
    }

    void keptAfterThePause();
    void backToWhatWasOpenedKeepsNothing();
    void lockKeepsAtOnceAndUnlockOffersItBack();
    void discardingTheOfferDeletesIt();
    void savedEntryRemovesItsDraft();
    void draftsAreKeptPerRecord();
    void closeKeepsForLater();
    void idleLockWaitsWhenInputCannotBeKept();
    void manualLockAndQuitAskFirst();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestEditorDraft::keptAfterThePause()
{
    const QTemporaryDir& dir = *m_dir;
    QVERIFY(journaltest::openFresh(dir));
    EditorDraft draft;
    draft.setEditor(QStringLiteral("session"));
    draft.setSaveDelay(20);
    draft.setContent(fields(QString()));
    draft.begin(0);
    QVERIFY(draft.isActive());
    QVERIFY(!draft.isModified());
    QVERIFY(!draft.isOffered());

    draft.setContent(fields(QStringLiteral("Meet the grief gently")));
    QVERIFY(draft.isModified());
    QCOMPARE(keptIntention(QStringLiteral("session")), QStringLiteral("<none>")); // not before the pause
    QTRY_COMPARE(keptIntention(QStringLiteral("session")), QStringLiteral("Meet the grief gently"));
}

void TestEditorDraft::backToWhatWasOpenedKeepsNothing()
{
    const QTemporaryDir& dir = *m_dir;
    QVERIFY(journaltest::openFresh(dir));
    EditorDraft draft;
    draft.setEditor(QStringLiteral("session"));
    draft.setContent(fields(QStringLiteral("as opened")));
    draft.begin(0);
    draft.setContent(fields(QStringLiteral("changed")));
    QVERIFY(draft.keep());
    QCOMPARE(keptIntention(QStringLiteral("session")), QStringLiteral("changed"));
    draft.setContent(fields(QStringLiteral("as opened")));
    QVERIFY(!draft.isModified());
    QVERIFY(draft.keep());
    QVERIFY(!kept(QStringLiteral("session")));
}

void TestEditorDraft::lockKeepsAtOnceAndUnlockOffersItBack()
{
    const QTemporaryDir& dir = *m_dir;
    Journal* journal = journaltest::openFresh(dir);
    QVERIFY(journal);
    const QString path = journal->path();
    {
        EditorDraft draft;
        draft.setEditor(QStringLiteral("checkin"));
        draft.setSaveDelay(60000); // only the lock can keep it in time
        draft.setContent(fields(QString()));
        draft.begin(0);
        draft.setContent(fields(QStringLiteral("typed just before the lock")));
        QVERIFY(JournalController::instance()->lock(JournalController::LockReason::Idle));
        QVERIFY(!JournalController::instance()->isUnlocked());
        QVERIFY(!draft.isActive());
    }
    QVERIFY(unlockAgain(path));
    EditorDraft reopened;
    reopened.setEditor(QStringLiteral("checkin"));
    reopened.setContent(fields(QString()));
    reopened.begin(0);
    QVERIFY(reopened.isOffered());
    QVERIFY(reopened.offeredText().startsWith(QStringLiteral("Unfinished changes from")));
    const QVariantMap back = reopened.takeOffered();
    QCOMPARE(back.value(QStringLiteral("intention")).toString(), QStringLiteral("typed just before the lock"));
    QCOMPARE(back.value(QStringLiteral("dose")).toInt(), 56);
    QVERIFY(!reopened.isOffered());
    // Taken back but not saved yet: still kept, so a second lock cannot lose it.
    QVERIFY(kept(QStringLiteral("checkin")));
}

void TestEditorDraft::discardingTheOfferDeletesIt()
{
    const QTemporaryDir& dir = *m_dir;
    QVERIFY(journaltest::openFresh(dir));
    QVERIFY(JournalController::instance()->journal()->drafts().keep(
        QStringLiteral("phase"), 0, QStringLiteral(R"({"intention":"old"})")));
    EditorDraft draft;
    draft.setEditor(QStringLiteral("phase"));
    draft.setContent(fields(QString()));
    draft.begin(0);
    QVERIFY(draft.isOffered());
    // While the person has not chosen, nothing new is kept over the offered draft.
    draft.setContent(fields(QStringLiteral("typed meanwhile")));
    QVERIFY(draft.keep());
    QCOMPARE(keptIntention(QStringLiteral("phase")), QStringLiteral("old"));
    draft.discardOffered();
    QVERIFY(!draft.isOffered());
    QVERIFY(!kept(QStringLiteral("phase")));
}

void TestEditorDraft::savedEntryRemovesItsDraft()
{
    const QTemporaryDir& dir = *m_dir;
    QVERIFY(journaltest::openFresh(dir));
    EditorDraft draft;
    draft.setEditor(QStringLiteral("session"));
    draft.setContent(fields(QString()));
    draft.begin(0);
    draft.setContent(fields(QStringLiteral("about to be saved")));
    QVERIFY(draft.keep());
    QVERIFY(kept(QStringLiteral("session")));
    draft.finish();
    QVERIFY(!draft.isActive());
    QVERIFY(!kept(QStringLiteral("session")));
}

void TestEditorDraft::draftsAreKeptPerRecord()
{
    const QTemporaryDir& dir = *m_dir;
    QVERIFY(journaltest::openFresh(dir));
    EditorDraft draft;
    draft.setEditor(QStringLiteral("session"));
    draft.setContent(fields(QStringLiteral("session 12 as stored")));
    draft.begin(12);
    draft.setContent(fields(QStringLiteral("session 12 edited")));
    QVERIFY(draft.close());
    QCOMPARE(keptIntention(QStringLiteral("session"), 12), QStringLiteral("session 12 edited"));
    QVERIFY(!kept(QStringLiteral("session"), 0));

    EditorDraft other;
    other.setEditor(QStringLiteral("session"));
    other.setContent(fields(QString()));
    other.begin(0);
    QVERIFY(!other.isOffered()); // a new session is not offered another session's edit
}

void TestEditorDraft::closeKeepsForLater()
{
    const QTemporaryDir& dir = *m_dir;
    QVERIFY(journaltest::openFresh(dir));
    EditorDraft draft;
    draft.setEditor(QStringLiteral("questionnaire-phq9"));
    draft.setContent(fields(QString()));
    draft.begin(0);
    draft.setContent(fields(QStringLiteral("escape")));
    QVERIFY(draft.close());
    QVERIFY(!draft.isActive());
    QCOMPARE(keptIntention(QStringLiteral("questionnaire-phq9")), QStringLiteral("escape"));
}

void TestEditorDraft::idleLockWaitsWhenInputCannotBeKept()
{
    const QTemporaryDir& dir = *m_dir;
    QVERIFY(journaltest::openFresh(dir));
    JournalController* controller = JournalController::instance();
    QSignalSpy held(controller, &JournalController::lockHeldChanged);
    QSignalSpy asked(controller, &JournalController::lockNeedsConfirmation);
    QSignalSpy aboutToLock(controller, &JournalController::aboutToLock);
    {
        FailingEditor failing;
        QVERIFY(!controller->lock(JournalController::LockReason::Idle));
        QVERIFY(controller->isUnlocked());
        QCOMPARE(aboutToLock.count(), 0); // no editor was cleared
        QCOMPARE(asked.count(), 0); // nobody is there to ask
        QCOMPARE(held.count(), 1);
        QVERIFY(controller->lockHeldMessage().contains(QStringLiteral("Your note could not be saved.")));
        QVERIFY(!controller->lock(JournalController::LockReason::Desktop));
        QVERIFY(controller->isUnlocked());
    }
    // Once the input can be kept, the next attempt locks and the message goes.
    QVERIFY(controller->lock(JournalController::LockReason::Idle));
    QVERIFY(!controller->isUnlocked());
    QVERIFY(controller->lockHeldMessage().isEmpty());
}

void TestEditorDraft::manualLockAndQuitAskFirst()
{
    const QTemporaryDir& dir = *m_dir;
    QVERIFY(journaltest::openFresh(dir));
    JournalController* controller = JournalController::instance();
    QSignalSpy asked(controller, &JournalController::lockNeedsConfirmation);
    FailingEditor failing;
    QVERIFY(!controller->lock(JournalController::LockReason::Manual));
    QVERIFY(controller->isUnlocked());
    QCOMPARE(asked.count(), 1);
    QCOMPARE(asked.at(0).at(0).toString(), QStringLiteral("Your note could not be saved."));
    QCOMPARE(asked.at(0).at(1).value<JournalController::LockReason>(), JournalController::LockReason::Manual);
    QVERIFY(controller->lockHeldMessage().isEmpty());

    QVERIFY(!controller->lock(JournalController::LockReason::Quit));
    QCOMPARE(asked.count(), 2);
    QCOMPARE(asked.at(1).at(1).value<JournalController::LockReason>(), JournalController::LockReason::Quit);

    QVERIFY(controller->lock(JournalController::LockReason::Manual, true)); // "Lock anyway"
    QVERIFY(!controller->isUnlocked());
}

QTEST_GUILESS_MAIN(TestEditorDraft)
#include "tst_editordraft.moc"
