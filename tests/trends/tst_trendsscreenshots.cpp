// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Screenshots of the Trends page on a synthetic course (induction of 6 sessions over 3 weeks,
// monthly maintenance, ~4 months of daily check-ins, PHQ-9/GAD-7 every 2 weeks) at 4 weeks,
// 12 weeks and all, in the Material light and dark themes, at 900x600, saved as
// $KAP_BUILD_DIR/screenshots/trends-<range>-<theme>.png (plus a tall one showing the tables).

#include "app/shell/JournalController.h"
#include "app/trends/TrendsModel.h"
#include "tests/qml/TestApplication.h"
#include "tests/support/TestSupport.h"
#include "tests/trends/SyntheticCourse.h"

#include <QDir>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTemporaryDir>
#include <QTest>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

using namespace kap;

class TestTrendsScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void screenshots_data();
    void screenshots();
    void tallPage();

private:
    QQuickWindow* window(bool dark, int height = 600);
    TrendsModel* trendsOf(QQuickWindow* window);
    void showRange(TrendsModel* model, TrendsModel::Range range);
    QString save(QQuickWindow* window, const QString& name);

    QTemporaryDir m_dir;
    std::unique_ptr<JournalController> m_controller;
    QQmlEngine m_engine;
    std::unique_ptr<QObject> m_window;
};

void TestTrendsScreenshots::initTestCase()
{
    m_engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    uitest::watchQmlWarnings(m_engine);
    m_controller = std::make_unique<JournalController>(nullptr);
    m_controller->setKdfParams(KdfParams::fastForTests());
    m_controller->setRememberLastJournal(false);
    m_controller->createJournal(m_dir.filePath(QStringLiteral("demo.kapj")), kaptest::Passphrase, kaptest::Passphrase);
    QTRY_VERIFY_WITH_TIMEOUT(m_controller->isUnlocked(), 20000);
    kaptest::SyntheticCourse course;
    course.lastDay = QDate::currentDate();
    auto counts = course.populate(*m_controller->journal());
    QVERIFY(counts);
    QDir().mkpath(QString::fromLocal8Bit(qgetenv("KAP_BUILD_DIR")) + QStringLiteral("/screenshots"));
}

QQuickWindow* TestTrendsScreenshots::window(bool dark, int height)
{
    m_window.reset();
    QQmlComponent component(&m_engine);
    component.setData(QByteArrayLiteral(R"(
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import KapJournal
ApplicationWindow {
    property bool dark: false
    property alias page: page
    width: 900
    height: 600
    visible: true
    Material.theme: dark ? Material.Dark : Material.Light
    Material.accent: dark ? "#8cc4c0" : "#2e7d78"
    TrendsPage {
        id: page
        anchors.fill: parent
    }
}
)"),
        QUrl(QStringLiteral("qrc:/trends-screenshot/Window.qml")));
    QObject* object = component.createWithInitialProperties(
        { { QStringLiteral("dark"), dark }, { QStringLiteral("height"), height } });
    if (!object) {
        qWarning() << component.errors();
        return nullptr;
    }
    m_window.reset(object);
    auto* win = qobject_cast<QQuickWindow*>(object);
    QObject* page = object->property("page").value<QObject*>();
    page->setProperty("controller", QVariant::fromValue<QObject*>(m_controller.get()));
    return win;
}

TrendsModel* TestTrendsScreenshots::trendsOf(QQuickWindow* window)
{
    QObject* page = window->property("page").value<QObject*>();
    return page->property("trends").value<TrendsModel*>();
}

void TestTrendsScreenshots::showRange(TrendsModel* model, TrendsModel::Range range)
{
    model->setRange(range);
    QTRY_VERIFY_WITH_TIMEOUT(
        !model->busy() && model->hasData() && model->data().preset == static_cast<trends::RangePreset>(range), 5000);
}

QString TestTrendsScreenshots::save(QQuickWindow* window, const QString& name)
{
    // Every chart shows the latest result (they refill a turn or a frame after it lands); then
    // time for Qt Charts to paint it and for the range bar's underline to finish moving.
    QObject* page = window->property("page").value<QObject*>();
    if (!QTest::qWaitFor([page]() { return page->property("presented").toBool(); }, 5000)) {
        return {};
    }
    QTest::qWait(400);
    const QImage image = window->grabWindow();
    const QString path = QString::fromLocal8Bit(qgetenv("KAP_BUILD_DIR")) + QStringLiteral("/screenshots/") + name;
    if (image.isNull() || !image.save(path)) {
        return {};
    }
    return path;
}

void TestTrendsScreenshots::screenshots_data()
{
    QTest::addColumn<int>("range");
    QTest::addColumn<QString>("rangeName");
    QTest::addColumn<bool>("dark");
    for (bool dark : { false, true }) {
        for (auto [range, name] : { std::pair { TrendsModel::Range::FourWeeks, "4w" },
                 std::pair { TrendsModel::Range::TwelveWeeks, "12w" }, std::pair { TrendsModel::Range::All, "all" } }) {
            const QString theme = dark ? QStringLiteral("dark") : QStringLiteral("light");
            QTest::addRow("%s-%s", name, qPrintable(theme)) << int(range) << QString::fromLatin1(name) << dark;
        }
    }
}

void TestTrendsScreenshots::screenshots()
{
    QFETCH(int, range);
    QFETCH(QString, rangeName);
    QFETCH(bool, dark);
    QQuickWindow* win = window(dark);
    QVERIFY(win);
    QVERIFY(QTest::qWaitForWindowExposed(win));
    TrendsModel* model = trendsOf(win);
    QVERIFY(model);
    showRange(model, static_cast<TrendsModel::Range>(range));
    QVERIFY(!model->data().daily.isEmpty());
    const QString path = save(win,
        QStringLiteral("trends-%1-%2.png").arg(rangeName, dark ? QStringLiteral("dark") : QStringLiteral("light")));
    QVERIFY(!path.isEmpty());
    // The theme reached the page: a dark window is mostly dark, a light one mostly light.
    const QImage image(path);
    QCOMPARE(image.size(), QSize(900, 600) * win->devicePixelRatio());
    const QColor corner = image.pixelColor(image.width() - 5, image.height() - 5);
    QVERIFY2(dark ? corner.lightnessF() < 0.4 : corner.lightnessF() > 0.6, qPrintable(corner.name()));
    qInfo("saved %s", qPrintable(path));
}

void TestTrendsScreenshots::tallPage()
{
    for (bool dark : { false, true }) {
        QQuickWindow* win = window(dark, 1500);
        QVERIFY(win);
        QVERIFY(QTest::qWaitForWindowExposed(win));
        TrendsModel* model = trendsOf(win);
        showRange(model, TrendsModel::Range::All);
        const QString name
            = QStringLiteral("trends-all-%1-full.png").arg(dark ? QStringLiteral("dark") : QStringLiteral("light"));
        QVERIFY(!save(win, name).isEmpty());
    }
    // The table view, light.
    QQuickWindow* win = window(false);
    TrendsModel* model = trendsOf(win);
    showRange(model, TrendsModel::Range::TwelveWeeks);
    QObject* page = win->property("page").value<QObject*>();
    page->setProperty("tableView", true);
    QVERIFY(!save(win, QStringLiteral("trends-12w-light-table.png")).isEmpty());
}

int main(int argc, char* argv[])
{
    return uitest::runWidgetTest<TestTrendsScreenshots>(argc, argv, "kapjournal-trends-screenshots");
}

#include "tst_trendsscreenshots.moc"
