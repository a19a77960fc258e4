// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `add-questionnaire`: a completed PHQ-9 or GAD-7, scored by Questionnaire.h.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/RecordFormat.h"
#include "cli/Validator.h"
#include "storage/Journal.h"
#include "storage/Questionnaire.h"
#include "storage/QuestionnaireRepository.h"
#include "text/CrisisText.h"

namespace kap::cli {

namespace {

/// Adds one PHQ-9 / GAD-7 response and prints its total and band. A PHQ-9 item 9 answer above 0
/// always prints the crisis resources (DOMAIN.md, "Safety").
class AddQuestionnaireCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AddQuestionnaireCommand)

public:
    QString name() const override { return QStringLiteral("add-questionnaire"); }
    QString summary() const override { return tr("Add a PHQ-9 or GAD-7 result and print its total and band."); }
    QString details() const override
    {
        return tr("Answers are the item scores in order, 0 (not at all), 1 (several days), 2 (more than half the "
                  "days) or 3 (nearly every day): 9 for PHQ-9, 7 for GAD-7.");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("kind"), tr("phq9 or gad7. Required."), QStringLiteral("KIND") },
            { QStringLiteral("answers"), tr("The item answers, separated by commas. Required."),
                QStringLiteral("0,1,2,...") },
            commonoptions::at(tr("the questionnaire was completed")),
        };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        Validator input(invocation.parser());
        if (!input.isSet(QStringLiteral("kind")) || !input.isSet(QStringLiteral("answers"))) {
            return console.fail(ExitUsage, tr("add-questionnaire needs --kind and --answers."));
        }
        const auto kindKey = input.oneOf(QStringLiteral("kind"), { QStringLiteral("phq9"), QStringLiteral("gad7") });
        const auto at = input.dateTime(QStringLiteral("at"));
        QuestionnaireResponse response;
        if (kindKey) {
            response.kind = questionnaireKindFromKey(*kindKey).value_or(QuestionnaireKind::Phq9);
            const int items = questionnaire::itemCount(response.kind);
            const QString answersText = input.text(QStringLiteral("answers"));
            const QStringList parts = answersText.split(QLatin1Char(','));
            bool valid = parts.size() == items;
            for (const QString& part : parts) {
                const auto answer = Validator::parseInteger(part);
                valid = valid && answer && *answer >= 0 && *answer <= 3;
                response.answers.append(answer.value_or(-1));
            }
            if (!valid) {
                const QString problem
                    = tr("--answers must be %1 answers from 0 to 3 separated by commas, one per item of "
                         "the %2 (got \"%3\").");
                input.addProblem(problem.arg(items).arg(RecordFormat::questionnaireName(response.kind), answersText));
            }
        }
        if (!input.ok()) {
            return input.report(console);
        }
        // Safety first: as soon as the answers are read, before the passphrase or the save.
        if (questionnaire::item9Flag(response)) {
            console.out() << CrisisText::forTerminal() << Qt::endl << Qt::endl;
        }

        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        response.at = at ? *at : journal.value()->clock().now();
        auto id = journal.value()->questionnaires().add(response);
        if (!id) {
            return console.fail(failureFrom(id.error()));
        }
        const int total = questionnaire::total(response.kind, response.answers).value_or(0);
        console.out() << tr("Added questionnaire %1 (%2): total %3 of %4, %5")
                             .arg(id.value())
                             .arg(RecordFormat::questionnaireName(response.kind))
                             .arg(total)
                             .arg(questionnaire::maxTotal(response.kind))
                             .arg(RecordFormat::severityLabel(response.kind, total))
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeAddQuestionnaireCommand()
{
    return std::make_unique<AddQuestionnaireCommand>();
}

} // namespace kap::cli
