// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

#include <optional>

namespace kap {

class Clock;

/// Treatment phases (induction / maintenance / other).
///
/// The CRUD contract shared by every repository:
/// - add() assigns `id` and fills `meta` (created = updated = clock now, revision 1).
/// - get() finds trashed records too (their meta.deletedAt is set); NotFound otherwise.
/// - update() writes only if the stored revision equals `record.meta.revision`, else Conflict
///   (edited elsewhere since it was read); on success it bumps revision and updatedAt in `record`.
/// - moveToTrash()/restore() set and clear deletedAt; trashed records leave every list and query.
class PhaseRepository
{
public:
    PhaseRepository(Database& db, const Clock& clock);

    Result<RecordId> add(Phase& phase);
    Result<Phase> get(RecordId id);
    Status update(Phase& phase);
    Status moveToTrash(RecordId id);
    Status restore(RecordId id);

    /// All phases not in the trash, by start day.
    Result<QList<Phase>> list();
    /// The phase containing `day` (the latest-starting one if several overlap), if any.
    Result<std::optional<Phase>> phaseOn(QDate day);

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace kap
