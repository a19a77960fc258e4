// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace kap::trends {

/// The Trends view's translatable sentences, made in one place: the session-effect rule shown
/// next to the figures, per-session effect wording, phase and severity names, and the text
/// summary that screen readers get instead of the chart.
class TrendsText
{
    Q_DECLARE_TR_FUNCTIONS(TrendsText)

public:
    /// The rule of SessionEffectAnalysis in plain words, with the reminder that it is not a
    /// clinical measure.
    static QString sessionEffectRule();
    /// The same rule in one sentence, for the therapist report.
    static QString sessionEffectRuleInOneSentence();
    /// "Above the pre-session level for 4 days (back on day 5)", "Not enough check-ins to tell",
    /// and for a session in a block, what the block did.
    static QString sessionEffect(const SessionEffect& effect, const QLocale& locale = {});
    /// "7-day mood 5.1 -> 6.4" or empty when there was not enough data.
    static QString sessionEffectMeans(const SessionEffect& effect, const QLocale& locale = {});
    /// The trend across maintenance sessions: how many were used and why others were left out,
    /// the level before them, how long they helped; ends with "discuss timing with your provider".
    static QString maintenanceTrend(const MaintenanceTrend& trend, const QLocale& locale = {});
    /// The band's own label, or its kind's (PhaseKindText).
    static QString phaseName(const PhaseBand& band);
    static QString questionnaireName(QuestionnaireKind kind);
    /// The unscored last question's answer: "Not difficult at all" .. "Extremely difficult".
    static QString difficulty(int answer);
    /// A few sentences on what the charts show (range, mood level and direction, sessions, phases,
    /// latest questionnaire scores, item-9 flags), for screen readers.
    static QString summary(const TrendsData& data, const QLocale& locale = {});
};

} // namespace kap::trends
