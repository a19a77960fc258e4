// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Desktop integration: one instance per journal (in-process and with the real kapjournal
// executable), remembered window geometry, and the MIME type of journal files.

#include "app/shell/SingleInstance.h"
#include "app/shell/WindowGeometry.h"
#include "tests/support/TestSupport.h"

#include <QFile>
#include <QMimeDatabase>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWindow>
#include <QtConcurrent/QtConcurrentRun>

using kap::SingleInstance;
using kap::WindowGeometry;

class TestDesktopIntegration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void serverNameIsPerJournalAndPrivate();
    void secondLaunchActivatesTheFirst();
    void otherJournalFindsNoInstance();
    void liveInstanceKeepsItsName();
    void staleSocketIsReplaced();
    void listenFollowsJournalChanges();
    void executableRaisesInsteadOfStartingTwice();
    void fitToScreens_data();
    void fitToScreens();
    void geometryRoundTrip();
    void maximizedKeepsNormalGeometry();
    void mimeTypeByNameAndByContent();

private:
    QTemporaryDir m_home;
};

void TestDesktopIntegration::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything this test and the processes it starts touch stays in a temporary home.
    QDir(m_home.path()).mkpath(QStringLiteral("runtime"));
    QFile::setPermissions(
        m_home.filePath(QStringLiteral("runtime")), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    qputenv("XDG_RUNTIME_DIR", m_home.filePath(QStringLiteral("runtime")).toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toLocal8Bit());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_home.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("KapJournalTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktopintegration"));

    // The MIME package as installed: <data dir>/mime/packages/, read by QMimeDatabase on first use.
    const QString mimeDir = m_home.filePath(QStringLiteral("share/mime/packages"));
    QVERIFY(QDir().mkpath(mimeDir));
    QVERIFY(QFile::copy(QStringLiteral(KAP_MIME_XML), mimeDir + QStringLiteral("/org.kapjournal.KapJournal.xml")));
    qputenv("XDG_DATA_DIRS", (m_home.filePath(QStringLiteral("share")) + QStringLiteral(":/usr/share")).toLocal8Bit());
}

void TestDesktopIntegration::serverNameIsPerJournalAndPrivate()
{
    const QString a = m_home.filePath(QStringLiteral("a.kapj"));
    const QString b = m_home.filePath(QStringLiteral("b.kapj"));
    const QString aAgain = m_home.path() + QStringLiteral("/sub/../a.kapj");
    QCOMPARE(SingleInstance::serverNameFor(a), SingleInstance::serverNameFor(aAgain));
    QVERIFY(SingleInstance::serverNameFor(a) != SingleInstance::serverNameFor(b));
    // In the user's private runtime directory, and the name reveals nothing of the path.
    QVERIFY(SingleInstance::serverNameFor(a).startsWith(m_home.filePath(QStringLiteral("runtime/kapjournal-"))));
    QVERIFY(!SingleInstance::serverNameFor(a).contains(QStringLiteral("a.kapj")));
}

void TestDesktopIntegration::secondLaunchActivatesTheFirst()
{
    const QString journal = m_home.filePath(QStringLiteral("first.kapj"));
    SingleInstance first;
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QVERIFY(first.listen(journal));
    QCOMPARE(first.serverName(), SingleInstance::serverNameFor(journal));

    // The second launch blocks while it waits for the answer, so it runs on another thread here
    // (in real use it is another process).
    QFuture<bool> second = QtConcurrent::run([journal]() { return SingleInstance::activateRunning(journal); });
    QVERIFY(activated.wait(5000));
    second.waitForFinished();
    QVERIFY(second.result());
    QCOMPARE(activated.count(), 1);
}

void TestDesktopIntegration::otherJournalFindsNoInstance()
{
    SingleInstance first;
    QVERIFY(first.listen(m_home.filePath(QStringLiteral("mine.kapj"))));
    QVERIFY(!SingleInstance::activateRunning(m_home.filePath(QStringLiteral("other.kapj")), 500));
}

