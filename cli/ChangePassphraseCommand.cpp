// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `change-passphrase`: re-encrypts the journal under a new passphrase (atomic, in storage).
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/PassphraseChoice.h"
#include "cli/PassphraseInput.h"
#include "storage/Journal.h"
#include "text/ErrorText.h"
#include "transfer/OldCopies.h"

#include <QDir>

#include <algorithm>
#include <optional>

namespace kap::cli {

namespace {

/// What --old-copies asks for the copies beside the journal that the old passphrase still opens.
enum class OldCopiesChoice { Unset, Reencrypt, Delete, Keep };

/// Changes the passphrase; the new one is asked twice on a terminal. The KDF cost becomes the
/// current production cost (or stays higher if the journal already uses more). Afterwards the
/// copies beside the journal that still open with the old passphrase (SECURITY.md 21) are
/// re-encrypted, deleted or kept as --old-copies says; without it their number is reported.
class ChangePassphraseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChangePassphraseCommand)

    static std::optional<OldCopiesChoice> parseChoice(const QString& value)
    {
        if (value == QLatin1String("reencrypt")) {
            return OldCopiesChoice::Reencrypt;
        }
        if (value == QLatin1String("delete")) {
            return OldCopiesChoice::Delete;
        }
        if (value == QLatin1String("keep")) {
            return OldCopiesChoice::Keep;
        }
        return std::nullopt;
    }

    static QString fileList(const QStringList& paths)
    {
        QStringList lines;
        for (const QString& path : paths) {
            lines << QStringLiteral("  ") + QDir::toNativeSeparators(path);
        }
        return lines.join(QLatin1Char('\n'));
    }

