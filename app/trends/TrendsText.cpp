#include "TrendsText.h"

#include "CourseText.h"
#include "SessionEffectAnalysis.h"

#include <algorithm>
#include <cmath>

namespace kap::trends {

QString TrendsText::sessionEffectRule()
{
    return tr("How this is worked out: the mean daily mood of the %1 days before a session is compared with the %1 "
              "days after it (each needs check-ins on at least %2 of those days; the session day itself is left "
              "out). The benefit lasts until the average of a day and the two days before it first falls back to "
              "the level before the session, looked at up to the next session. It is a rough pattern in your own "
              "ratings, not a clinical measure.")
        .arg(sessioneffect::WindowDays)
        .arg(sessioneffect::MinDaysWithData);
}

QString TrendsText::sessionEffect(const SessionEffect& effect)
{
    switch (effect.outcome) {
    case SessionEffect::Outcome::NotEnoughData:
        return tr("Not enough check-ins around this session to tell");
    case SessionEffect::Outcome::NoLift:
        return tr("No lift in the week after");
    case SessionEffect::Outcome::ReturnedToBaseline:
        return effect.days.value_or(0) == 1 ? tr("Benefit lasted ~1 day")
                                            : tr("Benefit lasted ~%n days", nullptr, effect.days.value_or(0));
    case SessionEffect::Outcome::StillAbove:
        return effect.days.value_or(0) == 1 ? tr("Still above after 1 day")
                                            : tr("Still above after %n days", nullptr, effect.days.value_or(0));
    case SessionEffect::Outcome::Undetermined:
        return tr("A gap in check-ins hides when the benefit ended");
    }
    return {};
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
    if (trend.sessionsCounted == 0) {
        return tr("Not enough maintenance sessions with a measurable benefit yet to show a trend.");
    }
    const QString lasted = trend.sessionsCounted == 1
        ? tr("In 1 maintenance session the benefit lasted %1 days")
        : tr("Across %n maintenance sessions the benefit lasted %1 days on average", nullptr, trend.sessionsCounted);
    QString text = lasted.arg(locale.toString(trend.meanDays.value_or(0), 'f', 1));
    if (!trend.slopeDaysPerSession) {
        return text + tr(" (too few sessions for a trend).");
    }
    const double slope = *trend.slopeDaysPerSession;
    if (std::abs(slope) < 0.25) {
        return text
            + tr(", about the same each time (first %1, latest %2 days).")
                  .arg(trend.firstDays.value_or(0))
                  .arg(trend.lastDays.value_or(0));
    }
    if (slope < 0) {
        return text
            + tr(", getting shorter by about %1 days per session (first %2, latest %3 days).")
                  .arg(locale.toString(-slope, 'f', 1))
                  .arg(trend.firstDays.value_or(0))
                  .arg(trend.lastDays.value_or(0));
    }
    return text
        + tr(", getting longer by about %1 days per session (first %2, latest %3 days).")
              .arg(locale.toString(slope, 'f', 1))
              .arg(trend.firstDays.value_or(0))
              .arg(trend.lastDays.value_or(0));
}

QString TrendsText::phaseKind(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Induction:
        return tr("Induction");
    case PhaseKind::Maintenance:
        return tr("Maintenance");
    case PhaseKind::Other:
        return tr("Other phase");
    }
    return {};
}

QString TrendsText::phaseName(const PhaseBand& band)
{
    return band.label.isEmpty() ? phaseKind(band.kind) : band.label;
}

QString TrendsText::severity(questionnaire::Severity severity)
{
    switch (severity) {
    case questionnaire::Severity::Minimal:
        return tr("minimal");
    case questionnaire::Severity::Mild:
        return tr("mild");
    case questionnaire::Severity::Moderate:
        return tr("moderate");
    case questionnaire::Severity::ModeratelySevere:
        return tr("moderately severe");
    case questionnaire::Severity::Severe:
        return tr("severe");
    }
    return {};
}

QString TrendsText::questionnaireName(QuestionnaireKind kind)
{
    return kind == QuestionnaireKind::Phq9 ? tr("PHQ-9") : tr("GAD-7");
}

QString TrendsText::route(const QString& routeOrFreeText)
{
    if (routeOrFreeText == QLatin1String("iv")) {
        return tr("IV");
    }
    if (routeOrFreeText == QLatin1String("im")) {
        return tr("IM");
    }
    if (routeOrFreeText == QLatin1String("sublingual")) {
        return tr("Sublingual");
    }
    if (routeOrFreeText == QLatin1String("intranasal")) {
        return tr("Intranasal");
    }
    if (routeOrFreeText == QLatin1String("oral")) {
        return tr("Oral");
    }
    if (routeOrFreeText == QLatin1String("other")) {
        return tr("Other route");
    }
    return routeOrFreeText;
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
                           .arg(severity(latest.severity));
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
