#include "ReportSummary.h"

namespace kap {

namespace {
ReportSummary::Scores scoresFor(QuestionnaireKind kind, const std::optional<QuestionnaireResponse>& baseline,
    const QList<QuestionnaireResponse>& inRange)
{
    ReportSummary::Scores s;
    if (baseline) {
        s.baselineTotal = questionnaire::total(kind, baseline->answers);
        s.baselineDay = baseline->at.date();
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
    if (s.baselineTotal) {
        s.baselineBand = questionnaire::severity(kind, *s.baselineTotal);
    }
    if (s.latestTotal) {
        s.latestBand = questionnaire::severity(kind, *s.latestTotal);
    }
    // Response and remission compare the latest score with the baseline; a single score is
    // its own baseline and says nothing about change.
    if (s.baselineTotal && s.latestTotal && s.latestDay > s.baselineDay) {
        s.response = questionnaire::isResponse(*s.baselineTotal, *s.latestTotal);
        s.remission = questionnaire::isRemission(kind, *s.baselineTotal, *s.latestTotal);
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
    summary.phq9 = scoresFor(QuestionnaireKind::Phq9, data.phq9Baseline, data.questionnaires);
    summary.gad7 = scoresFor(QuestionnaireKind::Gad7, data.gad7Baseline, data.questionnaires);
    for (const QuestionnaireResponse& r : data.questionnaires) {
        if (questionnaire::item9Flag(r)) {
            ++summary.item9Flags;
            summary.item9Days.append(r.at.date());
        }
    }
    if (data.phq9Baseline && questionnaire::item9Flag(*data.phq9Baseline)
        && data.phq9Baseline->at.date() < data.range.first) {
        summary.baselineItem9Day = data.phq9Baseline->at.date();
        summary.baselineItem9Answer = data.phq9Baseline->answers.value(8);
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
