// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Result.h"

#include <optional>

namespace kap {

class Clock;

/// PHQ-9 and GAD-7 responses. CRUD contract as in PhaseRepository.h. add()/update() refuse
/// incomplete answers (InvalidArgument); the stored total and item-9 flag come from
/// Questionnaire.h, never from the caller.
///
/// A flagged item-9 answer never disappears without a trace: update() that lowers it,
/// moveToTrash() and restore() of a flagged PHQ-9 each record an Item9Change in the same
/// transaction. The app and the CLI ask the person first; storage only keeps the trace.
class QuestionnaireRepository
{
public:
    QuestionnaireRepository(Database& db, const Clock& clock);

    Result<RecordId> add(QuestionnaireResponse& response);
    Result<QuestionnaireResponse> get(RecordId id);
    Status update(QuestionnaireResponse& response);
    Status moveToTrash(RecordId id);
    Status restore(RecordId id);

    /// Responses of one kind (or both when `kind` is empty), by local day of `at`.
    Result<QList<QuestionnaireResponse>> list(std::optional<QuestionnaireKind> kind, const ListQuery& query = {});

    /// Traces whose change or whose questionnaire's day lies in `range`, oldest change first.
    Result<QList<Item9Change>> item9Changes(const DayRange& range = {});
    /// Writes a trace as it was exported (JSON import); `change.questionnaireId` must already
    /// point at the imported questionnaire (or be empty).
    Status restoreItem9Change(const Item9Change& change);

private:
    Status changeTrashState(RecordId id, Item9ChangeKind kind);
    Status recordItem9Change(const Item9Change& change);

    Database& m_db;
    const Clock& m_clock;
};

} // namespace kap