    /// Carries out `choice` once the journal has its new passphrase; the exit code.
    static int handleOldCopies(Console& console, OldCopiesChoice choice, const Journal& journal, const SecureBytes& old)
    {
        if (choice == OldCopiesChoice::Unset || choice == OldCopiesChoice::Keep) {
            QStringList paths;
            for (const JournalCopy& copy : OldCopies::find(journal.path(), old)) {
                paths << copy.path;
            }
            const int count = int(paths.size());
            if (count == 0) {
                return ExitOk;
            }
            if (choice == OldCopiesChoice::Keep) {
                console.out() << tr(
                    "Kept %n copies beside the journal that still open with the old passphrase.", nullptr, count)
                              << Qt::endl;
                return ExitOk;
            }
            console.warn(tr("%n copies beside the journal (backups, copies kept before a restore or an upgrade) still "
                            "open with the old passphrase; anyone who knows it can read them:",
                             nullptr, count)
                + QLatin1Char('\n') + fileList(paths) + QLatin1Char('\n')
                + tr("Delete them if you do not need them. Next time, change-passphrase --old-copies=reencrypt "
                     "re-encrypts them with the new passphrase and --old-copies=delete deletes them."));
            return ExitOk;
        }
        const bool reencrypt = choice == OldCopiesChoice::Reencrypt;
        const OldCopies::Outcome outcome = reencrypt
            ? OldCopies::reencrypt(journal.path(), old, journal.keySpecForCopies())
            : OldCopies::remove(journal.path(), old);
        const int done = int(outcome.changed.size());
        const int failed = int(outcome.failed.size());
        QString doneText;
        QString failedText;
        if (reencrypt) {
            doneText = tr("Re-encrypted %n copies beside the journal with the new passphrase.", nullptr, done);
            failedText = tr("The passphrase was changed, but %n copies beside the journal could not be "
                            "re-encrypted and still open with the old passphrase:",
                nullptr, failed);
        } else {
            doneText = tr("Deleted %n copies beside the journal that opened with the old passphrase.", nullptr, done);
            failedText = tr("The passphrase was changed, but %n copies beside the journal could not be deleted "
                            "and still open with the old passphrase:",
                nullptr, failed);
        }
        if (done > 0) {
            console.out() << doneText << Qt::endl;
        }
        if (outcome.warning != Warning::None) {
            console.warn(ErrorText::describe(outcome.warning));
        }
        if (outcome.ok()) {
            return ExitOk;
        }
        return console.fail(exitCodeFor(outcome.firstError.code),
            failedText + QLatin1Char('\n') + fileList(outcome.failed) + QLatin1Char('\n')
                + ErrorText::describe(outcome.firstError));
    }

public:
    QString name() const override { return QStringLiteral("change-passphrase"); }
    QString summary() const override { return tr("Change the journal's passphrase."); }
    QString details() const override
    {
        return tr("The current passphrase comes from --passphrase-file or the terminal, the new one from "
                  "--new-passphrase-file or the terminal (asked twice). If both files are standard input, the "
                  "first line is the current passphrase and the second the new one. The change is atomic: after "
                  "a crash either the old or the new passphrase opens the journal.\n\n"
                  "Copies beside the journal (automatic backups, copies kept before a restore or a schema upgrade) "
                  "still open with the old passphrase afterwards. --old-copies=reencrypt re-encrypts them with the "
                  "new passphrase (each one checked, then renamed into place), --old-copies=delete deletes them, "
                  "--old-copies=keep keeps them; without the option their number is shown. Copies with a passphrase "
                  "of their own are never touched.");
    }
    QList<QCommandLineOption> options() const override
    {
        return { { QStringLiteral("new-passphrase-file"),
                     tr("Read the new passphrase from the first line of PATH (- or /dev/stdin: standard input)."),
                     QStringLiteral("PATH") },
            { QStringLiteral("old-copies"),
                tr("What to do with the copies beside the journal that still open with the old passphrase: "
                   "reencrypt, delete or keep."),
                QStringLiteral("CHOICE") } };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        OldCopiesChoice choice = OldCopiesChoice::Unset;
        if (invocation.parser().isSet(QStringLiteral("old-copies"))) {
            const QString value = invocation.parser().value(QStringLiteral("old-copies"));
            const auto parsed = parseChoice(value);
            if (!parsed) {
                return console.fail(
                    ExitUsage, tr("--old-copies takes reencrypt, delete or keep, not \"%1\".").arg(value.left(40)));
            }
            choice = *parsed;
        }
        if (const auto missing = invocation.checkJournalExists()) {
            return console.fail(*missing);
        }
        auto current = invocation.readPassphrase(tr("Current passphrase for %1: ").arg(invocation.journalPath()));
        if (!current) {
            return console.fail(current.failure());
        }
        auto journal = invocation.openJournal(current.value());
        if (!journal) {
            return console.fail(journal.failure());
        }
        const QString newFile = invocation.parser().value(QStringLiteral("new-passphrase-file"));
        auto next = invocation.parser().isSet(QStringLiteral("new-passphrase-file"))
            ? PassphraseInput::fromFile(newFile)
            : PassphraseInput::newFromTerminal(tr("New passphrase: "), tr("The same new passphrase again: "));
        if (!next) {
            return console.fail(next.failure());
        }
        if (next.value().isEmpty()) {
            return console.fail(ExitPassphrase, ErrorText::describe(ErrorCode::EmptyPassphrase));
        }
        if (const auto weak = PassphraseChoice::refuseWeak(next.value(), PassphraseChoice::Purpose::NewPassphrase)) {
            return console.fail(*weak);
        }
        KdfParams params = KdfParams::production();
        const KdfParams used = journal.value()->kdfParams();
        if (used.format == params.format) {
            params.opsLimit = std::max(params.opsLimit, used.opsLimit);
            params.memLog2KiB = std::max(params.memLog2KiB, used.memLog2KiB);
        }
        const Status status = journal.value()->changePassphrase(current.value(), next.value(), params);
        next.value().clear();
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        console.out() << tr("Changed the passphrase of %1").arg(invocation.journalPath()) << Qt::endl;
        if (status.warning() != Warning::None) {
            const QString unconfirmed = ErrorText::describe(status.warning());
            console.warn(tr("Only the new passphrase opens the journal now. %1").arg(unconfirmed));
        }
        const int exit = handleOldCopies(console, choice, *journal.value(), current.value());
        current.value().clear();
        return exit;
    }
};

} // namespace

std::unique_ptr<Command> makeChangePassphraseCommand()
{
    return std::make_unique<ChangePassphraseCommand>();
}

} // namespace kap::cli
