// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

namespace kap {

/// The indexed text fields, i.e. where a search found its words. Keys (searchFieldKey()) are
/// stable for JSON output; app/ holds the translated labels (SearchText).
enum class SearchField {
    Title, ///< a note's title
    Body, ///< a note's text
    Tags, ///< a note's or a check-in's tags (Daylio activities)
    Intention, ///< a session's intention
    Experience, ///< a session's experience
    Provider, ///< a session's provider
    SessionDetails, ///< a session's route (other), setting, who was present, side effects
    CheckinNote, ///< a check-in's note
    PhaseLabel, ///< a phase's name
    PhaseNotes, ///< a phase's notes
};

/// "title", "body", "tags", "intention", "experience", "provider", "details", "checkin_note",
/// "phase_label", "phase_notes".
QString searchFieldKey(SearchField field);

/// One full-text match.
struct SearchHit
{
    EntryKind kind = EntryKind::Note; ///< Note, Session, Checkin or Phase
    RecordId id = 0;
    /// When it was written or took place; for a phase its first day (midnight UTC, date only).
    QDateTime at;
    QString title; ///< note title, a short session description, phase name; empty for check-ins
    QString snippet; ///< matched words wrapped in MatchStart / MatchEnd
    SearchField snippetField = SearchField::Body; ///< the field the snippet is taken from
    QList<SearchField> foundIn; ///< every field holding a matched word, in the order of the enum
};

/// Full-text search over everything a person writes: notes, session text, check-in notes and
/// tags, phase names and notes (FTS4 inside the encrypted file, one index per record kind).
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

    /// Removes every trace of deleted records' words from the index of `kind` (nothing to do for
    /// questionnaires, which hold no free text). Run it inside the transaction that deleted them
    /// for good.
    static Status forgetDeleted(Database& db, EntryKind kind);

private:
    Database& m_db;
};

} // namespace kap
