// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/DemoFolder.h"

#include "platform/JournalLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <sys/stat.h>
#include <unistd.h>

namespace kap {

namespace {

const QString MarkerName = QStringLiteral("in-use.lock");

QString folderTemplate(const QString& parentPath)
{
    return QDir(parentPath).filePath(DemoFolder::namePrefix() + QStringLiteral("XXXXXX"));
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

DemoFolder::DemoFolder(const QString& parentPath)
    : m_dir(folderTemplate(parentPath)), m_marker(m_dir.filePath(MarkerName))
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

std::unique_ptr<DemoFolder> DemoFolder::create(QString* problem)
{
    const QString parent = runtimeParent(problem);
    if (parent.isEmpty()) {
        return nullptr;
    }
    auto folder = std::make_unique<DemoFolder>(parent);
    if (!folder->isValid()) {
        if (problem) {
            *problem = QCoreApplication::translate(
                "DemoFolder", "Could not make a private folder for the sample journal in %1.")
                           .arg(QDir::toNativeSeparators(parent));
        }
        return nullptr;
    }
    return folder;
}

QString DemoFolder::runtimeParent(QString* problem)
{
    // Only XDG_RUNTIME_DIR, with no fallback (not even QStandardPaths::RuntimeLocation, which makes
    // a folder in /tmp when it is unset): /tmp is on disk on Debian and keeps what a crash leaves
    // until the next boot, and the sample's passphrase is printed on screen, so anything a person
    // tries out in the sample, real thoughts included, would sit on disk for anyone with the
    // laptop. The runtime folder is per user, kept in memory and emptied at logout.
    const QString folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder)) {
        if (problem) {
            *problem = QCoreApplication::translate("DemoFolder",
                "The sample journal needs XDG_RUNTIME_DIR, the private folder your login session "
                "keeps in memory, and it is not set. The sample is not put anywhere else, so that "
                "nothing you try in it reaches the disk.");
        }
        return {};
    }
    if (!isOwnPrivateFolder(folder)) {
        if (problem) {
            *problem = QCoreApplication::translate("DemoFolder",
                "The sample journal needs XDG_RUNTIME_DIR (%1) to be a folder of yours that only "
                "you can open (mode 0700), and it is not. The sample is not put anywhere else.")
                           .arg(QDir::toNativeSeparators(folder));
        }
        return {};
    }
    return folder;
}

QString DemoFolder::namePrefix()
{
    return QStringLiteral("kapjournal-sample-");
}

QString DemoFolder::journalFileName()
{
    return QStringLiteral("sample.") + journallocation::extension();
}

int DemoFolder::removeLeftovers(const QString& parentPath)
{
    // "kapjournal-XXXXXX": the name older versions gave the folder in /tmp.
    static const QRegularExpression name(QStringLiteral("^kapjournal-(sample-)?[A-Za-z0-9]{6}$"));
    int removed = 0;
    const QDir parent(parentPath);
    const QStringList candidates
        = parent.entryList({ QStringLiteral("kapjournal-*") }, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString& candidate : candidates) {
        const QString path = parent.filePath(candidate);
        if (name.match(candidate).hasMatch() && isOwnPrivateFolder(path) && removeLeftover(path)) {
            ++removed;
        }
    }
    return removed;
}

int DemoFolder::removeLeftovers()
{
    const QString runtime = runtimeParent();
    return (runtime.isEmpty() ? 0 : removeLeftovers(runtime)) + removeLeftovers(QDir::tempPath());
}

} // namespace kap
