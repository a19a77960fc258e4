// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/TrendsText.h"

#include "statistics/SessionEffectAnalysis.h"
#include "text/CourseText.h"
#include "text/PhaseKindText.h"
#include "text/SeverityText.h"

#include <algorithm>
#include <cmath>

namespace kap::trends {

QString TrendsText::sessionEffectRule()
{
    return tr("How this is worked out: the level before a session is your mean daily mood over the %1 days before "
              "it (at least %2 of them with check-ins). Mood is back to that level on the first day it is there or "
              "below on two days with check-ins in a row (or on average with the days around it); days without "
              "check-ins are skipped. Sessions less than %3 days apart are measured together as a block. It is a "
              "rough pattern in your own ratings, not a clinical measure.")
        .arg(sessioneffect::WindowDays)
        .arg(sessioneffect::MinDaysBefore)
        .arg(sessioneffect::CloseDays + 1);
}

QString TrendsText::difficulty(int answer)
{
    switch (answer) {
    case 0:
        return tr("Not difficult at all");
    case 1:
        return tr("Somewhat difficult");
    case 2:
        return tr("Very difficult");
    case 3:
        return tr("Extremely difficult");
    default:
        return {};
    }
}

QString TrendsText::sessionEffectRuleInOneSentence()
{
    return tr("Mood counts as back to its earlier level (the mean of the %1 days before the session) on the first of "
              "two days with check-ins in a row at or below it; sessions less than %2 days apart are measured as one "
              "block; a rough pattern in self-ratings, not a clinical measure.")
        .arg(sessioneffect::WindowDays)
        .arg(sessioneffect::CloseDays + 1);
}

QString TrendsText::sessionEffect(const SessionEffect& effect, const QLocale& locale)
{
    QString reading;
    switch (effect.outcome) {
    case SessionEffect::Outcome::NotEnoughData:
        reading = tr("not enough check-ins before and after to tell");
        break;
    case SessionEffect::Outcome::NoRise:
        reading = effect.meanAfter && effect.meanBefore
                && *effect.meanAfter < *effect.meanBefore - sessioneffect::HeldMargin
            ? tr("lower in the week after")
            : tr("no rise: mood held its level");
        break;
    case SessionEffect::Outcome::Returned:
        // English source texts carry no plural forms without a translation: "1 day" is its own string.
        if (effect.daysAbove.value_or(0) == 1) {
            reading = effect.daysAboveApproximate ? tr("above the earlier level for about 1 day (back on day %1)")
                                                  : tr("above the earlier level for 1 day (back on day %1)");
        } else {
            const int days = effect.daysAbove.value_or(0);
            reading = effect.daysAboveApproximate
                ? tr("above the earlier level for about %n days (back on day %1)", nullptr, days)
                : tr("above the earlier level for %n days (back on day %1)", nullptr, days);
        }
        reading = reading.arg(effect.returnDay.value_or(0));
        break;
    case SessionEffect::Outcome::StillAbove:
        reading = tr("still above the earlier level on day %1, the last day looked at")
                      .arg(effect.lastDayLooked.value_or(0));
        break;
    }
    if (!effect.inBlock()) {
        return reading.left(1).toUpper() + reading.mid(1);
    }
    return tr("Not measurable alone (another session within %n days). The block of %1 sessions, %2 – %3: %4", nullptr,
        sessioneffect::CloseDays)
        .arg(effect.blockSessions)
        .arg(locale.toString(effect.blockFirst, QLocale::ShortFormat),
            locale.toString(effect.blockLast, QLocale::ShortFormat), reading);
}

QString TrendsText::sessionEffectMeans(const SessionEffect& effect, const QLocale& locale)
{
    if (!effect.meanBefore || !effect.meanAfter) {
        return {};
    }
    return tr("%1 → %2").arg(locale.toString(*effect.meanBefore, 'f', 1), locale.toString(*effect.meanAfter, 'f', 1));
}

QString TrendsText::maintenanceTrend(const MaintenanceTrend& trend, const QLocale& locale)
{
    if (trend.sessions == 0) {
        return tr("No maintenance sessions in this range.");
    }
    const QString leftOut = tr("left out: %1 too close to another session, %2 with too few check-ins")
                                .arg(trend.tooClose)
                                .arg(trend.tooFewCheckins);
    const QString provider = tr("Discuss timing with your provider.");
    if (!trend.enough()) {
        return tr("A pattern across maintenance sessions needs at least %1 measurable sessions; %2 of %3 are (%4).")
                   .arg(sessioneffect::MinTrendSessions)
                   .arg(trend.measurable)
                   .arg(trend.sessions)
                   .arg(leftOut)
            + QLatin1Char(' ') + provider;
    }
    QStringList parts;
    parts << tr("%1 of %2 maintenance sessions were measured (%3).")
                 .arg(trend.measurable)
                 .arg(trend.sessions)
                 .arg(leftOut);
    parts << tr("Mood before them averaged %1 (the 3 days before: %2).")
                 .arg(locale.toString(trend.meanBefore.value_or(0), 'f', 1),
                     trend.meanTrough ? locale.toString(*trend.meanTrough, 'f', 1) : QStringLiteral("–"));
    if (trend.stillAbove > 0) {
        parts << tr("%n stayed above it until the next session or the last day looked at.", nullptr, trend.stillAbove);
    }
    if (trend.noRise > 0) {
        parts << tr("After %n there was no rise: the level held.", nullptr, trend.noRise);
    }
    if (trend.returned > 0 && trend.meanDaysAbove) {
        parts << tr("After %n mood came back to the earlier level; counting the sessions without a rise as 0, days "
                    "above averaged %1.",
            nullptr, trend.returned)
                     .arg(locale.toString(*trend.meanDaysAbove, 'f', 1));
    }
    if (trend.slopeDaysPerSession) {
        const double slope = *trend.slopeDaysPerSession;
        parts << (std::abs(slope) < 0.25 ? tr("About the same from one session to the next.")
                : slope < 0 ? tr("Getting shorter by about %1 days per session.").arg(locale.toString(-slope, 'f', 1))
                            : tr("Getting longer by about %1 days per session.").arg(locale.toString(slope, 'f', 1)));
    }
    parts << provider;
    return parts.join(QLatin1Char(' '));
}

QString TrendsText::phaseName(const PhaseBand& band)
{
    return band.label.isEmpty() ? PhaseKindText::label(band.kind) : band.label;
}

QString TrendsText::questionnaireName(QuestionnaireKind kind)
{
    return kind == QuestionnaireKind::Phq9 ? tr("PHQ-9") : tr("GAD-7");
}

QString TrendsText::summary(const TrendsData& data, const QLocale& locale)
{
    if (!data.range.first.isValid()) {
        return tr("No data yet.");
    }
    QStringList parts;
    parts << tr("From %1 to %2.")
                 .arg(locale.toString(data.range.first, QLocale::LongFormat),
                     locale.toString(data.range.last, QLocale::LongFormat));
    if (data.daily.isEmpty()) {
        parts << tr("No mood check-ins in this range.");
    } else {
        double sum = 0;
        double low = data.daily.first().mood;
        double high = low;
        for (const DailyMood& day : data.daily) {
            sum += day.mood;
            low = std::min(low, day.mood);
            high = std::max(high, day.mood);
        }
        parts << tr("Mood was logged on %n days, averaging %1 out of 10 (lowest %2, highest %3).", nullptr,
            static_cast<int>(data.daily.size()))
                     .arg(locale.toString(sum / static_cast<double>(data.daily.size()), 'f', 1),
                         locale.toString(low, 'f', 1), locale.toString(high, 'f', 1));
        if (!data.average.isEmpty()) {
            const double first = data.average.first().first().value;
            const double last = data.average.last().last().value;
            parts << tr("The 7-day average went from %1 to %2.")
                         .arg(locale.toString(first, 'f', 1), locale.toString(last, 'f', 1));
        }
        if (data.average.size() > 1) {
            parts << tr(
                "Gaps of several days without check-ins: %n.", nullptr, static_cast<int>(data.average.size() - 1));
        }
    }
    parts << tr("Sessions: %n.", nullptr, static_cast<int>(data.sessions.size()));
    if (!data.phases.isEmpty()) {
        QStringList names;
        for (const PhaseBand& band : data.phases) {
            names << tr("%1 from %2 to %3")
                         .arg(phaseName(band), locale.toString(band.first, QLocale::ShortFormat),
                             locale.toString(band.last, QLocale::ShortFormat));
        }
        parts << tr("Phases: %1.").arg(names.join(QStringLiteral("; ")));
    }
    for (const QuestionnaireSeries* series : { &data.phq9, &data.gad7 }) {
        if (series->points.isEmpty()) {
            continue;
        }
        const QuestionnairePoint& latest = series->points.last();
        QString text = tr("Latest %1: %2 (%3)")
                           .arg(questionnaireName(series->kind))
                           .arg(latest.total)
                           .arg(SeverityText::inSentence(latest.severity));
        if (series->outcome.baseline) {
            text += QStringLiteral(", ") + course::CourseText::baseline(*series->outcome.baseline, locale)
                + QStringLiteral(", ") + course::CourseText::status(series->outcome, locale);
        }
        parts << text + QLatin1Char('.');
        const auto flags = std::count_if(
            series->points.cbegin(), series->points.cend(), [](const QuestionnairePoint& p) { return p.item9; });
        if (flags > 0) {
            parts << tr("PHQ-9 item 9 (thoughts of self-harm) was answered above zero: %n times.", nullptr,
                static_cast<int>(flags));
        }
    }
    return parts.join(QLatin1Char(' '));
}

} // namespace kap::trends
