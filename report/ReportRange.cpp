// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportRange.h"

namespace kap {

DayRange ReportRange::resolve(
    Preset preset, QDate today, const QList<Phase>& phases, QDate firstDataDay, DayRange custom)
{
    const QDate fallbackStart = firstDataDay.isValid() && firstDataDay <= today ? firstDataDay : today;
    switch (preset) {
    case Preset::WholeCourse: {
        const Phase* course = nullptr;
        const Phase* earliest = nullptr;
        for (const Phase& p : phases) {
            if (p.start > today) {
                continue;
            }
            if (!earliest || p.start < earliest->start) {
                earliest = &p;
            }
            if (p.kind == PhaseKind::Induction && (!course || p.start > course->start)) {
                course = &p;
            }
        }
        const Phase* from = course ? course : earliest;
        return DayRange { from ? from->start : fallbackStart, today };
    }
    case Preset::ThisPhase: {
        const Phase* current = nullptr;
        const Phase* latest = nullptr;
        for (const Phase& p : phases) {
            if (p.start > today) {
                continue;
            }
            if (p.contains(today) && (!current || p.start >= current->start)) {
                current = &p;
            }
            if (!latest || p.start >= latest->start) {
                latest = &p;
            }
        }
        const Phase* phase = current ? current : latest;
        if (!phase) {
            return DayRange { fallbackStart, today };
        }
        const QDate end = phase->end && *phase->end < today ? *phase->end : today;
        return DayRange { phase->start, end };
    }
    case Preset::Last4Weeks:
        return DayRange { today.addDays(-27), today };
    case Preset::Last12Weeks:
        return DayRange { today.addDays(-83), today };
    case Preset::Custom:
        break;
    }
    DayRange range = custom;
    if (!range.first.isValid()) {
        range.first = fallbackStart;
    }
    if (!range.last.isValid()) {
        range.last = today;
    }
    if (range.first > range.last) {
        std::swap(range.first, range.last);
    }
    return range;
}

} // namespace kap
