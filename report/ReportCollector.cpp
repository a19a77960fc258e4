// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportCollector.h"

#include "statistics/SessionEffectAnalysis.h"
#include "statistics/TreatmentCourse.h"
#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"

#include <algorithm>

namespace kap {

Result<ReportData> ReportCollector::collect(Journal& journal, const ReportOptions& options)
{
    const DayRange& range = options.range;
    if (!range.first.isValid() || !range.last.isValid() || range.first > range.last) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("report range needs both ends"));
    }
    ReportData data;
    data.displayName = options.displayName.trimmed();
    data.range = range;
    data.generatedOn = journal.clock().now().date();

    auto phases = journal.phases().list();
    if (!phases) {
        return phases.error();
    }
    for (const Phase& p : phases.value()) {
        const bool overlaps = p.start <= range.last && (!p.end || *p.end >= range.first);
        if (overlaps) {
            data.phases.append(p);
        }
    }

    ListQuery inRange;
    inRange.range = range;
    auto sessions = journal.sessions().list(inRange);
    if (!sessions) {
        return sessions.error();
    }
    data.sessions = sessions.value();

    auto mood = journal.checkins().dailySeries(range);
    if (!mood) {
        return mood.error();
    }
    data.mood = mood.value();

    auto responses = journal.questionnaires().list(std::nullopt, inRange);
    if (!responses) {
        return responses.error();
    }
    data.questionnaires = responses.value();
    auto item9Changes = journal.questionnaires().item9Changes(range);
    if (!item9Changes) {
        return item9Changes.error();
    }
    data.item9Changes = item9Changes.value();

    // Baselines and status by the one course rule, over everything up to the range's end.
    auto allSessions = journal.sessions().list(ListQuery {});
    if (!allSessions) {
        return allSessions.error();
    }
    ListQuery upToEnd;
    upToEnd.range = DayRange { QDate(), range.last };
    auto scores = journal.questionnaires().list(std::nullopt, upToEnd);
    if (!scores) {
        return scores.error();
    }
    data.courses = course::courses(phases.value(), allSessions.value());
    data.phq9Outcome = course::outcomeOf(QuestionnaireKind::Phq9, data.courses, scores.value(), range.last);
    data.gad7Outcome = course::outcomeOf(QuestionnaireKind::Gad7, data.courses, scores.value(), range.last);

    // Session effects need the week before the range (the earlier level, a block's first session).
    ListQuery context;
    context.range = DayRange { range.first.addDays(-(trends::sessioneffect::CloseDays + 1)), range.last };
    auto nearSessions = journal.sessions().list(context);
    auto nearMood = journal.checkins().dailySeries(context.range);
    if (!nearSessions) {
        return nearSessions.error();
    }
    if (!nearMood) {
        return nearMood.error();
    }
    data.sessionEffects = trends::sessioneffect::analyse(nearSessions.value(), nearMood.value(), phases.value(), range);

    if (options.has(ReportOptions::Notes)) {
        for (RecordId id : options.noteIds) {
            auto note = journal.notes().get(id);
            if (!note) {
                return note.error();
            }
            if (note.value().meta.deletedAt) {
                return makeError(ErrorCode::NotFound, QStringLiteral("chosen note is in the trash"));
            }
            data.notes.append(note.value());
        }
        std::sort(data.notes.begin(), data.notes.end(),
            [](const IntegrationNote& a, const IntegrationNote& b) { return a.writtenAt < b.writtenAt; });
        for (const IntegrationNote& note : data.notes) {
            if (note.sessionId && !data.linkedSessionTimes.contains(*note.sessionId)) {
                auto session = journal.sessions().get(*note.sessionId);
                if (session && !session.value().meta.deletedAt) {
                    data.linkedSessionTimes.insert(*note.sessionId, session.value().occurredAt);
                }
            }
        }
    }
    return data;
}

} // namespace kap
