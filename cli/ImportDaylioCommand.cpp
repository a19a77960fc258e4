// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `import-daylio`: mood history from a Daylio CSV export (transfer/DaylioImporter).
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "storage/Journal.h"
#include "transfer/DaylioImporter.h"

namespace kap::cli {

namespace {

/// Imports a Daylio CSV. Every mood label in the file needs a 0-10 score (--map, or
/// --default-map for Daylio's five standard moods) before anything is written.
class ImportDaylioCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportDaylioCommand)

public:
    QString name() const override { return QStringLiteral("import-daylio"); }
    QString summary() const override { return tr("Import mood check-ins from a Daylio CSV export."); }
    QString details() const override
    {
        return tr("Each mood label in the file must be given a score from 0 to 10 with --map \"label=score\" "
                  "(repeat for each label; labels match without regard to case or surrounding spaces). "
                  "--default-map scores Daylio's standard moods rad=10, good=8, meh=5, bad=3, awful=0. If a "
                  "label has no score, the labels found are listed and nothing is written (exit code 4). "
                  "Activities become tags, note title and note become the check-in's note. Daylio records no "
                  "time zone: times are placed in --timezone (default: this computer's). Importing the same "
                  "file again adds nothing.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("map"), tr("Score a mood label: \"label=score\", score 0-10. Repeatable."),
                QStringLiteral("label=score") },
            { QStringLiteral("default-map"), tr("Score rad, good, meh, bad, awful as 10, 8, 5, 3, 0.") },
            { QStringLiteral("timezone"), tr("IANA time zone of the times in the file, e.g. Europe/Berlin."),
                QStringLiteral("ZONE") },
            { QStringLiteral("dry-run"), tr("Read and check the file, write nothing.") },
        };
    }
    QList<Positional> positionals() const override
    {
        return { { QStringLiteral("FILE"), tr("The Daylio CSV file.") } };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        QCommandLineParser& parser = invocation.parser();
        const QString path = parser.positionalArguments().value(0);
        auto parsed = DaylioImporter::readFile(path);
        if (!parsed) {
            const QString& detail = parsed.error().detail;
            if (parsed.code() != ErrorCode::InvalidArgument || detail == QLatin1String("not_regular")) {
                return console.fail(
                    ExitFile, tr("Cannot read %1: %2").arg(path, DaylioImporter::describeParseError(parsed.error())));
            }
            return console.fail(ExitInvalidData, DaylioImporter::describeParseError(parsed.error()));
        }

        DaylioMoodMap map;
        if (parser.isSet(QStringLiteral("default-map"))) {
            map = DaylioMoodMap::defaults();
        }
        for (const QString& assignment : parser.values(QStringLiteral("map"))) {
            if (!map.parseAssignment(assignment)) {
                return console.fail(
                    ExitInvalidData, tr("--map \"%1\" is not label=score with a score from 0 to 10.").arg(assignment));
            }
        }
        const QStringList missing = map.unmapped(parsed->moodLabels);
        if (!missing.isEmpty()) {
            console.err() << tr("These mood labels have no score yet; nothing was imported:") << Qt::endl;
            for (const QString& label : missing) {
                const auto suggestion = DaylioMoodMap::suggestion(label);
                console.err() << QStringLiteral("  --map \"%1=%2\"")
                                     .arg(label, suggestion ? QString::number(*suggestion) : QStringLiteral("?"))
                              << Qt::endl;
            }
            return ExitInvalidData;
        }
        QTimeZone zone = QTimeZone::systemTimeZone();
        if (parser.isSet(QStringLiteral("timezone"))) {
            zone = QTimeZone(parser.value(QStringLiteral("timezone")).toUtf8());
            if (!zone.isValid()) {
                return console.fail(ExitInvalidData, tr("--timezone: unknown time zone."));
            }
        }
        if (parser.isSet(QStringLiteral("dry-run"))) {
            DaylioImportSummary summary;
            summary.read = int(parsed->entries.size());
            summary.skipped = parsed->skipped;
            summary.skippedNotListed = parsed->skippedNotListed;
            console.out() << tr("Dry run, nothing written.") << QLatin1Char(' ') << summary.describe() << Qt::endl;
            return ExitOk;
        }
        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        auto result = DaylioImporter::import(*journal.value(), parsed.value(), map, zone);
        if (!result) {
            return console.fail(failureFrom(result.error()));
        }
        console.out() << result->describe() << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeImportDaylioCommand()
{
    return std::make_unique<ImportDaylioCommand>();
}

} // namespace kap::cli
