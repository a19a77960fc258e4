// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Screenshots of the journal area's pages and dialogs with the sample journal, in light and dark
// (saved as $KAP_BUILD_DIR/screenshots/journal-*-{light,dark}.png), at the smallest supported
// window size, 900x600. Each screen is also checked for being shown with the data it should have.

#include "app/journal/EntryActions.h"
#include "app/shell/AppSettings.h"
#include "app/shell/JournalController.h"
#include "storage/NoteRepository.h"
#include "storage/SessionRepository.h"
#include "tests/qml/TestApplication.h"
#include "tests/qml/TestEnvironment.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QTest>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)

namespace {

const char* Harness = R"QML(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import "." // the harness is loaded as if it lived in qml/journal
import KapJournal.App

ApplicationWindow {
    id: harness
    width: 900
    height: 600
    visible: true
    Material.theme: AppSettings.theme === "dark" ? Material.Dark : Material.Light
    property int page: 0
    Item { id: graphicsProbe; visible: false }
    Binding {
        target: AppSettings
        property: "plainPopups"
        value: graphicsProbe.GraphicsInfo.api === GraphicsInfo.Software
    }
    StackLayout {
        anchors.fill: parent
        currentIndex: harness.page
        TimelinePage { objectName: "harnessTimeline" }
        PhasesPage { objectName: "harnessPhases" }
        SearchPage { objectName: "harnessSearch" }
        TrashPage { objectName: "harnessTrash" }
    }
    SessionEditor {}
    NoteEditor {}
    CheckinDialog {}
    QuestionnaireDialog {}
}
)QML";

} // namespace

namespace {

/// The few UI helpers this test needs: find by objectName (popups included), type, click, grab.
class Screen
{
public:
    explicit Screen(QQuickWindow* window) : m_window(window) { }

    QObject* find(const QString& name) const
    {
        if (m_window->objectName() == name) {
            return m_window;
        }
        return m_window->findChild<QObject*>(name);
    }
    QQuickItem* item(const QString& name) const { return qobject_cast<QQuickItem*>(find(name)); }
    bool isShown(const QString& name) const
    {
        QQuickItem* found = item(name);
        return found && found->isVisible() && found->width() > 0 && found->height() > 0;
    }
    bool click(const QString& name) const
    {
        QQuickItem* found = item(name);
        if (!found || !found->isVisible()) {
            return false;
        }
        const QPoint centre = found->mapToScene(QPointF(found->width() / 2, found->height() / 2)).toPoint();
        QTest::mouseClick(m_window, Qt::LeftButton, Qt::NoModifier, centre);
        settle(50);
        return true;
    }
    bool type(const QString& name, const QString& text) const
    {
        QQuickItem* found = item(name);
        if (!found) {
            return false;
        }
        found->forceActiveFocus(Qt::TabFocusReason);
        QMetaObject::invokeMethod(found, "selectAll");
        for (const QChar c : text) {
            QTest::keyClick(m_window, c.toLatin1());
        }
        settle(20);
        return true;
    }
    void settle(int ms = 150) const { QTest::qWait(ms); }
    bool screenshot(const QString& dir, const QString& name) const
    {
        QDir().mkpath(dir);
        kap::AppSettings* settings = kap::AppSettings::instance();
        const QString before = settings->theme();
        bool ok = true;
        for (const QString& theme : { QStringLiteral("light"), QStringLiteral("dark") }) {
            settings->setTheme(theme);
            settle(250);
            const QImage image = m_window->grabWindow();
            ok = ok && !image.isNull() && image.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, theme)));
        }
        settings->setTheme(before);
        settle(100);
        return ok;
    }

private:
    QQuickWindow* m_window;
};

} // namespace

class TestJournalScreens : public QObject
{
    Q_OBJECT

private:
    QQmlApplicationEngine* m_engine = nullptr;
    QQuickWindow* m_window = nullptr;
    std::unique_ptr<Screen> m_ui;

