// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QObject>
#include <QQmlEngine>

namespace kap {

/// The locale a calendar (MonthGrid, DayOfWeekRow) is drawn in: the app's language, with the
/// week starting on the day the person chose (AppSettings.weekStart). Those controls take the
/// first day of the week from their locale, and QLocale cannot be told another one, so this picks
/// a locale of the same language (and script) whose week starts on that day. When the language
/// has none (German only starts on Monday), its own locale is kept: the names stay in the
/// person's language, which matters more than the first column. The C locale counts as English.
class CalendarLocale : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    using QObject::QObject;

    /// `day` is Qt::DayOfWeek (1 Monday ... 7 Sunday), as AppSettings.weekStart; the app's
    /// default locale is the base.
    Q_INVOKABLE static QLocale withWeekStart(int day);
    static QLocale withWeekStart(const QLocale& base, int day);
};

} // namespace kap
