// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SaveTarget.h"

#include "storage/Kdf.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <array>
#include <sys/stat.h>

namespace kap {

namespace {

/// What the journal keeps beside itself: SQLite's rollback journal, the lock file, and the files
/// that creation, a passphrase change (`.rekey`, `.rekey-journal`, ...) and a restore build
/// before renaming them into place. Each is a prefix: `.rekey*` is a glob.
constexpr std::array<const char*, 5> SideSuffixes = { "-journal", ".lock", ".creating", ".rekey", ".restoring" };

/// `name` is `base` followed by one of the side suffixes.
bool isSideName(const QString& name, const QString& base)
{
    if (base.isEmpty() || !name.startsWith(base) || name.size() == base.size()) {
        return false;
    }
    const QString rest = name.mid(base.size());
    for (const char* suffix : SideSuffixes) {
        if (rest.startsWith(QLatin1String(suffix))) {
            return true;
        }
    }
    return false;
}

bool sameInode(const QString& a, const QString& b)
{
    // Filled by stat() before use (no initializer: clang-format 14 and 19 disagree on its layout).
    struct stat sa;
    struct stat sb;
    if (::stat(QFile::encodeName(a).constData(), &sa) != 0 || ::stat(QFile::encodeName(b).constData(), &sb) != 0) {
        return false;
    }
    return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

/// The file in `dir` that `name` would be a side file of, if that file is a journal.
bool isSideFileOfAnyJournal(const QString& resolved)
{
    const QFileInfo info(resolved);
    const QString name = info.fileName();
    const QDir dir = info.dir();
    for (const char* suffix : SideSuffixes) {
        const QLatin1String s(suffix);
        for (qsizetype at = name.indexOf(s, 1); at > 0; at = name.indexOf(s, at + 1)) {
            if (SaveTarget::hasJournalHeader(dir.filePath(name.left(at)))) {
                return true;
            }
        }
    }
    return false;
}

} // namespace

QString SaveTarget::resolve(const QString& path)
{
    if (path.isEmpty()) {
        return {};
    }
    QString current = QDir::isAbsolutePath(path) ? path : QDir::currentPath() + QLatin1Char('/') + path;
    // Follow the file's own symlinks (a dangling one too: writing through it creates its target).
    for (int hops = 0; hops < 40; ++hops) {
        const QFileInfo info(current);
        if (!info.isSymLink()) {
            break;
        }
        const QString target = info.symLinkTarget();
        if (target.isEmpty()) {
            break;
        }
        current = target;
    }
    const QFileInfo info(current);
    const QString name = info.fileName();
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..")) {
        const QString canonical = info.canonicalFilePath();
        return canonical.isEmpty() ? QDir::cleanPath(current) : canonical;
    }
    // The folder through realpath(): symlinked folders and `..` after them resolve as the kernel
    // resolves them, not lexically.
    const qsizetype slash = current.lastIndexOf(QLatin1Char('/'));
    const QString folder = slash <= 0 ? QStringLiteral("/") : current.left(slash);
    const QString canonicalFolder = QFileInfo(folder).canonicalFilePath();
    if (canonicalFolder.isEmpty()) {
        return QDir::cleanPath(current);
    }
    return QDir(canonicalFolder).filePath(name);
}

bool SaveTarget::hasJournalHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return false;
    }
    // The magic alone decides: a journal of a newer format (or with parameters this version
    // refuses) must not be overwritten either.
    return KdfHeader::hasMagic(file.read(KdfHeader::Size));
}

bool SaveTarget::isJournalOrSideFile(const QString& path, const QString& journalPath)
{
    if (path.isEmpty() || journalPath.isEmpty()) {
        return false;
    }
    const QString target = resolve(path);
    const QString journal = resolve(journalPath);
    if (target == journal || sameInode(target, journal)) {
        return true;
    }
    const QFileInfo t(target);
    const QFileInfo j(journal);
    return t.absolutePath() == j.absolutePath() && isSideName(t.fileName(), j.fileName());
}

Status SaveTarget::check(const QString& target, const QString& journalPath, Existing existing)
{
    if (target.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("no target file"));
    }
    const QString resolved = resolve(target);
    const QString journal = journalPath.isEmpty() ? QString() : resolve(journalPath);
    if (!journal.isEmpty() && (resolved == journal || sameInode(resolved, journal))) {
        return makeError(ErrorCode::TargetIsJournal, QStringLiteral("%1 is the open journal").arg(resolved));
    }
    if (!journal.isEmpty() && isJournalOrSideFile(resolved, journal)) {
        return makeError(
            ErrorCode::TargetIsJournalSideFile, QStringLiteral("%1 is a side file of the journal").arg(resolved));
    }
    const QFileInfo info(resolved);
    if (info.exists() && hasJournalHeader(resolved)) {
        return makeError(ErrorCode::TargetIsJournalFile, QStringLiteral("%1 holds a journal header").arg(resolved));
    }
    if (isSideFileOfAnyJournal(resolved)) {
        return makeError(
            ErrorCode::TargetIsJournalSideFile, QStringLiteral("%1 is a side file of a journal").arg(resolved));
    }
    if (info.exists() && info.isDir()) {
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("%1 is a folder").arg(resolved));
    }
    if (existing == Existing::Refuse && (info.exists() || QFileInfo(target).isSymLink())) {
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("%1 exists").arg(resolved));
    }
    if (info.exists() && !QFileInfo(resolved).isReadable()) {
        // Without reading its first bytes we cannot tell it is not a journal.
        return makeError(ErrorCode::ReadOnly, QStringLiteral("%1 cannot be read to check it").arg(resolved));
    }
    return {};
}

} // namespace kap
