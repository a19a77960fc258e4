// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `report`: the encrypted therapist report (report/ReportExporter).
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/PassphraseChoice.h"
#include "cli/PassphraseInput.h"
#include "cli/TextOptions.h"
#include "cli/Validator.h"
#include "passphrase/PassphraseGenerator.h"
#include "report/PdfEncryptor.h"
#include "report/ReportExporter.h"
#include "report/ReportRange.h"
#include "storage/Journal.h"
#include "storage/PhaseRepository.h"
#include "text/ErrorText.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace kap::cli {

namespace {

/// Builds the report in memory, encrypts it with an export password (AES-256) and writes it
/// (mode 0600). Needs the QGuiApplication main.cpp creates for this command (fonts).
class ReportCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override { return tr("Write the encrypted PDF report for a therapist."); }
    QString details() const override
    {
        return tr("The export password (not the journal's passphrase) comes from --password-file, or is asked "
                  "twice on the terminal, or is generated with --generate-password (five common words, printed "
                  "once so you can tell it to your therapist). An empty password is refused. Integration notes "
                  "appear only when chosen with --note ID (see list --kind note). Range: --preset whole-course "
                  "(default), this-phase, last-4-weeks or last-12-weeks, or --from/--to. Paper size follows the "
                  "system locale unless --paper a4|letter.")
            + QStringLiteral("\n\n") + texts().advice();
    }
    /// The name printed on the report.
    static TextOptions texts()
    {
        return TextOptions({ { QStringLiteral("name"), tr("Name or initials to print on the report.") } });
    }
    QList<QCommandLineOption> options() const override
    {
        return QList<QCommandLineOption> {
            { { QStringLiteral("o"), QStringLiteral("output") }, tr("The PDF file to write."), QStringLiteral("FILE") },
            { QStringLiteral("preset"), tr("whole-course, this-phase, last-4-weeks, last-12-weeks."),
                QStringLiteral("NAME") },
            { QStringLiteral("from"), tr("First day (YYYY-MM-DD)."), QStringLiteral("DATE") },
            { QStringLiteral("to"), tr("Last day (YYYY-MM-DD, default today)."), QStringLiteral("DATE") },
            { QStringLiteral("sections"),
                tr("Sections to include, comma-separated: summary, mood, sessions, questionnaires, notes (default "
                   "all)."),
                QStringLiteral("LIST") },
            { QStringLiteral("note"), tr("Include the integration note with this id. Repeatable."),
                QStringLiteral("ID") },
            { QStringLiteral("paper"), tr("a4 or letter."), QStringLiteral("SIZE") },
            { QStringLiteral("password-file"), tr("Read the export password from the first line of PATH."),
                QStringLiteral("PATH") },
            { QStringLiteral("generate-password"), tr("Generate an easy-to-read password and print it.") },
            commonoptions::force(),
        }
        + texts().options();
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        QCommandLineParser& parser = invocation.parser();
        if (!qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
            return console.fail(ExitInternal, tr("report needs the GUI library for fonts."));
        }
        const TextOptions texts = this->texts();
        if (const auto refused = texts.check(parser, console)) {
            return console.fail(*refused);
        }
        const QString output = parser.value(QStringLiteral("output"));
        if (output.isEmpty()) {
            return console.fail(ExitUsage, tr("--output FILE is required."));
        }
        Validator validator(parser);
        ReportOptions options;
        options.locale = QLocale::system();
        const auto from = validator.date(QStringLiteral("from"));
        const auto to = validator.date(QStringLiteral("to"));
        const auto preset = validator.oneOf(QStringLiteral("preset"),
            { QStringLiteral("whole-course"), QStringLiteral("this-phase"), QStringLiteral("last-4-weeks"),
                QStringLiteral("last-12-weeks") });
        const auto paper = validator.oneOf(QStringLiteral("paper"), { QStringLiteral("a4"), QStringLiteral("letter") });
        if (paper) {
            options.pageSize = QPageSize(*paper == QLatin1String("a4") ? QPageSize::A4 : QPageSize::Letter);
        }
        if (parser.isSet(QStringLiteral("sections"))) {
            options.sections = 0;
            const QHash<QString, int> names = { { QStringLiteral("summary"), ReportOptions::Summary },
                { QStringLiteral("mood"), ReportOptions::MoodChart },
                { QStringLiteral("sessions"), ReportOptions::SessionsTable },
                { QStringLiteral("questionnaires"), ReportOptions::Questionnaires },
                { QStringLiteral("notes"), ReportOptions::Notes } };
            for (const QString& section : validator.list(QStringLiteral("sections"))) {
                if (!names.contains(section)) {
                    validator.addProblem(tr("--sections: unknown section \"%1\".").arg(section));
                }
                options.sections |= names.value(section);
            }
        }
        for (const QString& id : parser.values(QStringLiteral("note"))) {
            bool ok = false;
            const qlonglong value = id.toLongLong(&ok);
            if (!ok || value < 1) {
                validator.addProblem(tr("--note must be a record id (a whole number)."));
            }
            options.noteIds.append(value);
        }
        if (preset && (from || to)) {
            validator.addProblem(tr("Give either --preset or --from/--to."));
        }
        if (!validator.ok()) {
            return validator.report(console);
        }
        if (const auto refused = invocation.checkSaveTarget(output)) {
            return console.fail(*refused);
        }

        // The password first: a refusal costs the person nothing.
        SecureBytes password;
        QString generated;
        if (parser.isSet(QStringLiteral("generate-password"))) {
            generated
                = PassphraseGenerator::generate(PassphraseGenerator::DefaultWords, PdfEncryptor::MaxPasswordBytes);
            password = SecureBytes::fromString(generated);
        } else {
            auto read = parser.isSet(QStringLiteral("password-file"))
                ? PassphraseInput::fromFile(parser.value(QStringLiteral("password-file")))
                : PassphraseInput::newFromTerminal(tr("Export password: "), tr("The same export password again: "));
            if (!read) {
                return console.fail(read.failure());
            }
            password = std::move(read.value());
        }
        if (password.isEmpty()) {
            return console.fail(ExitPassphrase, tr("The export password must not be empty."));
        }
        if (Status usable = PdfEncryptor::checkPassword(password); !usable) {
            return console.fail(failureFrom(usable.error()));
        }
        // A chosen password meets the journal's rule: a stolen report can be attacked offline too.
        if (generated.isEmpty()) {
            if (const auto weak = PassphraseChoice::refuseWeak(password, PassphraseChoice::Purpose::ExportPassword)) {
                return console.fail(*weak);
            }
        }

        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        if (const auto unread = texts.read(parser, { { QStringLiteral("name"), &options.displayName } })) {
            return console.fail(*unread);
        }
        auto phases = journal.value()->phases().list();
        if (!phases) {
            return console.fail(failureFrom(phases.error()));
        }
        const QDate today = journal.value()->clock().now().date();
        QDate firstDay;
        for (const Phase& p : phases.value()) {
            firstDay = firstDay.isValid() ? std::min(firstDay, p.start) : p.start;
        }
        if (from || to) {
            options.range = ReportRange::resolve(ReportRange::Preset::Custom, today, phases.value(), firstDay,
                DayRange { from.value_or(QDate()), to.value_or(QDate()) });
        } else {
            ReportRange::Preset p = ReportRange::Preset::WholeCourse;
            if (preset == QLatin1String("this-phase")) {
                p = ReportRange::Preset::ThisPhase;
            } else if (preset == QLatin1String("last-4-weeks")) {
                p = ReportRange::Preset::Last4Weeks;
            } else if (preset == QLatin1String("last-12-weeks")) {
                p = ReportRange::Preset::Last12Weeks;
            }
            options.range = ReportRange::resolve(p, today, phases.value(), firstDay);
        }
        const Status status = ReportExporter::exportReport(*journal.value(), options, password, output);
        password.clear();
        if (status.code() == ErrorCode::NotFound) {
            return console.fail(ExitInvalidData, tr("A chosen note does not exist or is in the trash."));
        }
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        console.out() << tr("Wrote the encrypted report %1 (%2 to %3).")
                             .arg(output, options.range.first.toString(Qt::ISODate),
                                 options.range.last.toString(Qt::ISODate))
                      << Qt::endl;
        if (!generated.isEmpty()) {
            console.out() << tr("Export password (tell it to your therapist separately): %1").arg(generated)
                          << Qt::endl;
            SecureBytes::wipe(generated);
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeReportCommand()
{
    return std::make_unique<ReportCommand>();
}

} // namespace kap::cli
