// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// DesktopLockWatcher against private dbus-daemons: one stands in for the session bus (screen
// savers), one for the system bus (logind). Fake services emit what a desktop emits when the
// screen locks, the session locks and the machine prepares to sleep; the watcher must ask for a
// lock each time, not at all when the setting is off, and print nothing when nothing is there.
//
// dbus-daemon is required (packaging/install-deps.sh installs it): without it the test fails,
// it does not skip.

#include "app/shell/AppSettings.h"
#include "app/shell/DesktopLockWatcher.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusUnixFileDescriptor>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

#include <memory>

using kap::AppSettings;
using kap::DesktopLockWatcher;

namespace {

const QString Login1 = QStringLiteral("org.freedesktop.login1");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");
const QString SessionPrefix = QStringLiteral("/org/freedesktop/login1/session/");

QStringList s_messages;

void collectMessages(QtMsgType, const QMessageLogContext&, const QString& message)
{
    s_messages.append(message);
}

/// Whether every copy of the write end of the pipe whose read end is `fd` has been closed.
bool writersGone(int fd)
{
    pollfd entry = { fd, POLLIN, 0 };
    if (::poll(&entry, 1, 0) <= 0) {
        return false;
    }
    char byte = 0;
    return (entry.revents & POLLHUP) || ::read(fd, &byte, 1) == 0;
}

} // namespace

/// logind's Manager as far as the watcher uses it: finds sessions, hands out inhibitors.
class FakeLogind : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.login1.Manager")

public:
    ~FakeLogind() override { closeInhibitors(); }

    QStringList calls;
    QList<int> inhibitorReadEnds;

    void closeInhibitors()
    {
        for (int fd : std::as_const(inhibitorReadEnds)) {
            ::close(fd);
        }
        inhibitorReadEnds.clear();
    }

public Q_SLOTS:
    QDBusObjectPath GetSession(const QString& id)
    {
        calls.append(QStringLiteral("GetSession ") + id);
        return QDBusObjectPath(SessionPrefix + id);
    }
    QDBusObjectPath GetSessionByPID(uint pid)
    {
        calls.append(QStringLiteral("GetSessionByPID %1").arg(pid));
        return QDBusObjectPath(SessionPrefix + QStringLiteral("by_pid"));
    }
    QDBusUnixFileDescriptor Inhibit(const QString& what, const QString& who, const QString& why, const QString& mode)
    {
        calls.append(QStringList { QStringLiteral("Inhibit"), what, mode }.join(u' '));
        Q_UNUSED(who)
        Q_UNUSED(why)
        int fds[2];
        if (::pipe2(fds, O_CLOEXEC) != 0) {
            return {};
        }
        inhibitorReadEnds.append(fds[0]);
        QDBusUnixFileDescriptor handed(fds[1]); // a duplicate; the reply carries it away
        ::close(fds[1]);
        return handed;
    }
};

class TestDesktopLockWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void settingDefaultsOnAndPersists();
    void screenSaverActive_data();
    void screenSaverActive();
    void sessionLockFromXdgSessionId();
    void sessionLockFoundByPid();
    void prepareForSleepLocksAndReleasesTheInhibitor();
    void settingOffIgnoresEverything();
    void missingServicesAreQuiet();
    void noBusIsQuiet();

private:
    QString startBus(QProcess& daemon, const QString& name);
    std::unique_ptr<DesktopLockWatcher> makeWatcher();
    void roundTrip();
    void emitScreenSaver(const QString& service, bool active);
    void emitSessionLock(const QString& path);
    void emitPrepareForSleep(bool sleeping);

    QTemporaryDir m_dir;
    QProcess m_sessionDaemon;
    QProcess m_systemDaemon;
    QString m_sessionAddress;
    QString m_systemAddress;
    int m_connections = 0;
    // Per test: the watcher's connections and the fakes' own connections.
    std::unique_ptr<QDBusConnection> m_watcherSession;
    std::unique_ptr<QDBusConnection> m_watcherSystem;
    std::unique_ptr<QDBusConnection> m_fakeSession;
    std::unique_ptr<QDBusConnection> m_fakeSystem;
    std::unique_ptr<FakeLogind> m_logind;
};