void TestDesktopIntegration::liveInstanceKeepsItsName()
{
    const QString journal = m_home.filePath(QStringLiteral("busy.kapj"));
    SingleInstance first;
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    QVERIFY(first.listen(journal));
    // A racing second instance must not take the name over from a live first one.
    QFuture<bool> second = QtConcurrent::run([journal]() {
        SingleInstance racer;
        return racer.listen(journal);
    });
    QVERIFY(activated.wait(5000));
    second.waitForFinished();
    QVERIFY(!second.result());
    QCOMPARE(first.serverName(), SingleInstance::serverNameFor(journal));
}

void TestDesktopIntegration::staleSocketIsReplaced()
{
    const QString journal = m_home.filePath(QStringLiteral("crashed.kapj"));
    const QString name = SingleInstance::serverNameFor(journal);
    {
        // What a crash leaves behind: the socket file with nobody listening.
        QFile leftover(name);
        QVERIFY(leftover.open(QIODevice::WriteOnly));
    }
    QVERIFY(!SingleInstance::activateRunning(journal, 500));
    SingleInstance next;
    QVERIFY(next.listen(journal));
    QCOMPARE(next.serverName(), name);
}

void TestDesktopIntegration::listenFollowsJournalChanges()
{
    const QString a = m_home.filePath(QStringLiteral("before.kapj"));
    const QString b = m_home.filePath(QStringLiteral("after.kapj"));
    SingleInstance instance;
    QVERIFY(instance.listen(a));
    QVERIFY(instance.listen(b));
    QCOMPARE(instance.serverName(), SingleInstance::serverNameFor(b));
    QVERIFY(!QFile::exists(SingleInstance::serverNameFor(a)));
}

void TestDesktopIntegration::executableRaisesInsteadOfStartingTwice()
{
    const QString exe = qEnvironmentVariable("KAP_BIN_DIR") + QStringLiteral("/kapjournal");
    QVERIFY2(QFile::exists(exe), qPrintable(exe));
    const QString journal = m_home.filePath(QStringLiteral("launched.kapj"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    QProcess first;
    first.setProcessEnvironment(env);
    first.start(exe, { journal });
    QVERIFY(first.waitForStarted());
    // The first process owns the journal once its socket exists.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SingleInstance::serverNameFor(journal)), 30000);
    QCOMPARE(first.state(), QProcess::Running);

    // Opening the same journal again (as a file manager would) hands over and exits at once.
    QProcess second;
    second.setProcessEnvironment(env);
    second.start(exe, { QUrl::fromLocalFile(journal).toString() });
    QVERIFY(second.waitForFinished(30000));
    QCOMPARE(second.exitStatus(), QProcess::NormalExit);
    QCOMPARE(second.exitCode(), 0);
    QCOMPARE(first.state(), QProcess::Running);

    // Another journal gets its own process and socket.
    const QString other = m_home.filePath(QStringLiteral("other-launched.kapj"));
    QProcess third;
    third.setProcessEnvironment(env);
    third.start(exe, { other });
    QVERIFY(third.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(SingleInstance::serverNameFor(other)), 30000);
    QCOMPARE(third.state(), QProcess::Running);

    for (QProcess* process : { &first, &third }) {
        process->terminate();
        QVERIFY(process->waitForFinished(30000));
    }
}

void TestDesktopIntegration::fitToScreens_data()
{
    QTest::addColumn<QRect>("saved");
    QTest::addColumn<QList<QRect>>("screens");
    QTest::addColumn<QRect>("expected");
    const QRect fullHd(0, 0, 1920, 1080);
    const QRect rightOfIt(1920, 0, 2560, 1440);
    QTest::newRow("fits: unchanged") << QRect(100, 80, 1100, 720) << QList<QRect> { fullHd }
                                     << QRect(100, 80, 1100, 720);
    QTest::newRow("on the second screen: unchanged")
        << QRect(2200, 100, 1400, 900) << QList<QRect> { fullHd, rightOfIt } << QRect(2200, 100, 1400, 900);
    QTest::newRow("second screen unplugged: centred on the first")
        << QRect(2200, 100, 1400, 900) << QList<QRect> { fullHd } << QRect(260, 90, 1400, 900);
    QTest::newRow("title bar above the screen: centred")
        << QRect(100, -200, 1000, 700) << QList<QRect> { fullHd } << QRect(460, 190, 1000, 700);
    QTest::newRow("larger than the screen: shrunk")
        << QRect(0, 0, 2500, 1600) << QList<QRect> { fullHd } << QRect(0, 0, 1920, 1080);
    QTest::newRow("no screens known: unchanged") << QRect(5, 5, 900, 600) << QList<QRect> {} << QRect(5, 5, 900, 600);
}

void TestDesktopIntegration::fitToScreens()
{
    QFETCH(QRect, saved);
    QFETCH(QList<QRect>, screens);
    QFETCH(QRect, expected);
    QCOMPARE(WindowGeometry::fitToScreens(saved, screens), expected);
}

void TestDesktopIntegration::geometryRoundTrip()
{
    QSettings().clear();
    const QList<QRect> screens { QRect(0, 0, 1920, 1080) };
    QVERIFY(WindowGeometry().initialProperties(screens).isEmpty()); // first run: QML's defaults
    {
        QWindow window;
        window.setGeometry(150, 120, 1000, 700);
        window.show();
        WindowGeometry geometry;
        geometry.attach(&window);
        window.setGeometry(200, 160, 1200, 800); // the user moves and resizes it
        QTRY_COMPARE(window.geometry(), QRect(200, 160, 1200, 800)); // delivered by the platform
        geometry.save();
    }
    const QVariantMap restored = WindowGeometry().initialProperties(screens);
    QCOMPARE(restored.value(QStringLiteral("x")).toInt(), 200);
    QCOMPARE(restored.value(QStringLiteral("y")).toInt(), 160);
    QCOMPARE(restored.value(QStringLiteral("width")).toInt(), 1200);
    QCOMPARE(restored.value(QStringLiteral("height")).toInt(), 800);
    // Geometry only: nothing else lands in the settings.
    QStringList keys = QSettings().allKeys();
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("window/geometry"), QStringLiteral("window/maximized") }));
}

