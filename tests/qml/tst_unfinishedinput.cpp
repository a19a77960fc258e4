// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Unfinished input survives, through the real Main.qml offscreen with real key events: text typed
// into each editor (session, check-in, PHQ-9, phase, note) survives Ctrl+L pressed inside the
// open dialog and the idle lock, and is offered back after an unlock done with the keyboard only;
// Escape asks before discarding; Ctrl+L works with a menu open; a note that cannot be saved
// (its journal on a full tmpfs) keeps its text and the lock asks first.

#include "app/shell/JournalController.h"
#include "storage/DraftRepository.h"
#include "storage/NoteRepository.h"
#include "tests/qml/TestApplication.h"
#include "tests/qml/TestEnvironment.h"
#include "tests/qml/UiDriver.h"

#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>
#include <QTest>

#include <sys/mount.h>

#include <cerrno>
#include <cstring>
#include <memory>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

using kap::JournalController;

namespace {
const QString Passphrase = QStringLiteral("amber kettle under seven quiet hills");
constexpr int UnlockTimeoutMs = 20000;
} // namespace

class TestUnfinishedInput : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sessionSurvivesCtrlLInsideTheDialog();
    void checkinSurvivesCtrlL();
    void questionnaireSurvivesCtrlL();
    void phaseSurvivesCtrlL();
    void noteIsOfferedBackAfterCtrlL();
    void idleLockKeepsTheDraft();
    void escapeAsksBeforeDiscarding();
    void discardingAnOfferAsksFirst();
    void lockWithAMenuOpen();
    void noteThatCannotBeSavedKeepsItsText();

private:
    JournalController* controller() const { return JournalController::instance(); }
    bool createAndOpen(const QString& path);
    void lockWithCtrlL();
    void unlockWithKeyboard();
    int draftCount() const;

    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<UiDriver> m_ui;
    QTemporaryDir m_dir;
};

void TestUnfinishedInput::initTestCase()
{
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QQuickWindow* window = uitest::loadMainWindow(*m_engine);
    QVERIFY2(window, "Main.qml did not load or show");
    m_ui = std::make_unique<UiDriver>(window);
    QVERIFY(createAndOpen(m_dir.filePath(QStringLiteral("drafts.kapj"))));
}

void TestUnfinishedInput::cleanupTestCase()
{
    controller()->lock(JournalController::LockReason::Manual, true);
    m_ui.reset();
    m_engine.reset();
}

bool TestUnfinishedInput::createAndOpen(const QString& path)
{
    controller()->lock(JournalController::LockReason::Manual, true);
    QSignalSpy unlocked(controller(), &JournalController::unlocked);
    controller()->createJournal(path, Passphrase, Passphrase);
    if (!unlocked.wait(UnlockTimeoutMs)) {
        qWarning("journal did not open: %s", qPrintable(controller()->errorMessage()));
        return false;
    }
    m_ui->settle(300);
    return m_ui->isShown(QStringLiteral("mainFrame"));
}

void TestUnfinishedInput::lockWithCtrlL()
{
    m_ui->key(Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(!controller()->isUnlocked());
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("unlockPage")));
}

void TestUnfinishedInput::unlockWithKeyboard()
{
    // No click: the passphrase field has the focus after every lock, and Enter unlocks.
    QTRY_COMPARE(m_ui->focusedName(), QStringLiteral("unlockPassphraseField"));
    m_ui->typeText(Passphrase);
    m_ui->key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(controller()->isUnlocked(), UnlockTimeoutMs);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("mainFrame")));
    m_ui->settle(200);
}

int TestUnfinishedInput::draftCount() const
{
    kap::Journal* journal = controller()->journal();
    return journal ? int(journal->drafts().list().value().size()) : -1;
}

