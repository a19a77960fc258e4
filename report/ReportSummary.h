// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportData.h"
#include "storage/Questionnaire.h"

#include <QList>

#include <optional>

namespace kap {

/// The numbers in the report's summary, computed from ReportData. Totals, bands, item-9 flags,
/// response and remission all come from Questionnaire.h.
struct ReportSummary
{
    /// Baseline (TreatmentCourse's rule) and latest of one questionnaire. `latest` is the last
    /// response in the range.
    struct Scores
    {
        std::optional<int> baselineTotal;
        QDate baselineDay;
        std::optional<int> latestTotal;
        QDate latestDay;
        std::optional<questionnaire::Severity> baselineBand;
        std::optional<questionnaire::Severity> latestBand;
        bool baselineAfterTreatmentBegan = false;
        course::Outcome outcome; ///< status at the range's end (TreatmentCourse)
        int count = 0; ///< responses in the range
    };

    int sessionCount = 0;
    QMap<PhaseKind, int> sessionsByPhaseKind; ///< sessions in range by the kind of phase they fell in
    int sessionsOutsidePhases = 0;
    Scores phq9;
    Scores gad7;
    int item9Flags = 0; ///< PHQ-9 responses in the range with item 9 above 0
    QList<QDate> item9Days;
    /// The PHQ-9 baseline the report cites lies before the period and answered item 9 above 0:
    /// its day and answer (a flag the period's own list would not show).
    std::optional<QDate> baselineItem9Day;
    int baselineItem9Answer = 0;
    /// The phase on the range's last day (the latest-starting where phases overlap).
    std::optional<Phase> currentPhase;
    QList<int> daysBetweenSessions; ///< between consecutive sessions in the range, in order
    double doseMgTotal = 0;
    int sessionsWithDose = 0;
    QMap<QString, std::int64_t> costCentsByCurrency;
    /// Side effect (key or the person's words) -> sessions that had it, in the range.
    QMap<QString, int> sideEffectSessions;
    /// Urinary symptoms (bladder harm is a known risk of repeated use): sessions, first, last.
    int urinarySessions = 0;
    QDate urinaryFirst;
    QDate urinaryLast;
    int moodDays = 0; ///< days with at least one check-in
    std::optional<double> meanMood;

    static ReportSummary compute(const ReportData& data);
};

} // namespace kap