QString TestDesktopLockWatcher::startBus(QProcess& daemon, const QString& name)
{
    const QString exe = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (exe.isEmpty()) {
        return {};
    }
    // A bus of our own: any name may be owned, anything may be sent (the system bus's policy
    // would not let a test own org.freedesktop.login1).
    const QString config = m_dir.filePath(name + QStringLiteral(".conf"));
    QFile file(config);
    if (!file.open(QIODevice::WriteOnly)) {
        return {};
    }
    const QString socketDir = m_dir.filePath(name);
    QDir().mkpath(socketDir);
    const QString configText
        = QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                         " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                         "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>\n"
                         "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                         "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n");
    file.write(configText.arg(socketDir).toUtf8());
    file.close();
    daemon.setProcessChannelMode(QProcess::SeparateChannels);
    daemon.start(exe,
        { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    if (!daemon.waitForStarted() || !QTest::qWaitFor([&daemon]() { return daemon.canReadLine(); }, 10000)) {
        return {};
    }
    return QString::fromUtf8(daemon.readLine().trimmed());
}

void TestDesktopLockWatcher::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral("config"))));
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.filePath(QStringLiteral("config")));
    QCoreApplication::setOrganizationName(QStringLiteral("KapJournalTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_desktoplockwatcher"));
    AppSettings::instance()->reload();

    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("dbus-daemon")).isEmpty(),
        "dbus-daemon is not installed (packaging/install-deps.sh installs the dbus-daemon package)");
    m_sessionAddress = startBus(m_sessionDaemon, QStringLiteral("session"));
    m_systemAddress = startBus(m_systemDaemon, QStringLiteral("system"));
    QVERIFY2(!m_sessionAddress.isEmpty(), m_sessionDaemon.readAllStandardError().constData());
    QVERIFY2(!m_systemAddress.isEmpty(), m_systemDaemon.readAllStandardError().constData());
}

void TestDesktopLockWatcher::init()
{
    AppSettings::instance()->setLockWithDesktop(true);
    qunsetenv("XDG_SESSION_ID");
    ++m_connections;
    const QString n = QString::number(m_connections);
    m_watcherSession = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_sessionAddress, QStringLiteral("watcher-session-") + n));
    m_watcherSystem = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_systemAddress, QStringLiteral("watcher-system-") + n));
    m_fakeSession = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_sessionAddress, QStringLiteral("fake-session-") + n));
    m_fakeSystem = std::make_unique<QDBusConnection>(
        QDBusConnection::connectToBus(m_systemAddress, QStringLiteral("fake-system-") + n));
    QVERIFY(m_watcherSession->isConnected());
    QVERIFY(m_watcherSystem->isConnected());
    QVERIFY(m_fakeSession->isConnected());
    QVERIFY(m_fakeSystem->isConnected());
    s_messages.clear();
    qInstallMessageHandler(collectMessages);
}

void TestDesktopLockWatcher::cleanup()
{
    qInstallMessageHandler(nullptr);
    const QString n = QString::number(m_connections);
    for (const QString& name : { QStringLiteral("watcher-session-"), QStringLiteral("watcher-system-"),
             QStringLiteral("fake-session-"), QStringLiteral("fake-system-") }) {
        QDBusConnection::disconnectFromBus(name + n);
    }
    m_watcherSession.reset();
    m_watcherSystem.reset();
    m_fakeSession.reset();
    m_fakeSystem.reset();
    m_logind.reset();
    AppSettings::instance()->setLockWithDesktop(true);
}

void TestDesktopLockWatcher::cleanupTestCase()
{
    for (QProcess* daemon : { &m_sessionDaemon, &m_systemDaemon }) {
        daemon->terminate();
        daemon->waitForFinished(5000);
    }
}

std::unique_ptr<DesktopLockWatcher> TestDesktopLockWatcher::makeWatcher()
{
    auto watcher = std::make_unique<DesktopLockWatcher>(*m_watcherSession, *m_watcherSystem);
    roundTrip();
    return watcher;
}

/// A call answered by each bus daemon: everything the watcher sent before (its match rules) has
/// been handled by then.
void TestDesktopLockWatcher::roundTrip()
{
    m_watcherSession->interface()->isServiceRegistered(QStringLiteral("org.example.Nobody"));
    m_watcherSystem->interface()->isServiceRegistered(QStringLiteral("org.example.Nobody"));
    QTest::qWait(50);
}

void TestDesktopLockWatcher::emitScreenSaver(const QString& service, bool active)
{
    const QString path = QLatin1Char('/') + QString(service).replace(QLatin1Char('.'), QLatin1Char('/'));
    QDBusMessage signal = QDBusMessage::createSignal(path, service, QStringLiteral("ActiveChanged"));
    signal << active;
    QVERIFY(m_fakeSession->send(signal));
}

void TestDesktopLockWatcher::emitSessionLock(const QString& path)
{
    QVERIFY(m_fakeSystem->send(
        QDBusMessage::createSignal(path, QStringLiteral("org.freedesktop.login1.Session"), QStringLiteral("Lock"))));
}

