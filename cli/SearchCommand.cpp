// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `search QUERY`: full-text search over everything a person writes.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/RecordFormat.h"
#include "cli/TextOptions.h"
#include "cli/Validator.h"
#include "storage/Journal.h"
#include "storage/SearchRepository.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace kap::cli {

namespace {

/// Searches notes, sessions, check-ins and phases for every word of the query, newest first.
class SearchCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString summary() const override
    {
        return tr("Search notes, sessions, check-ins and phases for words, newest first.");
    }
    QString details() const override
    {
        return tr("Every word must match (as a prefix; case and accents are ignored). Searched: note titles, text "
                  "and tags; session intention, experience, provider and details; check-in notes and tags; phase "
                  "names and notes. Entries in the trash are left out. In text output the matched words are shown "
                  "in [brackets] and each result ends with where they were found; JSON output (schema "
                  "kapjournal-search/1) has the plain snippet, snippet_field and found_in.")
            + QStringLiteral("\n\n") + texts().advice();
    }
    /// QUERY, or --query-file.
    static TextOptions texts()
    {
        TextField query { QStringLiteral("query"), tr("The words to look for."), QStringLiteral("QUERY") };
        query.positional = true;
        return TextOptions({ query });
    }
    QList<Positional> positionals() const override
    {
        return { { QStringLiteral("QUERY"), tr("The words to look for (quote several words), unless --query-file."),
            true, QStringLiteral("query-file") } };
    }
    QList<QCommandLineOption> options() const override
    {
        return texts().options()
            + QList<QCommandLineOption> {
                  { QStringLiteral("limit"), tr("At most N results (1-1000, default 50)."), QStringLiteral("N") },
                  commonoptions::json(),
              };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        Validator input(invocation.parser());
        const TextOptions texts = this->texts();
        if (const auto refused = texts.check(invocation.parser(), console)) {
            return console.fail(*refused);
        }
        const QString needsWords = tr("search needs a QUERY (or --query-file PATH) with at least one word.");
        if (!texts.isGiven(invocation.parser(), QStringLiteral("query"))
            || (!invocation.parser().isSet(QStringLiteral("query-file"))
                && invocation.parser().positionalArguments().value(0).trimmed().isEmpty())) {
            return console.fail(ExitUsage, needsWords);
        }
        const int limit = input.integer(QStringLiteral("limit"), 1, 1000).value_or(50);
        if (!input.ok()) {
            return input.report(console);
        }
        auto journal = invocation.openJournal();
        if (!journal) {
            return console.fail(journal.failure());
        }
        QString query;
        if (const auto unread = texts.read(invocation.parser(), { { QStringLiteral("query"), &query } })) {
            return console.fail(*unread);
        }
        // A file may hold the words on several lines.
        query = query.simplified();
        if (query.isEmpty()) {
            return console.fail(ExitUsage, needsWords);
        }
        auto hits = journal.value()->search().search(query, limit);
        if (!hits) {
            return console.fail(failureFrom(hits.error()));
        }
        if (invocation.parser().isSet(commonoptions::json())) {
            QJsonArray items;
            for (const SearchHit& hit : hits.value()) {
                items.append(RecordFormat::toJson(hit));
            }
            const QJsonObject document { { QStringLiteral("schema"), QStringLiteral("kapjournal-search/1") },
                { QStringLiteral("query"), query }, { QStringLiteral("items"), items } };
            console.out() << QString::fromUtf8(QJsonDocument(document).toJson(QJsonDocument::Indented));
            return ExitOk;
        }
        if (hits->isEmpty()) {
            console.out() << tr("Nothing found.") << Qt::endl;
        }
        for (const SearchHit& hit : hits.value()) {
            console.out() << RecordFormat::toLine(hit) << Qt::endl;
        }
        return ExitOk;
    }
};

} // namespace

std::unique_ptr<Command> makeSearchCommand()
{
    return std::make_unique<SearchCommand>();
}

} // namespace kap::cli
