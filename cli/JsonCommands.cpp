// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `export-json` and `import-json`: the whole journal as JSON (transfer/JSON_EXPORT.md).
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "report/ReportExporter.h"
#include "storage/Journal.h"
#include "text/ErrorText.h"
#include "transfer/JsonExportFormat.h"
#include "transfer/JsonTransfer.h"

#include <cstdio>

namespace kap::cli {

namespace {

/// Writes every record as JSON to standard output or a file (0600). Warns that it is not
/// encrypted.
class ExportJsonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportJsonCommand)

public:
    QString name() const override { return QStringLiteral("export-json"); }
    QString summary() const override { return tr("Export the whole journal as JSON (NOT encrypted)."); }
    QString details() const override
    {
        return tr("Every record, including the trash, in the format kapjournal-export version %1 (documented in "
                  "transfer/JSON_EXPORT.md; list --json prints records the same way). The output is NOT "
                  "encrypted: anyone who can read the file can read your journal. Without --output it goes to "
                  "standard output.")
            .arg(JsonExportFormat::Version);
    }
    QList<QCommandLineOption> options() const override
    {
        return { { { QStringLiteral("o"), QStringLiteral("output") }, tr("Write to FILE (created with mode 0600)."),
                     QStringLiteral("FILE") },
            commonoptions::force() };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        const QString output = invocation.parser().value(QStringLiteral("output"));
        if (!output.isEmpty()) {
            if (const auto refused = invocation.checkSaveTarget(output)) {
                return console.fail(*refused);
            }
        }
        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        auto json = JsonTransfer::exportJson(*journal.value());
        if (!json) {
            return console.fail(failureFrom(json.error()));
        }
        console.warn(tr("This export is NOT encrypted. Keep it somewhere safe and delete it when done."));
        if (output.isEmpty()) {
            console.out().flush();
            const bool written
                = std::fwrite(json->constData(), 1, std::size_t(json->size()), stdout) == std::size_t(json->size());
            std::fflush(stdout);
            return written ? ExitOk : console.fail(ExitFile, tr("Could not write to standard output."));
        }
        if (Status s = ReportExporter::writePrivate(output, json.value()); !s) {
            return console.fail(failureFrom(s.error()));
        }
        console.err() << tr("Wrote %1").arg(output) << Qt::endl;
        return ExitOk;
    }
};

/// Reads an export-json file into an empty journal.
class ImportJsonCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportJsonCommand)

public:
    QString name() const override { return QStringLiteral("import-json"); }
    QString summary() const override { return tr("Import an export-json file into an empty journal."); }
    QString details() const override
    {
        return tr("The journal must hold no records (create a new one first). Everything is written in one "
                  "transaction: all of it or nothing.");
    }
    QList<Positional> positionals() const override
    {
        return { { QStringLiteral("FILE"), tr("A file written by export-json.") } };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        const QString path = invocation.parser().positionalArguments().value(0);
        auto snapshot = JsonTransfer::readFile(path);
        if (!snapshot) {
            if (const QString problem = JsonTransfer::describeFileError(snapshot.error()); !problem.isEmpty()) {
                const bool content = snapshot.code() == ErrorCode::InvalidArgument
                    && snapshot.error().detail != QLatin1String("not_regular");
                return console.fail(content ? ExitInvalidData : ExitFile, tr("Cannot read %1: %2").arg(path, problem));
            }
            if (snapshot.code() == ErrorCode::NewerVersion) {
                return console.fail(ExitInvalidData, tr("%1 was written by a newer KAP Journal.").arg(path));
            }
            return console.fail(
                ExitInvalidData, tr("%1 is not a valid KAP Journal export: %2").arg(path, snapshot.error().detail));
        }
        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        const Status status = JsonTransfer::restoreInto(*journal.value(), snapshot.value());
        if (status.code() == ErrorCode::AlreadyExists) {
            return console.fail(ExitInvalidData, tr("The journal is not empty; import-json only fills a new journal."));
        }
        if (!status) {
            return console.fail(failureFrom(status.error()));
        }
        console.out() << tr("Imported %1 phases, %2 sessions, %3 notes, %4 check-ins, %5 questionnaires.")
                             .arg(snapshot->phases.size())
                             .arg(snapshot->sessions.size())
                             .arg(snapshot->notes.size())
                             .arg(snapshot->checkins.size())
                             .arg(snapshot->questionnaires.size())
                      << Qt::endl;
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeExportJsonCommand()
{
    return std::make_unique<ExportJsonCommand>();
}

std::unique_ptr<Command> makeImportJsonCommand()
{
    return std::make_unique<ImportJsonCommand>();
}

} // namespace kap::cli
