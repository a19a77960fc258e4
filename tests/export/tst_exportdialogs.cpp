// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The export area's dialogs driven through the real QML (KapJournal module, Material style,
// offscreen, 900x600) on a sample journal opened by the JournalController singleton, in the light
// and the dark theme:
//  - report: tick one note in the list, type the password twice, export; the dialog is busy and
//    cannot be closed meanwhile; the PDF needs the password (qpdf), is R6/AESv3, and holds the
//    chosen note but not the other one (pdftotext -upw);
//  - Daylio import: read a file of ../shared/testdata/daylio, score its custom mood labels, import
//    by clicking; the check-ins carry the chosen scores; a second import adds nothing;
//  - backup with its own passphrase (fast KDF): the copy opens with that passphrase only;
//  - JSON export: refused until the warning is acknowledged, then a 0600 file.
// Screenshots of each dialog go to $KAP_BUILD_DIR/screenshots/export-<dialog>-<theme>.png.

#include "app/export/BackupController.h"
#include "app/export/DaylioImportController.h"
#include "app/export/JsonExportController.h"
#include "app/export/ReportController.h"
#include "app/shell/DemoJournal.h"
#include "app/shell/JournalController.h"
#include "passphrase/PassphraseGenerator.h"
#include "report/PdfEncryptor.h"
#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "tests/qml/TestApplication.h"
#include "tests/support/TestSupport.h"
#include "transfer/BackupService.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

using namespace kap;

namespace {

const QString ReportPassword = QStringLiteral("otter message sport quote oxygen");
const QString BackupPassphrase = QStringLiteral("a separate passphrase for the stick");
const QString WeakPassword = QStringLiteral("password1");
const QString ChosenTitle = QStringLiteral("Chosen note");
const QString ChosenMarker = QStringLiteral("Lighthousekeeper4711");
const QString OtherTitle = QStringLiteral("Private note");
const QString OtherMarker = QStringLiteral("Quarrymaster9923");

struct Run
{
    int exitCode = -1;
    QByteArray out;
};

Run run(const QString& program, const QStringList& arguments)
{
    QProcess process;
    process.start(program, arguments);
    Run result;
    if (!process.waitForFinished(60000)) {
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput() + process.readAllStandardError();
    return result;
}

QString themeName(bool dark)
{
    return dark ? QStringLiteral("dark") : QStringLiteral("light");
}

/// Every object under `root` (items and their children, popups included).
template <typename Predicate> QObject* findObject(QObject* root, Predicate matches)
{
    QList<QObject*> queue { root };
    QSet<QObject*> seen;
    while (!queue.isEmpty()) {
        QObject* object = queue.takeFirst();
        if (!object || seen.contains(object)) {
            continue;
        }
        seen.insert(object);
        if (matches(object)) {
            return object;
        }
        queue += object->children();
        if (auto* item = qobject_cast<QQuickItem*>(object)) {
            for (QQuickItem* child : item->childItems()) {
                queue.append(child);
            }
        }
    }
    return nullptr;
}

} // namespace

class TestExportDialogs : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportDialog_data();
    void reportDialog();
    void reportPeriodFromTheCalendar();
    void importDaylioDialog_data();
    void importDaylioDialog();
    void backupDialog_data();
    void backupDialog();
    void jsonExportDialog_data();
    void jsonExportDialog();
    void savesNeverReplaceAJournal();
    void restoreFromBackup(); // last: it locks the journal

private:
    void themes();
    /// A 900x600 window in the theme with the dialog `name` (qml/export/<name>.qml) open.
    QObject* openDialog(const QString& name, bool dark);
    QQuickItem* item(const QString& objectName) const;
    bool click(QQuickItem* target) const;
    void type(QQuickItem* target, const QString& text) const;
    /// Scrolls the dialog's ScrollView (if any) so that `target` is on screen.
    void scrollTo(QQuickItem* target) const;
    bool screenshot(const QString& name, bool dark, int settleMs = 300) const;
    Journal& journal() const { return *JournalController::instance()->journal(); }

    QTemporaryDir m_dir;
    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_window;
    QQuickWindow* m_quickWindow = nullptr;
    QObject* m_dialog = nullptr;
    RecordId m_chosenId = 0;
    int m_reports = 0;
};

void TestExportDialogs::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QStandardPaths::setTestModeEnabled(true);
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    uitest::watchQmlWarnings(m_engine);
    JournalController* controller = JournalController::instance();
    controller->setKdfParams(KdfParams::fastForTests());
    controller->setRememberLastJournal(false);
    controller->createJournal(m_dir.filePath(QStringLiteral("journal.kapj")), kaptest::Passphrase, kaptest::Passphrase);
    QTRY_VERIFY_WITH_TIMEOUT(controller->isUnlocked(), 30000);

    DemoJournal::Options demo;
    demo.lastDay = QDate::currentDate();
    QVERIFY(DemoJournal::populate(journal(), demo));
    // Two notes the report test can tell apart: one to share, one to keep private.
    for (const auto& [title, marker] :
        { std::pair { OtherTitle, OtherMarker }, std::pair { ChosenTitle, ChosenMarker } }) {
        IntegrationNote note;
        note.writtenAt = QDateTime::currentDateTime().addDays(-1);
        note.title = title;
        note.body = QStringLiteral("What I want to remember: %1, and the quiet afterwards.").arg(marker);
        QVERIFY(journal().notes().add(note));
        if (title == ChosenTitle) {
            m_chosenId = note.id;
        }
    }
    QVERIFY(QDir().mkpath(QString::fromLocal8Bit(qgetenv("KAP_BUILD_DIR")) + QStringLiteral("/screenshots")));
}

