// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transfer/BackupService.h"

#include "storage/JournalCopies.h"
#include "storage/SaveTarget.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace kap {

namespace {

Status renameOver(const QString& from, const QString& to)
{
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return makeError(errno == ENOSPC                                ? ErrorCode::DiskFull
                : (errno == EACCES || errno == EROFS || errno == EPERM) ? ErrorCode::ReadOnly
                                                                        : ErrorCode::Io,
            QStringLiteral("rename failed"));
    }
    // Make the rename durable. It is done either way: a failed flush is a warning, not an error.
    const int dir = ::open(QFile::encodeName(QFileInfo(to).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
    const bool synced = dir >= 0 && ::fsync(dir) == 0;
    if (dir >= 0) {
        ::close(dir);
    }
    return synced ? Status() : Status::withWarning(Warning::DurabilityUnconfirmed);
}

/// Byte copy of an (encrypted) file, 0600, flushed to disk before it counts.
Status copyPrivate(const QString& from, const QString& to)
{
    QFile in(from);
    if (!in.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::Io, QStringLiteral("cannot read file to copy"));
    }
    QFile out(to);
    if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        return makeError(
            out.exists() ? ErrorCode::AlreadyExists : ErrorCode::ReadOnly, QStringLiteral("cannot create copy"));
    }
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError) {
            out.remove();
            return makeError(ErrorCode::Io, QStringLiteral("read failed"));
        }
        if (out.write(chunk) != chunk.size()) {
            out.remove();
            return makeError(ErrorCode::DiskFull, QStringLiteral("write failed"));
        }
    }
    if (!out.flush() || ::fsync(out.handle()) != 0) {
        out.remove();
        return makeError(ErrorCode::Io, QStringLiteral("fsync failed"));
    }
    return {};
}

} // namespace

Status BackupService::backup(Journal& journal, const QString& target)
{
    if (Status allowed = SaveTarget::check(target, journal.path()); !allowed) {
        return allowed;
    }
    return journal.copyTo(target);
}

Status BackupService::backupWithPassphrase(Journal& journal, const QString& target,
    const SecureBytes& journalPassphrase, const SecureBytes& backupPassphrase, const KdfParams& params)
{
    if (backupPassphrase.isEmpty()) {
        return makeError(ErrorCode::EmptyPassphrase);
    }
    if (Status allowed = SaveTarget::check(target, journal.path()); !allowed) {
        return allowed;
    }
    const QString absolute = QFileInfo(target).absoluteFilePath();
    const QString staging = absolute + QStringLiteral(".rekeying");
    QFile::remove(staging);
    const Status copied = journal.copyTo(staging);
    if (!copied) {
        return copied;
    }
    Status rekeyed = [&]() -> Status {
        Journal::Options options;
        auto copy = Journal::open(staging, journalPassphrase, options);
        if (!copy) {
            return copy.error();
        }
        return copy.value()->changePassphrase(journalPassphrase, backupPassphrase, params);
    }();
    if (!rekeyed) {
        QFile::remove(staging);
        return rekeyed;
    }
    Status renamed = renameOver(staging, absolute);
    if (!renamed) {
        QFile::remove(staging);
        return renamed;
    }
    renamed.addWarning(copied.warning());
    renamed.addWarning(rekeyed.warning());
    return renamed;
}

Result<QString> BackupService::rollingBackup(Journal& journal, int keep)
{
    const QFileInfo info(journal.path());
    const QString target
        = JournalCopies::newCopyPath(info.absoluteFilePath(), JournalCopy::Kind::RollingBackup, journal.clock().now());
    const Status copied = journal.copyTo(target);
    if (!copied) {
        return copied.error();
    }
    QList<BackupInfo> all = listBackups(info.absoluteFilePath());
    const qsizetype excess = all.size() - std::max(1, keep);
    for (qsizetype i = 0; i < excess; ++i) {
        if (all.at(i).path != target) {
            QFile::remove(all.at(i).path);
        }
    }
    Result<QString> made(target);
    made.setWarning(copied.warning());
    return made;
}

QList<BackupInfo> BackupService::listBackups(const QString& journalPath)
{
    QList<BackupInfo> out;
    const QList<JournalCopy> copies = JournalCopies::list(journalPath, JournalCopy::Kind::RollingBackup);
    for (const JournalCopy& copy : copies) {
        out.append(BackupInfo { copy.path, copy.createdUtc });
    }
    return out;
}

