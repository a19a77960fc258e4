// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// SIGTERM, SIGHUP and SIGINT end the app in order (issue 12, SECURITY.md 17 and 18): a note being
// typed is kept, the journal is locked (its lock file gone), the process exits 0. And the sample
// journal's folder: gone after a signal, and one left by a SIGKILL is removed at the next start
// while a live demo's folder stays.
//
// Each case runs a child process: orderlyquit_child (the real Main.qml and controller with
// QuitSignals, as main.cpp wires them) and the real kapjournal binary for the demo. HOME, the XDG
// folders and TMPDIR point into a temporary folder; the sample journal's folder goes into
// XDG_RUNTIME_DIR.

#include "storage/NoteRepository.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
const QString Passphrase = QStringLiteral("tidal pools remember every moon");
constexpr int StartTimeoutMs = 30000;
} // namespace

class TestOrderlyQuit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void noteKeptOnSignal_data();
    void noteKeptOnSignal();
    void demoFolderGoneAfterSigterm();
    void killedDemoFolderRemovedAtNextStart();

private:
    QProcessEnvironment environment(const QString& tmp) const;
    bool startDemo(QProcess& process, const QString& tmp, QString* folder);
    QStringList demoFolders(const QString& tmp) const;

    QTemporaryDir m_home;
    QString m_exe;
};

void TestOrderlyQuit::initTestCase()
{
    QVERIFY(m_home.isValid());
    m_exe = qEnvironmentVariable("KAP_BIN_DIR") + QStringLiteral("/kapjournal");
    QVERIFY2(QFile::exists(m_exe), qPrintable(m_exe));
    QVERIFY2(QFile::exists(kaptest::helperPath(QStringLiteral("orderlyquit_child"))), "orderlyquit_child not built");
}

QProcessEnvironment TestOrderlyQuit::environment(const QString& tmp) const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QString home = m_home.path();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    // The runtime folder (where the sample journal lives) is `tmp` itself, 0700 as QTemporaryDir
    // makes it; TMPDIR is a folder inside, to show that nothing of the sample goes there.
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), tmp);
    QDir().mkpath(tmp + QStringLiteral("/tmp"));
    env.insert(QStringLiteral("TMPDIR"), tmp + QStringLiteral("/tmp"));
    // No desktop bus and no system bus: the desktop-lock watcher must stay quiet without them.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.insert(
        QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QStringLiteral("unix:path=") + tmp + QStringLiteral("/no-bus"));
    return env;
}

QStringList TestOrderlyQuit::demoFolders(const QString& tmp) const
{
    return QDir(tmp).entryList({ QStringLiteral("kapjournal-*") }, QDir::Dirs | QDir::NoDotAndDotDot);
}

bool TestOrderlyQuit::startDemo(QProcess& process, const QString& tmp, QString* folder)
{
    const QStringList before = demoFolders(tmp);
    process.setProcessEnvironment(environment(tmp));
    process.setProcessChannelMode(QProcess::ForwardedOutputChannel);
    process.start(m_exe, { QStringLiteral("--demo") });
    if (!process.waitForStarted()) {
        return false;
    }
    // Ready once the sample journal is made (renamed into place) and open (its lock file exists
    // while it is unlocked).
    const bool ready = QTest::qWaitFor(
        [&]() {
            for (const QString& name : demoFolders(tmp)) {
                const QString journal = tmp + QLatin1Char('/') + name + QStringLiteral("/sample.kapj");
                if (!before.contains(name) && QFile::exists(journal) && QFile::exists(journal + QStringLiteral(".lock"))
                    && !QFile::exists(journal + QStringLiteral(".creating"))) {
                    *folder = tmp + QLatin1Char('/') + name;
                    return true;
                }
            }
            return false;
        },
        StartTimeoutMs);
    return ready && process.state() == QProcess::Running;
}

void TestOrderlyQuit::noteKeptOnSignal_data()
{
    QTest::addColumn<int>("signal");
    QTest::newRow("SIGTERM") << int(SIGTERM);
    QTest::newRow("SIGHUP") << int(SIGHUP);
    QTest::newRow("SIGINT") << int(SIGINT);
}

