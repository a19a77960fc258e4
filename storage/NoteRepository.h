// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

namespace kap {

class Clock;

/// Integration notes. CRUD contract as in PhaseRepository.h. Notes are saved continuously from
/// the editor: update() is cheap and keeps the FTS index in step (triggers).
class NoteRepository
{
public:
    NoteRepository(Database& db, const Clock& clock);

    Result<RecordId> add(IntegrationNote& note);
    Result<IntegrationNote> get(RecordId id);
    Status update(IntegrationNote& note);
    Status moveToTrash(RecordId id);
    Status restore(RecordId id);

    /// By local day of `writtenAt`.
    Result<QList<IntegrationNote>> list(const ListQuery& query = {});
    /// Notes linked to one session, oldest first.
    Result<QList<IntegrationNote>> forSession(RecordId sessionId);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace kap
