// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/SearchRepository.h"

#include "storage/RecordRows.h"

#include <QHash>
#include <QMap>

#include <cstring>

namespace kap {

namespace {

constexpr int MaxTerms = 16;
constexpr int SnippetTokens = 24;

/// Turns whatever a person typed into an FTS4 MATCH expression that cannot be a syntax error:
/// the text is cut into words of letters, digits and combining marks (everything else, including
/// quotes, '*', '-', '(' and ':', separates words), each word is lower-cased (so "OR", "AND",
/// "NOT", "NEAR" are plain words, FTS operators are upper-case only) and becomes a prefix term.
/// Terms are implicitly ANDed.
QString matchExpression(const QString& text)
{
    QStringList terms;
    QString word;
    auto flush = [&]() {
        if (!word.isEmpty() && terms.size() < MaxTerms) {
            terms.append(word.toLower() + QLatin1Char('*'));
        }
        word.clear();
    };
    for (const char32_t codePoint : text.toUcs4()) {
        if (QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint)) {
            word.append(QString::fromUcs4(&codePoint, 1));
        } else {
            flush();
        }
    }
    flush();
    return terms.join(QLatin1Char(' '));
}

/// One record kind's full-text index: its FTS4 table (docid = the record's id), the record's
/// table, SQL for the hit's time, UTC offset and title (the record is `r`), and the field each
/// index column holds, in column order.
struct IndexedKind
{
    EntryKind kind;
    const char* fts;
    const char* table;
    const char* utcMs;
    const char* offset;
    const char* title;
    QList<SearchField> columns;
    int titleColumn; ///< the column shown as the hit's title (-1: none); its snippet would repeat it
};

const QList<IndexedKind>& indexedKinds()
{
    static const QList<IndexedKind> kinds {
        { EntryKind::Note, "notes_fts", "notes", "r.written_utc", "r.written_offset", "r.title",
            { SearchField::Title, SearchField::Body, SearchField::Tags }, 0 },
        { EntryKind::Session, "sessions_fts", "sessions", "r.occurred_utc", "r.occurred_offset",
            "CASE WHEN r.provider != '' THEN r.provider ELSE r.modality END",
            { SearchField::Intention, SearchField::Experience, SearchField::Provider, SearchField::SessionDetails },
            2 },
        { EntryKind::Checkin, "checkins_fts", "checkins", "r.at_utc", "r.at_offset", "''",
            { SearchField::CheckinNote, SearchField::Tags }, -1 },
        // A phase has a first day, no time: midnight UTC of that day sorts it among the others.
        { EntryKind::Phase, "phases_fts", "phases", "strftime('%s', r.start_day) * 1000", "0", "r.label",
            { SearchField::PhaseLabel, SearchField::PhaseNotes }, 0 },
    };
    return kinds;
}

const IndexedKind* indexedKind(EntryKind kind)
{
    for (const IndexedKind& indexed : indexedKinds()) {
        if (indexed.kind == kind) {
            return &indexed;
        }
    }
    return nullptr;
}

/// "FROM <fts> JOIN <table> r ON r.id = <fts>.docid WHERE <fts> MATCH ?1"
QByteArray matchingRows(const IndexedKind& indexed)
{
    const QByteArray fts(indexed.fts);
    return " FROM " + fts + " JOIN " + indexed.table + " r ON r.id = " + fts + ".docid WHERE " + fts + " MATCH ?1";
}

/// Where the words were found, from FTS4's matchinfo(..., 'pcy'): the number of query words
/// (phrases) and columns, then for each word and column how often it occurs in this record. It
/// comes from the position lists the MATCH has already read, so unlike offsets() it does not
/// tokenize the text again. The result: every column with a match, and the one with the most
/// different query words, whose snippet the hit shows. On a tie the title column loses (the hit
/// shows the title anyway), then the first column wins.
struct MatchedColumns
{
    QList<int> columns;
    int best = 0;
};

MatchedColumns matchedColumns(const QByteArray& matchinfo, int columnCount, int titleColumn)
{
    QList<quint32> values(matchinfo.size() / qsizetype(sizeof(quint32)));
    std::memcpy(values.data(), matchinfo.constData(), values.size() * sizeof(quint32));
    QList<int> wordsPerColumn(columnCount, 0);
    if (values.size() >= 2 && int(values.at(1)) == columnCount) {
        const qsizetype phrases = values.at(0);
        for (qsizetype phrase = 0; phrase < phrases; ++phrase) {
            for (int column = 0; column < columnCount; ++column) {
                const qsizetype at = 2 + phrase * columnCount + column;
                if (at < values.size() && values.at(at) > 0) {
                    ++wordsPerColumn[column];
                }
            }
        }
    }
    // Twice the number of words, plus one for a column that is not the title.
    const auto score = [&](int column) { return 2 * wordsPerColumn.at(column) + (column == titleColumn ? 0 : 1); };
    MatchedColumns matched;
    for (int column = 0; column < columnCount; ++column) {
        if (wordsPerColumn.at(column) == 0) {
            continue;
        }
        if (matched.columns.isEmpty() || score(column) > score(matched.best)) {
            matched.best = column;
        }
        matched.columns.append(column);
    }
    return matched;
}

} // namespace

QString searchFieldKey(SearchField field)
{
    switch (field) {
    case SearchField::Title:
        return QStringLiteral("title");
    case SearchField::Body:
        return QStringLiteral("body");
    case SearchField::Tags:
        return QStringLiteral("tags");
    case SearchField::Intention:
        return QStringLiteral("intention");
    case SearchField::Experience:
        return QStringLiteral("experience");
    case SearchField::Provider:
        return QStringLiteral("provider");
    case SearchField::SessionDetails:
        return QStringLiteral("details");
    case SearchField::CheckinNote:
        return QStringLiteral("checkin_note");
    case SearchField::PhaseLabel:
        return QStringLiteral("phase_label");
    case SearchField::PhaseNotes:
        return QStringLiteral("phase_notes");
    }
    return {};
}

