// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportSummary.h"

namespace kap {

namespace {
ReportSummary::Scores scoresFor(
    QuestionnaireKind kind, const course::Outcome& outcome, const QList<QuestionnaireResponse>& inRange)
{
    ReportSummary::Scores s;
    s.outcome = outcome;
    if (outcome.baseline) {
        s.baselineTotal = outcome.baseline->total;
        s.baselineDay = outcome.baseline->response.at.date();
        s.baselineAfterTreatmentBegan = outcome.baseline->afterTreatmentBegan;
        s.baselineBand = questionnaire::severity(kind, *s.baselineTotal);
    }
    for (const QuestionnaireResponse& r : inRange) {
        if (r.kind != kind) {
            continue;
        }
        const auto total = questionnaire::total(kind, r.answers);
        if (!total) {
            continue;
        }
        ++s.count;
        s.latestTotal = total;
        s.latestDay = r.at.date();
    }
    if (s.latestTotal) {
        s.latestBand = questionnaire::severity(kind, *s.latestTotal);
    }
    return s;
}
} // namespace

ReportSummary ReportSummary::compute(const ReportData& data)
{
    ReportSummary summary;
    summary.sessionCount = int(data.sessions.size());
    for (const Session& session : data.sessions) {
        const QDate day = session.occurredAt.date();
        const Phase* match = nullptr;
        for (const Phase& phase : data.phases) {
            // The latest-starting phase wins where phases overlap, as in PhaseRepository::phaseOn.
            if (phase.contains(day) && (!match || phase.start >= match->start)) {
                match = &phase;
            }
        }
        if (match) {
            summary.sessionsByPhaseKind[match->kind] += 1;
        } else {
            ++summary.sessionsOutsidePhases;
        }
    }
    QDate previous;
    for (const Session& session : data.sessions) {
        const QDate day = session.occurredAt.date();
        if (previous.isValid()) {
            summary.daysBetweenSessions.append(int(previous.daysTo(day)));
        }
        previous = day;
        if (session.doseMg) {
            summary.doseMgTotal += *session.doseMg;
            ++summary.sessionsWithDose;
        }
        if (session.costCents) {
            summary.costCentsByCurrency[session.currency] += *session.costCents;
        }
        for (const QString& effect : session.sideEffects) {
            summary.sideEffectSessions[effect] += 1;
        }
        if (session.sideEffects.contains(sideeffectkeys::Urinary)) {
            if (summary.urinarySessions++ == 0) {
                summary.urinaryFirst = day;
            }
            summary.urinaryLast = day;
        }
    }
    for (const Phase& phase : data.phases) {
        if (phase.contains(data.range.last) && (!summary.currentPhase || phase.start >= summary.currentPhase->start)) {
            summary.currentPhase = phase;
        }
    }

    summary.phq9 = scoresFor(QuestionnaireKind::Phq9, data.phq9Outcome, data.questionnaires);
    summary.gad7 = scoresFor(QuestionnaireKind::Gad7, data.gad7Outcome, data.questionnaires);
    for (const QuestionnaireResponse& r : data.questionnaires) {
        if (questionnaire::item9Flag(r)) {
            ++summary.item9Flags;
            summary.item9Days.append(r.at.date());
        }
    }
    const auto phq9Baseline = data.baseline(QuestionnaireKind::Phq9);
    if (phq9Baseline && questionnaire::item9Flag(*phq9Baseline) && phq9Baseline->at.date() < data.range.first) {
        summary.baselineItem9Day = phq9Baseline->at.date();
        summary.baselineItem9Answer = phq9Baseline->answers.value(8);
    }
    double sum = 0;
    for (const DailyMood& day : data.mood) {
        sum += day.mood;
    }
    summary.moodDays = int(data.mood.size());
    if (!data.mood.isEmpty()) {
        summary.meanMood = sum / double(data.mood.size());
    }
    return summary;
}

} // namespace kap
