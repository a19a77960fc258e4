// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliOutcome.h"
#include "storage/SecureBytes.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <memory>
#include <optional>

namespace kap {
class Journal;
}

namespace kap::cli {

class Console;

/// What one run of a command gets: its parsed options, the journal path and the console.
/// Also the one way a command opens the journal (so every command asks for the passphrase the
/// same way and maps failures to the same exit codes).
class Invocation
{
    Q_DECLARE_TR_FUNCTIONS(Invocation)

public:
    Invocation(QCommandLineParser& parser, QString journalPath, Console& console);

    QCommandLineParser& parser() { return m_parser; }
    const QString& journalPath() const { return m_journalPath; }
    Console& console() { return m_console; }

    /// Checks that the journal exists, reads the passphrase (--passphrase-file or the terminal)
    /// and opens the journal. Fails with exit code 2 (passphrase) or 3 (file).
    Outcome<std::unique_ptr<Journal>> openJournal();
    /// The two halves of openJournal(), for commands that need the passphrase itself.
    std::optional<Failure> checkJournalExists() const;
    Outcome<SecureBytes> readPassphrase(const QString& prompt);
    Outcome<std::unique_ptr<Journal>> openJournal(const SecureBytes& passphrase);

    /// SaveTarget's check for a file this command is about to write: never the journal, its side
    /// files or a journal/backup; any other existing file only with --force (the command must
    /// offer commonoptions::force()). Said before the passphrase is asked; nothing is written.
    std::optional<Failure> checkSaveTarget(const QString& target) const;

private:
    QCommandLineParser& m_parser;
    QString m_journalPath;
    Console& m_console;
};

/// One `kapjournal-cli <name>` command. A command declares its options and positional arguments;
/// the dispatcher (CliApplication) parses them, handles --help, then calls run(). Commands live in
/// one file each and are listed once in CommandTable.cpp (see README.md, "Adding a command").
class Command
{
public:
    /// A positional argument, for parsing and the help text.
    struct Positional
    {
        QString name; ///< e.g. "QUERY"
        QString description;
        bool optional = false;
        /// The option that gives this argument instead ("query-file" for search's QUERY), if
        /// any: with it set, a first argument ending in .kapj is the journal (JournalArgument).
        QString standIn {};
    };

    virtual ~Command() = default;

    /// The word typed after kapjournal-cli, e.g. "add-checkin".
    virtual QString name() const = 0;
    /// One line for the command list in `kapjournal-cli --help`.
    virtual QString summary() const = 0;
    /// Extra paragraphs for `kapjournal-cli <name> --help` (after the summary); may be empty.
    virtual QString details() const { return {}; }
    virtual QList<QCommandLineOption> options() const { return {}; }
    virtual QList<Positional> positionals() const { return {}; }
    /// Whether the command works on a journal: then --journal and --passphrase-file are added.
    virtual bool usesJournal() const { return true; }
    /// Whether --passphrase-file is offered (commands that read passphrases their own way, such
    /// as change-passphrase, still want it; a command that never needs one can turn it off).
    virtual bool readsPassphrase() const { return usesJournal(); }

    /// Runs the command. Returns the process exit code (ExitCode).
    virtual int run(Invocation& invocation) = 0;
};

/// Options several commands share, so they are spelled the same everywhere.
namespace commonoptions {
QCommandLineOption journal(); ///< -j, --journal PATH
QCommandLineOption passphraseFile(); ///< --passphrase-file PATH
QCommandLineOption json(); ///< --json
QCommandLineOption at(const QString& what); ///< --at DATETIME
QCommandLineOption force(); ///< --force: replace an existing output file (never a journal)
} // namespace commonoptions

} // namespace kap::cli
