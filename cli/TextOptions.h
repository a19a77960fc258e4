// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliOutcome.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace kap::cli {

class Console;

/// One free-text value of a command, e.g. add-note's body.
struct TextField
{
    QString name; ///< "body": --body TEXT and --body-file PATH
    QString description; ///< for --NAME in the help
    QString valueName = QStringLiteral("TEXT");
    /// The inline form is the command's first positional argument (search QUERY), not --NAME.
    bool positional = false;
    /// Comma-separated and repeatable, like --tags: inline occurrences are joined with commas, and
    /// a file may hold one item per line. Split the value with Validator::parseList.
    bool list = false;
};

/// Where a command's free texts may come from, with the same rules in every command:
/// - `--NAME TEXT`: works, with a warning, because the shell may keep it in its history and other
///   programs see it in /proc/PID/cmdline while the command runs (SECURITY.md, requirement 20);
/// - `--NAME-file PATH`: a file, or `-` for standard input (after a passphrase line, if
///   --passphrase-file - is given too);
/// - `--edit`: the person's editor for one chosen field (TextEditor).
/// One source per value, at most one text read from standard input; files are checked before the
/// passphrase is asked, the texts read after it (so a wrong passphrase costs nothing typed).
class TextOptions
{
    Q_DECLARE_TR_FUNCTIONS(TextOptions)

public:
    /// `editable` names the field that --edit writes ("" when the command offers no --edit).
    explicit TextOptions(QList<TextField> fields, QString editable = {});

    /// --tags a,b: one spelling for every command that takes tags.
    static TextField tags();

    /// --NAME and --NAME-file for every field (only --NAME-file for a positional one), then --edit.
    QList<QCommandLineOption> options() const;
    /// Sentences for the command's --help that recommend the safe ways.
    QString advice() const;

    /// Whether a value for `name` is given in any way (inline, file or --edit).
    bool isGiven(const QCommandLineParser& parser, const QString& name) const;
    /// Before the passphrase: prints the warning for each text given inline, then checks for two
    /// sources of one value, two readers of standard input, unreadable files and, with --edit, a
    /// private folder for the editor's file.
    std::optional<Failure> check(const QCommandLineParser& parser, Console& console) const;
    /// After the passphrase: puts each given value into its target (others are left alone), the
    /// editor's last. Fails (and nothing is to be saved) when a file cannot be read or the editor
    /// fails or leaves the text empty.
    std::optional<Failure> read(const QCommandLineParser& parser, const QHash<QString, QString*>& targets) const;

private:
    bool isInline(const QCommandLineParser& parser, const TextField& field) const;
    static QString fileOption(const QString& name);
    /// The one-line warning for a text given inline.
    static QString historyWarning(const TextField& field);

    QList<TextField> m_fields;
    QString m_editable;
};

} // namespace kap::cli
