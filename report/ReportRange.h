// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QList>

namespace kap {

/// The report's date-range presets, turned into concrete days.
class ReportRange
{
public:
    enum class Preset {
        WholeCourse, ///< since the start of the current course: the latest induction phase that began
                     ///< on or before today (else the first phase, else the first recorded day)
        ThisPhase, ///< the phase containing today (else the latest phase), to its end or today
        Last4Weeks, ///< the 28 days ending today
        Last12Weeks, ///< the 84 days ending today
        Custom, ///< `custom` as given (open ends closed with firstDataDay / today)
    };

    /// `firstDataDay` is the day of the oldest record (used when there are no phases); may be
    /// invalid when the journal is empty, then the range starts today.
    static DayRange resolve(
        Preset preset, QDate today, const QList<Phase>& phases, QDate firstDataDay, DayRange custom = {});
};

} // namespace kap
