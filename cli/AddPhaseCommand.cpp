// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `add-phase`: a treatment phase (induction, maintenance, other).
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/TextOptions.h"
#include "cli/Validator.h"
#include "storage/Journal.h"
#include "storage/PhaseRepository.h"

namespace kap::cli {

namespace {

/// Adds one treatment phase.
class AddPhaseCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddPhaseCommand)

public:
    QString name() const override { return QStringLiteral("add-phase"); }
    QString summary() const override { return tr("Add a treatment phase and print its id."); }
    QString details() const override
    {
        return tr("Without --end the phase is ongoing. The end day is included in the phase.") + QStringLiteral("\n\n")
            + texts().advice();
    }
    /// The label and the notes; --edit writes the notes.
    static TextOptions texts()
    {
        return TextOptions({ { QStringLiteral("label"), tr("A name, e.g. \"First course\".") },
                               { QStringLiteral("notes"), tr("Notes about the phase.") } },
            QStringLiteral("notes"));
    }

    QList<QCommandLineOption> options() const override
    {
        return QList<QCommandLineOption> {
            { QStringLiteral("kind"), tr("induction, maintenance or other. Required."), QStringLiteral("KIND") },
            { QStringLiteral("start"), tr("First day, YYYY-MM-DD. Required."), QStringLiteral("DATE") },
            { QStringLiteral("end"), tr("Last day, YYYY-MM-DD."), QStringLiteral("DATE") },
        }
        + texts().options();
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        Validator input(invocation.parser());
        const TextOptions texts = this->texts();
        if (const auto refused = texts.check(invocation.parser(), console)) {
            return console.fail(*refused);
        }
        if (!input.isSet(QStringLiteral("kind")) || !input.isSet(QStringLiteral("start"))) {
            return console.fail(ExitUsage, tr("add-phase needs --kind and --start."));
        }
        Phase phase;
        const auto kind = input.oneOf(QStringLiteral("kind"),
            { QStringLiteral("induction"), QStringLiteral("maintenance"), QStringLiteral("other") });
        const auto start = input.date(QStringLiteral("start"));
        phase.end = input.date(QStringLiteral("end"));
        if (start && phase.end && *phase.end < *start) {
            input.addProblem(tr("--end must not be before --start."));
        }
        if (!input.ok()) {
            return input.report(console);
        }
        phase.kind = phaseKindFromKey(*kind).value_or(PhaseKind::Other);
        phase.start = *start;

        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        if (const auto unread = texts.read(invocation.parser(),
                { { QStringLiteral("label"), &phase.label }, { QStringLiteral("notes"), &phase.notes } })) {
            return console.fail(*unread);
        }
        auto id = journal.value()->phases().add(phase);
        SecureBytes::wipe(phase.notes);
        if (!id) {
            return console.fail(failureFrom(id.error()));
        }
        console.out() << tr("Added phase %1").arg(id.value()) << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAddPhaseCommand()
{
    return std::make_unique<AddPhaseCommand>();
}

} // namespace kap::cli
