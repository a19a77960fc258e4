// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/Command.h"

#include "cli/Console.h"
#include "cli/PassphraseInput.h"
#include "platform/JournalLocation.h"
#include "storage/Journal.h"
#include "storage/SaveTarget.h"
#include "text/ErrorText.h"

#include <QFileInfo>

namespace kap::cli {

Invocation::Invocation(QCommandLineParser& parser, QString journalPath, Console& console)
    : m_parser(parser), m_journalPath(std::move(journalPath)), m_console(console)
{
}

std::optional<Failure> Invocation::checkJournalExists() const
{
    // Said before asking for a passphrase that could not be used anyway.
    const QFileInfo info(m_journalPath);
    if (!info.exists()) {
        return Failure { ExitFile, tr("There is no journal at %1.").arg(m_journalPath) };
    }
    if (info.isDir()) {
        return Failure { ExitFile, tr("%1 is a folder, not a journal file.").arg(m_journalPath) };
    }
    return std::nullopt;
}

std::optional<Failure> Invocation::checkSaveTarget(const QString& target) const
{
    const bool force = m_parser.isSet(commonoptions::force());
    const Status allowed = SaveTarget::check(
        target, m_journalPath, force ? SaveTarget::Existing::Replace : SaveTarget::Existing::Refuse);
    if (allowed) {
        return std::nullopt;
    }
    if (allowed.code() == ErrorCode::AlreadyExists) {
        return Failure { ExitFile,
            tr("%1 already exists. Nothing was written; choose a new file name, or add --force to replace it.")
                .arg(target),
            ErrorCode::AlreadyExists };
    }
    const QString why = ErrorText::describe(allowed.error());
    return Failure { exitCodeFor(allowed.code()), tr("Refusing to write %1: %2").arg(target, why), allowed.code() };
}

Outcome<SecureBytes> Invocation::readPassphrase(const QString& prompt)
{
    if (m_parser.isSet(commonoptions::passphraseFile())) {
        return PassphraseInput::fromFile(m_parser.value(commonoptions::passphraseFile()));
    }
    return PassphraseInput::fromTerminal(prompt);
}

Outcome<std::unique_ptr<Journal>> Invocation::openJournal(const SecureBytes& passphrase)
{
    auto journal = Journal::open(m_journalPath, passphrase);
    if (!journal) {
        Failure failure = failureFrom(journal.error());
        if (journal.error().code == ErrorCode::NotFound) {
            failure.message = tr("There is no journal at %1.").arg(m_journalPath);
        }
        return failure;
    }
    return std::move(journal).value();
}

Outcome<std::unique_ptr<Journal>> Invocation::openJournal()
{
    if (const auto missing = checkJournalExists()) {
        return *missing;
    }
    auto passphrase = readPassphrase(tr("Passphrase for %1: ").arg(m_journalPath));
    if (!passphrase) {
        return passphrase.failure();
    }
    return openJournal(passphrase.value());
}

namespace commonoptions {

QCommandLineOption journal()
{
    return QCommandLineOption({ QStringLiteral("j"), QStringLiteral("journal") },
        QCoreApplication::translate("kap::cli", "The journal file (default: %1).").arg(journallocation::defaultPath()),
        QStringLiteral("PATH"));
}

QCommandLineOption force()
{
    return QCommandLineOption(QStringLiteral("force"),
        QCoreApplication::translate(
            "kap::cli", "Replace FILE if it exists (never a journal, its lock or working files, or a backup)."));
}

QCommandLineOption passphraseFile()
{
    return QCommandLineOption(QStringLiteral("passphrase-file"),
        QCoreApplication::translate("kap::cli",
            "Read the passphrase from the first line of PATH (- or /dev/stdin: standard input) "
            "instead of asking on the terminal."),
        QStringLiteral("PATH"));
}

QCommandLineOption json()
{
    return QCommandLineOption(
        QStringLiteral("json"), QCoreApplication::translate("kap::cli", "Print JSON (schema in README.md)."));
}

QCommandLineOption at(const QString& what)
{
    return QCommandLineOption(QStringLiteral("at"),
        QCoreApplication::translate(
            "kap::cli", "When %1, ISO 8601 (2026-03-02T09:30+01:00; without an offset: local time). Default: now.")
            .arg(what),
        QStringLiteral("DATETIME"));
}

} // namespace commonoptions

} // namespace kap::cli