void TestUnfinishedInput::sessionSurvivesCtrlLInsideTheDialog()
{
    const QString intention = QStringLiteral("Meet the old grief gently");
    m_ui->key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("sessionEditor")));
    m_ui->settle(200);
    QVERIFY(m_ui->type(QStringLiteral("sessionIntention"), intention));
    QVERIFY(m_ui->type(QStringLiteral("sessionProviderInput"), QStringLiteral("Dr Aralt")));
    lockWithCtrlL(); // the dialog is still open: the shortcut reaches through it
    unlockWithKeyboard();

    m_ui->key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("sessionEditor")));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftOffer_session")));
    const QString offer = m_ui->find(QStringLiteral("draftOffer_session"))->property("text").toString();
    QVERIFY(offer.contains(QStringLiteral("Continue where you left off")));
    QVERIFY(m_ui->screenshot(uitest::screenshotDir(), QStringLiteral("30-draft-offered")));
    QCOMPARE(m_ui->focusedName(), QStringLiteral("draftContinue_session"));
    m_ui->key(Qt::Key_Return);
    QTRY_COMPARE(m_ui->find(QStringLiteral("sessionIntention"))->property("text").toString(), intention);
    QCOMPARE(
        m_ui->find(QStringLiteral("sessionProviderInput"))->property("text").toString(), QStringLiteral("Dr Aralt"));
    QVERIFY(!m_ui->isShown(QStringLiteral("draftOffer_session")));
    QCOMPARE(draftCount(), 1);

    QVERIFY(m_ui->click(QStringLiteral("sessionSaveButton")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("sessionEditor")));
    QCOMPARE(draftCount(), 0); // saved: the draft is gone
}

void TestUnfinishedInput::checkinSurvivesCtrlL()
{
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("checkinDialog")));
    m_ui->settle(200);
    QVERIFY(m_ui->type(QStringLiteral("checkinNote"), QStringLiteral("Heavy morning")));
    lockWithCtrlL();
    unlockWithKeyboard();
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftOffer_checkin")));
    m_ui->key(Qt::Key_Return);
    QTRY_COMPARE(
        m_ui->find(QStringLiteral("checkinNote"))->property("text").toString(), QStringLiteral("Heavy morning"));
    QVERIFY(m_ui->click(QStringLiteral("checkinSaveButton")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("checkinDialog")));
    QCOMPARE(draftCount(), 0);
}

void TestUnfinishedInput::questionnaireSurvivesCtrlL()
{
    QObject* frame = m_ui->find(QStringLiteral("mainFrame"));
    QMetaObject::invokeMethod(frame, "newQuestionnaire", Q_ARG(QString, QStringLiteral("phq9")));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("questionnaireDialog")));
    m_ui->settle(200);
    // Three answers, by keyboard (keys 0-3 answer the focused question).
    for (int item = 1; item <= 3; ++item) {
        QQuickItem* radio = m_ui->item(QStringLiteral("q%1_a2").arg(item));
        QVERIFY(radio);
        radio->forceActiveFocus();
        m_ui->key(Qt::Key_2);
    }
    QObject* form = m_ui->find(QStringLiteral("questionnaireDialog"))->property("form").value<QObject*>();
    QVERIFY(form);
    QTRY_COMPARE(form->property("answeredCount").toInt(), 3);
    lockWithCtrlL();
    unlockWithKeyboard();
    frame = m_ui->find(QStringLiteral("mainFrame"));
    QMetaObject::invokeMethod(frame, "newQuestionnaire", Q_ARG(QString, QStringLiteral("phq9")));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftOffer_questionnaire-phq9")));
    m_ui->key(Qt::Key_Return);
    form = m_ui->find(QStringLiteral("questionnaireDialog"))->property("form").value<QObject*>();
    QTRY_COMPARE(form->property("answeredCount").toInt(), 3);
    QCOMPARE(form->property("answers").toList().at(2).toInt(), 2);
    // Left unfinished again, by Escape: kept as a draft after asking.
    m_ui->key(Qt::Key_Escape);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftCloseConfirmation_questionnaire-phq9")));
    QVERIFY(m_ui->click(QStringLiteral("draftKeep_questionnaire-phq9")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("questionnaireDialog")));
    QCOMPARE(draftCount(), 1);
    QVERIFY(controller()->journal()->drafts().remove(QStringLiteral("questionnaire-phq9"), 0));
}

void TestUnfinishedInput::phaseSurvivesCtrlL()
{
    m_ui->key(Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("phasesPage")));
    m_ui->settle(300);
    QVERIFY(m_ui->type(QStringLiteral("phaseLabelInput"), QStringLiteral("Second course")));
    lockWithCtrlL();
    unlockWithKeyboard();
    m_ui->key(Qt::Key_3, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftOffer_phase")));
    QVERIFY(m_ui->click(QStringLiteral("draftContinue_phase")));
    QTRY_COMPARE(
        m_ui->find(QStringLiteral("phaseLabelInput"))->property("text").toString(), QStringLiteral("Second course"));
    QCOMPARE(draftCount(), 1);
    QVERIFY(controller()->journal()->drafts().remove(QStringLiteral("phase"), 0));
    m_ui->key(Qt::Key_1, Qt::ControlModifier);
}

