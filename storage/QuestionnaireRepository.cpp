#include "QuestionnaireRepository.h"

#include "Clock.h"
#include "Questionnaire.h"
#include "RecordRows.h"

namespace kap {

namespace {
constexpr const char* Table = "questionnaires";

/// Binds ?3..?10. The total and the item-9 flag are computed here from the answers, through
/// Questionnaire.h, so no caller can store a total that disagrees with the answers.
Status bindContent(Statement& stmt, const QuestionnaireResponse& response, const rows::StoredTime& at)
{
    const std::optional<int> total = questionnaire::total(response.kind, response.answers);
    if (!total) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("incomplete or out-of-range answers"));
    }
    if (response.difficulty && (*response.difficulty < 0 || *response.difficulty > questionnaire::DifficultyMax)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("difficulty is 0-3"));
    }
    stmt.bind(3, questionnaireKindKey(response.kind))
        .bind(4, at.utcMs)
        .bind(5, at.offsetSeconds)
        .bind(6, at.localDay)
        .bind(7, rows::joinAnswers(response.answers))
        .bind(8, *total)
        .bind(9, questionnaire::item9Flag(response) ? 1 : 0)
        .bind(10, response.difficulty);
    return {};
}
} // namespace

QuestionnaireRepository::QuestionnaireRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<RecordId> QuestionnaireRepository::add(QuestionnaireResponse& response)
{
    auto at = rows::toStored(response.at);
    if (!at) {
        return at.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare(
        "INSERT INTO questionnaires (created_utc, updated_utc, kind, at_utc, at_offset, local_day, "
        "answers, total, item9_flag, difficulty, revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, now).bind(2, now);
    if (Status bound = bindContent(stmt.value(), response, at.value()); !bound) {
        return bound.error();
    }
    if (Status s = stmt->exec(); !s) {
        return s.error();
    }
    response.id = m_db.lastInsertId();
    response.meta = RecordMeta { rows::fromUtcMs(now), rows::fromUtcMs(now), 1, std::nullopt };
    return response.id;
}

Result<QuestionnaireResponse> QuestionnaireRepository::get(RecordId id)
{
    return rows::selectById<QuestionnaireResponse>(
        m_db, rows::QuestionnaireColumns, Table, id, rows::readQuestionnaire);
}

Status QuestionnaireRepository::update(QuestionnaireResponse& response)
{
    auto at = rows::toStored(response.at);
    if (!at) {
        return at.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare("UPDATE questionnaires SET kind = ?3, at_utc = ?4, at_offset = ?5, local_day = ?6, "
                             "answers = ?7, total = ?8, item9_flag = ?9, difficulty = ?10, updated_utc = ?11, "
                             "revision = revision + 1 "
                             "WHERE id = ?1 AND revision = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, response.id).bind(2, response.meta.revision).bind(11, now);
    if (Status bound = bindContent(stmt.value(), response, at.value()); !bound) {
        return bound;
    }
    if (Status s = stmt->exec(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return rows::explainUnchanged(m_db, Table, response.id);
    }
    response.meta.revision += 1;
    response.meta.updatedAt = rows::fromUtcMs(now);
    return {};
}

Status QuestionnaireRepository::moveToTrash(RecordId id)
{
    return rows::moveToTrash(m_db, Table, id, rows::nowUtcMs(m_clock));
}

Status QuestionnaireRepository::restore(RecordId id)
{
    return rows::restore(m_db, Table, id);
}

Result<QList<QuestionnaireResponse>> QuestionnaireRepository::list(
    std::optional<QuestionnaireKind> kind, const ListQuery& query)
{
    QByteArray sql = QByteArray("SELECT ") + rows::QuestionnaireColumns
        + " FROM questionnaires WHERE deleted_utc IS NULL" + rows::dayRangeSql(query.range, "local_day");
    if (kind) {
        sql += " AND kind = '" + questionnaireKindKey(*kind).toLatin1() + "'";
    }
    sql += rows::orderLimitSql(query, "at_utc");
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    return rows::readAll<QuestionnaireResponse>(stmt.value(), rows::readQuestionnaire);
}

} // namespace kap
