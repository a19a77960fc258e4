// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TreatmentCourse.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace kap::course {

/// The words for the baseline rule and the response / remission status, shared by the
/// questionnaire dialog, Trends, the report and the CLI so they say the same thing.
class CourseText
{
    Q_DECLARE_TR_FUNCTIONS(CourseText)

public:
    /// The rule in one sentence, shown next to the figures.
    static QString baselineRule();
    /// The response and remission thresholds in one sentence.
    static QString outcomeRule();
    /// "baseline 17 on 07/08/2026" or "baseline 17 on 21/08/2026, taken after treatment began".
    /// Dates use the locale's short format unless `dateFormat` is given (the report's "d MMM yyyy").
    static QString baseline(const Baseline& baseline, const QLocale& locale = {}, const QString& dateFormat = {});
    /// The current status: "in response since …", "remission 12 Oct – 9 Nov, not now", "22 % lower
    /// than the baseline (below 10: response is not counted)", ...
    static QString status(const Outcome& outcome, const QLocale& locale = {}, const QString& dateFormat = {});
};

} // namespace kap::course
