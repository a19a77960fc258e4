// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"
#include "storage/Result.h"

namespace kap {
class Journal;
}

namespace kap::trends {

/// Loads what the Trends view needs from an open journal and computes it for a range.
///
/// Split in two so the view can reload once and switch ranges cheaply: load() reads the whole
/// journal's daily mood series (aggregated by SQL), phases, sessions and questionnaires (fast,
/// on the journal's thread: Journal is not thread-safe); statistics::compute() then works on
/// that plain value anywhere (a worker thread). compute() does both.
class TrendsCalculator
{
public:
    static Result<TrendsInput> load(Journal& journal);
    static Result<TrendsData> compute(Journal& journal, RangePreset preset, const DayRange& custom = {});
};

} // namespace kap::trends
