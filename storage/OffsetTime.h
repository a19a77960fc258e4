// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDate>
#include <QDateTime>
#include <QTime>
#include <QTimeZone>

namespace kap::offsettime {

// Date-times that carry a fixed UTC offset (Qt::OffsetFromUTC) or are UTC, the way storage keeps
// them, on every supported Qt. Qt 6.5 added lightweight QTimeZone values for both and deprecated
// the Qt::TimeSpec forms; Qt 6.4 has only those (its QTimeZone(offset) is a Qt::TimeZone value,
// which would change timeSpec() and formatting), so this is the one place that chooses.

inline QDateTime at(QDate day, QTime time, int offsetSeconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(day, time, QTimeZone::fromSecondsAheadOfUtc(offsetSeconds));
#else
    return QDateTime(day, time, Qt::OffsetFromUTC, offsetSeconds);
#endif
}

inline QDateTime fromMSecs(qint64 utcMs, int offsetSeconds)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone::fromSecondsAheadOfUtc(offsetSeconds));
#else
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::OffsetFromUTC, offsetSeconds);
#endif
}

inline QDateTime utc(QDate day, QTime time)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime(day, time, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime(day, time, Qt::UTC);
#endif
}

inline QDateTime fromUtcMSecs(qint64 utcMs)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return QDateTime::fromMSecsSinceEpoch(utcMs, QTimeZone(QTimeZone::UTC));
#else
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC);
#endif
}

} // namespace kap::offsettime
