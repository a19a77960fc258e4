// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The end-to-end test: the real Main.qml, offscreen, driven with real mouse and key events.
// Creates a journal (fast KDF through the API), logs entries through the editors, locks,
// unlocks and finds them again; saves a screenshot of each main screen in light and dark.

#include "app/shell/AppSettings.h"
#include "app/shell/JournalController.h"
#include "storage/SessionRepository.h"
#include "tests/qml/TestApplication.h"
#include "tests/qml/TestEnvironment.h"
#include "tests/qml/UiDriver.h"

#include <QDebug>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QSignalSpy>
#include <QTest>

#include <memory>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

using kap::JournalController;

namespace {
const QString Passphrase = QStringLiteral("violet harbour quietly folds seven maps");
const QString NoteWord = QStringLiteral("lighthouse");
const QString SessionProvider = QStringLiteral("Harbour Street Clinic");
constexpr int UnlockTimeoutMs = 20000;
} // namespace

class TestEndToEnd : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void welcome();
    void createJournal();
    void logEntries();
    void mainScreens();
    void lockClearsEverything();
    void wrongPassphrase();
    void unlockFindsEverything();
    void sampleJournal();

private:
    JournalController* controller() const { return JournalController::instance(); }
    QString shots() const { return uitest::screenshotDir(); }

    std::unique_ptr<QQmlApplicationEngine> m_engine;
    std::unique_ptr<UiDriver> m_ui;
    QString m_journalPath;
};

void TestEndToEnd::initTestCase()
{
    controller()->setKdfParams(kap::KdfParams::fastForTests());
    controller()->setRememberLastJournal(false);
    m_engine = std::make_unique<QQmlApplicationEngine>();
    QQuickWindow* window = uitest::loadMainWindow(*m_engine);
    QVERIFY2(window, "Main.qml did not load or show");
    m_ui = std::make_unique<UiDriver>(window);
    m_ui->settle(300);
}

void TestEndToEnd::cleanupTestCase()
{
    controller()->lock();
    m_ui.reset();
    m_engine.reset();
}

void TestEndToEnd::welcome()
{
    QCOMPARE(controller()->state(), JournalController::State::NoJournal);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("welcomePage")));
    QVERIFY(m_ui->isShown(QStringLiteral("welcomeCreateButton")));
    QVERIFY(m_ui->isShown(QStringLiteral("welcomeDemoButton")));
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("01-welcome")));
    m_ui->window()->resize(900, 600);
    m_ui->settle(200);
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("01-welcome-900x600")));
    m_ui->window()->resize(1100, 720);
    m_ui->settle(200);
}

void TestEndToEnd::createJournal()
{
    QVERIFY(m_ui->click(QStringLiteral("welcomeCreateButton")));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("createPage")));
    QQuickItem* createButton = m_ui->item(QStringLiteral("createButton"));
    QVERIFY(createButton);
    QVERIFY(!createButton->isEnabled());
    // Back and Create stay whole inside the window at the default size and at the minimum
    // 900x600 (they were cut off at the bottom until the strength hint moved the page).
    for (const QSize size : { QSize(1100, 720), QSize(900, 600) }) {
        m_ui->window()->resize(size);
        m_ui->settle(200);
        for (const char* name : { "createButton", "createBackButton" }) {
            QQuickItem* button = m_ui->item(QString::fromLatin1(name));
            QVERIFY(button && button->isVisible());
            const QRectF rect = button->mapRectToScene(QRectF(0, 0, button->width(), button->height()));
            QString where;
            QDebug(&where) << name << size << rect;
            QVERIFY2(QRectF(0, 0, size.width(), size.height()).contains(rect), qPrintable(where));
        }
    }
    m_ui->window()->resize(1100, 720);
    m_ui->settle(200);

    QVERIFY(m_ui->type(QStringLiteral("createPassphraseField"), Passphrase));
    QVERIFY(m_ui->type(QStringLiteral("createConfirmField"), Passphrase.left(10)));
    QVERIFY(m_ui->isShown(QStringLiteral("createMismatch")));
    QVERIFY(!createButton->isEnabled());
    QVERIFY(m_ui->type(QStringLiteral("createConfirmField"), Passphrase.mid(10)));
    QVERIFY(!m_ui->isShown(QStringLiteral("createMismatch")));
    // Not yet: the no-recovery warning must be acknowledged.
    QVERIFY(!createButton->isEnabled());
    QVERIFY(m_ui->click(QStringLiteral("createAcknowledge")));
    QVERIFY(createButton->isEnabled());

    m_journalPath = m_ui->find(QStringLiteral("createLocation"))->property("text").toString();
    QCOMPARE(m_journalPath, controller()->defaultJournalPath());
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("02-create")));

    QVERIFY(m_ui->click(createButton));
    QTRY_VERIFY_WITH_TIMEOUT(controller()->isUnlocked(), UnlockTimeoutMs);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("mainFrame")));
    QVERIFY(!m_ui->find(QStringLiteral("createPassphraseField")));
    QVERIFY(QFileInfo::exists(m_journalPath));
}

