// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Journal.h"
#include "storage/Kdf.h"
#include "storage/Result.h"
#include "storage/SecureBytes.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace kap {

/// A backup file found next to a journal.
struct BackupInfo
{
    QString path;
    QDateTime createdUtc; ///< from the file name
};

/// Encrypted backups and restore (issue 5). A backup is a complete journal file: SQLCipher-
/// encrypted, verified after writing, 0600, written atomically. It opens with the journal's
/// passphrase, or with a separate one the person chose for it.
///
/// Restore never loses data: the backup is opened and verified before anything is touched, the
/// current journal is copied aside first, and the replacement is one atomic rename.
class BackupService
{
public:
    static constexpr int DefaultKeep = 7;

    /// A copy keyed like the journal (opens with the journal's passphrase).
    static Status backup(Journal& journal, const QString& target);

    /// A copy that opens with `backupPassphrase` instead. Needs the journal's passphrase to
    /// re-key the copy (the copy is re-encrypted under a name beside `target` and renamed into
    /// place only when complete). `params` are the KDF parameters for the new passphrase.
    static Status backupWithPassphrase(Journal& journal, const QString& target, const SecureBytes& journalPassphrase,
        const SecureBytes& backupPassphrase, const KdfParams& params = KdfParams::production());

    /// An automatic backup next to the journal named `<journal file>.<UTC yyyyMMddTHHmmssZ>.backup`
    /// (time from the journal's clock), then deletes the oldest automatic backups beyond `keep`.
    /// Returns the new backup's path.
    static Result<QString> rollingBackup(Journal& journal, int keep = DefaultKeep);
    /// The automatic backups of the journal at `journalPath`, oldest first.
    static QList<BackupInfo> listBackups(const QString& journalPath);

    /// Replaces the (closed) journal at `journalPath` with the backup at `backupPath`:
    ///  1. copies the backup's bytes beside the journal (`<journal>.restoring`): the backup is
    ///     only read, as a plain file (it may be on read-only media; no lock file beside it, no
    ///     schema upgrade in place, never written);
    ///  2. opens that copy with `backupPassphrase` (a due schema upgrade runs on it) and runs
    ///     verify(); any failure in 1 or 2 removes the copy, with nothing else changed;
    ///  3. copies the current journal (and a leftover rollback journal, if any) to
    ///     `<journal>.<UTC>.before-restore` (returned in `savedCurrent`);
    ///  4. renames the copy over the journal.
    /// The restored journal opens with the backup's passphrase. InUse when the journal is open.
    /// When no journal exists at `journalPath`, steps 3 is skipped.
    static Status restore(const QString& journalPath, const QString& backupPath, const SecureBytes& backupPassphrase,
        Journal::Options options = {}, QString* savedCurrent = nullptr);

    /// restore() in two parts, for the app. Steps 1 and 2 (the slow ones: key derivation, verify,
    /// copy) touch nothing of the journal, so they may run on a worker thread while it is still
    /// open. Returns the verified copy's path (`<journal>.restoring`).
    static Result<QString> prepareRestore(const QString& journalPath, const QString& backupPath,
        const SecureBytes& backupPassphrase, Journal::Options options = {});
    /// Steps 3 and 4 for a copy made by prepareRestore(), once the journal is closed (InUse while
    /// it is open). Quick: the current journal is kept aside as a hard link where the file system
    /// allows one, else copied.
    static Status finishRestore(const QString& journalPath, const QString& prepared, Journal::Options options = {},
        QString* savedCurrent = nullptr);
};

} // namespace kap
