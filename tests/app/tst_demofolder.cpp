// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// DemoFolder: the sample journal's private folder in $XDG_RUNTIME_DIR (never a shared temporary
// folder), and the removal at start of folders a crashed process left behind, without ever
// touching one that is in use or not ours. (A folder left by a real SIGKILL is covered by
// tst_orderlyquit with the real binary.)

#include "app/shell/DemoFolder.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/stat.h>
#include <unistd.h>

using kap::DemoFolder;

namespace {

constexpr QFileDevice::Permissions Private = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

bool touch(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly);
}

/// A folder as a crashed sample leaves it (no live marker).
QString leftover(const QString& temp, const QString& name)
{
    const QString path = temp + QLatin1Char('/') + name;
    QDir().mkpath(path);
    QFile::setPermissions(path, Private);
    touch(path + QStringLiteral("/sample.kapj"));
    touch(path + QStringLiteral("/sample.kapj-journal"));
    return path;
}

/// Writes the folder's marker as QLockFile does, naming `pid` (running `program`) as its owner.
bool writeMarker(const QString& folder, qint64 pid, const QString& program)
{
    QFile marker(folder + QStringLiteral("/in-use.lock"));
    if (!marker.open(QIODevice::WriteOnly)) {
        return false;
    }
    const QByteArray content
        = QByteArray::number(pid) + '\n' + program.toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8() + '\n';
    return marker.write(content) == content.size();
}

/// The sample folders in `parent`.
QStringList sampleFolders(const QString& parent)
{
    return QDir(parent).entryList({ QStringLiteral("kapjournal-*") }, QDir::Dirs | QDir::NoDotAndDotDot);
}

/// Sets XDG_RUNTIME_DIR for one test and puts the old value back afterwards.
class RuntimeDir
{
public:
    explicit RuntimeDir(const QByteArray& value)
        : m_old(qgetenv("XDG_RUNTIME_DIR")), m_had(qEnvironmentVariableIsSet("XDG_RUNTIME_DIR"))
    {
        if (value.isNull()) {
            qunsetenv("XDG_RUNTIME_DIR");
        } else {
            qputenv("XDG_RUNTIME_DIR", value);
        }
    }
    ~RuntimeDir()
    {
        if (m_had) {
            qputenv("XDG_RUNTIME_DIR", m_old);
        } else {
            qunsetenv("XDG_RUNTIME_DIR");
        }
    }
    RuntimeDir(const RuntimeDir&) = delete;
    RuntimeDir& operator=(const RuntimeDir&) = delete;

private:
    QByteArray m_old;
    bool m_had;
};

} // namespace

class TestDemoFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateFolderGoesWithTheObject();
    void createdInRuntimeDir();
    void refusedWithoutPrivateRuntimeDir_data();
    void refusedWithoutPrivateRuntimeDir();
    void leftoverIsRemoved();
    void deadOwnersFolderIsRemovedLiveOnesKept();
    void leftoversRemovedFromRuntimeDir();
    void liveFolderIsKept();
    void foreignFoldersAreKept();
    void otherOwnersFolderIsKept();
};

void TestDemoFolder::privateFolderGoesWithTheObject()
{
    QTemporaryDir temp;
    QString path;
    {
        DemoFolder folder(temp.path());
        QVERIFY(folder.isValid());
        path = folder.path();
        QVERIFY(QFileInfo(path).fileName().startsWith(QStringLiteral("kapjournal-")));
        QCOMPARE(kaptest::permissions(path), 0700);
        QVERIFY(QFile::exists(folder.filePath(QStringLiteral("in-use.lock"))));
        // The journal and the side files the store and its lock make beside it.
        for (const QString& name : { QStringLiteral("sample.kapj"), QStringLiteral("sample.kapj-journal"),
                 QStringLiteral("sample.kapj.lock") }) {
            QVERIFY(touch(folder.filePath(name)));
        }
    }
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(sampleFolders(temp.path()).isEmpty());
}

void TestDemoFolder::createdInRuntimeDir()
{
    QTemporaryDir runtime; // 0700, as pam_systemd makes /run/user/UID
    QVERIFY(runtime.isValid());
    QCOMPARE(kaptest::permissions(runtime.path()), 0700);
    const RuntimeDir environment(QFile::encodeName(runtime.path()));
    QCOMPARE(DemoFolder::runtimeParent(), runtime.path());
    QString problem;
    QString path;
    {
        const std::unique_ptr<DemoFolder> folder = DemoFolder::create(&problem);
        QVERIFY2(folder, qPrintable(problem));
        path = folder->path();
        QCOMPARE(QFileInfo(path).absolutePath(), runtime.path());
        QVERIFY2(QFileInfo(path).fileName().startsWith(QStringLiteral("kapjournal-sample-")), qPrintable(path));
        QCOMPARE(kaptest::permissions(path), 0700);
        QVERIFY(touch(folder->filePath(DemoFolder::journalFileName())));
    }
    QVERIFY(!QFileInfo::exists(path));
}

