// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statistics/TrendsRange.h"

#include <utility>

namespace kap::trends {

namespace {

DayRange lastDays(QDate today, int days)
{
    return DayRange { today.addDays(-(days - 1)), today };
}

} // namespace

DayRange TrendsRange::resolve(
    RangePreset preset, QDate today, const DayRange& dataSpan, const QList<Phase>& phases, const DayRange& custom)
{
    switch (preset) {
    case RangePreset::FourWeeks:
        return lastDays(today, 28);
    case RangePreset::TwelveWeeks:
        return lastDays(today, 84);
    case RangePreset::SixMonths:
        return DayRange { today.addMonths(-6).addDays(1), today };
    case RangePreset::OneYear:
        return DayRange { today.addYears(-1).addDays(1), today };
    case RangePreset::All:
        break;
    case RangePreset::Custom: {
        DayRange range = custom;
        if (!range.first.isValid()) {
            range.first = dataSpan.first.isValid() ? dataSpan.first : today;
        }
        if (!range.last.isValid()) {
            range.last = dataSpan.last.isValid() ? std::max(dataSpan.last, range.first) : today;
        }
        if (range.first > range.last) {
            std::swap(range.first, range.last);
        }
        return range;
    }
    case RangePreset::ThisPhase: {
        const Phase* best = nullptr;
        for (const Phase& phase : phases) {
            if (phase.contains(today) && (!best || phase.start > best->start)) {
                best = &phase;
            }
        }
        if (!best) {
            for (const Phase& phase : phases) {
                if (phase.start <= today && (!best || phase.start > best->start)) {
                    best = &phase;
                }
            }
        }
        if (best) {
            QDate last = best->end ? *best->end : today;
            if (last < best->start) {
                last = best->start;
            }
            return DayRange { best->start, last };
        }
        break;
    }
    }
    if (dataSpan.first.isValid() && dataSpan.last.isValid()) {
        return dataSpan;
    }
    return lastDays(today, 28);
}

AxisGranularity TrendsRange::granularity(const DayRange& range)
{
    if (!range.first.isValid() || !range.last.isValid()) {
        return AxisGranularity::Days;
    }
    const qint64 days = range.first.daysTo(range.last) + 1;
    if (days <= 35) {
        return AxisGranularity::Days;
    }
    if (days <= 190) {
        return AxisGranularity::Weeks;
    }
    return AxisGranularity::Months;
}

} // namespace kap::trends
