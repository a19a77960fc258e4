#include "SessionEffectAnalysis.h"

#include <QList>

#include <algorithm>
#include <cmath>
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

        const auto [before, daysBefore] = mood.mean(day.addDays(-WindowDays), day.addDays(-1));
        const auto [after, daysAfter] = mood.mean(day.addDays(1), day.addDays(WindowDays));
        effect.daysBefore = daysBefore;
        effect.daysAfter = daysAfter;
        if (daysBefore < MinDaysWithData || daysAfter < MinDaysWithData) {
            effect.outcome = SessionEffect::Outcome::NotEnoughData;
            effects.append(effect);
            continue;
        }
        effect.meanBefore = before;
        effect.meanAfter = after;
        if (*after <= *before) {
            effect.outcome = SessionEffect::Outcome::NoLift;
            effects.append(effect);
            continue;
        }

        // The last day after the session that may be looked at.
        qint64 limit = std::min<qint64>(MaxFollowDays, day.daysTo(mood.lastDay()));
        const auto next = std::upper_bound(sessionDays.cbegin(), sessionDays.cend(), day);
        if (next != sessionDays.cend()) {
            limit = std::min<qint64>(limit, day.daysTo(*next) - 1);
        }
        if (limit < 1) {
            effect.outcome = SessionEffect::Outcome::Undetermined;
            effects.append(effect);
            continue;
        }
        effect.outcome = SessionEffect::Outcome::StillAbove;
        effect.days = static_cast<int>(limit);
        for (int k = 1; k <= limit; ++k) {
            const auto [smoothed, count] = mood.mean(day.addDays(std::max(1, k - (SmoothingDays - 1))), day.addDays(k));
            if (count == 0) {
                effect.outcome = SessionEffect::Outcome::Undetermined;
                effect.days = std::nullopt;
                break;
            }
            if (*smoothed <= *before) {
                effect.outcome = SessionEffect::Outcome::ReturnedToBaseline;
                effect.days = k;
                break;
            }
        }
        effects.append(effect);
    }
    return effects;
}

MaintenanceTrend maintenanceTrend(const QList<SessionEffect>& effects)
{
    MaintenanceTrend trend;
    QList<int> durations;
    for (const SessionEffect& effect : effects) {
        if (effect.maintenance && effect.outcome == SessionEffect::Outcome::ReturnedToBaseline && effect.days) {
            durations.append(*effect.days);
        }
    }
    trend.sessionsCounted = static_cast<int>(durations.size());
    if (durations.isEmpty()) {
        return trend;
    }
    double sum = 0;
    for (int days : durations) {
        sum += days;
    }
    const double n = static_cast<double>(durations.size());
    trend.meanDays = sum / n;
    trend.firstDays = durations.first();
    trend.lastDays = durations.last();
    if (durations.size() >= 3) {
        const double meanX = (n - 1) / 2;
        double sxy = 0;
        double sxx = 0;
        for (qsizetype i = 0; i < durations.size(); ++i) {
            const double dx = static_cast<double>(i) - meanX;
            sxy += dx * (durations.at(i) - *trend.meanDays);
            sxx += dx * dx;
        }
        trend.slopeDaysPerSession = sxy / sxx;
    }
    return trend;
}

} // namespace kap::trends::sessioneffect