int listCount(UiDriver& ui, const QString& name)
{
    QObject* list = ui.find(name);
    return list ? list->property("count").toInt() : -1;
}

void TestEndToEnd::logEntries()
{
    QVERIFY(controller()->isUnlocked());
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("timelinePage")));
    QCOMPARE(listCount(*m_ui, QStringLiteral("timelineList")), 0);

    // A session, through the session editor (Ctrl+Shift+S).
    m_ui->key(Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("sessionEditor")));
    m_ui->settle(300);
    QVERIFY(m_ui->type(QStringLiteral("sessionDoseInput"), QStringLiteral("150")));
    QVERIFY(m_ui->type(QStringLiteral("sessionProviderInput"), SessionProvider));
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("12-session-editor")));
    QVERIFY(m_ui->click(QStringLiteral("sessionSaveButton")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("sessionEditor")));

    // An integration note (Ctrl+N), linked to that session by default; saved as it is typed.
    m_ui->key(Qt::Key_N, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("noteEditor")));
    m_ui->settle(300);
    QVERIFY(m_ui->type(QStringLiteral("noteTitle"), QStringLiteral("After the first session")));
    QVERIFY(m_ui->type(
        QStringLiteral("noteBody"), QStringLiteral("I kept thinking of a %1 on a dark coast.").arg(NoteWord)));
    m_ui->settle(600);
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("13-note-editor")));
    QVERIFY(m_ui->click(QStringLiteral("noteDoneButton")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("noteEditor")));

    // A mood check-in (Ctrl+M): mood moved with the keyboard.
    m_ui->key(Qt::Key_M, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("checkinDialog")));
    m_ui->settle(300);
    QQuickItem* slider = m_ui->item(QStringLiteral("checkinMoodSlider"));
    QVERIFY(slider);
    slider->forceActiveFocus();
    const double before = slider->property("value").toDouble();
    m_ui->key(Qt::Key_Right);
    m_ui->key(Qt::Key_Right);
    QCOMPARE(slider->property("value").toDouble(), std::min(10.0, before + 2));
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("14-checkin")));
    QVERIFY(m_ui->click(QStringLiteral("checkinSaveButton")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("checkinDialog")));

    // A PHQ-9 from the File menu: all nine items answered with the mouse (item 9: "Not at all").
    QVERIFY(m_ui->click(m_ui->itemWithText(QStringLiteral("&File"))));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("menuPhq9")));
    QVERIFY(m_ui->click(QStringLiteral("menuPhq9")));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("questionnaireDialog")));
    m_ui->settle(300);
    const int answers[9] = { 2, 2, 1, 2, 1, 1, 1, 0, 0 };
    for (int item = 0; item < 9; ++item) {
        const QString name = QStringLiteral("q%1_a%2").arg(item + 1).arg(answers[item]);
        QQuickItem* radio = m_ui->item(name);
        QVERIFY2(radio, qPrintable(name));
        // Long questionnaires scroll: bring the answer into view first.
        QMetaObject::invokeMethod(radio, "forceActiveFocus");
        m_ui->settle(50);
        radio->setProperty("checked", true);
        QMetaObject::invokeMethod(radio, "clicked");
    }
    m_ui->settle(200);
    QVERIFY(!m_ui->isShown(QStringLiteral("crisisPanel")));
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("15-phq9")));
    QVERIFY(m_ui->click(QStringLiteral("questionnaireSaveButton")));
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("questionnaireDialog")));

    QTRY_COMPARE(listCount(*m_ui, QStringLiteral("timelineList")), 4);
    m_ui->settle(300);
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("04-journal")));
}

