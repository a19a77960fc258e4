#pragma once

#include "Database.h"
#include "Entities.h"
#include "Result.h"

namespace kap {

/// One full-text match.
struct SearchHit
{
    EntryKind kind = EntryKind::Note; ///< Note or Session
    RecordId id = 0;
    QDateTime at;
    QString title; ///< note title, or a short session description
    QString snippet; ///< matched words wrapped in MatchStart / MatchEnd
};

/// Full-text search over integration notes and session text (FTS4 inside the encrypted file).
class SearchRepository
{
public:
    /// Markers around matched words in SearchHit::snippet (private-use characters, so they can
    /// never clash with what a person typed; the app turns them into bold text).
    static constexpr char16_t MatchStart = u'\uE000';
    static constexpr char16_t MatchEnd = u'\uE001';

    explicit SearchRepository(Database& db);

    /// Searches for every word of `text` (prefix match, case- and accent-insensitive). Any text is
    /// safe: FTS operators and quotes are neutralised. Trashed records are excluded. Newest first.
    Result<QList<SearchHit>> search(const QString& text, int limit = 50);

    /// Removes every trace of deleted records' words from the index of `kind` (notes or
    /// sessions; nothing to do for the other kinds). Run it inside the transaction that deleted
    /// them for good.
    static Status forgetDeleted(Database& db, EntryKind kind);

private:
    Database& m_db;
};

} // namespace kap
