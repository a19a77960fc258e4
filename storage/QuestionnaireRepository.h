#pragma once

#include "Database.h"
#include "Entities.h"
#include "Result.h"

#include <optional>

namespace kap {

class Clock;

/// PHQ-9 and GAD-7 responses. CRUD contract as in PhaseRepository.h. add()/update() refuse
/// incomplete answers (InvalidArgument); the stored total and item-9 flag come from
/// Questionnaire.h, never from the caller.
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

private:
    Database& m_db;
    const Clock& m_clock;
};

} // namespace kap