void TestExportDialogs::themes()
{
    QTest::addColumn<bool>("dark");
    QTest::newRow("light") << false;
    QTest::newRow("dark") << true;
}

QObject* TestExportDialogs::openDialog(const QString& name, bool dark)
{
    m_dialog = nullptr;
    m_quickWindow = nullptr;
    m_window.reset();
    QQmlComponent component(&m_engine);
    component.setData(QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import KapJournal.App
ApplicationWindow {
    property bool dark: false
    property string dialogName
    readonly property alias dialog: loader.item
    width: 900
    height: 600
    visible: true
    Material.theme: dark ? Material.Dark : Material.Light
    Material.accent: dark ? "#8cc4c0" : "#2e7d78"
    Material.primary: dark ? "#24323a" : "#e6eff0"
    Material.background: dark ? "#161b1e" : "#fbfcfc"
    // As Main.qml: flat popups where shader effects are missing.
    Item {
        id: graphicsProbe
        visible: false
    }
    Binding {
        target: AppSettings
        property: "plainPopups"
        value: graphicsProbe.GraphicsInfo.api === GraphicsInfo.Software
    }
    Label {
        anchors.centerIn: parent
        text: "KAP Journal"
        font.pixelSize: 32
    }
    Loader {
        id: loader
        source: "qrc:/qt/qml/KapJournal/export/" + dialogName + ".qml"
    }
}
)"),
        QUrl(QStringLiteral("qrc:/export-dialogs-test/Window.qml")));
    QObject* object = component.createWithInitialProperties(
        { { QStringLiteral("dark"), dark }, { QStringLiteral("dialogName"), name } });
    if (!object) {
        qWarning() << component.errors();
        return nullptr;
    }
    m_window.reset(object);
    m_quickWindow = qobject_cast<QQuickWindow*>(object);
    if (!QTest::qWaitForWindowExposed(m_quickWindow)) {
        return nullptr;
    }
    m_dialog = object->property("dialog").value<QObject*>();
    if (!m_dialog) {
        qWarning("dialog %s did not load", qPrintable(name));
        return nullptr;
    }
    QMetaObject::invokeMethod(m_dialog, "open");
    if (!QTest::qWaitFor([this]() { return m_dialog->property("opened").toBool(); }, 5000)) {
        return nullptr;
    }
    return m_dialog;
}

QQuickItem* TestExportDialogs::item(const QString& objectName) const
{
    return qobject_cast<QQuickItem*>(
        findObject(m_quickWindow->contentItem(), [&](QObject* o) { return o->objectName() == objectName; }));
}

bool TestExportDialogs::click(QQuickItem* target) const
{
    if (!target || !target->isVisible() || !target->isEnabled()) {
        qWarning("cannot click %s", target ? qPrintable(target->objectName()) : "(none)");
        return false;
    }
    scrollTo(target);
    const QPoint centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    QTest::mouseClick(m_quickWindow, Qt::LeftButton, Qt::NoModifier, centre);
    QTest::qWait(50);
    return true;
}

void TestExportDialogs::type(QQuickItem* target, const QString& text) const
{
    QVERIFY(target);
    scrollTo(target);
    target->forceActiveFocus(Qt::TabFocusReason);
    for (const QChar c : text) {
        QTest::keyClick(m_quickWindow, c.toLatin1());
    }
    QCOMPARE(target->property("text").toString(), text);
}

void TestExportDialogs::scrollTo(QQuickItem* target) const
{
    for (QQuickItem* p = target->parentItem(); p; p = p->parentItem()) {
        if (p->inherits("QQuickFlickable") && !p->inherits("QQuickListView")) {
            auto* content = p->property("contentItem").value<QQuickItem*>();
            const qreal y = target->mapToItem(content, QPointF(0, 0)).y();
            const qreal maxY = std::max<qreal>(0, p->property("contentHeight").toReal() - p->height());
            p->setProperty("contentY", std::clamp<qreal>(y - p->height() / 3, 0, maxY));
            QTest::qWait(30);
            return;
        }
    }
}

bool TestExportDialogs::screenshot(const QString& name, bool dark, int settleMs) const
{
    if (settleMs > 0) {
        QTest::qWait(settleMs); // controls' colour animations
    }
    const QImage image = m_quickWindow->grabWindow();
    const QString path = QString::fromLocal8Bit(qgetenv("KAP_BUILD_DIR"))
        + QStringLiteral("/screenshots/export-%1-%2.png").arg(name, themeName(dark));
    if (image.isNull() || image.size() != QSize(900, 600) * m_quickWindow->devicePixelRatio() || !image.save(path)) {
        return false;
    }
    qInfo("saved %s", qPrintable(path));
    return true;
}