    void showPage(int page)
    {
        m_window->setProperty("page", page);
        m_ui->settle(200);
    }
    // QML functions with typed parameters are invoked with exactly that C++ type (double, QString).
    bool call(const QString& objectName, const char* method)
    {
        QObject* target = m_ui->find(objectName);
        return target && QMetaObject::invokeMethod(target, method);
    }
    template <typename Arg> bool call(const QString& objectName, const char* method, const Arg& arg)
    {
        QObject* target = m_ui->find(objectName);
        return target
            && QMetaObject::invokeMethod(target, method, QGenericArgument(QMetaType::fromType<Arg>().name(), &arg));
    }
    void shot(const QString& name)
    {
        QVERIFY(m_ui->screenshot(uitest::screenshotDir(), QStringLiteral("journal-") + name));
    }
    void closeDialogs()
    {
        for (const char* name :
            { "sessionEditor", "noteEditor", "checkinDialog", "questionnaireDialog", "crisisPanel" }) {
            if (QObject* dialog = m_ui->find(QString::fromLatin1(name))) {
                QMetaObject::invokeMethod(dialog, "close");
            }
        }
        m_ui->settle(300);
    }

private Q_SLOTS:
    void initTestCase()
    {
        kap::JournalController* controller = kap::JournalController::instance();
        QSignalSpy unlocked(controller, &kap::JournalController::unlocked);
        controller->openDemo();
        QVERIFY(unlocked.wait(60000));

        m_engine = new QQmlApplicationEngine(this);
        m_engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        uitest::watchQmlWarnings(*m_engine);
        m_engine->loadData(
            QByteArray(Harness), QUrl::fromLocalFile(QStringLiteral(KAP_JOURNAL_QML_DIR "/harness.qml")));
        QCOMPARE(m_engine->rootObjects().size(), 1);
        m_window = qobject_cast<QQuickWindow*>(m_engine->rootObjects().constFirst());
        QVERIFY(m_window);
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
        m_ui = std::make_unique<Screen>(m_window);
        m_ui->settle(300);
    }

    void cleanup() { closeDialogs(); }

    void cleanupTestCase()
    {
        m_ui.reset();
        delete m_engine;
        kap::JournalController::instance()->lock();
    }

    void timeline()
    {
        showPage(0);
        QObject* page = m_ui->find(QStringLiteral("harnessTimeline"));
        QVERIFY(page);
        QVERIFY(page->property("model").value<QObject*>()->property("count").toInt() > 0);
        shot(QStringLiteral("timeline"));
    }

    // Check-ins are one compact line each, grouped under one day line per day; sessions and
    // notes stay cards (the sample journal has two check-ins on most days).
    void timelineCheckinsAreCompact()
    {
        showPage(0);
        auto* list = qobject_cast<QQuickItem*>(m_ui->find(QStringLiteral("timelineList")));
        QVERIFY(list);
        QQuickItem* content = list->property("contentItem").value<QQuickItem*>();
        QVERIFY(content);
        qreal tallestCheckin = 0;
        qreal shortestCard = 1e9;
        int checkins = 0;
        int underAnotherDayLine = 0;
        for (QQuickItem* delegate : content->childItems()) {
            const QString name = delegate->objectName();
            if (!delegate->isVisible() || !name.startsWith(QStringLiteral("timelineCard_"))) {
                continue;
            }
            if (name.startsWith(QStringLiteral("timelineCard_checkin_"))) {
                ++checkins;
                auto* line = delegate->findChild<QQuickItem*>(QStringLiteral("checkinLine"));
                auto* dayLine = delegate->findChild<QQuickItem*>(QStringLiteral("checkinDayLine"));
                QVERIFY(line && dayLine);
                QVERIFY(line->isVisible());
                if (!dayLine->isVisible()) {
                    ++underAnotherDayLine;
                    tallestCheckin = std::max(tallestCheckin, delegate->height());
                }
            } else if (name.startsWith(QStringLiteral("timelineCard_session_"))
                || name.startsWith(QStringLiteral("timelineCard_note_"))) {
                shortestCard = std::min(shortestCard, delegate->height());
            }
        }
        QVERIFY2(checkins >= 3, "the sample journal's first screen shows check-ins");
        QVERIFY2(underAnotherDayLine >= 1, "two check-ins of one day share one day line");
        QVERIFY2(shortestCard < 1e9, "a session or a note is on the first screen");
        // One line: well under a card's height.
        QVERIFY2(tallestCheckin * 1.5 < shortestCard,
            qPrintable(QStringLiteral("check-in %1 px, card %2 px").arg(tallestCheckin).arg(shortestCard)));
    }

    void phases()
    {
        showPage(1);
        QObject* model = m_ui->find(QStringLiteral("harnessPhases"))->property("model").value<QObject*>();
        QVERIFY(QMetaObject::invokeMethod(model, "refreshSuggestions"));
        m_ui->settle(100);
        shot(QStringLiteral("phases"));
    }

