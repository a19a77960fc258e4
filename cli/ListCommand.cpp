// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `list`: records of some or all kinds in a date range, as text or JSON (kapjournal-list/2: each
// record in the JSON export's shape, made by the export's own serializer).
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/RecordFormat.h"
#include "cli/Validator.h"
#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "transfer/JsonExportFormat.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace kap::cli {

namespace {

const QList<EntryKind> AllKinds { EntryKind::Phase, EntryKind::Session, EntryKind::Note, EntryKind::Checkin,
    EntryKind::Questionnaire };

/// One listed record, formatted both ways, with its place in the time order. The JSON is
/// { "kind": "session", "record": <the record as in the JSON export> }.
struct Row
{
    QDateTime at;
    int kindOrder = 0;
    RecordId id = 0;
    QJsonObject json;
    QString line;
};

template <typename Record> Row makeRow(const Record& record, const QDateTime& at, EntryKind kind)
{
    const QJsonObject json { { QStringLiteral("kind"), entryKindKey(kind) },
        { QStringLiteral("record"), JsonExportFormat::toJson(record) } };
    return Row { at, int(AllKinds.indexOf(kind)), record.id, json, RecordFormat::toLine(record) };
}

/// Lists records oldest first. Phases are listed when they overlap the range.
class ListCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ListCommand)

public:
    QString name() const override { return QStringLiteral("list"); }
    QString summary() const override { return tr("List entries, oldest first (text or --json)."); }
    QString details() const override
    {
        return tr("Trashed entries are not listed (see trash). Days are the local days the entries were "
                  "recorded in. A phase is listed when it overlaps the range.");
    }

    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("kind"),
                tr("Only these kinds: session, note, checkin, questionnaire, phase (repeat the option or "
                   "separate with commas). Default: all."),
                QStringLiteral("KIND") },
            { QStringLiteral("from"), tr("First day, YYYY-MM-DD."), QStringLiteral("DATE") },
            { QStringLiteral("to"), tr("Last day, YYYY-MM-DD (included)."), QStringLiteral("DATE") },
            commonoptions::json(),
        };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        Validator input(invocation.parser());
        QList<EntryKind> kinds;
        for (const QString& key : input.list(QStringLiteral("kind"))) {
            const auto kind = entryKindFromKey(key.toLower());
            if (!kind) {
                input.addProblem(
                    tr("--kind must be session, note, checkin, questionnaire or phase (got \"%1\").").arg(key));
            } else if (!kinds.contains(*kind)) {
                kinds.append(*kind);
            }
        }
        if (kinds.isEmpty()) {
            kinds = AllKinds;
        }
        ListQuery query;
        query.range.first = input.date(QStringLiteral("from")).value_or(QDate());
        query.range.last = input.date(QStringLiteral("to")).value_or(QDate());
        if (query.range.first.isValid() && query.range.last.isValid() && query.range.last < query.range.first) {
            input.addProblem(tr("--to must not be before --from."));
        }
        if (!input.ok()) {
            return input.report(console);
        }

        auto opened = invocation.openJournal();
        if (!opened) {
            return console.fail(opened.failure());
        }
        Journal& journal = *opened.value();
        QList<Row> rows;
        std::optional<Error> failed;
        auto collect = [&](auto result, auto toRow) {
            if (!result) {
                failed = result.error();
                return;
            }
            for (const auto& record : result.value()) {
                if (auto row = toRow(record)) {
                    rows.append(*row);
                }
            }
        };
        if (kinds.contains(EntryKind::Phase)) {
            collect(journal.phases().list(), [&](const Phase& phase) -> std::optional<Row> {
                const bool overlaps = (!query.range.last.isValid() || phase.start <= query.range.last)
                    && (!query.range.first.isValid() || !phase.end || *phase.end >= query.range.first);
                if (!overlaps) {
                    return std::nullopt;
                }
                return makeRow(phase, QDateTime(phase.start, QTime(0, 0)), EntryKind::Phase);
            });
        }
        if (kinds.contains(EntryKind::Session)) {
            collect(journal.sessions().list(query), [](const Session& session) -> std::optional<Row> {
                return makeRow(session, session.occurredAt, EntryKind::Session);
            });
        }
        if (kinds.contains(EntryKind::Note)) {
            collect(journal.notes().list(query), [](const IntegrationNote& note) -> std::optional<Row> {
                return makeRow(note, note.writtenAt, EntryKind::Note);
            });
        }
        if (kinds.contains(EntryKind::Checkin)) {
            collect(journal.checkins().list(query), [](const MoodCheckin& checkin) -> std::optional<Row> {
                return makeRow(checkin, checkin.at, EntryKind::Checkin);
            });
        }
        if (kinds.contains(EntryKind::Questionnaire)) {
            collect(journal.questionnaires().list(std::nullopt, query),
                [](const QuestionnaireResponse& response) -> std::optional<Row> {
                    return makeRow(response, response.at, EntryKind::Questionnaire);
                });
        }
        if (failed) {
            return console.fail(failureFrom(*failed));
        }
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) {
            return std::tie(a.at, a.kindOrder, a.id) < std::tie(b.at, b.kindOrder, b.id);
        });

        if (invocation.parser().isSet(commonoptions::json())) {
            QJsonArray items;
            for (const Row& row : rows) {
                items.append(row.json);
            }
            const QJsonObject document { { QStringLiteral("schema"), QStringLiteral("kapjournal-list/2") },
                { QStringLiteral("items"), items } };
            console.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        if (rows.isEmpty()) {
            console.out() << tr("No entries.") << Qt::endl;
        }
        for (const Row& row : rows) {
            console.out() << row.line << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeListCommand()
{
    return std::make_unique<ListCommand>();
}

} // namespace kap::cli