void TestOrderlyQuit::noteKeptOnSignal()
{
    QFETCH(int, signal);
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    const QString journal = tmp.filePath(QStringLiteral("signal.kapj"));
    const QString text = QStringLiteral("the heron waited %1 at the edge of the water").arg(signal);

    QProcess child;
    child.setProcessEnvironment(environment(tmp.path()));
    child.setProcessChannelMode(QProcess::SeparateChannels);
    child.start(kaptest::helperPath(QStringLiteral("orderlyquit_child")), { journal, Passphrase, text });
    QVERIFY(child.waitForStarted());
    QVERIFY2(
        QTest::qWaitFor([&]() { return child.canReadLine() || child.state() != QProcess::Running; }, StartTimeoutMs),
        "the child did not start typing");
    QCOMPARE(child.readLine().trimmed(), QByteArray("typing"));
    QVERIFY(QFile::exists(journal + QStringLiteral(".lock")));

    QCOMPARE(::kill(pid_t(child.processId()), signal), 0);
    QVERIFY(child.waitForFinished(StartTimeoutMs));
    const QByteArray errors = child.readAllStandardError();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit, errors.constData());
    QVERIFY2(child.exitCode() == 0, errors.constData());
    QVERIFY2(!QFile::exists(journal + QStringLiteral(".lock")), "the journal was not closed");

    std::unique_ptr<kap::Journal> opened = kaptest::openJournal(journal, Passphrase);
    QVERIFY(opened);
    auto notes = opened->notes().list();
    QVERIFY(notes.ok());
    QCOMPARE(notes.value().size(), 1);
    QCOMPARE(notes.value().constFirst().body, text);
}

void TestOrderlyQuit::demoFolderGoneAfterSigterm()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QProcess demo;
    QString folder;
    QVERIFY(startDemo(demo, tmp.path(), &folder));
    QVERIFY(QFile::exists(folder + QStringLiteral("/sample.kapj")));
    QVERIFY2(QFileInfo(folder).fileName().startsWith(QStringLiteral("kapjournal-sample-")), qPrintable(folder));
    QVERIFY(demoFolders(tmp.filePath(QStringLiteral("tmp"))).isEmpty());

    demo.terminate(); // SIGTERM
    QVERIFY(demo.waitForFinished(StartTimeoutMs));
    // No session bus and no logind here: the desktop-lock watcher stays quiet.
    const QByteArray errors = demo.readAllStandardError();
    QVERIFY2(errors.isEmpty(), errors.constData());
    QCOMPARE(demo.exitStatus(), QProcess::NormalExit);
    QCOMPARE(demo.exitCode(), 0);
    QVERIFY2(demoFolders(tmp.path()).isEmpty(), qPrintable(demoFolders(tmp.path()).join(u' ')));
}

void TestOrderlyQuit::killedDemoFolderRemovedAtNextStart()
{
    QTemporaryDir tmp;
    QVERIFY(tmp.isValid());
    QProcess killed;
    QString killedFolder;
    QVERIFY(startDemo(killed, tmp.path(), &killedFolder));
    QProcess live;
    QString liveFolder;
    QVERIFY(startDemo(live, tmp.path(), &liveFolder));

    // SIGKILL: no clean-up runs, the folder stays behind.
    killed.kill();
    QVERIFY(killed.waitForFinished(StartTimeoutMs));
    QVERIFY(QFile::exists(killedFolder + QStringLiteral("/sample.kapj")));

    // Someone else's folder with the same kind of name: not ours, never touched.
    const QString foreign = tmp.filePath(QStringLiteral("kapjournal-sample-Xy12Zq"));
    QVERIFY(QDir().mkpath(foreign));
    QFile::setPermissions(foreign, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QFile other(foreign + QStringLiteral("/sample.kapj"));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.close();
    QFile notes(foreign + QStringLiteral("/my-notes.txt"));
    QVERIFY(notes.open(QIODevice::WriteOnly));
    notes.close();

    // The next start removes the leftover and keeps the live demo's folder.
    QProcess next;
    QString nextFolder;
    QVERIFY(startDemo(next, tmp.path(), &nextFolder));
    QVERIFY2(!QFileInfo::exists(killedFolder), qPrintable(killedFolder));
    QVERIFY(QFile::exists(liveFolder + QStringLiteral("/sample.kapj")));
    QVERIFY(QFile::exists(foreign + QStringLiteral("/my-notes.txt")));

    for (QProcess* process : { &live, &next }) {
        process->terminate();
        QVERIFY(process->waitForFinished(StartTimeoutMs));
        QCOMPARE(process->exitCode(), 0);
    }
    QCOMPARE(demoFolders(tmp.path()), QStringList { QStringLiteral("kapjournal-sample-Xy12Zq") });
}

QTEST_GUILESS_MAIN(TestOrderlyQuit)
#include "tst_orderlyquit.moc"