void TestExportDialogs::reportDialog_data()
{
    themes();
}

void TestExportDialogs::reportDialog()
{
    QFETCH(bool, dark);
    QVERIFY(openDialog(QStringLiteral("ReportDialog"), dark));
    auto* report = m_dialog->property("report").value<ReportController*>();
    QVERIFY(report);
    QCOMPARE(report->chosenCount(), 0); // nothing is shared unless ticked
    QVERIFY(screenshot(QStringLiteral("report-open"), dark));

    // Tick the chosen note in the list.
    auto* list = item(QStringLiteral("noteList"));
    QVERIFY(list);
    QQuickItem* delegate = nullptr;
    QTRY_VERIFY(list->property("count").toInt() > 2);
    for (int i = 0; i < list->property("count").toInt() && !delegate; ++i) {
        QQuickItem* candidate = item(QStringLiteral("noteChoice%1").arg(i));
        if (candidate
            && candidate->property("modelData").toMap().value(QStringLiteral("id")).toLongLong() == m_chosenId) {
            delegate = candidate;
        }
    }
    QVERIFY2(delegate, "the chosen note is not listed (newest first)");
    QVERIFY(click(delegate));
    QCOMPARE(report->chosenCount(), 1);
    QVERIFY(report->preview().contains(ChosenMarker));
    QVERIFY(!report->preview().contains(OtherMarker));

    type(item(QStringLiteral("displayName")), QStringLiteral("J. D."));
    type(item(QStringLiteral("exportPassword")), ReportPassword);
    auto* save = item(QStringLiteral("saveReportButton"));
    QVERIFY(save);
    QVERIFY(!save->isEnabled()); // typed once only
    type(item(QStringLiteral("exportPasswordConfirmation")), ReportPassword);
    QVERIFY(save->isEnabled());
    // A password longer than PDF readers open is refused on the spot, with the reason.
    auto* problem = item(QStringLiteral("passwordProblem"));
    QVERIFY(problem);
    QVERIFY(!problem->isVisible());
    const QString more = QStringLiteral(" and more");
    QVERIFY(item(QStringLiteral("exportPassword"))->setProperty("text", ReportPassword + more));
    QVERIFY(item(QStringLiteral("exportPasswordConfirmation"))->setProperty("text", ReportPassword + more));
    QVERIFY(!save->isEnabled());
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->property("text").toString().contains(QStringLiteral("at most 32 characters")),
        qPrintable(problem->property("text").toString()));
    QVERIFY(item(QStringLiteral("exportPassword"))->setProperty("text", ReportPassword));
    QVERIFY(item(QStringLiteral("exportPasswordConfirmation"))->setProperty("text", ReportPassword));
    QVERIFY(save->isEnabled());
    QVERIFY(!problem->isVisible());

    // The journal's strength rule (PassphraseStrength, zxcvbn): "password1" is judged weak and
    // refused, on screen and by the controller; six generated words are strong.
    auto* meter = item(QStringLiteral("exportPasswordStrength"));
    QVERIFY(meter);
    QVERIFY(meter->property("acceptable").toBool());
    QVERIFY(item(QStringLiteral("exportPassword"))->setProperty("text", WeakPassword));
    QVERIFY(item(QStringLiteral("exportPasswordConfirmation"))->setProperty("text", WeakPassword));
    QCOMPARE(meter->property("score").toInt(), 0);
    QVERIFY(!meter->property("acceptable").toBool());
    QVERIFY(!save->isEnabled());
    const QString weakPdf = m_dir.filePath(QStringLiteral("weak-%1.pdf").arg(themeName(dark)));
    QVERIFY(!report->exportTo(QUrl::fromLocalFile(weakPdf), WeakPassword, WeakPassword));
    QVERIFY2(report->errorMessage().contains(QStringLiteral("too easy to guess")), qPrintable(report->errorMessage()));
    QVERIFY(!QFileInfo::exists(weakPdf));
    const QString sixWords = PassphraseGenerator::generate(6, PdfEncryptor::MaxPasswordBytes); // fits a PDF password
    QCOMPARE(sixWords.split(QLatin1Char(' ')).size(), 6);
    QVERIFY(item(QStringLiteral("exportPassword"))->setProperty("text", sixWords));
    QVERIFY(item(QStringLiteral("exportPasswordConfirmation"))->setProperty("text", sixWords));
    QVERIFY2(meter->property("score").toInt() >= 3, qPrintable(sixWords));
    QVERIFY(save->isEnabled());
    QVERIFY(item(QStringLiteral("exportPassword"))->setProperty("text", ReportPassword));
    QVERIFY(item(QStringLiteral("exportPasswordConfirmation"))->setProperty("text", ReportPassword));
    QVERIFY(save->isEnabled());
    report->clearMessages();

    const QString pdf = m_dir.filePath(QStringLiteral("report-%1.pdf").arg(++m_reports));
    // Spies are made before the work starts and polled by count: a fast worker may finish while
    // an earlier step runs the event loop, and QSignalSpy::wait() only sees signals after it.
    QSignalSpy finished(report, &ReportController::exportFinished);
    bool started = false;
    QVERIFY(QMetaObject::invokeMethod(
        m_dialog, "exportTo", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, QUrl::fromLocalFile(pdf))));
    QVERIFY2(started, qPrintable(report->errorMessage()));
    // While the worker builds the PDF, the dialog says so and cannot be closed.
    QVERIFY(report->busy());
    QVERIFY(screenshot(QStringLiteral("report-busy"), dark, 0));
    QVERIFY(!save->isEnabled());
    QVERIFY(!item(QStringLiteral("closeReportButton"))->isEnabled());
    QTest::keyClick(m_quickWindow, Qt::Key_Escape);
    QVERIFY(m_dialog->property("opened").toBool());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
    QCOMPARE(finished.first().first().toBool(), true);
    QVERIFY(!report->busy());
    QVERIFY(report->errorMessage().isEmpty());
    QVERIFY(!report->doneMessage().isEmpty());
    QVERIFY(item(QStringLiteral("exportPassword"))->property("text").toString().isEmpty());
    QVERIFY(screenshot(QStringLiteral("report"), dark));

    // The file: encrypted (SECURITY.md 9), 0600, with the chosen note only.
    QCOMPARE(kaptest::permissions(pdf), 0600);
    QVERIFY(!kaptest::fileContains(pdf, ChosenMarker.toUtf8()));
    QCOMPARE(run(QStringLiteral("qpdf"), { QStringLiteral("--requires-password"), pdf }).exitCode, 0);
    const Run encryption = run(QStringLiteral("qpdf"),
        { QStringLiteral("--show-encryption"), QStringLiteral("--password=") + ReportPassword, pdf });
    QVERIFY2(encryption.out.contains("R = 6") && encryption.out.contains("AESv3"), encryption.out.constData());
    const Run text
        = run(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), ReportPassword, pdf, QStringLiteral("-") });
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(ChosenMarker.toUtf8()));
    QVERIFY(text.out.contains(ChosenTitle.toUtf8()));
    QVERIFY(!text.out.contains(OtherMarker.toUtf8()));
    QVERIFY(text.out.contains("J. D."));
    QVERIFY(run(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") }).exitCode != 0);
    // Kept beside the screenshots to look at its pages (synthetic data; password above).
    const QString kept = QString::fromLocal8Bit(qgetenv("KAP_BUILD_DIR"))
        + QStringLiteral("/screenshots/export-report-demo-%1.pdf").arg(themeName(dark));
    QFile::remove(kept);
    QVERIFY(QFile::copy(pdf, kept));

    // Closing works again once it is done.
    QVERIFY(click(item(QStringLiteral("closeReportButton"))));
    QTRY_VERIFY(!m_dialog->property("visible").toBool());
}

// Issue 16: the custom period's days are typed or picked in a calendar; a day that does not exist
// is named under its own field and changes nothing.
void TestExportDialogs::reportPeriodFromTheCalendar()
{
    QVERIFY(openDialog(QStringLiteral("ReportDialog"), false));
    auto* report = m_dialog->property("report").value<ReportController*>();
    QVERIFY(report);
    report->setPreset(4); // Custom
    QQuickItem* from = item(QStringLiteral("reportFrom"));
    QVERIFY(from);
    QTRY_VERIFY(from->isVisible());
    const QDate before = report->from();

    QQuickItem* input = item(QStringLiteral("reportFromInput"));
    QVERIFY(input);
    input->forceActiveFocus(Qt::TabFocusReason);
    QVERIFY(QMetaObject::invokeMethod(input, "selectAll"));
    type(input, QStringLiteral("2026-02-30"));
    QTest::keyClick(m_quickWindow, Qt::Key_Return);
    QTRY_VERIFY(item(QStringLiteral("reportFromError"))->isVisible());
    QVERIFY(!item(QStringLiteral("reportToError"))->isVisible());
    QCOMPARE(report->from(), before);

    QVERIFY(click(item(QStringLiteral("reportFromCalendarButton"))));
    auto* calendar = from->property("calendar").value<QObject*>();
    QVERIFY(calendar);
    QTRY_VERIFY(calendar->property("opened").toBool());
    auto* content = calendar->property("contentItem").value<QQuickItem*>();
    QVERIFY(content);
    QVERIFY(click(content->findChild<QQuickItem*>(QStringLiteral("pickYesterday"))));
    const QDate yesterday = QDate::currentDate().addDays(-1);
    QTRY_COMPARE(report->from(), yesterday);
    QCOMPARE(input->property("text").toString(), yesterday.toString(Qt::ISODate));
    QTRY_VERIFY(!item(QStringLiteral("reportFromError"))->isVisible());
    QTRY_VERIFY(!calendar->property("visible").toBool()); // after its closing transition
    QVERIFY(m_dialog->property("opened").toBool());

    QVERIFY(click(item(QStringLiteral("closeReportButton"))));
    QTRY_VERIFY(!m_dialog->property("visible").toBool());
}

void TestExportDialogs::importDaylioDialog_data()
{
    themes();
}

void TestExportDialogs::importDaylioDialog()
{
    QFETCH(bool, dark);
    const QString csv = QString::fromLocal8Bit(qgetenv("KAP_SHARED_TESTDATA")) + QStringLiteral("/daylio/sample.csv");
    QVERIFY(QFile::exists(csv));
    const bool firstRun = !dark;
    auto checkinsIn2021 = [this]() {
        ListQuery query;
        query.range = DayRange { QDate(2021, 1, 1), QDate(2021, 12, 31) };
        auto list = journal().checkins().list(query);
        return list ? list.value() : QList<MoodCheckin>();
    };
    const qsizetype before = checkinsIn2021().size();
    if (firstRun) {
        QCOMPARE(before, 0);
    }

    QVERIFY(openDialog(QStringLiteral("ImportDaylioDialog"), dark));
    auto* transfer = m_dialog->property("transfer").value<DaylioImportController*>();
    QVERIFY(transfer);
    auto* importButton = item(QStringLiteral("importButton"));
    QVERIFY(!importButton->isEnabled());
    bool started = false;
    QVERIFY(QMetaObject::invokeMethod(
        m_dialog, "readFile", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, QUrl::fromLocalFile(csv))));
    QVERIFY(started);
    QTRY_VERIFY_WITH_TIMEOUT(!transfer->busy(), 20000);
    QVERIFY2(transfer->errorMessage().isEmpty(), qPrintable(transfer->errorMessage()));
    QCOMPARE(transfer->daylioEntries(), 3);
    // The file's custom labels ("sad ", "average") come unscored: nothing can be imported yet.
    const QVariantList labels = transfer->moodLabels();
    QCOMPARE(labels.size(), 2);
    QVERIFY(!transfer->daylioReady());
    QVERIFY(!importButton->isEnabled());
    const QHash<QString, int> mapping { { QStringLiteral("sad"), 2 }, { QStringLiteral("average"), 6 } };
    for (int i = 0; i < labels.size(); ++i) {
        const QVariantMap label = labels.at(i).toMap();
        QCOMPARE(label.value(QStringLiteral("score")).toInt(), -1);
        const QString name = label.value(QStringLiteral("label")).toString().trimmed();
        QVERIFY2(mapping.contains(name), qPrintable(name));
        // Through the spin box, as a person would.
        QQuickItem* spin = item(QStringLiteral("score%1").arg(i));
        QVERIFY(spin);
        QVERIFY(QMetaObject::invokeMethod(spin, "forceActiveFocus"));
        for (int step = -1; step < mapping.value(name); ++step) {
            QTest::keyClick(m_quickWindow, Qt::Key_Up);
        }
        QCOMPARE(transfer->moodLabels().at(i).toMap().value(QStringLiteral("score")).toInt(), mapping.value(name));
    }
    QVERIFY(transfer->daylioReady());
    QVERIFY(click(importButton));
    QTRY_VERIFY_WITH_TIMEOUT(!transfer->busy(), 20000);
    QVERIFY2(transfer->errorMessage().isEmpty(), qPrintable(transfer->errorMessage()));
    const QList<MoodCheckin> after = checkinsIn2021();
    if (firstRun) {
        QCOMPARE(after.size(), 3);
        QVERIFY(transfer->summary().contains(QLatin1String("3")));
    } else {
        QCOMPARE(after.size(), before); // importing the same file again adds nothing
    }
    QMap<QDate, int> moods;
    for (const MoodCheckin& c : after) {
        moods.insert(c.at.date(), c.mood);
    }
    QCOMPARE(moods.value(QDate(2021, 9, 28)), 2); // "sad "
    QCOMPARE(moods.value(QDate(2021, 9, 27)), 6); // "average"
    QVERIFY(screenshot(QStringLiteral("import-daylio"), dark));
}