void TestDesktopLockWatcher::emitPrepareForSleep(bool sleeping)
{
    QDBusMessage signal = QDBusMessage::createSignal(
        Login1Path, QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"));
    signal << sleeping;
    QVERIFY(m_fakeSystem->send(signal));
}

void TestDesktopLockWatcher::settingDefaultsOnAndPersists()
{
    QSettings().remove(QStringLiteral("security/lockWithDesktop"));
    AppSettings::instance()->reload();
    QVERIFY(AppSettings::instance()->lockWithDesktop());
    AppSettings::instance()->setLockWithDesktop(false);
    QCOMPARE(QSettings().value(QStringLiteral("security/lockWithDesktop")).toBool(), false);
    AppSettings::instance()->reload();
    QVERIFY(!AppSettings::instance()->lockWithDesktop());
    AppSettings::instance()->setLockWithDesktop(true);
    AppSettings::instance()->reload();
    QVERIFY(AppSettings::instance()->lockWithDesktop());
}

void TestDesktopLockWatcher::screenSaverActive_data()
{
    QTest::addColumn<QString>("service");
    for (const char* service :
        { "org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver", "org.xfce.ScreenSaver", "org.mate.ScreenSaver" }) {
        QTest::newRow(service) << QString::fromLatin1(service);
    }
}

void TestDesktopLockWatcher::screenSaverActive()
{
    QFETCH(QString, service);
    QVERIFY(m_fakeSession->registerService(service));
    auto watcher = makeWatcher();
    QSignalSpy requested(watcher.get(), &DesktopLockWatcher::lockRequested);

    emitScreenSaver(service, false); // the screen saver went away: nothing to do
    emitScreenSaver(service, true);
    QTRY_COMPARE(requested.count(), 1);
    QTest::qWait(100);
    QCOMPARE(requested.count(), 1);
    QVERIFY2(s_messages.isEmpty(), qPrintable(s_messages.join(u'\n')));
}

void TestDesktopLockWatcher::sessionLockFromXdgSessionId()
{
    m_logind = std::make_unique<FakeLogind>();
    QVERIFY(m_fakeSystem->registerObject(Login1Path, m_logind.get(), QDBusConnection::ExportAllSlots));
    QVERIFY(m_fakeSystem->registerService(Login1));
    qputenv("XDG_SESSION_ID", "c7");
    auto watcher = makeWatcher();
    QSignalSpy requested(watcher.get(), &DesktopLockWatcher::lockRequested);
    QTRY_COMPARE(watcher->sessionPath(), SessionPrefix + QStringLiteral("c7"));
    QVERIFY(m_logind->calls.contains(QStringLiteral("GetSession c7")));
    roundTrip();

    emitSessionLock(SessionPrefix + QStringLiteral("c9")); // another person's session
    emitSessionLock(SessionPrefix + QStringLiteral("c7"));
    QTRY_COMPARE(requested.count(), 1);
    QTest::qWait(100);
    QCOMPARE(requested.count(), 1);
    QVERIFY2(s_messages.isEmpty(), qPrintable(s_messages.join(u'\n')));
}

void TestDesktopLockWatcher::sessionLockFoundByPid()
{
    m_logind = std::make_unique<FakeLogind>();
    QVERIFY(m_fakeSystem->registerObject(Login1Path, m_logind.get(), QDBusConnection::ExportAllSlots));
    QVERIFY(m_fakeSystem->registerService(Login1));
    auto watcher = makeWatcher();
    QSignalSpy requested(watcher.get(), &DesktopLockWatcher::lockRequested);
    QTRY_COMPARE(watcher->sessionPath(), SessionPrefix + QStringLiteral("by_pid"));
    QVERIFY(m_logind->calls.contains(QStringLiteral("GetSessionByPID %1").arg(QCoreApplication::applicationPid())));
    roundTrip();

    emitSessionLock(SessionPrefix + QStringLiteral("by_pid"));
    QTRY_COMPARE(requested.count(), 1);
}

void TestDesktopLockWatcher::prepareForSleepLocksAndReleasesTheInhibitor()
{
    m_logind = std::make_unique<FakeLogind>();
    QVERIFY(m_fakeSystem->registerObject(Login1Path, m_logind.get(), QDBusConnection::ExportAllSlots));
    QVERIFY(m_fakeSystem->registerService(Login1));
    auto watcher = makeWatcher();
    QSignalSpy requested(watcher.get(), &DesktopLockWatcher::lockRequested);

    // A delay inhibitor is held while waiting for sleep...
    QTRY_VERIFY(watcher->holdsSleepInhibitor());
    QVERIFY(m_logind->calls.contains(QStringLiteral("Inhibit sleep delay")));
    QCOMPARE(m_logind->inhibitorReadEnds.size(), 1);
    const int firstInhibitor = m_logind->inhibitorReadEnds.constFirst();
    QVERIFY(!writersGone(firstInhibitor));

    // ...and let go of right after the lock was asked for (and done, synchronously).
    bool heldDuringLock = false;
    connect(watcher.get(), &DesktopLockWatcher::lockRequested, this,
        [&]() { heldDuringLock = !writersGone(firstInhibitor); });
    emitPrepareForSleep(true);
    QTRY_COMPARE(requested.count(), 1);
    QVERIFY(heldDuringLock);
    QVERIFY(!watcher->holdsSleepInhibitor());
    QTRY_VERIFY(writersGone(firstInhibitor));

    // After resume it takes a new one for the next sleep; resuming locks nothing.
    emitPrepareForSleep(false);
    QTRY_VERIFY(watcher->holdsSleepInhibitor());
    QCOMPARE(m_logind->inhibitorReadEnds.size(), 2);
    QCOMPARE(requested.count(), 1);
    QVERIFY2(s_messages.isEmpty(), qPrintable(s_messages.join(u'\n')));
}

void TestDesktopLockWatcher::settingOffIgnoresEverything()
{
    m_logind = std::make_unique<FakeLogind>();
    QVERIFY(m_fakeSystem->registerObject(Login1Path, m_logind.get(), QDBusConnection::ExportAllSlots));
    QVERIFY(m_fakeSystem->registerService(Login1));
    QVERIFY(m_fakeSession->registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
    auto watcher = makeWatcher();
    QSignalSpy requested(watcher.get(), &DesktopLockWatcher::lockRequested);
    QTRY_VERIFY(watcher->holdsSleepInhibitor());
    QTRY_VERIFY(!watcher->sessionPath().isEmpty());
    roundTrip();

    AppSettings::instance()->setLockWithDesktop(false);
    QVERIFY(!watcher->holdsSleepInhibitor()); // logind no longer waits for us
    QTRY_VERIFY(writersGone(m_logind->inhibitorReadEnds.constFirst()));
    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), true);
    emitSessionLock(watcher->sessionPath());
    emitPrepareForSleep(true);
    emitPrepareForSleep(false);
    QTest::qWait(300);
    QCOMPARE(requested.count(), 0);
    QVERIFY(!watcher->holdsSleepInhibitor());

    // Switched on again, the same signals count (so the silence above was the setting's doing).
    AppSettings::instance()->setLockWithDesktop(true);
    QTRY_VERIFY(watcher->holdsSleepInhibitor());
    emitScreenSaver(QStringLiteral("org.freedesktop.ScreenSaver"), true);
    QTRY_COMPARE(requested.count(), 1);
    emitSessionLock(watcher->sessionPath());
    QTRY_COMPARE(requested.count(), 2);
    emitPrepareForSleep(true);
    QTRY_COMPARE(requested.count(), 3);
    QVERIFY2(s_messages.isEmpty(), qPrintable(s_messages.join(u'\n')));
}