void TestDesktopIntegration::maximizedKeepsNormalGeometry()
{
    QSettings().clear();
    {
        QWindow window;
        window.setGeometry(150, 120, 1000, 700);
        window.show();
        WindowGeometry geometry;
        geometry.attach(&window);
        window.showMaximized();
        QTRY_VERIFY(window.windowStates() & Qt::WindowMaximized);
        geometry.save();
    }
    QVERIFY(QSettings().value(QStringLiteral("window/maximized")).toBool());
    const QVariantMap restored = WindowGeometry().initialProperties({ QRect(0, 0, 1920, 1080) });
    QCOMPARE(restored.value(QStringLiteral("width")).toInt(), 1000); // the size to return to
    QCOMPARE(restored.value(QStringLiteral("height")).toInt(), 700);

    QWindow next;
    next.setGeometry(150, 120, 1000, 700);
    next.show();
    WindowGeometry geometry;
    geometry.attach(&next); // reapplies the maximised state
    QTRY_VERIFY(next.windowStates() & Qt::WindowMaximized);
}

void TestDesktopIntegration::mimeTypeByNameAndByContent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto journal = kaptest::createJournal(dir, QStringLiteral("real.kapj"));
    QVERIFY(journal);
    journal.reset();
    const QString real = dir.filePath(QStringLiteral("real.kapj"));
    const QString renamed = dir.filePath(QStringLiteral("renamed-journal"));
    QVERIFY(QFile::copy(real, renamed));

    const QMimeDatabase db;
    QCOMPARE(db.mimeTypeForFile(real).name(), QStringLiteral("application/x-kapjournal"));
    // Without the extension the header's magic ('K' 'J' 0x01) still identifies it.
    QCOMPARE(
        db.mimeTypeForFile(renamed, QMimeDatabase::MatchContent).name(), QStringLiteral("application/x-kapjournal"));
    QCOMPARE(db.mimeTypeForData(QByteArray("KJ\x01\x04\x12", 5) + QByteArray(64, '\xAB')).name(),
        QStringLiteral("application/x-kapjournal"));
    // A file that merely starts with "KJ" is not a journal.
    QVERIFY(db.mimeTypeForData(QByteArray("KJ and some text")).name() != QStringLiteral("application/x-kapjournal"));
}

QTEST_MAIN(TestDesktopIntegration)
#include "tst_desktopintegration.moc"
