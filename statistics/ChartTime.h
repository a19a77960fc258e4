// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace kap::trends {

/// Chart x values: milliseconds since the epoch of a local time on `day`, for the interactive
/// charts (TrendsModel) and the report's (ChartRenderer) alike. Through a QTimeZone read once: a
/// plain local-time QDateTime calls mktime(), which re-reads /etc/localtime for every value (a third
/// of a range switch on a 10-year journal went there).
inline qint64 chartTime(QDate day, QTime time)
{
    static const QTimeZone zone = QTimeZone::systemTimeZone();
    return QDateTime(day, time, zone).toMSecsSinceEpoch();
}

/// A day's point (its noon) and a day's boundary (its midnight) on the time axis.
inline qint64 noonOf(QDate day)
{
    return chartTime(day, QTime(12, 0));
}
inline qint64 midnightOf(QDate day)
{
    return chartTime(day, QTime(0, 0));
}

} // namespace kap::trends
