// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"

#include <QString>

namespace kap {

/// The one check every report, JSON export, backup and restore runs on the file it is about to
/// write (SECURITY.md requirement 19: nothing the app saves may write over a journal). Refused,
/// whatever the caller allows, with a code that says which:
/// - TargetIsJournal: the open journal itself (also through a symlink, `..`, a relative path or
///   a hard link);
/// - TargetIsJournalSideFile: a file the journal uses beside itself: `<journal>-journal`,
///   `.lock`, `.creating`, `.rekey*`, `.restoring` (of the open journal or of any journal file);
/// - TargetIsJournalFile: any existing file whose first 16 bytes are a journal header (KdfHeader:
///   another journal, or a backup).
/// With Existing::Refuse (the CLI without --force) any other existing file is refused too
/// (AlreadyExists). The check reads at most 16 bytes of the target and writes nothing.
class SaveTarget
{
public:
    enum class Existing {
        Replace, ///< the person confirmed replacing an ordinary file (a file dialog's "replace?")
        Refuse, ///< nothing that exists may be replaced
    };

    /// `journalPath` is the journal the data comes from (may be empty when there is none).
    static Status check(const QString& target, const QString& journalPath, Existing existing = Existing::Replace);

    /// Where writing to `path` ends up: an absolute path with symlinks (of the folders and of the
    /// file itself, even a dangling one), `.` and `..` resolved. For paths whose folder does not
    /// exist, the cleaned absolute path.
    static QString resolve(const QString& path);

    /// Whether the file at `path` exists and starts with a journal header ('K' 'J', Kdf.h).
    static bool hasJournalHeader(const QString& path);

    /// Whether `path` (resolved) is `journalPath` or one of its side files listed above.
    static bool isJournalOrSideFile(const QString& path, const QString& journalPath);
};

} // namespace kap
