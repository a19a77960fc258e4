#include "SearchRepository.h"

#include "RecordRows.h"

#include <QHash>

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

QString sessionTitle(const QString& provider, const QString& modality)
{
    return provider.isEmpty() ? modality : provider;
}

} // namespace

SearchRepository::SearchRepository(Database& db) : m_db(db) { }

Result<QList<SearchHit>> SearchRepository::search(const QString& text, int limit)
{
    QList<SearchHit> hits;
    const QString match = matchExpression(text);
    if (match.isEmpty() || limit == 0) {
        return hits;
    }
    // Step 1: the newest matching ids. Step 2: snippets for those only, since snippet() is the
    // expensive part and a common word can match thousands of notes.
    auto ids = m_db.prepare("SELECT * FROM ("
                            " SELECT 1 AS kind, n.id AS id, n.written_utc AS t FROM notes_fts"
                            " JOIN notes n ON n.id = notes_fts.docid"
                            " WHERE notes_fts MATCH ?1 AND n.deleted_utc IS NULL"
                            " UNION ALL"
                            " SELECT 0, s.id, s.occurred_utc FROM sessions_fts"
                            " JOIN sessions s ON s.id = sessions_fts.docid"
                            " WHERE sessions_fts MATCH ?1 AND s.deleted_utc IS NULL"
                            ") ORDER BY t DESC, kind DESC, id DESC LIMIT ?2");
    if (!ids) {
        return ids.error();
    }
    ids->bind(1, match).bind(2, limit < 0 ? -1 : limit);
    QList<std::pair<int, RecordId>> keys;
    while (ids->next()) {
        keys.append({ ids->int32(0), ids->int64(1) });
    }
    if (!ids->status()) {
        return ids->status().error();
    }
    if (keys.isEmpty()) {
        return hits;
    }

    // Ids are integers from our own query, so they are safe to inline in the IN lists.
    QByteArray noteIds;
    QByteArray sessionIds;
    for (const auto& [kind, id] : keys) {
        QByteArray& list = kind == 1 ? noteIds : sessionIds;
        list += (list.isEmpty() ? "" : ",") + QByteArray::number(id);
    }
    const QString start { QChar(MatchStart) };
    const QString end { QChar(MatchEnd) };
    const QString ellipsis { QChar(0x2026) };
    QHash<std::pair<int, RecordId>, SearchHit> found;
    auto collect = [&](int kind, const QByteArray& sql) -> Status {
        auto stmt = m_db.prepare(sql.constData());
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, match).bind(2, start).bind(3, end).bind(4, ellipsis).bind(5, SnippetTokens);
        while (stmt->next()) {
            SearchHit hit;
            hit.id = stmt->int64(0);
            hit.at = rows::fromStored(stmt->int64(1), stmt->int32(2));
            hit.kind = kind == 1 ? EntryKind::Note : EntryKind::Session;
            hit.title = kind == 1 ? stmt->text(3) : sessionTitle(stmt->text(3), stmt->text(4));
            hit.snippet = stmt->text(5);
            found.insert({ kind, hit.id }, std::move(hit));
        }
        return stmt->status();
    };
    // One full-text evaluation per kind, with snippets only for the page's rows.
    if (!noteIds.isEmpty()) {
        const Status s = collect(1,
            "SELECT n.id, n.written_utc, n.written_offset, n.title, NULL, snippet(notes_fts, ?2, ?3, ?4, -1, ?5)"
            " FROM notes_fts JOIN notes n ON n.id = notes_fts.docid WHERE notes_fts MATCH ?1 AND notes_fts.docid IN ("
                + noteIds + ")");
        if (!s) {
            return s.error();
        }
    }
    if (!sessionIds.isEmpty()) {
        const Status s = collect(0,
            "SELECT s.id, s.occurred_utc, s.occurred_offset, s.provider, s.modality,"
            " snippet(sessions_fts, ?2, ?3, ?4, -1, ?5) FROM sessions_fts JOIN sessions s ON s.id = sessions_fts.docid"
            " WHERE sessions_fts MATCH ?1 AND sessions_fts.docid IN ("
                + sessionIds + ")");
        if (!s) {
            return s.error();
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
    switch (kind) {
    case EntryKind::Note:
        return db.exec("INSERT INTO notes_fts (notes_fts) VALUES ('optimize')");
    case EntryKind::Session:
        return db.exec("INSERT INTO sessions_fts (sessions_fts) VALUES ('optimize')");
    case EntryKind::Checkin:
    case EntryKind::Questionnaire:
    case EntryKind::Phase:
        break;
    }
    return {};
}

} // namespace kap