void TestUnfinishedInput::noteIsOfferedBackAfterCtrlL()
{
    m_ui->key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("noteEditor")));
    m_ui->settle(200);
    QVERIFY(m_ui->type(QStringLiteral("noteBody"), QStringLiteral("The tide came in slowly")));
    lockWithCtrlL(); // before the note's own pause: the lock saves it
    unlockWithKeyboard();
    m_ui->key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftOffer_note")));
    m_ui->key(Qt::Key_Return);
    QTRY_COMPARE(
        m_ui->find(QStringLiteral("noteBody"))->property("text").toString(), QStringLiteral("The tide came in slowly"));
    QObject* form = m_ui->find(QStringLiteral("noteEditor"))->property("form").value<QObject*>();
    QVERIFY(form->property("recordId").toLongLong() > 0); // the same note, continued
    QVERIFY(m_ui->click(QStringLiteral("noteDoneButton")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("noteEditor")));
    QCOMPARE(draftCount(), 0);
}

void TestUnfinishedInput::idleLockKeepsTheDraft()
{
    QObject* idleWatcher = m_engine->rootObjects().constFirst()->property("idleWatcher").value<QObject*>();
    QVERIFY(idleWatcher);
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("checkinDialog")));
    m_ui->settle(200);
    QVERIFY(m_ui->type(QStringLiteral("checkinNote"), QStringLiteral("Fog lifting")));
    idleWatcher->setProperty("timeoutMs", 300);
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->isUnlocked(), 5000);
    idleWatcher->setProperty("timeoutMs", 60 * 60 * 1000);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("unlockPage")));
    unlockWithKeyboard();
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftOffer_checkin")));
    m_ui->key(Qt::Key_Return);
    QTRY_COMPARE(m_ui->find(QStringLiteral("checkinNote"))->property("text").toString(), QStringLiteral("Fog lifting"));
    QVERIFY(m_ui->click(QStringLiteral("checkinSaveButton")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("checkinDialog")));
}

void TestUnfinishedInput::escapeAsksBeforeDiscarding()
{
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("checkinDialog")));
    m_ui->settle(200);
    QVERIFY(m_ui->type(QStringLiteral("checkinNote"), QStringLiteral("Almost lost")));
    m_ui->key(Qt::Key_Escape);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftCloseConfirmation_checkin")));
    QVERIFY(m_ui->isShown(QStringLiteral("checkinDialog")));
    QTRY_COMPARE(m_ui->focusedName(), QStringLiteral("draftKeepEditing_checkin"));
    QVERIFY(m_ui->screenshot(uitest::screenshotDir(), QStringLiteral("31-draft-close-confirmation")));
    // Escape again: back to editing, nothing lost.
    m_ui->key(Qt::Key_Escape);
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("draftCloseConfirmation_checkin")));
    QVERIFY(m_ui->isShown(QStringLiteral("checkinDialog")));
    QCOMPARE(m_ui->find(QStringLiteral("checkinNote"))->property("text").toString(), QStringLiteral("Almost lost"));
    // Cancel asks the same; "Discard changes" then closes and keeps nothing.
    QVERIFY(m_ui->click(QStringLiteral("checkinCancelButton")));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftCloseConfirmation_checkin")));
    QVERIFY(m_ui->click(QStringLiteral("draftDiscardChanges_checkin")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("checkinDialog")));
    QCOMPARE(draftCount(), 0);
    // Nothing changed: Escape closes at once.
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("checkinDialog")));
    m_ui->settle(200);
    m_ui->key(Qt::Key_Escape);
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("checkinDialog")));
    QVERIFY(!m_ui->isShown(QStringLiteral("draftCloseConfirmation_checkin")));
}

