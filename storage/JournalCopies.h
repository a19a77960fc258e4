// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace kap {

/// A copy of a journal that the app keeps beside it (JournalCopies).
struct JournalCopy
{
    enum class Kind {
        RollingBackup, ///< `<journal>.<UTC>[-n].backup`: an automatic backup (BackupService)
        BeforeRestore, ///< `<journal>.<UTC>[-n].before-restore`: the journal as it was before a restore
        MigrationCopy, ///< `<journal>.v<N>-<UTC>.bak`: the journal before a schema upgrade, at version N
    };

    QString path;
    Kind kind = Kind::RollingBackup;
    QDateTime createdUtc; ///< from the file name
};

/// The one home of the names the app gives the copies it keeps beside a journal: every writer
/// names its copy here, and list() finds them all with the same patterns (after a passphrase
/// change these are the files that still open with the old passphrase, SECURITY.md 21).
/// File names only: nothing here opens or writes a file.
class JournalCopies
{
public:
    /// The UTC stamp in copy names, `yyyyMMddTHHmmssZ`.
    static QString stamp(const QDateTime& when);

    /// A name for a new copy of `kind` made at `when` that no file has yet (`-n` added within one
    /// second). A migration copy also names the schema version it keeps (`fromVersion`); it is
    /// made at most once a version, so it gets no `-n`.
    static QString newCopyPath(
        const QString& journalPath, JournalCopy::Kind kind, const QDateTime& when, int fromVersion = 0);

    /// The copies of `kind` beside the journal at `journalPath`, oldest first.
    static QList<JournalCopy> list(const QString& journalPath, JournalCopy::Kind kind);
    /// Every copy beside the journal at `journalPath`: rolling backups, then before-restore
    /// copies, then migration copies.
    static QList<JournalCopy> list(const QString& journalPath);
};

} // namespace kap