void TestExportDialogs::backupDialog_data()
{
    themes();
}

void TestExportDialogs::backupDialog()
{
    QFETCH(bool, dark);
    QVERIFY(openDialog(QStringLiteral("BackupDialog"), dark));
    auto* transfer = m_dialog->property("transfer").value<BackupController*>();
    QVERIFY(transfer);
    transfer->setBackupKdfParams(KdfParams::fastForTests());

    // "Back up now": a checked copy next to the journal, listed in the dialog.
    const int listed = int(transfer->backups().size());
    QSignalSpy finished(transfer, &BackupController::finished);
    QVERIFY(click(item(QStringLiteral("backupNowButton"))));
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000); // click() runs the event loop
    QVERIFY2(finished.takeFirst().first().toBool(), qPrintable(transfer->errorMessage()));
    QCOMPARE(transfer->backups().size(), listed + 1);
    const QString rolling = transfer->backups().first().toMap().value(QStringLiteral("path")).toString();
    QCOMPARE(QFileInfo(rolling).absolutePath(), QFileInfo(journal().path()).absolutePath());
    QCOMPARE(kaptest::permissions(rolling), 0600);
    QVERIFY(kaptest::openJournal(rolling));
    // The dialog says when the newest backup next to the journal was made, and where.
    QQuickItem* last = item(QStringLiteral("lastAutomaticBackup"));
    QVERIFY(last);
    QTRY_VERIFY(last->property("text").toString().contains(QFileInfo(journal().path()).absolutePath()));
    QVERIFY(!item(QStringLiteral("automaticBackupError"))->isVisible());
    QVERIFY(screenshot(QStringLiteral("backup-now"), dark));

    QVERIFY(click(item(QStringLiteral("separatePassphraseBox"))));
    auto* toFile = item(QStringLiteral("backupToFileButton"));
    QVERIFY(!toFile->isEnabled());
    type(item(QStringLiteral("journalPassphrase")), kaptest::Passphrase);
    type(item(QStringLiteral("backupPassphrase")), BackupPassphrase);
    type(item(QStringLiteral("backupConfirmation")), BackupPassphrase);
    QVERIFY(toFile->isEnabled());

    // Restored, the backup becomes the journal, so its own passphrase follows the journal's rule
    // (PassphraseStrength): "password1" is judged weak and refused; six generated words are strong.
    auto* meter = item(QStringLiteral("backupPassphraseStrength"));
    QVERIFY(meter);
    QVERIFY(meter->property("acceptable").toBool());
    QVERIFY(item(QStringLiteral("backupPassphrase"))->setProperty("text", WeakPassword));
    QVERIFY(item(QStringLiteral("backupConfirmation"))->setProperty("text", WeakPassword));
    QCOMPARE(meter->property("score").toInt(), 0);
    QVERIFY(!toFile->isEnabled());
    const QString weakTarget = m_dir.filePath(QStringLiteral("weak-%1.kapj").arg(themeName(dark)));
    QVERIFY(!transfer->backupWithPassphrase(
        QUrl::fromLocalFile(weakTarget), kaptest::Passphrase, WeakPassword, WeakPassword));
    QVERIFY2(
        transfer->errorMessage().contains(QStringLiteral("too easy to guess")), qPrintable(transfer->errorMessage()));
    QVERIFY(!QFileInfo::exists(weakTarget));
    const QString sixWords = PassphraseGenerator::generate(6);
    QVERIFY(item(QStringLiteral("backupPassphrase"))->setProperty("text", sixWords));
    QVERIFY(item(QStringLiteral("backupConfirmation"))->setProperty("text", sixWords));
    QVERIFY2(meter->property("score").toInt() >= 3, qPrintable(sixWords));
    QVERIFY(toFile->isEnabled());
    QVERIFY(item(QStringLiteral("backupPassphrase"))->setProperty("text", BackupPassphrase));
    QVERIFY(item(QStringLiteral("backupConfirmation"))->setProperty("text", BackupPassphrase));
    QVERIFY(toFile->isEnabled());
    transfer->clearMessages();

    const QString target = m_dir.filePath(QStringLiteral("backup-%1.kapj").arg(themeName(dark)));
    bool started = false;
    QVERIFY(QMetaObject::invokeMethod(
        m_dialog, "backupTo", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, QUrl::fromLocalFile(target))));
    QVERIFY2(started, qPrintable(transfer->errorMessage()));
    QVERIFY(transfer->busy());
    QVERIFY(!transfer->progressText().isEmpty());
    QVERIFY(!item(QStringLiteral("closeBackupButton"))->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(finished.count() > 0, 60000);
    QVERIFY2(finished.first().first().toBool(), qPrintable(transfer->errorMessage()));
    QVERIFY(!transfer->summary().isEmpty());
    QVERIFY(item(QStringLiteral("backupPassphrase"))->property("text").toString().isEmpty());
    QVERIFY(screenshot(QStringLiteral("backup"), dark));

    // The copy: encrypted, 0600, complete, and it opens with its own passphrase only.
    QCOMPARE(kaptest::permissions(target), 0600);
    QVERIFY(!kaptest::fileContains(target, ChosenMarker.toUtf8()));
    QCOMPARE(Journal::open(target, SecureBytes::fromString(kaptest::Passphrase)).code(), ErrorCode::WrongPassphrase);
    auto copy = Journal::open(target, SecureBytes::fromString(BackupPassphrase));
    QVERIFY(copy);
    QVERIFY(copy.value()->verify());
    QCOMPARE(copy.value()->notes().get(m_chosenId)->title, ChosenTitle);
    ListQuery all;
    QCOMPARE(copy.value()->checkins().list(all)->size(), journal().checkins().list(all)->size());

    // A wrong journal passphrase is refused with a message, and nothing is written.
    const QString refused = m_dir.filePath(QStringLiteral("refused.kapj"));
    QVERIFY(transfer->backupWithPassphrase(
        QUrl::fromLocalFile(refused), QStringLiteral("not it"), BackupPassphrase, BackupPassphrase));
    QTRY_VERIFY_WITH_TIMEOUT(!transfer->busy(), 30000);
    QVERIFY(!transfer->errorMessage().isEmpty());
    QVERIFY(!QFile::exists(refused));
}

