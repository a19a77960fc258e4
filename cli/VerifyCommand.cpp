// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `verify`: the journal's integrity checks.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "storage/Journal.h"

namespace kap::cli {

namespace {

/// Runs Journal::verify(); exit code 5 when it finds problems.
class VerifyCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(VerifyCommand)

public:
    QString name() const override { return QStringLiteral("verify"); }
    QString summary() const override { return tr("Check the journal's integrity (exit code 5 on problems)."); }
    QString details() const override
    {
        return tr("Opens the journal and runs the database and cipher integrity checks. Nothing is changed. A "
                  "journal too damaged to open also gives exit code 5 (other commands give 3).");
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        auto journal = invocation.openJournal();
        if (!journal) {
            // Damage found while opening is what verify looks for: report it as a verify result.
            if (journal.failure().code == ErrorCode::Corrupted) {
                console.fail(journal.failure());
                return ExitVerifyFailed;
            }
            return console.fail(journal.failure());
        }
        QStringList problems;
        const Status status = journal.value()->verify(&problems);
        if (!problems.isEmpty() || status.code() == ErrorCode::Corrupted) {
            console.out() << tr("Problems found in %1:").arg(invocation.journalPath()) << Qt::endl;
            for (const QString& problem : std::as_const(problems)) {
                console.out() << QStringLiteral("  ") << problem << Qt::endl;
            }
            if (problems.isEmpty()) {
                console.out() << QStringLiteral("  ") << status.error().detail << Qt::endl;
            }
            return ExitVerifyFailed;
        }
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        console.out() << tr("No problems found in %1").arg(invocation.journalPath()) << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeVerifyCommand()
{
    return std::make_unique<VerifyCommand>();
}

} // namespace kap::cli