    void search()
    {
        showPage(2);
        QObject* model = m_ui->find(QStringLiteral("harnessSearch"))->property("model").value<QObject*>();
        QSignalSpy finished(model, SIGNAL(finished()));
        QVERIFY(m_ui->type(QStringLiteral("searchField"), QStringLiteral("calm")));
        QVERIFY(finished.wait(10000));
        QVERIFY(model->property("count").toInt() > 0);
        m_ui->settle(200);
        shot(QStringLiteral("search"));
    }

    void trash()
    {
        showPage(3);
        kap::Journal* journal = kap::JournalController::instance()->journal();
        kap::ListQuery query;
        query.order = kap::SortOrder::NewestFirst;
        query.limit = 1;
        const QList<kap::IntegrationNote> notes = journal->notes().list(query).value();
        QVERIFY(!notes.isEmpty());
        QVERIFY(kap::EntryActions::instance()->moveToTrash(QStringLiteral("note"), notes.first().id));
        m_ui->settle(200);
        QVERIFY(m_ui->isShown(QStringLiteral("undoButton")));
        shot(QStringLiteral("trash"));
        QVERIFY(m_ui->click(QStringLiteral("undoButton")));
        m_ui->settle(200);
        QVERIFY(!journal->notes().get(notes.first().id)->meta.deletedAt);
    }

    void sessionEditor()
    {
        showPage(0);
        const auto latest = kap::JournalController::instance()->journal()->sessions().latest();
        QVERIFY(latest && latest.value());
        QCOMPARE(latest.value()->vitals.size(), 3); // the sample's readings: before, ~40 min, discharge
        QVERIFY(call(QStringLiteral("sessionEditor"), "openEdit", double(latest.value()->id)));
        m_ui->settle(400);
        shot(QStringLiteral("session-editor"));
        QVERIFY(m_ui->type(QStringLiteral("sessionDoseInput"), QStringLiteral("0")));
        QVERIFY(m_ui->type(QStringLiteral("sessionDissociationInput"), QStringLiteral("12")));
        m_ui->settle(200);
        QVERIFY(m_ui->isShown(QStringLiteral("sessionDoseError")));
        shot(QStringLiteral("session-editor-invalid"));
    }

    void noteEditor()
    {
        kap::ListQuery query;
        query.order = kap::SortOrder::NewestFirst;
        query.limit = 1;
        const QList<kap::IntegrationNote> notes
            = kap::JournalController::instance()->journal()->notes().list(query).value();
        QVERIFY(!notes.isEmpty());
        QVERIFY(call(QStringLiteral("noteEditor"), "openEdit", double(notes.first().id)));
        m_ui->settle(400);
        shot(QStringLiteral("note-editor"));
    }

    void checkin()
    {
        QVERIFY(call(QStringLiteral("checkinDialog"), "openNew"));
        m_ui->settle(400);
        QVERIFY(m_ui->isShown(QStringLiteral("checkinMoodSlider")));
        shot(QStringLiteral("checkin"));
    }

    void questionnaireAndCrisisPanel()
    {
        QVERIFY(call(QStringLiteral("questionnaireDialog"), "openNew", QStringLiteral("phq9")));
        m_ui->settle(400);
        shot(QStringLiteral("phq9"));
        QObject* dialog = m_ui->find(QStringLiteral("questionnaireDialog"));
        QObject* form = dialog->property("form").value<QObject*>();
        const QList<int> answers { 1, 2, 1, 2, 1, 1, 0, 1, 1 };
        for (int i = 0; i < answers.size(); ++i) {
            QVERIFY(QMetaObject::invokeMethod(form, "setAnswer", Q_ARG(int, i), Q_ARG(int, answers.at(i))));
        }
        m_ui->settle(400);
        // The panel is a Popup (not an item): its content shows that it is open.
        QVERIFY(m_ui->find(QStringLiteral("crisisPanel"))->property("visible").toBool());
        QVERIFY(m_ui->isShown(QStringLiteral("crisis988")));
        shot(QStringLiteral("crisis-panel"));
        QVERIFY(m_ui->click(QStringLiteral("crisisCloseButton")));
        m_ui->settle(300);
        // The dialog scrolled to the result when the last answer came in.
        QVERIFY(m_ui->isShown(QStringLiteral("questionnaireTotal")));
        const QString total = m_ui->item(QStringLiteral("questionnaireTotal"))->property("text").toString();
        QVERIFY(total.contains(QStringLiteral("10")));
        shot(QStringLiteral("phq9-result"));
    }
};

int main(int argc, char* argv[])
{
    return uitest::runWidgetTest<TestJournalScreens>(
        argc, argv, "kapjournal-journal-screens", { .fastJournalController = true });
}

#include "tst_journal_screens.moc"