void TestExportDialogs::jsonExportDialog_data()
{
    themes();
}

void TestExportDialogs::jsonExportDialog()
{
    QFETCH(bool, dark);
    QVERIFY(openDialog(QStringLiteral("JsonExportDialog"), dark));
    auto* transfer = m_dialog->property("transfer").value<JsonExportController*>();
    QVERIFY(transfer);
    const QString target = m_dir.filePath(QStringLiteral("export-%1.json").arg(themeName(dark)));
    bool started = true;
    // Not before the warning is acknowledged.
    QVERIFY(QMetaObject::invokeMethod(
        m_dialog, "exportTo", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, QUrl::fromLocalFile(target))));
    QVERIFY(!started);
    QVERIFY(click(item(QStringLiteral("understoodBox"))));
    QVERIFY(item(QStringLiteral("saveJsonButton"))->isEnabled());
    QVERIFY(QMetaObject::invokeMethod(
        m_dialog, "exportTo", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, QUrl::fromLocalFile(target))));
    QVERIFY(started);
    QTRY_VERIFY_WITH_TIMEOUT(!transfer->busy(), 30000);
    QVERIFY2(transfer->errorMessage().isEmpty(), qPrintable(transfer->errorMessage()));
    QCOMPARE(kaptest::permissions(target), 0600);
    QVERIFY(kaptest::fileContains(target, ChosenMarker.toUtf8()));
    QVERIFY(screenshot(QStringLiteral("json"), dark));
}

