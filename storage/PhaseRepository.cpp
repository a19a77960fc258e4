// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/PhaseRepository.h"

#include "storage/Clock.h"
#include "storage/RecordRows.h"

namespace kap {

namespace {
constexpr const char* Table = "phases";

Status validate(const Phase& phase)
{
    if (!phase.start.isValid()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a phase needs a start day"));
    }
    if (phase.end && (!phase.end->isValid() || *phase.end < phase.start)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("a phase cannot end before it starts"));
    }
    return {};
}

std::optional<QString> endKey(const Phase& phase)
{
    return phase.end ? std::optional<QString>(rows::dayKey(*phase.end)) : std::nullopt;
}
} // namespace

PhaseRepository::PhaseRepository(Database& db, const Clock& clock) : m_db(db), m_clock(clock) { }

Result<RecordId> PhaseRepository::add(Phase& phase)
{
    if (Status valid = validate(phase); !valid) {
        return valid.error();
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare("INSERT INTO phases (kind, label, start_day, end_day, notes, created_utc, updated_utc, "
                             "revision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6, 1)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, phaseKindKey(phase.kind))
        .bind(2, phase.label)
        .bind(3, rows::dayKey(phase.start))
        .bind(4, endKey(phase))
        .bind(5, phase.notes)
        .bind(6, now);
    if (Status s = stmt->exec(); !s) {
        return s.error();
    }
    phase.id = m_db.lastInsertId();
    phase.meta = RecordMeta { rows::fromUtcMs(now), rows::fromUtcMs(now), 1, std::nullopt };
    return phase.id;
}

Result<Phase> PhaseRepository::get(RecordId id)
{
    return rows::selectById<Phase>(m_db, rows::PhaseColumns, Table, id, rows::readPhase);
}

Status PhaseRepository::update(Phase& phase)
{
    if (Status valid = validate(phase); !valid) {
        return valid;
    }
    const std::int64_t now = rows::nowUtcMs(m_clock);
    auto stmt = m_db.prepare("UPDATE phases SET kind = ?3, label = ?4, start_day = ?5, end_day = ?6, notes = ?7, "
                             "updated_utc = ?8, revision = revision + 1 WHERE id = ?1 AND revision = ?2");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, phase.id)
        .bind(2, phase.meta.revision)
        .bind(3, phaseKindKey(phase.kind))
        .bind(4, phase.label)
        .bind(5, rows::dayKey(phase.start))
        .bind(6, endKey(phase))
        .bind(7, phase.notes)
        .bind(8, now);
    if (Status s = stmt->exec(); !s) {
        return s;
    }
    if (m_db.changes() == 0) {
        return rows::explainUnchanged(m_db, Table, phase.id);
    }
    phase.meta.revision += 1;
    phase.meta.updatedAt = rows::fromUtcMs(now);
    return {};
}

Status PhaseRepository::moveToTrash(RecordId id)
{
    return rows::moveToTrash(m_db, Table, id, rows::nowUtcMs(m_clock));
}

Status PhaseRepository::restore(RecordId id)
{
    return rows::restore(m_db, Table, id);
}

Result<QList<Phase>> PhaseRepository::list()
{
    const QByteArray sql
        = QByteArray("SELECT ") + rows::PhaseColumns + " FROM phases WHERE deleted_utc IS NULL ORDER BY start_day, id";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    return rows::readAll<Phase>(stmt.value(), rows::readPhase);
}

Result<std::optional<Phase>> PhaseRepository::phaseOn(QDate day)
{
    if (!day.isValid()) {
        return std::optional<Phase>();
    }
    const QByteArray sql = QByteArray("SELECT ") + rows::PhaseColumns
        + " FROM phases WHERE deleted_utc IS NULL AND start_day <= ?1 AND (end_day IS NULL OR end_day >= ?1)"
          " ORDER BY start_day DESC, id DESC LIMIT 1";
    auto stmt = m_db.prepare(sql.constData());
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, rows::dayKey(day));
    if (stmt->next()) {
        return std::optional<Phase>(rows::readPhase(stmt.value()));
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return std::optional<Phase>();
}

} // namespace kap
