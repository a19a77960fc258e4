// DemoFolder: the sample journal's private temporary folder, and the removal at start of folders
// a crashed process left behind, without ever touching one that is in use or not ours. (A folder
// left by a real SIGKILL is covered by tst_orderlyquit with the real binary.)

#include "DemoFolder.h"
#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

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

/// A folder as a crashed demo leaves it (no live marker).
QString leftover(const QString& temp, const QString& name)
{
    const QString path = temp + QLatin1Char('/') + name;
    QDir().mkpath(path);
    QFile::setPermissions(path, Private);
    touch(path + QStringLiteral("/sample.kapj"));
    touch(path + QStringLiteral("/sample.kapj-journal"));
    return path;
}

} // namespace

class TestDemoFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void privateFolderGoesWithTheObject();
    void leftoverIsRemoved();
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
        QVERIFY(touch(folder.filePath(DemoFolder::journalFileName())));
    }
    QVERIFY(!QFileInfo::exists(path));
}

void TestDemoFolder::leftoverIsRemoved()
{
    QTemporaryDir temp;
    const QString crashed = leftover(temp.path(), QStringLiteral("kapjournal-AbC123"));
    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 1);
    QVERIFY(!QFileInfo::exists(crashed));
    QVERIFY(QFileInfo::exists(temp.path()));
}

void TestDemoFolder::liveFolderIsKept()
{
    QTemporaryDir temp;
    DemoFolder live(temp.path());
    QVERIFY(live.isValid());
    QVERIFY(touch(live.filePath(DemoFolder::journalFileName())));
    const QString crashed = leftover(temp.path(), QStringLiteral("kapjournal-AbC123"));
    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 1);
    QVERIFY(QFile::exists(live.filePath(DemoFolder::journalFileName())));
    QVERIFY(QFile::exists(live.filePath(QStringLiteral("in-use.lock"))));
    QVERIFY(!QFileInfo::exists(crashed));
}

void TestDemoFolder::foreignFoldersAreKept()
{
    QTemporaryDir temp;
    // Another file inside: not only ours.
    const QString extra = leftover(temp.path(), QStringLiteral("kapjournal-Extra1"));
    QVERIFY(touch(extra + QStringLiteral("/notes.txt")));
    // A sub-folder inside.
    const QString sub = leftover(temp.path(), QStringLiteral("kapjournal-SubDir"));
    QVERIFY(QDir().mkpath(sub + QStringLiteral("/inner")));
    // Not 0700.
    const QString open = leftover(temp.path(), QStringLiteral("kapjournal-Open12"));
    QFile::setPermissions(open, Private | QFileDevice::ReadGroup | QFileDevice::ExeGroup);
    // Another name.
    const QString renamed = leftover(temp.path(), QStringLiteral("kapjournal-AbC1234"));
    const QString other = leftover(temp.path(), QStringLiteral("kapjournalAbC123"));
    // No sample journal (a demo being set up right now, or something else).
    const QString empty = temp.filePath(QStringLiteral("kapjournal-Empty1"));
    QVERIFY(QDir().mkpath(empty));
    QFile::setPermissions(empty, Private);
    // The journal is a symlink.
    const QString linked = temp.filePath(QStringLiteral("kapjournal-Link12"));
    QVERIFY(QDir().mkpath(linked));
    QFile::setPermissions(linked, Private);
    QVERIFY(touch(temp.filePath(QStringLiteral("precious.kapj"))));
    QVERIFY(QFile::link(temp.filePath(QStringLiteral("precious.kapj")), linked + QStringLiteral("/sample.kapj")));
    // The folder itself is a symlink to a real demo-like folder elsewhere.
    QTemporaryDir elsewhere;
    const QString target = leftover(elsewhere.path(), QStringLiteral("data"));
    QVERIFY(QFile::link(target, temp.filePath(QStringLiteral("kapjournal-Sym123"))));

    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 0);
    for (const QString& kept :
        { extra + QStringLiteral("/notes.txt"), sub + QStringLiteral("/inner"), open + QStringLiteral("/sample.kapj"),
            renamed + QStringLiteral("/sample.kapj"), other + QStringLiteral("/sample.kapj"), empty,
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
    const QString theirs = leftover(temp.path(), QStringLiteral("kapjournal-Theirs"));
    QCOMPARE(::chown(QFile::encodeName(theirs).constData(), 65534, 65534), 0);
    QCOMPARE(DemoFolder::removeLeftovers(temp.path()), 0);
    QVERIFY(QFile::exists(theirs + QStringLiteral("/sample.kapj")));
}

QTEST_GUILESS_MAIN(TestDemoFolder)
#include "tst_demofolder.moc"