void TestExportDialogs::savesNeverReplaceAJournal()
{
    // What a file dialog may hand over after "Replace?" was confirmed: the journal itself (also
    // through a symlink), its lock, and a backup. Each dialog refuses in C++ and shows why.
    const QString journalPath = journal().path();
    const QString link = m_dir.filePath(QStringLiteral("looks-like-a-report.pdf"));
    QVERIFY(QFile::exists(link) || QFile::link(journalPath, link));
    const QString backup = m_dir.filePath(QStringLiteral("refusal-test.backup"));
    QVERIFY(BackupService::backup(journal(), backup));
    const QList<std::pair<QString, QString>> targets {
        { journalPath, QStringLiteral("journal itself") },
        { link, QStringLiteral("journal itself") },
        { journalPath + QStringLiteral(".lock"), QStringLiteral("belongs to a journal") },
        { backup, QStringLiteral("journal backup") },
    };
    const auto checksum = [](const QString& path) {
        return QCryptographicHash::hash(kaptest::readAll(path), QCryptographicHash::Sha256);
    };
    const auto statusText = [this](const char* status) {
        QQuickItem* line = item(QLatin1String(status));
        const auto texts
            = line ? line->findChildren<QQuickItem*>(QStringLiteral("taskStatusText")) : QList<QQuickItem*>();
        return line && line->isVisible() && !texts.isEmpty() ? texts.first()->property("text").toString() : QString();
    };
    for (const auto& [target, why] : targets) {
        const QByteArray journalBefore = checksum(journalPath);
        const QByteArray targetBefore = checksum(target);
        const QUrl url = QUrl::fromLocalFile(target);
        bool started = true;

        QVERIFY(openDialog(QStringLiteral("ReportDialog"), false));
        type(item(QStringLiteral("exportPassword")), ReportPassword);
        type(item(QStringLiteral("exportPasswordConfirmation")), ReportPassword);
        QVERIFY(QMetaObject::invokeMethod(m_dialog, "exportTo", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, url)));
        QVERIFY(!started);
        QTRY_VERIFY2(statusText("reportStatus").contains(why), qPrintable(statusText("reportStatus")));
        QVERIFY(statusText("reportStatus").contains(QLatin1String("othing was written")));

        QVERIFY(openDialog(QStringLiteral("JsonExportDialog"), false));
        QVERIFY(click(item(QStringLiteral("understoodBox"))));
        QVERIFY(QMetaObject::invokeMethod(m_dialog, "exportTo", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, url)));
        QVERIFY(!started);
        QTRY_VERIFY2(statusText("jsonStatus").contains(why), qPrintable(statusText("jsonStatus")));

        QVERIFY(openDialog(QStringLiteral("BackupDialog"), false));
        QVERIFY(QMetaObject::invokeMethod(m_dialog, "backupTo", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, url)));
        QVERIFY(!started);
        QTRY_VERIFY2(statusText("backupStatus").contains(why), qPrintable(statusText("backupStatus")));
        QVERIFY(click(item(QStringLiteral("separatePassphraseBox"))));
        type(item(QStringLiteral("journalPassphrase")), kaptest::Passphrase);
        type(item(QStringLiteral("backupPassphrase")), BackupPassphrase);
        type(item(QStringLiteral("backupConfirmation")), BackupPassphrase);
        QVERIFY(QMetaObject::invokeMethod(m_dialog, "backupTo", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, url)));
        QVERIFY(!started);
        QTRY_VERIFY2(statusText("backupStatus").contains(why), qPrintable(statusText("backupStatus")));

        QCOMPARE(checksum(journalPath), journalBefore);
        QCOMPARE(checksum(target), targetBefore);
    }
    QVERIFY(screenshot(QStringLiteral("backup-refused"), false));
    QVERIFY(journal().verify());
    QVERIFY(QFile::remove(link));
    QVERIFY(QFile::remove(backup));
}

