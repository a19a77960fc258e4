// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `backup` and `restore`: encrypted copies of the journal (transfer/BackupService).
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/PassphraseChoice.h"
#include "cli/PassphraseInput.h"
#include "storage/Journal.h"
#include "text/ErrorText.h"
#include "transfer/BackupService.h"

#include <QFileInfo>

namespace kap::cli {

namespace {

/// An encrypted, verified copy of the journal: to a chosen file, or a rolling backup next to it.
class BackupCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override { return tr("Write an encrypted backup of the journal."); }
    QString details() const override
    {
        return tr("The backup is a complete journal file, encrypted and verified, mode 0600. It opens with the "
                  "journal's passphrase unless you give it its own (--separate-passphrase, asked twice, or "
                  "--backup-passphrase-file). --rolling writes <journal>.<UTC time>.backup next to the journal "
                  "and keeps the newest --keep (default 7).");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("rolling"), tr("Write a rolling backup next to the journal instead of TARGET.") },
            { QStringLiteral("keep"), tr("Rolling backups to keep (default 7)."), QStringLiteral("N") },
            { QStringLiteral("separate-passphrase"), tr("Ask for a passphrase for the backup (twice).") },
            { QStringLiteral("backup-passphrase-file"),
                tr("Read the backup's own passphrase from the first line of PATH."), QStringLiteral("PATH") },
            commonoptions::force(),
        };
    }
    QList<Positional> positionals() const override
    {
        return { { QStringLiteral("TARGET"), tr("The backup file to write (not with --rolling)."), true,
            QStringLiteral("rolling") } };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        QCommandLineParser& parser = invocation.parser();
        const bool rolling = parser.isSet(QStringLiteral("rolling"));
        const QString target = parser.positionalArguments().value(0);
        if (rolling == !target.isEmpty()) {
            return console.fail(ExitUsage, tr("Give either TARGET or --rolling."));
        }
        int keep = BackupService::DefaultKeep;
        if (parser.isSet(QStringLiteral("keep"))) {
            bool ok = false;
            keep = parser.value(QStringLiteral("keep")).toInt(&ok);
            if (!ok || keep < 1 || keep > 1000) {
                return console.fail(ExitInvalidData, tr("--keep must be a whole number from 1 to 1000."));
            }
        }
        const bool separate = parser.isSet(QStringLiteral("separate-passphrase"))
            || parser.isSet(QStringLiteral("backup-passphrase-file"));
        if (separate && rolling) {
            return console.fail(ExitUsage, tr("Rolling backups always use the journal's passphrase."));
        }
        if (!target.isEmpty()) {
            if (const auto refused = invocation.checkSaveTarget(target)) {
                return console.fail(*refused);
            }
        }
        if (const auto missing = invocation.checkJournalExists()) {
            return console.fail(*missing);
        }
        auto passphrase = invocation.readPassphrase(tr("Passphrase for %1: ").arg(invocation.journalPath()));
        if (!passphrase) {
            return console.fail(passphrase.failure());
        }
        auto journal = invocation.openJournal(passphrase.value());
        if (!journal) {
            return console.fail(journal.failure());
        }
        if (rolling) {
            auto made = BackupService::rollingBackup(*journal.value(), keep);
            if (!made) {
                return console.fail(failureFrom(made.error()));
            }
            console.out() << tr("Wrote %1").arg(made.value()) << Qt::endl;
            if (made.warning() != Warning::None) {
                console.warn(ErrorText::describe(made.warning()));
            }
            return ExitOk;
        }
        Status status;
        if (separate) {
            const QString prompt = tr("Passphrase for the backup: ");
            const QString confirmPrompt = tr("The same passphrase for the backup again: ");
            auto own = parser.isSet(QStringLiteral("backup-passphrase-file"))
                ? PassphraseInput::fromFile(parser.value(QStringLiteral("backup-passphrase-file")))
                : PassphraseInput::newFromTerminal(prompt, confirmPrompt);
            if (!own) {
                return console.fail(own.failure());
            }
            if (own.value().isEmpty()) {
                return console.fail(ExitPassphrase, ErrorText::describe(ErrorCode::EmptyPassphrase));
            }
            if (const auto weak = PassphraseChoice::refuseWeak(own.value(), PassphraseChoice::Purpose::Backup)) {
                return console.fail(*weak);
            }
            status = BackupService::backupWithPassphrase(*journal.value(), target, passphrase.value(), own.value());
        } else {
            status = BackupService::backup(*journal.value(), target);
        }
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        console.out() << tr("Wrote %1").arg(target) << Qt::endl;
        if (status.warning() != Warning::None) {
            console.warn(ErrorText::describe(status.warning()));
        }
        return ExitOk;
    }
};

/// Replaces the journal with a backup, after verifying the backup and keeping the current file.
class RestoreCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString summary() const override { return tr("Replace the journal with a backup (the current one is kept)."); }
    QString details() const override
    {
        return tr("The backup's passphrase comes from --passphrase-file or the terminal. The backup is opened and "
                  "verified first; if anything is wrong, nothing changes. The current journal is then copied to "
                  "<journal>.<UTC time>.before-restore and the backup takes its place in one atomic rename. "
                  "Afterwards the journal opens with the backup's passphrase. The journal must not be open in the "
                  "app.");
    }
    QList<Positional> positionals() const override
    {
        return { { QStringLiteral("BACKUP"), tr("The backup file to restore.") } };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        const QString backup = invocation.parser().positionalArguments().value(0);
        if (!QFileInfo::exists(backup)) {
            return console.fail(ExitFile, tr("There is no backup at %1.").arg(backup));
        }
        auto passphrase = invocation.readPassphrase(tr("Passphrase for the backup %1: ").arg(backup));
        if (!passphrase) {
            return console.fail(passphrase.failure());
        }
        QString saved;
        const Status status
            = BackupService::restore(invocation.journalPath(), backup, passphrase.value(), Journal::Options {}, &saved);
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        if (!saved.isEmpty()) {
            console.out() << tr("Kept the previous journal as %1").arg(saved) << Qt::endl;
        }
        console.out() << tr("Restored %1 from %2").arg(invocation.journalPath(), backup) << Qt::endl;
        console.out() << tr("The journal now opens with the backup's passphrase.") << Qt::endl;
        if (status.warning() != Warning::None) {
            console.warn(ErrorText::describe(status.warning()));
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeBackupCommand()
{
    return std::make_unique<BackupCommand>();
}

std::unique_ptr<Command> makeRestoreCommand()
{
    return std::make_unique<RestoreCommand>();
}

} // namespace kap::cli