SearchRepository::SearchRepository(Database& db) : m_db(db) { }

Result<QList<SearchHit>> SearchRepository::search(const QString& text, int limit)
{
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit == 0) {
        return hits;
    }
    // Step 1: the newest matching ids. Step 2: snippets for those only, since snippet() is the
    // expensive part and a common word can match thousands of records.
    QByteArray newest;
    for (const IndexedKind& indexed : indexedKinds()) {
        newest += QByteArray(newest.isEmpty() ? "" : " UNION ALL ") + "SELECT "
            + QByteArray::number(static_cast<int>(indexed.kind)) + " AS kind, r.id AS id, " + indexed.utcMs + " AS t"
            + matchingRows(indexed) + " AND r.deleted_utc IS NULL";
    }
    const QByteArray newestSql = "SELECT * FROM (" + newest + ") ORDER BY t DESC, kind DESC, id DESC LIMIT ?2";
    auto ids = m_db.prepare(newestSql.constData());
    if (!ids) {
        return ids.error();
    }
    ids->bind(1, match).bind(2, limit < 0 ? -1 : limit);
    QList<std::pair<int, RecordId>> keys;
    QHash<int, QByteArray> idLists; // per kind, for the IN lists of step 2
    while (ids->next()) {
        keys.append({ ids->int32(0), ids->int64(1) });
        // Ids are integers from our own query, so they are safe to inline.
        QByteArray& list = idLists[keys.last().first];
        list += (list.isEmpty() ? "" : ",") + QByteArray::number(keys.last().second);
    }
    if (!ids->status()) {
        return ids->status().error();
    }

    const QString start { QChar(MatchStart) };
    const QString end { QChar(MatchEnd) };
    const QString ellipsis { QChar(0x2026) };
    QHash<std::pair<int, RecordId>, SearchHit> found;
    // Per kind: where the words are (one full-text evaluation), then the snippets of the page's
    // rows, one evaluation per column they come from (snippet() is the expensive part).
    for (const IndexedKind& indexed : indexedKinds()) {
        const int kind = static_cast<int>(indexed.kind);
        if (!idLists.contains(kind)) {
            continue;
        }
        const QByteArray fts(indexed.fts);
        const int columnCount = static_cast<int>(indexed.columns.size());
        const QByteArray sql = QByteArray("SELECT r.id, ") + indexed.utcMs + ", " + indexed.offset + ", "
            + indexed.title + ", matchinfo(" + fts + ", 'pcy')" + matchingRows(indexed) + " AND " + fts + ".docid IN ("
            + idLists.value(kind) + ")";
        auto stmt = m_db.prepare(sql.constData());
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, match);
        QMap<int, QByteArray> idsByColumn;
        while (stmt->next()) {
            SearchHit hit;
            hit.kind = indexed.kind;
            hit.id = stmt->int64(0);
            hit.at = rows::fromStored(stmt->int64(1), stmt->int32(2));
            hit.title = stmt->text(3);
            const MatchedColumns matched = matchedColumns(stmt->blob(4), columnCount, indexed.titleColumn);
            for (const int column : matched.columns) {
                hit.foundIn.append(indexed.columns.at(column));
            }
            hit.snippetField = indexed.columns.at(matched.best);
            QByteArray& list = idsByColumn[matched.best];
            list += (list.isEmpty() ? "" : ",") + QByteArray::number(hit.id);
            found.insert({ kind, hit.id }, std::move(hit));
        }
        if (!stmt->status()) {
            return stmt->status().error();
        }
        for (auto column = idsByColumn.cbegin(); column != idsByColumn.cend(); ++column) {
            const QByteArray snippetSql = "SELECT docid, snippet(" + fts + ", ?2, ?3, ?4, "
                + QByteArray::number(column.key()) + ", ?5) FROM " + fts + " WHERE " + fts + " MATCH ?1 AND docid IN ("
                + column.value() + ")";
            auto snippets = m_db.prepare(snippetSql.constData());
            if (!snippets) {
                return snippets.error();
            }
            snippets->bind(1, match).bind(2, start).bind(3, end).bind(4, ellipsis).bind(5, SnippetTokens);
            while (snippets->next()) {
                if (auto it = found.find({ kind, snippets->int64(0) }); it != found.end()) {
                    it->snippet = snippets->text(1);
                }
            }
            if (!snippets->status()) {
                return snippets->status().error();
            }
        }
    }
    for (const auto& key : keys) {
        if (auto it = found.find(key); it != found.end()) {
            hits.append(std::move(it.value()));
        }
    }
    return hits;
}

Status SearchRepository::forgetDeleted(Database& db, EntryKind kind)
{
    // FTS4 deletes a document by writing a newer index segment that cancels it: its words stay in
    // the older segments (the _segments and _segdir tables) until those are merged, which may be
    // never. 'optimize' merges every segment into one and leaves deleted documents out, and the
    // connection's secure_delete zeroes the cells and pages the old segments occupied. ('merge'
    // only merges some segments; 'rebuild' needs the content table and rewrites more.) It
    // rewrites the whole index, which for one person's journal is quick, and purging is rare.
    const IndexedKind* indexed = indexedKind(kind);
    if (!indexed) {
        return {}; // questionnaires hold no free text
    }
    const QByteArray fts(indexed->fts);
    return db.exec(("INSERT INTO " + fts + " (" + fts + ") VALUES ('optimize')").constData());
}

} // namespace kap
