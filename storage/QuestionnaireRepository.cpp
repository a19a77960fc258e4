// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/QuestionnaireRepository.h"

#include "storage/Clock.h"
#include "storage/Questionnaire.h"
#include "storage/RecordRows.h"

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
/// The stored item-9 answer (PHQ-9 only, 1-3) of a record, with its time and trash state; nullopt
/// when the record is not a flagged PHQ-9.
struct StoredFlag
{
    int answer = 0;
    QDateTime at;
    bool trashed = false;
};

Result<std::optional<StoredFlag>> storedFlag(Database& db, RecordId id)
{
    auto stmt = db.prepare("SELECT answers, at_utc, at_offset, deleted_utc IS NOT NULL FROM questionnaires "
                           "WHERE id = ?1 AND kind = 'phq9' AND item9_flag = 1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, id);
    if (!stmt->next()) {
        if (!stmt->status()) {
            return stmt->status().error();
        }
        return std::optional<StoredFlag> {};
    }
    const int answer = questionnaire::item9Answer(QuestionnaireKind::Phq9, rows::splitAnswers(stmt->text(0)));
    if (answer == 0) {
        return std::optional<StoredFlag> {};
    }
    return std::optional<StoredFlag> { StoredFlag {
        answer, rows::fromStored(stmt->int64(1), stmt->int32(2)), stmt->int32(3) != 0 } };
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
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    auto before = storedFlag(m_db, response.id);
    if (!before) {
        return before.error();
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
    if (const std::optional<StoredFlag>& flag = before.value();
        flag && questionnaire::item9Answer(response) < flag->answer) {
        Item9Change change;
        change.questionnaireId = response.id;
        change.kind = Item9ChangeKind::AnswerLowered;
        change.answeredAt = flag->at;
        change.previousAnswer = flag->answer;
        change.newAnswer = questionnaire::item9Answer(response);
        change.changedAt = m_clock.now();
        if (Status traced = recordItem9Change(change); !traced) {
            return traced;
        }
    }
    if (Status committed = tx.commit(); !committed) {
        return committed;
    }
    response.meta.revision += 1;
    response.meta.updatedAt = rows::fromUtcMs(now);
    return {};
}

Status QuestionnaireRepository::moveToTrash(RecordId id)
{
    return changeTrashState(id, Item9ChangeKind::MovedToTrash);
}

Status QuestionnaireRepository::restore(RecordId id)
{
    return changeTrashState(id, Item9ChangeKind::Restored);
}

Status QuestionnaireRepository::changeTrashState(RecordId id, Item9ChangeKind kind)
{
    Transaction tx(m_db);
    if (!tx.begun()) {
        return tx.begun();
    }
    auto before = storedFlag(m_db, id);
    if (!before) {
        return before.error();
    }
    const bool toTrash = kind == Item9ChangeKind::MovedToTrash;
    if (Status s
        = toTrash ? rows::moveToTrash(m_db, Table, id, rows::nowUtcMs(m_clock)) : rows::restore(m_db, Table, id);
        !s) {
        return s;
    }
    // Only a real move leaves a trace: trashing a trashed record again changes nothing.
    if (const std::optional<StoredFlag>& flag = before.value(); flag && flag->trashed != toTrash) {
        Item9Change change;
        change.questionnaireId = id;
        change.kind = kind;
        change.answeredAt = flag->at;
        change.previousAnswer = flag->answer;
        change.changedAt = m_clock.now();
        if (Status traced = recordItem9Change(change); !traced) {
            return traced;
        }
    }
    return tx.commit();
}

Status QuestionnaireRepository::recordItem9Change(const Item9Change& change)
{
    auto answered = rows::toStored(change.answeredAt);
    if (!answered) {
        return answered.error();
    }
    auto changed = rows::toStored(change.changedAt);
    if (!changed) {
        return changed.error();
    }
    auto stmt = m_db.prepare(
        "INSERT INTO item9_changes (questionnaire_id, change, answered_utc, answered_offset, answered_day, "
        "previous_answer, new_answer, changed_utc, changed_offset, changed_day) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, change.questionnaireId)
        .bind(2, item9ChangeKindKey(change.kind))
        .bind(3, answered->utcMs)
        .bind(4, answered->offsetSeconds)
        .bind(5, answered->localDay)
        .bind(6, change.previousAnswer)
        .bind(7, change.newAnswer)
        .bind(8, changed->utcMs)
        .bind(9, changed->offsetSeconds)
        .bind(10, changed->localDay);
    return stmt->exec();
}

Status QuestionnaireRepository::restoreItem9Change(const Item9Change& change)
{
    return recordItem9Change(change);
}

Result<QList<Item9Change>> QuestionnaireRepository::item9Changes(const DayRange& range)
{
    // A trace belongs to a period when either the change or the answer it changed lies in it.
    const QByteArray changedIn = "1" + rows::dayRangeSql(range, "changed_day");
    const QByteArray answeredIn = "1" + rows::dayRangeSql(range, "answered_day");
    const QByteArray sql = "SELECT id, questionnaire_id, change, answered_utc, answered_offset, previous_answer, "
                           "new_answer, changed_utc, changed_offset FROM item9_changes WHERE ("
        + changedIn + ") OR (" + answeredIn + ") ORDER BY changed_utc, id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    QList<Item9Change> changes;
    while (stmt->next()) {
        Item9Change change;
        change.id = stmt->int64(0);
        change.questionnaireId = stmt->optInt64(1);
        change.kind = item9ChangeKindFromKey(stmt->text(2)).value_or(Item9ChangeKind::AnswerLowered);
        change.answeredAt = rows::fromStored(stmt->int64(3), stmt->int32(4));
        change.previousAnswer = stmt->int32(5);
        change.newAnswer = stmt->optInt(6);
        change.changedAt = rows::fromStored(stmt->int64(7), stmt->int32(8));
        changes.append(change);
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return changes;
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
