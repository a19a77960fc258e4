// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

namespace kap {

class Clock;

/// Mood check-ins. CRUD contract as in PhaseRepository.h.
class CheckinRepository
{
public:
    CheckinRepository(Database& db, const Clock& clock);

    Result<RecordId> add(MoodCheckin& checkin);
    /// For imports: adds the check-in unless one with the same non-empty importKey exists
    /// (also in the trash). Returns true when added, false when it was already there.
    Result<bool> addImported(MoodCheckin& checkin);
    Result<MoodCheckin> get(RecordId id);
    Status update(MoodCheckin& checkin);
    Status moveToTrash(RecordId id);
    Status restore(RecordId id);

    /// By local day of `at`.
    Result<QList<MoodCheckin>> list(const ListQuery& query = {});
    /// One point per local day that has check-ins: the mean of that day's moods (and of the
    /// optional ratings that were given). Oldest first; days without data are absent, never zero.
    Result<QList<DailyMood>> dailySeries(const DayRange& range = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace kap
