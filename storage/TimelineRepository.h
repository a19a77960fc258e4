// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

#include <variant>

namespace kap {

/// One row of the merged journal timeline.
struct TimelineEntry
{
    EntryKind kind = EntryKind::Checkin;
    QDateTime at;
    std::variant<Session, IntegrationNote, MoodCheckin, QuestionnaireResponse> record;
};

/// A page of the timeline: entries strictly older than `before` (or the newest when invalid),
/// newest first, at most `limit`, restricted to `kinds` (all when empty) and `range`.
struct TimelineQuery
{
    DayRange range;
    QList<EntryKind> kinds;
    QDateTime before;
    int limit = 100;
};

/// The merged, paged timeline of sessions, notes, check-ins and questionnaires (not phases).
class TimelineRepository
{
public:
    explicit TimelineRepository(Database& db);

    Result<QList<TimelineEntry>> page(const TimelineQuery& query);

private:
    Database& m_db;
};

} // namespace kap
