// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"

#include <QList>

namespace kap::trends {

/// Turns a range preset into days, and picks the axis granularity for a span.
///
/// - 4 weeks / 12 weeks: the 28 / 84 days ending `today`.
/// - 6 months / 1 year: from the day after the same date 6 months / 1 year earlier, to `today`.
/// - All: the data span (first to last day with any record); 4 weeks when there is no data.
/// - Custom: the given days; a missing end is taken from the data span (or today), and reversed
///   ends are swapped.
/// - This phase: the phase containing `today` (the latest-starting one if several do), else the
///   latest phase that started on or before today, from its start to its end (or today while
///   open); All when there is no phase.
///
/// Granularity: up to 35 days -> days, up to 190 days -> weeks, longer -> months.
class TrendsRange
{
public:
    static DayRange resolve(RangePreset preset, QDate today, const DayRange& dataSpan, const QList<Phase>& phases,
        const DayRange& custom = {});
    static AxisGranularity granularity(const DayRange& range);
};

} // namespace kap::trends
