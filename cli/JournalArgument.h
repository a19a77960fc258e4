// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace kap::cli {

class Command;

/// The rule for `kapjournal-cli COMMAND [JOURNAL] ...`, as keepassxc-cli and sqlite3 take the
/// file (README.md, "The journal"). The journal may be the first positional argument:
/// - a command without arguments of its own (list, add-checkin, stats, verify...): its
///   positional argument is the journal, whatever the file is called;
/// - a command with arguments of its own (search QUERY, delete KIND ID, backup TARGET...): the
///   first positional argument is the journal only when it ends in ".kapj" and the command's
///   own arguments follow it, or the option that stands in for them is given
///   (Command::Positional::standIn: search --query-file, backup --rolling). So
///   `search journal.kapj rain`, `search journal.kapj --query-file -` and `search rain` all
///   mean what they say. Anything else is the command's own; --journal always works.
class JournalArgument
{
    Q_DECLARE_TR_FUNCTIONS(JournalArgument)

public:
    /// The index in `arguments` (the words after COMMAND) of the journal, or -1. `options` are
    /// the command's options, so an option's value is never taken for the journal.
    static qsizetype find(
        const Command& command, const QStringList& arguments, const QList<QCommandLineOption>& options);
    /// Whether two spellings name the same file (relative or absolute, through symbolic links).
    static bool samePath(const QString& a, const QString& b);

    /// "[JOURNAL]" or "[JOURNAL.kapj]" for the command's usage line.
    static QString usage(const Command& command);
    /// The JOURNAL row of the command's "Arguments" help.
    static QString description(const Command& command);
    /// The message when --journal and JOURNAL name different files.
    static QString conflict(const QString& option, const QString& positional);
};

} // namespace kap::cli