void TestExportDialogs::restoreFromBackup()
{
    const QString backup = m_dir.filePath(QStringLiteral("backup-light.kapj"));
    QVERIFY(QFile::exists(backup)); // made by backupDialog()
    const QString journalPath = journal().path();
    // Something written after the backup: gone after the restore, kept in the saved copy.
    IntegrationNote late;
    late.writtenAt = QDateTime::currentDateTime();
    late.title = QStringLiteral("Written after the backup");
    QVERIFY(journal().notes().add(late));

    QVERIFY(openDialog(QStringLiteral("BackupDialog"), false));
    auto* transfer = m_dialog->property("transfer").value<BackupController*>();
    type(item(QStringLiteral("restorePassphrase")), QStringLiteral("not the backup's passphrase"));
    bool started = false;
    QVERIFY(QMetaObject::invokeMethod(
        m_dialog, "restoreFrom", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, QUrl::fromLocalFile(backup))));
    QVERIFY(started);
    // The slow part runs while the journal stays open.
    QVERIFY(JournalController::instance()->isUnlocked());
    QTRY_VERIFY_WITH_TIMEOUT(!transfer->busy(), 30000);
    QVERIFY(!transfer->errorMessage().isEmpty()); // wrong passphrase: nothing happened
    QVERIFY2(transfer->errorMessage().contains(QLatin1String("not restored")), qPrintable(transfer->errorMessage()));
    QVERIFY(JournalController::instance()->isUnlocked());
    QVERIFY(!QFile::exists(journalPath + QStringLiteral(".restoring")));

    QQuickItem* field = item(QStringLiteral("restorePassphrase"));
    field->setProperty("text", QString());
    type(field, BackupPassphrase);
    QVERIFY(QMetaObject::invokeMethod(
        m_dialog, "restoreFrom", Q_RETURN_ARG(bool, started), Q_ARG(QUrl, QUrl::fromLocalFile(backup))));
    QVERIFY(started);
    QTRY_VERIFY_WITH_TIMEOUT(!transfer->busy(), 30000);
    QVERIFY2(transfer->errorMessage().isEmpty(), qPrintable(transfer->errorMessage()));
    QVERIFY(!JournalController::instance()->isUnlocked());
    QVERIFY(!QFile::exists(journalPath + QStringLiteral(".restoring")));
    const QStringList saved
        = QDir(QFileInfo(journalPath).absolutePath())
              .entryList({ QFileInfo(journalPath).fileName() + QStringLiteral(".*.before-restore") });
    QCOMPARE(saved.size(), 1);

    // The dialog went away with the lock: the unlock screen says what happened.
    m_window.reset();
    const QString notice = JournalController::instance()->entryNotice();
    QVERIFY2(notice.contains(backup), qPrintable(notice));
    QVERIFY2(notice.contains(saved.first()), qPrintable(notice));
    QVERIFY2(notice.contains(QLatin1String("backup's passphrase")), qPrintable(notice));
    {
        QQmlComponent component(&m_engine);
        component.setData("import QtQuick\nimport KapJournal\nUnlockPage { width: 900; height: 600 }\n", QUrl());
        std::unique_ptr<QObject> page(component.create());
        QVERIFY2(page, qPrintable(component.errorString()));
        auto* shown = page->findChild<QQuickItem*>(QStringLiteral("unlockNotice"));
        QVERIFY(shown);
        QCOMPARE(shown->property("text").toString(), notice);
    }

    // The journal is the backup now: it opens with the backup's passphrase and lacks the late note.
    JournalController::instance()->unlock(BackupPassphrase);
    QTRY_VERIFY_WITH_TIMEOUT(JournalController::instance()->isUnlocked(), 30000);
    QVERIFY(JournalController::instance()->entryNotice().isEmpty());
    QCOMPARE(journal().notes().get(late.id).code(), ErrorCode::NotFound);
    QCOMPARE(journal().notes().get(m_chosenId)->title, ChosenTitle);
    auto before = kaptest::openJournal(QFileInfo(journalPath).absoluteDir().filePath(saved.first()));
    QVERIFY(before);
    QCOMPARE(before->notes().get(late.id)->title, late.title);

    // Locking while a backup runs on its second connection waits for it: the copy is complete
    // and the journal's key is gone afterwards.
    QVERIFY(openDialog(QStringLiteral("BackupDialog"), false));
    transfer = m_dialog->property("transfer").value<BackupController*>();
    const qsizetype listed = BackupService::listBackups(journalPath).size();
    QVERIFY(transfer->backupNow());
    QVERIFY(transfer->busy());
    JournalController::instance()->lock();
    QVERIFY(!JournalController::instance()->isUnlocked());
    const QList<BackupInfo> backups = BackupService::listBackups(journalPath);
    QCOMPARE(backups.size(), listed + 1);
    QVERIFY(Journal::open(backups.last().path, SecureBytes::fromString(BackupPassphrase)));
    QTRY_VERIFY(!transfer->busy());
}

int main(int argc, char* argv[])
{
    return uitest::runWidgetTest<TestExportDialogs>(argc, argv, "kapjournal-export-dialogs");
}

#include "tst_exportdialogs.moc"
