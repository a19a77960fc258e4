#include "ReportCollector.h"

#include "CheckinRepository.h"
#include "Journal.h"
#include "NoteRepository.h"
#include "PhaseRepository.h"
#include "QuestionnaireRepository.h"
#include "SessionRepository.h"

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
    QDate courseStart;
    for (const Phase& p : phases.value()) {
        const bool overlaps = p.start <= range.last && (!p.end || *p.end >= range.first);
        if (overlaps) {
            data.phases.append(p);
        }
        if (p.kind == PhaseKind::Induction && p.start <= range.last
            && (!courseStart.isValid() || p.start > courseStart)) {
            courseStart = p.start;
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

    for (QuestionnaireKind kind : { QuestionnaireKind::Phq9, QuestionnaireKind::Gad7 }) {
        std::optional<QuestionnaireResponse> baseline;
        if (courseStart.isValid()) {
            // The usual pre-treatment assessment: the latest score in the two weeks before the
            // course's first day.
            ListQuery before;
            before.range = DayRange { courseStart.addDays(-BaselineLeadDays), courseStart.addDays(-1) };
            before.order = SortOrder::NewestFirst;
            before.limit = 1;
            auto found = journal.questionnaires().list(kind, before);
            if (!found) {
                return found.error();
            }
            if (!found.value().isEmpty()) {
                baseline = found.value().first();
            }
        }
        if (!baseline) {
            ListQuery fromCourse;
            fromCourse.range = DayRange { courseStart, range.last };
            fromCourse.limit = 1;
            auto found = journal.questionnaires().list(kind, fromCourse);
            if (!found) {
                return found.error();
            }
            if (!found.value().isEmpty()) {
                baseline = found.value().first();
            }
        }
        (kind == QuestionnaireKind::Phq9 ? data.phq9Baseline : data.gad7Baseline) = baseline;
    }

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