void TestDemoFolder::refusedWithoutPrivateRuntimeDir_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("unset") << QStringLiteral("unset");
    QTest::newRow("empty") << QStringLiteral("empty");
    QTest::newRow("relative") << QStringLiteral("relative");
    QTest::newRow("missing") << QStringLiteral("missing");
    QTest::newRow("a file") << QStringLiteral("file");
    QTest::newRow("mode 0755") << QStringLiteral("open");
    QTest::newRow("a symlink") << QStringLiteral("symlink");
}

void TestDemoFolder::refusedWithoutPrivateRuntimeDir()
{
    QFETCH(QString, kind);
    QTemporaryDir temp;
    QVERIFY(temp.isValid());
    QByteArray value;
    if (kind == QStringLiteral("empty")) {
        value = QByteArray("");
    } else if (kind == QStringLiteral("relative")) {
        value = QByteArray("runtime");
    } else if (kind == QStringLiteral("missing")) {
        value = QFile::encodeName(temp.filePath(QStringLiteral("gone")));
    } else if (kind == QStringLiteral("file")) {
        QVERIFY(touch(temp.filePath(QStringLiteral("file"))));
        value = QFile::encodeName(temp.filePath(QStringLiteral("file")));
    } else if (kind == QStringLiteral("open")) {
        QVERIFY(QFile::setPermissions(temp.path(),
            Private | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther | QFileDevice::ExeOther));
        value = QFile::encodeName(temp.path());
    } else if (kind == QStringLiteral("symlink")) {
        QTemporaryDir target;
        QVERIFY(QFile::link(target.path(), temp.filePath(QStringLiteral("link"))));
        value = QFile::encodeName(temp.filePath(QStringLiteral("link")));
    }
    const RuntimeDir environment(value);
    const QStringList inTempBefore = sampleFolders(QDir::tempPath());

    QString problem;
    QVERIFY(!DemoFolder::create(&problem));
    QVERIFY2(problem.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(problem));
    QVERIFY2(problem.startsWith(QStringLiteral("The sample journal needs")), qPrintable(problem));
    QVERIFY(DemoFolder::runtimeParent().isEmpty());
    // No fallback: nothing new in the shared temporary folder, nor in the refused folder.
    QCOMPARE(sampleFolders(QDir::tempPath()), inTempBefore);
    QVERIFY(sampleFolders(temp.path()).isEmpty());
}

void TestDemoFolder::leftoverIsRemoved()
{
    QTemporaryDir temp;
    const QString crashed = leftover(temp.path(), QStringLiteral("kapjournal-sample-AbC123"));
    // The name versions before XDG_RUNTIME_DIR gave the folder in /tmp.
    const QString older = leftover(temp.path(), QStringLiteral("kapjournal-Old123"));
    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 2);
    QVERIFY(!QFileInfo::exists(crashed));
    QVERIFY(!QFileInfo::exists(older));
    QVERIFY(QFileInfo::exists(temp.path()));
}

void TestDemoFolder::deadOwnersFolderIsRemovedLiveOnesKept()
{
    QTemporaryDir temp;
    // A process that has ended: its PID no longer runs.
    QProcess ended;
    ended.start(QStringLiteral("true"), {});
    QVERIFY(ended.waitForStarted());
    const qint64 deadPid = ended.processId();
    QVERIFY(ended.waitForFinished());
    QCOMPARE(::kill(pid_t(deadPid), 0), -1);
    const QString dead = leftover(temp.path(), QStringLiteral("kapjournal-sample-Dead12"));
    QVERIFY(writeMarker(dead, deadPid, QStringLiteral("kapjournal")));
    // Another process that still runs and owns its folder.
    QProcess running;
    running.start(QStringLiteral("sleep"), { QStringLiteral("60") });
    QVERIFY(running.waitForStarted());
    const QString alive = leftover(temp.path(), QStringLiteral("kapjournal-sample-Alive1"));
    QVERIFY(writeMarker(alive, running.processId(), QStringLiteral("/usr/bin/sleep")));

    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 1);
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(QFile::exists(alive + QStringLiteral("/sample.kapj")));
    QVERIFY(QFile::exists(alive + QStringLiteral("/in-use.lock")));

    // Once its owner is gone, the next start removes it too.
    running.kill();
    QVERIFY(running.waitForFinished());
    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 1);
    QVERIFY(!QFileInfo::exists(alive));
}

