// `change-passphrase`: re-encrypts the journal under a new passphrase (atomic, in storage).
#include "Command.h"
#include "CommandTable.h"
#include "Console.h"
#include "ErrorText.h"
#include "Journal.h"
#include "PassphraseInput.h"

#include <algorithm>

namespace kap::cli {

namespace {

/// Changes the passphrase; the new one is asked twice on a terminal. The KDF cost becomes the
/// current production cost (or stays higher if the journal already uses more).
class ChangePassphraseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChangePassphraseCommand)

public:
    QString name() const override { return QStringLiteral("change-passphrase"); }
    QString summary() const override { return tr("Change the journal's passphrase."); }
    QString details() const override
    {
        return tr("The current passphrase comes from --passphrase-file or the terminal, the new one from "
                  "--new-passphrase-file or the terminal (asked twice). If both files are standard input, the "
                  "first line is the current passphrase and the second the new one. The change is atomic: after "
                  "a crash either the old or the new passphrase opens the journal.");
    }
    QList<QCommandLineOption> options() const override
    {
        return { { QStringLiteral("new-passphrase-file"),
            tr("Read the new passphrase from the first line of PATH (- or /dev/stdin: standard input)."),
            QStringLiteral("PATH") } };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
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
        KdfParams params = KdfParams::production();
        const KdfParams used = journal.value()->kdfParams();
        if (used.format == params.format) {
            params.opsLimit = std::max(params.opsLimit, used.opsLimit);
            params.memLog2KiB = std::max(params.memLog2KiB, used.memLog2KiB);
        }
        const Status status = journal.value()->changePassphrase(current.value(), next.value(), params);
        current.value().clear();
        next.value().clear();
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        console.out() << tr("Changed the passphrase of %1").arg(invocation.journalPath()) << Qt::endl;
        if (status.warning() != Warning::None) {
            const QString unconfirmed = ErrorText::describe(status.warning());
            console.warn(tr("Only the new passphrase opens the journal now. %1").arg(unconfirmed));
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeChangePassphraseCommand()
{
    return std::make_unique<ChangePassphraseCommand>();
}

} // namespace kap::cli