void TestEndToEnd::mainScreens()
{
    QVERIFY(controller()->isUnlocked());
    m_ui->settle(300);

    struct Screen
    {
        const char* nav;
        const char* slot;
        const char* shot;
    };
    const Screen screens[] = {
        { "nav_1", "trendsSlot", "05-trends" },
        { "nav_2", "phasesSlot", "06-phases" },
        { "nav_3", "searchSlot", "07-search" },
        { "nav_4", "trashSlot", "08-trash" },
        { "nav_5", "settingsSlot", "09-settings" },
    };
    for (const Screen& screen : screens) {
        QVERIFY2(m_ui->click(QString::fromLatin1(screen.nav)), screen.nav);
        QTRY_VERIFY(m_ui->isShown(QString::fromLatin1(screen.slot)));
        m_ui->settle(200);
        QVERIFY(m_ui->screenshot(shots(), QString::fromLatin1(screen.shot)));
    }
    QVERIFY(m_ui->isShown(QStringLiteral("settingsPage")));

    // A session marker on the Trends chart opens that session in its editor (the chart's signal
    // must reach the main frame, not just leave the chart).
    m_ui->key(Qt::Key_2, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("moodChart")));
    auto latest = controller()->journal()->sessions().latest();
    QVERIFY(latest && latest.value());
    const int sessionId = int(latest.value()->id);
    QVERIFY(
        QMetaObject::invokeMethod(m_ui->find(QStringLiteral("moodChart")), "sessionActivated", Q_ARG(int, sessionId)));
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("sessionEditor")));
    QObject* sessionForm = m_ui->find(QStringLiteral("sessionEditor"))->property("form").value<QObject*>();
    QCOMPARE(sessionForm->property("recordId").toLongLong(), qint64(sessionId));
    m_ui->settle(300);
    m_ui->key(Qt::Key_Escape); // nothing changed: closes at once
    QTRY_VERIFY(!m_ui->isShown(QStringLiteral("sessionEditor")));

    // Keyboard: Ctrl+1 goes back to the journal, Ctrl+, to settings.
    m_ui->key(Qt::Key_1, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("timelineSlot")));
    m_ui->key(Qt::Key_Comma, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("settingsSlot")));
    m_ui->key(Qt::Key_1, Qt::ControlModifier);

    m_ui->window()->resize(900, 600);
    m_ui->settle(250);
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("03-journal-900x600")));
    m_ui->window()->resize(1920, 1080);
    m_ui->settle(250);
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("03-journal-1920x1080")));
    m_ui->window()->resize(1100, 720);
    m_ui->settle(250);
}

void TestEndToEnd::lockClearsEverything()
{
    QVERIFY(controller()->isUnlocked());
    QPointer<QObject> frame = m_ui->find(QStringLiteral("mainFrame"));
    QPointer<QObject> settings = m_ui->find(QStringLiteral("settingsPage"));
    QVERIFY(frame);
    QVERIFY(settings);
    QSignalSpy aboutToLock(controller(), &JournalController::aboutToLock);

    m_ui->key(Qt::Key_L, Qt::ControlModifier);
    QCOMPARE(aboutToLock.count(), 1);
    QVERIFY(!controller()->isUnlocked());
    QVERIFY(controller()->journal() == nullptr);
    // The frame, its pages and their text fields are destroyed, not hidden.
    QTRY_VERIFY(frame.isNull());
    QVERIFY(settings.isNull());
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("unlockPage")));
    QCOMPARE(m_ui->find(QStringLiteral("unlockPassphraseField"))->property("text").toString(), QString());
    // The passphrase field has the keyboard (not the crisis link, where Enter opened the panel).
    QTRY_COMPARE(m_ui->focusedName(), QStringLiteral("unlockPassphraseField"));
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("10-unlock")));
}

