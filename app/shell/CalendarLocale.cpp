#include "CalendarLocale.h"

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
    const QList<QLocale> sameLanguage = QLocale::matchingLocales(base.language(), base.script(), QLocale::AnyTerritory);
    for (const QLocale& candidate : sameLanguage) {
        if (candidate.firstDayOfWeek() == day) {
            return candidate;
        }
    }
    return base;
}

} // namespace kap