void TestDesktopLockWatcher::missingServicesAreQuiet()
{
    // Buses without any screen saver or logind: calls fail, signals never come, nothing printed.
    qputenv("XDG_SESSION_ID", "c7");
    auto watcher = makeWatcher();
    QSignalSpy requested(watcher.get(), &DesktopLockWatcher::lockRequested);
    QTest::qWait(500);
    QCOMPARE(requested.count(), 0);
    QVERIFY(watcher->sessionPath().isEmpty());
    QVERIFY(!watcher->holdsSleepInhibitor());
    AppSettings::instance()->setLockWithDesktop(false);
    AppSettings::instance()->setLockWithDesktop(true);
    QTest::qWait(200);
    QVERIFY2(s_messages.isEmpty(), qPrintable(s_messages.join(u'\n')));
}

void TestDesktopLockWatcher::noBusIsQuiet()
{
    // No session bus and no system bus at all (a bare X session, a container).
    const QString nowhere = QStringLiteral("unix:path=") + m_dir.filePath(QStringLiteral("no-such-bus"));
    qInstallMessageHandler(nullptr);
    const QDBusConnection noSession = QDBusConnection::connectToBus(nowhere, QStringLiteral("no-session"));
    const QDBusConnection noSystem = QDBusConnection::connectToBus(nowhere, QStringLiteral("no-system"));
    QVERIFY(!noSession.isConnected());
    QVERIFY(!noSystem.isConnected());
    s_messages.clear();
    qInstallMessageHandler(collectMessages);
    {
        DesktopLockWatcher watcher(noSession, noSystem);
        QSignalSpy requested(&watcher, &DesktopLockWatcher::lockRequested);
        AppSettings::instance()->setLockWithDesktop(false);
        AppSettings::instance()->setLockWithDesktop(true);
        QTest::qWait(200);
        QCOMPARE(requested.count(), 0);
    }
    QDBusConnection::disconnectFromBus(QStringLiteral("no-session"));
    QDBusConnection::disconnectFromBus(QStringLiteral("no-system"));
    QVERIFY2(s_messages.isEmpty(), qPrintable(s_messages.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestDesktopLockWatcher)
#include "tst_desktoplockwatcher.moc"
