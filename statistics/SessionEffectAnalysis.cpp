// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statistics/SessionEffectAnalysis.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <numeric>
#include <optional>
#include <vector>

namespace kap::trends::sessioneffect {

namespace {

/// Daily mood looked up by day in O(1).
class MoodByDay
{
public:
    explicit MoodByDay(const QList<DailyMood>& daily)
    {
        if (daily.isEmpty()) {
            return;
        }
        m_first = daily.first().day;
        m_last = daily.last().day;
        m_values.assign(static_cast<size_t>(m_first.daysTo(m_last) + 1), std::nan(""));
        for (const DailyMood& day : daily) {
            m_values[static_cast<size_t>(m_first.daysTo(day.day))] = day.mood;
        }
    }

    QDate lastDay() const { return m_last; }

    std::optional<double> at(QDate day) const
    {
        if (!m_first.isValid() || day < m_first || day > m_last) {
            return std::nullopt;
        }
        const double value = m_values[static_cast<size_t>(m_first.daysTo(day))];
        return std::isnan(value) ? std::nullopt : std::optional<double>(value);
    }

    /// Mean over from..to (inclusive) of the days with data, and how many there were.
    std::pair<std::optional<double>, int> mean(QDate from, QDate to) const
    {
        double sum = 0;
        int count = 0;
        for (QDate day = from; day <= to; day = day.addDays(1)) {
            if (const auto value = at(day)) {
                sum += *value;
                ++count;
            }
        }
        return { count > 0 ? std::optional<double>(sum / count) : std::nullopt, count };
    }

private:
    QDate m_first;
    QDate m_last;
    std::vector<double> m_values;
};

/// Sessions closer than CloseDays to each other, as [first, last] day runs.
QList<QPair<QDate, QDate>> blocksOf(const QList<QDate>& sortedDays)
{
    QList<QPair<QDate, QDate>> blocks;
    for (QDate day : sortedDays) {
        if (!blocks.isEmpty() && blocks.last().second.daysTo(day) <= CloseDays) {
            blocks.last().second = day;
        } else {
            blocks.append({ day, day });
        }
    }
    return blocks;
}

void follow(SessionEffect& effect, const MoodByDay& mood, QDate last, qint64 limit)
{
    const double before = *effect.meanBefore;
    QList<QPair<int, double>> points; // (day after `last`, mood) for the days with data
    for (int k = 1; k <= limit; ++k) {
        if (const auto value = mood.at(last.addDays(k))) {
            points.append({ k, *value });
        }
    }
    for (qsizetype i = 0; i < points.size(); ++i) {
        const bool twoLow = i + 1 < points.size() && points[i].second <= before && points[i + 1].second <= before;
        const bool centredLow = i > 0 && i + 1 < points.size()
            && (points[i - 1].second + points[i].second + points[i + 1].second) / 3 <= before;
        if (!twoLow && !centredLow) {
            continue;
        }
        if (i == 0) {
            effect.outcome = SessionEffect::Outcome::NoRise;
            return;
        }
        effect.outcome = SessionEffect::Outcome::Returned;
        effect.returnDay = points[i].first;
        effect.daysAbove = static_cast<int>(i);
        effect.daysAboveApproximate = points[i].first - 1 > i;
        return;
    }
    effect.outcome = SessionEffect::Outcome::StillAbove;
    effect.lastDayLooked = points.isEmpty() ? 0 : points.last().first;
}

} // namespace

QList<SessionEffect> analyse(
    const QList<Session>& sessions, const QList<DailyMood>& daily, const QList<Phase>& phases, const DayRange& range)
{
    const MoodByDay mood(daily);
    QList<QDate> sessionDays;
    for (const Session& session : sessions) {
        if (!session.meta.deletedAt) {
            sessionDays.append(session.occurredAt.date());
        }
    }
    std::sort(sessionDays.begin(), sessionDays.end());
    sessionDays.erase(std::unique(sessionDays.begin(), sessionDays.end()), sessionDays.end());
    const QList<QPair<QDate, QDate>> blocks = blocksOf(sessionDays);

    QList<SessionEffect> effects;
    for (const Session& session : sessions) {
        const QDate day = session.occurredAt.date();
        if (session.meta.deletedAt || !range.contains(day)) {
            continue;
        }
        SessionEffect effect;
        effect.sessionId = session.id;
        effect.day = day;
        effect.maintenance = std::any_of(phases.cbegin(), phases.cend(),
            [day](const Phase& phase) { return phase.kind == PhaseKind::Maintenance && phase.contains(day); });
        const auto block = std::find_if(blocks.cbegin(), blocks.cend(),
            [day](const QPair<QDate, QDate>& b) { return b.first <= day && day <= b.second; });
        effect.blockFirst = block->first;
        effect.blockLast = block->second;
        effect.blockSessions = static_cast<int>(std::count_if(sessionDays.cbegin(), sessionDays.cend(),
            [&block](QDate d) { return block->first <= d && d <= block->second; }));

        const QDate first = effect.blockFirst;
        const QDate last = effect.blockLast;
        const auto [before, daysBefore] = mood.mean(first.addDays(-WindowDays), first.addDays(-1));
        const auto [after, daysAfter] = mood.mean(last.addDays(1), last.addDays(WindowDays));
        effect.daysBefore = daysBefore;
        effect.daysAfter = daysAfter;
        effect.trough = mood.mean(first.addDays(-TroughDays), first.addDays(-1)).first;
        if (daysBefore < MinDaysBefore || daysAfter < MinDaysAfter) {
            effects.append(effect);
            continue;
        }
        effect.meanBefore = before;
        effect.meanAfter = after;

        // Up to the day before the next session, the last day with data, or the limit.
        qint64 limit = std::min<qint64>(MaxFollowDays, last.daysTo(mood.lastDay()));
        const auto next = std::upper_bound(sessionDays.cbegin(), sessionDays.cend(), last);
        if (next != sessionDays.cend()) {
            limit = std::min<qint64>(limit, last.daysTo(*next) - 1);
        }
        follow(effect, mood, last, limit);
        effects.append(effect);
    }
    return effects;
}

MaintenanceTrend maintenanceTrend(const QList<SessionEffect>& effects)
{
    MaintenanceTrend trend;
    QList<int> durations; // days above, for the sessions that came back (0: no rise)
    double beforeSum = 0;
    double troughSum = 0;
    int troughs = 0;
    for (const SessionEffect& effect : effects) {
        if (!effect.maintenance) {
            continue;
        }
        ++trend.sessions;
        if (effect.inBlock()) {
            ++trend.tooClose;
            continue;
        }
        switch (effect.outcome) {
        case SessionEffect::Outcome::NotEnoughData:
            ++trend.tooFewCheckins;
            continue;
        case SessionEffect::Outcome::NoRise:
            ++trend.noRise;
            durations.append(0);
            break;
        case SessionEffect::Outcome::Returned:
            ++trend.returned;
            durations.append(effect.daysAbove.value_or(0));
            break;
        case SessionEffect::Outcome::StillAbove:
            ++trend.stillAbove;
            break;
        }
        ++trend.measurable;
        beforeSum += effect.meanBefore.value_or(0);
        if (effect.trough) {
            troughSum += *effect.trough;
            ++troughs;
        }
    }
    if (trend.measurable > 0) {
        trend.meanBefore = beforeSum / trend.measurable;
    }
    if (troughs > 0) {
        trend.meanTrough = troughSum / troughs;
    }
    if (durations.isEmpty()) {
        return trend;
    }
    const double n = static_cast<double>(durations.size());
    trend.meanDaysAbove = std::accumulate(durations.cbegin(), durations.cend(), 0.0) / n;
    if (durations.size() >= MinTrendSessions) {
        const double meanX = (n - 1) / 2;
        double sxy = 0;
        double sxx = 0;
        for (qsizetype i = 0; i < durations.size(); ++i) {
            const double dx = static_cast<double>(i) - meanX;
            sxy += dx * (durations.at(i) - *trend.meanDaysAbove);
            sxx += dx * dx;
        }
        trend.slopeDaysPerSession = sxy / sxx;
    }
    return trend;
}

} // namespace kap::trends::sessioneffect

namespace kap::trends {

bool MaintenanceTrend::enough() const
{
    return measurable >= sessioneffect::MinTrendSessions;
}

} // namespace kap::trends
