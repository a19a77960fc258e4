// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `create`: a new, empty journal with the production KDF cost.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/PassphraseChoice.h"
#include "cli/PassphraseInput.h"
#include "storage/Journal.h"
#include "text/ErrorText.h"

#include <QFileInfo>

namespace kap::cli {

namespace {

/// Creates a journal; refuses to touch anything that already exists at the path.
class CreateCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CreateCommand)

public:
    QString name() const override { return QStringLiteral("create"); }
    QString summary() const override { return tr("Create a new, empty journal."); }
    QString details() const override
    {
        return tr("On a terminal the passphrase is asked twice. With --passphrase-file it is read once. "
                  "An existing file is never overwritten. Missing folders are created (mode 0700), the "
                  "journal is private to you (mode 0600).");
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        const QString path = invocation.journalPath();
        if (QFileInfo::exists(path)) {
            return console.fail(ExitFile, ErrorText::describe(ErrorCode::AlreadyExists) + QLatin1Char(' ') + path);
        }
        const QString prompt = tr("New passphrase for %1: ").arg(path);
        const QString confirmPrompt = tr("The same passphrase again: ");
        auto passphrase = invocation.parser().isSet(commonoptions::passphraseFile())
            ? PassphraseInput::fromFile(invocation.parser().value(commonoptions::passphraseFile()))
            : PassphraseInput::newFromTerminal(prompt, confirmPrompt);
        if (!passphrase) {
            return console.fail(passphrase.failure());
        }
        if (passphrase.value().isEmpty()) {
            return console.fail(ExitPassphrase, ErrorText::describe(ErrorCode::EmptyPassphrase));
        }
        if (const auto weak = PassphraseChoice::refuseWeak(passphrase.value(), PassphraseChoice::Purpose::NewJournal)) {
            return console.fail(*weak);
        }
        auto journal = Journal::create(path, passphrase.value(), KdfParams::production());
        passphrase.value().clear();
        if (!journal) {
            return console.fail(failureFrom(journal.error()));
        }
        console.out() << tr("Created the journal %1").arg(path) << Qt::endl;
        if (journal.warning() != Warning::None) {
            console.warn(ErrorText::describe(journal.warning()));
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeCreateCommand()
{
    return std::make_unique<CreateCommand>();
}

} // namespace kap::cli
