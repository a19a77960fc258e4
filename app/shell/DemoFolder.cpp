#include "DemoFolder.h"

#include "JournalLocation.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>
#include <unistd.h>

namespace kap {

namespace {

const QString MarkerName = QStringLiteral("in-use.lock");

QString folderTemplate(const QString& tempPath)
{
    return QDir(tempPath).filePath(DemoFolder::namePrefix() + QStringLiteral("XXXXXX"));
}

/// Whether `name` is one of the files a demo folder may hold: the marker, the sample journal and
/// the side files the store and QLockFile make beside it.
bool isOurFileName(const QString& name)
{
    const QString journal = DemoFolder::journalFileName();
    return name == MarkerName || name.startsWith(MarkerName + QLatin1Char('.')) || name == journal
        || name.startsWith(journal + QLatin1Char('.')) || name.startsWith(journal + QLatin1Char('-'));
}

bool isOwnPrivateFolder(const QString& path)
{
    struct stat info = {};
    if (::lstat(QFile::encodeName(path).constData(), &info) != 0) {
        return false;
    }
    return S_ISDIR(info.st_mode) && info.st_uid == ::getuid() && (info.st_mode & 07777) == 0700;
}

/// True when no live process holds the lock file at `path` (absent, or its owner died). Takes
/// the lock when it can; the caller removes the file with the folder.
bool lockIsFree(QLockFile& lock)
{
    lock.setStaleLockTime(0); // age alone is no sign: a demo may stay open for days
    return lock.tryLock(0);
}

bool removeLeftover(const QString& path)
{
    const QDir dir(path);
    const QFileInfoList entries
        = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    bool hasJournal = false;
    for (const QFileInfo& entry : entries) {
        if (entry.isSymLink() || !entry.isFile() || !isOurFileName(entry.fileName())) {
            return false; // something we did not put there: not ours to delete
        }
        hasJournal = hasJournal || entry.fileName() == DemoFolder::journalFileName();
    }
    if (!hasJournal) {
        return false; // empty or being set up by a process starting right now
    }
    QLockFile marker(dir.filePath(MarkerName));
    if (!lockIsFree(marker)) {
        return false; // a live demo
    }
    QLockFile journalLock(dir.filePath(DemoFolder::journalFileName() + QStringLiteral(".lock")));
    if (!lockIsFree(journalLock)) {
        return false; // an older version's demo, open right now
    }
    marker.unlock();
    journalLock.unlock();
    // One file at a time, never recursively: only the regular files checked above go.
    for (const QFileInfo& entry : dir.entryInfoList(QDir::Files | QDir::Hidden | QDir::System)) {
        if (isOurFileName(entry.fileName()) && !entry.isSymLink()) {
            QFile::remove(entry.absoluteFilePath());
        }
    }
    return QDir().rmdir(path);
}

} // namespace

DemoFolder::DemoFolder() : DemoFolder(QDir::tempPath()) { }

DemoFolder::DemoFolder(const QString& tempPath) : m_dir(folderTemplate(tempPath)), m_marker(m_dir.filePath(MarkerName))
{
    // The marker goes in before the journal, so removeLeftovers() in another process never sees
    // a journal without it.
    m_marker.setStaleLockTime(0);
    m_valid = m_dir.isValid() && m_marker.tryLock(0);
}

DemoFolder::~DemoFolder()
{
    m_marker.unlock(); // before the folder goes (QTemporaryDir removes it)
}

QString DemoFolder::namePrefix()
{
    return QStringLiteral("kapjournal-");
}

QString DemoFolder::journalFileName()
{
    return QStringLiteral("sample.") + journallocation::extension();
}

int DemoFolder::removeLeftovers(const QString& tempPath)
{
    static const QRegularExpression name(QStringLiteral("^kapjournal-[A-Za-z0-9]{6}$"));
    int removed = 0;
    const QDir temp(tempPath);
    const QStringList candidates
        = temp.entryList({ namePrefix() + QStringLiteral("*") }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& candidate : candidates) {
        const QString path = temp.filePath(candidate);
        if (name.match(candidate).hasMatch() && isOwnPrivateFolder(path) && removeLeftover(path)) {
            ++removed;
        }
    }
    return removed;
}

int DemoFolder::removeLeftovers()
{
    return removeLeftovers(QDir::tempPath());
}

} // namespace kap