namespace {

/// Keeps the journal's current file under `saved`: a hard link when the file system allows it
/// (instant, and the rename that follows leaves the old file under this name alone), else a copy.
Status keepAside(const QString& from, const QString& saved)
{
    if (::link(QFile::encodeName(from).constData(), QFile::encodeName(saved).constData()) == 0) {
        const int dir = ::open(QFile::encodeName(QFileInfo(saved).absolutePath()).constData(), O_RDONLY | O_DIRECTORY);
        if (dir >= 0) {
            ::fsync(dir);
            ::close(dir);
        }
        return {};
    }
    return copyPrivate(from, saved);
}

QString stagingPathFor(const QString& journalFile)
{
    return journalFile + QStringLiteral(".restoring");
}

Status checkPaths(const QString& journalFile, const QString& backupFile)
{
    // The backup must be another file than the journal (also through a symlink or a hard link)
    // or its side files: the journal is replaced by what is read from it.
    if (SaveTarget::isJournalOrSideFile(backupFile, journalFile)) {
        return makeError(ErrorCode::TargetIsJournal, QStringLiteral("backup and journal are the same file"));
    }
    if (!QFileInfo::exists(backupFile)) {
        return makeError(ErrorCode::NotFound, QStringLiteral("backup not found"));
    }
    return {};
}

/// Steps 1 + 2 of restore(). The backup itself is only ever read, as a plain file: it may sit on
/// read-only media, and nothing may change it (no lock file beside it, no rollback, no schema
/// upgrade). Its bytes are copied beside the journal (`<journal>.restoring`), and that copy is
/// opened (key check, integrity check, schema upgrade if one is due) and verified. Nothing else is
/// touched; on any failure the copy goes again.
Status stage(
    const QString& backupFile, const QString& staging, const SecureBytes& passphrase, const Journal::Options& options)
{
    // A journal header first: neither a large unrelated file nor a plain database gets copied.
    {
        QFile backup(backupFile);
        if (!backup.open(QIODevice::ReadOnly)) {
            return makeError(QFileInfo(backupFile).isDir() ? ErrorCode::NotAJournal : ErrorCode::ReadOnly,
                QStringLiteral("cannot read the backup"));
        }
        if (auto header = KdfHeader::parse(backup.read(KdfHeader::Size)); !header) {
            return header.error();
        }
    }
    const auto removeStaging = [&staging]() {
        // A rollback journal left by a crash would otherwise be replayed into the next copy.
        QFile::remove(staging + QStringLiteral("-journal"));
        QFile::remove(staging);
    };
    removeStaging();
    Status prepared = [&]() -> Status {
        if (Status copied = copyPrivate(backupFile, staging); !copied) {
            return copied;
        }
        Journal::Options stagedOptions = options;
        stagedOptions.copyBeforeMigration.keep = false; // the backup itself stays as it was
        auto copy = Journal::open(staging, passphrase, stagedOptions);
        if (!copy) {
            return copy.error();
        }
        return copy.value()->verify();
    }();
    if (!prepared) {
        removeStaging();
    }
    return prepared;
}

/// Steps 3 + 4 of restore(), with the journal's lock held by the caller.
Status swapIn(
    const QString& journalFile, const QString& staging, const Journal::Options& options, QString* savedCurrent)
{
    // 3: keep the current journal (and a hot rollback journal, which belongs to it).
    if (QFileInfo::exists(journalFile)) {
        const std::shared_ptr<const Clock> clock = options.clock ? options.clock : std::make_shared<SystemClock>();
        const QString saved = JournalCopies::newCopyPath(journalFile, JournalCopy::Kind::BeforeRestore, clock->now());
        if (Status s = keepAside(journalFile, saved); !s) {
            QFile::remove(staging);
            return s;
        }
        const QString hot = journalFile + QStringLiteral("-journal");
        if (QFileInfo::exists(hot)) {
            if (Status s = copyPrivate(hot, saved + QStringLiteral("-journal")); !s) {
                QFile::remove(staging);
                return s;
            }
            // A rollback journal left beside the new file would be replayed into it.
            QFile::remove(hot);
        }
        if (savedCurrent) {
            *savedCurrent = saved;
        }
    }

    // 4: one atomic rename.
    Status renamed = renameOver(staging, journalFile);
    if (!renamed) {
        QFile::remove(staging);
    }
    return renamed; // may carry DurabilityUnconfirmed: the backup is in place either way
}

/// Nobody may open the journal while it is being replaced (the same lock Journal uses).
Status lockJournal(QLockFile& lock)
{
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        return makeError(lock.error() == QLockFile::LockFailedError ? ErrorCode::InUse : ErrorCode::ReadOnly,
            QStringLiteral("journal lock"));
    }
    return {};
}

} // namespace

Status BackupService::restore(const QString& journalPath, const QString& backupPath,
    const SecureBytes& backupPassphrase, Journal::Options options, QString* savedCurrent)
{
    const QString journalFile = QFileInfo(journalPath).absoluteFilePath();
    const QString backupFile = QFileInfo(backupPath).absoluteFilePath();
    if (Status s = checkPaths(journalFile, backupFile); !s) {
        return s;
    }
    QLockFile lock(journalFile + QStringLiteral(".lock"));
    if (Status s = lockJournal(lock); !s) {
        return s;
    }
    const QString staging = stagingPathFor(journalFile);
    if (Status s = stage(backupFile, staging, backupPassphrase, options); !s) {
        return s;
    }
    return swapIn(journalFile, staging, options, savedCurrent);
}

Result<QString> BackupService::prepareRestore(const QString& journalPath, const QString& backupPath,
    const SecureBytes& backupPassphrase, Journal::Options options)
{
    const QString journalFile = QFileInfo(journalPath).absoluteFilePath();
    const QString backupFile = QFileInfo(backupPath).absoluteFilePath();
    if (Status s = checkPaths(journalFile, backupFile); !s) {
        return s.error();
    }
    const QString staging = stagingPathFor(journalFile);
    if (Status s = stage(backupFile, staging, backupPassphrase, options); !s) {
        return s.error();
    }
    return staging;
}

Status BackupService::finishRestore(
    const QString& journalPath, const QString& prepared, Journal::Options options, QString* savedCurrent)
{
    const QString journalFile = QFileInfo(journalPath).absoluteFilePath();
    if (QFileInfo(prepared).absoluteFilePath() != stagingPathFor(journalFile) || !QFileInfo::exists(prepared)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not a prepared restore of this journal"));
    }
    QLockFile lock(journalFile + QStringLiteral(".lock"));
    if (Status s = lockJournal(lock); !s) {
        return s; // the prepared copy stays; a later finishRestore() or prepareRestore() replaces it
    }
    return swapIn(journalFile, prepared, options, savedCurrent);
}

} // namespace kap