void TestEndToEnd::wrongPassphrase()
{
    QVERIFY(m_ui->type(QStringLiteral("unlockPassphraseField"), QStringLiteral("not my passphrase")));
    QVERIFY(m_ui->click(QStringLiteral("unlockButton")));
    QTRY_VERIFY_WITH_TIMEOUT(!controller()->busy(), UnlockTimeoutMs);
    QVERIFY(!controller()->isUnlocked());
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("unlockError")));
    QVERIFY(!m_ui->find(QStringLiteral("unlockError"))->property("text").toString().isEmpty());
    QCOMPARE(m_ui->find(QStringLiteral("unlockPassphraseField"))->property("text").toString(), QString());
    QTRY_COMPARE(m_ui->focusedName(), QStringLiteral("unlockPassphraseField")); // ready to try again
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("11-unlock-wrong-passphrase")));
}

void TestEndToEnd::unlockFindsEverything()
{
    // Keyboard only, no click: the passphrase goes where the focus already is, Enter unlocks.
    QCOMPARE(m_ui->focusedName(), QStringLiteral("unlockPassphraseField"));
    m_ui->typeText(Passphrase);
    m_ui->key(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(controller()->isUnlocked(), UnlockTimeoutMs);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("mainFrame")));
    QVERIFY(!m_ui->isShown(QStringLiteral("unlockError")));

    // All four entries are back in the timeline...
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("timelinePage")));
    QTRY_COMPARE(listCount(*m_ui, QStringLiteral("timelineList")), 4);
    // ...and the note and the session are found by full-text search.
    m_ui->key(Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("searchPage")));
    QVERIFY(m_ui->type(QStringLiteral("searchField"), NoteWord));
    m_ui->key(Qt::Key_Return);
    QTRY_COMPARE(listCount(*m_ui, QStringLiteral("searchResults")), 1);
    m_ui->settle(300);
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("07-search-results")));
    QObject* field = m_ui->find(QStringLiteral("searchField"));
    QMetaObject::invokeMethod(field, "clear");
    QVERIFY(m_ui->type(QStringLiteral("searchField"), QStringLiteral("Harbour")));
    m_ui->key(Qt::Key_Return);
    QTRY_VERIFY(listCount(*m_ui, QStringLiteral("searchResults")) >= 1);
    m_ui->key(Qt::Key_1, Qt::ControlModifier);
}

void TestEndToEnd::sampleJournal()
{
    m_ui->key(Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("unlockPage")));
    controller()->openDemo();
    QTRY_VERIFY_WITH_TIMEOUT(controller()->isUnlocked(), UnlockTimeoutMs);
    QVERIFY(controller()->isDemo());
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("demoBanner")));
    const QString demoPath = controller()->journalPath();
    QVERIFY(QFileInfo::exists(demoPath));
    m_ui->settle(500);
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("20-demo-journal")));
    QVERIFY(m_ui->click(QStringLiteral("nav_1")));
    m_ui->settle(800);
    QVERIFY(m_ui->screenshot(shots(), QStringLiteral("21-demo-trends")));

    // Leaving the sample deletes it and returns to the real journal's unlock screen.
    QVERIFY(m_ui->click(QStringLiteral("leaveDemoButton")));
    QVERIFY(!controller()->isUnlocked());
    QVERIFY(!controller()->isDemo());
    QVERIFY(!QFileInfo::exists(demoPath));
    QCOMPARE(controller()->journalPath(), m_journalPath);
    QTRY_VERIFY(m_ui->isShown(QStringLiteral("unlockPage")));
}

int main(int argc, char* argv[])
{
    return uitest::runWidgetTest<TestEndToEnd>(argc, argv, "kapjournal-e2e");
}

#include "tst_endtoend.moc"
