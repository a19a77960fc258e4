// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

#include <QMap>

#include <optional>

namespace kap {

class Clock;

/// Count and cost of sessions in a range (cost summed per currency).
struct SessionTotals
{
    int count = 0;
    QMap<QString, std::int64_t> costCentsByCurrency;
};

/// Sessions (dose events). CRUD contract as in PhaseRepository.h.
class SessionRepository
{
public:
    SessionRepository(Database& db, const Clock& clock);

    Result<RecordId> add(Session& session);
    Result<Session> get(RecordId id);
    Status update(Session& session);
    Status moveToTrash(RecordId id);
    Status restore(RecordId id);

    /// By local day of `occurredAt`.
    Result<QList<Session>> list(const ListQuery& query = {});
    /// The most recent session (for "same as last session" defaults and the note's default link).
    Result<std::optional<Session>> latest();
    Result<SessionTotals> totals(const DayRange& range = {});

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace kap