void TestDemoFolder::leftoversRemovedFromRuntimeDir()
{
    QTemporaryDir runtime;
    QVERIFY(runtime.isValid());
    const RuntimeDir environment(QFile::encodeName(runtime.path()));
    const QString crashed = leftover(runtime.path(), QStringLiteral("kapjournal-sample-Crash1"));
    DemoFolder live(runtime.path());
    QVERIFY(live.isValid());
    QVERIFY(touch(live.filePath(DemoFolder::journalFileName())));
    QVERIFY(DemoFolder::removeLeftovers() >= 1);
    QVERIFY(!QFileInfo::exists(crashed));
    QVERIFY(QFile::exists(live.filePath(DemoFolder::journalFileName())));
}

void TestDemoFolder::liveFolderIsKept()
{
    QTemporaryDir temp;
    DemoFolder live(temp.path());
    QVERIFY(live.isValid());
    QVERIFY(touch(live.filePath(DemoFolder::journalFileName())));
    const QString crashed = leftover(temp.path(), QStringLiteral("kapjournal-sample-AbC123"));
    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 1);
    QVERIFY(QFile::exists(live.filePath(DemoFolder::journalFileName())));
    QVERIFY(QFile::exists(live.filePath(QStringLiteral("in-use.lock"))));
    QVERIFY(!QFileInfo::exists(crashed));
}

void TestDemoFolder::foreignFoldersAreKept()
{
    QTemporaryDir temp;
    // Another file inside: not only ours.
    const QString extra = leftover(temp.path(), QStringLiteral("kapjournal-sample-Extra1"));
    QVERIFY(touch(extra + QStringLiteral("/notes.txt")));
    // A sub-folder inside.
    const QString sub = leftover(temp.path(), QStringLiteral("kapjournal-sample-SubDir"));
    QVERIFY(QDir().mkpath(sub + QStringLiteral("/inner")));
    // Not 0700.
    const QString open = leftover(temp.path(), QStringLiteral("kapjournal-sample-Open12"));
    QFile::setPermissions(open, Private | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    // Another name.
    const QString renamed = leftover(temp.path(), QStringLiteral("kapjournal-sample-AbC1234"));
    const QString other = leftover(temp.path(), QStringLiteral("kapjournal-sampleAbC123"));
    // A SingleInstance socket's name (a file, not a folder) and a folder named like one.
    const QString socketLike = leftover(temp.path(), QStringLiteral("kapjournal-0123456789abcdef"));
    // No sample journal (a demo being set up right now, or something else).
    const QString empty = temp.filePath(QStringLiteral("kapjournal-sample-Empty1"));
    QVERIFY(QDir().mkpath(empty));
    QFile::setPermissions(empty, Private);
    // The journal is a symlink.
    const QString linked = temp.filePath(QStringLiteral("kapjournal-sample-Link12"));
    QVERIFY(QDir().mkpath(linked));
    QFile::setPermissions(linked, Private);
    QVERIFY(touch(temp.filePath(QStringLiteral("precious.kapj"))));
    QVERIFY(QFile::link(temp.filePath(QStringLiteral("precious.kapj")), linked + QStringLiteral("/sample.kapj")));
    // The folder itself is a symlink to a real demo-like folder elsewhere.
    QTemporaryDir elsewhere;
    const QString target = leftover(elsewhere.path(), QStringLiteral("data"));
    QVERIFY(QFile::link(target, temp.filePath(QStringLiteral("kapjournal-sample-Sym123"))));

    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 0);
    for (const QString& kept : { extra + QStringLiteral("/notes.txt"), sub + QStringLiteral("/inner"),
             open + QStringLiteral("/sample.kapj"), renamed + QStringLiteral("/sample.kapj"),
             other + QStringLiteral("/sample.kapj"), socketLike + QStringLiteral("/sample.kapj"), empty,
             temp.filePath(QStringLiteral("precious.kapj")), target + QStringLiteral("/sample.kapj") }) {
        QVERIFY2(QFileInfo::exists(kept), qPrintable(kept));
    }
}

void TestDemoFolder::otherOwnersFolderIsKept()
{
    if (::geteuid() != 0) {
        // Only root can give a folder to someone else; CI runs as root, so this runs there.
        QSKIP("needs root to chown a folder to another user");
    }
    QTemporaryDir temp;
    const QString theirs = leftover(temp.path(), QStringLiteral("kapjournal-sample-Theirs"));
    QCOMPARE(::chown(QFile::encodeName(theirs).constData(), 65534, 65534), 0);
    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 0);
    QVERIFY(QFile::exists(theirs + QStringLiteral("/sample.kapj")));
}

QTEST_GUILESS_MAIN(TestDemoFolder)
#include "tst_demofolder.moc"
