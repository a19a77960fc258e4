// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/CalendarLocale.h"

namespace kap {

QLocale CalendarLocale::withWeekStart(int day)
{
    return withWeekStart(QLocale(), day);
}

QLocale CalendarLocale::withWeekStart(const QLocale& base, int day)
{
    if (day < Qt::Monday || day > Qt::Sunday || base.firstDayOfWeek() == day) {
        return base;
    }
    // The C locale (LANG=C) names days and months in English: its variants are the English ones.
    const bool plainC = base.language() == QLocale::C;
    const QList<QLocale> sameLanguage = QLocale::matchingLocales(plainC ? QLocale::English : base.language(),
        plainC ? QLocale::LatinScript : base.script(), QLocale::AnyTerritory);
    for (const QLocale& candidate : sameLanguage) {
        if (candidate.firstDayOfWeek() == day) {
            return candidate;
        }
    }
    return base;
}

} // namespace kap