void TestUnfinishedInput::discardingAnOfferAsksFirst()
{
    QVERIFY(controller()->journal()->drafts().keep(QStringLiteral("checkin"), 0,
        QStringLiteral(R"({"mood":3,"anxiety":-1,"energy":-1,"sleep":-1,"note":"old"})")));
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftOffer_checkin")));
    QVERIFY(m_ui->click(QStringLiteral("draftDiscard_checkin")));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("draftDiscardConfirmation_checkin")));
    QCOMPARE(draftCount(), 1); // not yet
    QVERIFY(m_ui->click(QStringLiteral("draftDiscardConfirm_checkin")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("draftOffer_checkin")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("draftDiscardConfirmation_checkin")));
    QCOMPARE(draftCount(), 0);
    m_ui->key(Qt::Key_Escape);
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("checkinDialog")));
}

void TestUnfinishedInput::lockWithAMenuOpen()
{
    QVERIFY(m_ui->click(m_ui->itemWithText(QStringLiteral("&File"))));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("menuLock")));
    lockWithCtrlL();
    unlockWithKeyboard();
    // The journal's other shortcuts work from an open menu too (it closes first).
    QVERIFY(m_ui->click(m_ui->itemWithText(QStringLiteral("&File"))));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("menuLock")));
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("checkinDialog")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("menuLock")));
    m_ui->key(Qt::Key_Escape);
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("checkinDialog")));
}

void TestUnfinishedInput::noteThatCannotBeSavedKeepsItsText()
{
    // A journal on its own small tmpfs, then the tmpfs filled: the note cannot be saved. Tests
    // run as root (CI); mounting is required, never skipped.
    QTemporaryDir mountPoint;
    const QByteArray target = QFile::encodeName(mountPoint.path());
    QVERIFY2(::mount("tmpfs", target.constData(), "tmpfs", 0, "size=4m,mode=0700") == 0,
        qPrintable(
            QStringLiteral("mounting a small tmpfs needs root: %1").arg(QString::fromLocal8Bit(std::strerror(errno)))));
    auto unmount = qScopeGuard([&target]() { ::umount2(target.constData(), MNT_DETACH); });
    const QString path = mountPoint.filePath(QStringLiteral("full.kapj"));
    QVERIFY(createAndOpen(path));

    QFile filler(mountPoint.filePath(QStringLiteral("filler")));
    QVERIFY(filler.open(QIODevice::WriteOnly));
    const QByteArray block(64 * 1024, 'x');
    while (filler.write(block) == block.size() && filler.flush()) { }
    filler.close();

    const QString text = QStringLiteral("Words that must not vanish");
    m_ui->key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("noteEditor")));
    m_ui->settle(200);
    QVERIFY(m_ui->type(QStringLiteral("noteBody"), text));

    // Ctrl+L: the lock does not happen and asks first; the text is still in the editor.
    m_ui->key(Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("lockConfirmation")));
    QVERIFY(controller()->isUnlocked());
    QVERIFY(m_ui->isShown(QStringLiteral("noteEditor")));
    QCOMPARE(m_ui->find(QStringLiteral("noteBody"))->property("text").toString(), text);
    QTRY_COMPARE(m_ui->focusedName(), QStringLiteral("stayUnlockedButton"));
    QVERIFY(m_ui->screenshot(uitest::screenshotDir(), QStringLiteral("32-lock-asks-unsaved-note")));
    m_ui->key(Qt::Key_Return); // "Stay unlocked"
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("lockConfirmation")));
    QVERIFY(controller()->isUnlocked());

    // The idle lock waits and says why.
    QVERIFY(!controller()->lock(JournalController::LockReason::Idle));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("lockHeldBanner")));
    QCOMPARE(m_ui->find(QStringLiteral("noteBody"))->property("text").toString(), text);

    // Space again: the lock saves the note, and it is there after unlocking.
    QVERIFY(QFile::remove(mountPoint.filePath(QStringLiteral("filler"))));
    lockWithCtrlL();
    unlockWithKeyboard();
    QVERIFY(!m_ui->isShown(QStringLiteral("lockHeldBanner")));
    auto notes = controller()->journal()->notes().list({});
    QVERIFY(notes);
    QCOMPARE(notes->size(), 1);
    QCOMPARE(notes->constFirst().body, text);
    controller()->lock(JournalController::LockReason::Manual, true);
}

int main(int argc, char* argv[])
{
    uitest::TestAppOptions options;
    options.fastJournalController = true; // fast KDF, nothing remembered
    return uitest::runWidgetTest<TestUnfinishedInput>(argc, argv, "kapjournal-unfinished", options);
}

#include "tst_unfinishedinput.moc"
