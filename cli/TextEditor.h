// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliOutcome.h"

#include <QCoreApplication>
#include <QString>

namespace kap::cli {

/// Lets a person write a text in their own editor, as `git commit` does, so the text never
/// passes through argv. The editor needs a file; it is made in a new folder (0700) inside
/// XDG_RUNTIME_DIR, the per-user folder that systemd keeps in memory, and that folder, with
/// whatever the editor left beside the file (backups, swap files), is overwritten and removed
/// afterwards in every case: success, failure, an exception, SIGTERM or SIGHUP.
///
/// Without XDG_RUNTIME_DIR, or when it is not private or not in memory, editing is refused rather
/// than falling back to /tmp, which is often on disk and shared: the text would outlive the
/// command there (SECURITY.md, requirement 8). The person is pointed to standard input instead.
class TextEditor
{
    Q_DECLARE_TR_FUNCTIONS(TextEditor)

public:
    /// XDG_RUNTIME_DIR when it is set, is a folder of this user that only they can open, and is
    /// kept in memory (tmpfs or ramfs, as systemd's /run/user/UID).
    /// `fileOption` ("--body-file") names the alternative in the refusal. Checked before the
    /// passphrase is asked.
    static Outcome<QString> privateFolder(const QString& fileOption);
    /// The editor command line: $EDITOR, else $VISUAL, else `editor` (Debian's alternative) when
    /// installed, else vi. Run by /bin/sh like git does, so "code --wait" works.
    static QString command();
    /// Opens the editor on an empty file called `fileName` and returns what was saved in it
    /// (trailing line breaks removed). Fails, and nothing is to be saved, when the editor cannot
    /// be run, exits with a non-zero status or leaves the text empty.
    static Outcome<QString> edit(const QString& fileName, const QString& fileOption);
};

} // namespace kap::cli
