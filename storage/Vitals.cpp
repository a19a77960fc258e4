// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Vitals.h"

#include <QStringList>

namespace kap::vitals {

namespace {

bool within(const std::optional<int>& value, int low, int high)
{
    return !value || (*value >= low && *value <= high);
}

QString field(const std::optional<int>& value)
{
    return value ? QString::number(*value) : QString();
}

/// nullopt inside: empty; outer nullopt: not a number.
std::optional<std::optional<int>> parse(const QString& text)
{
    if (text.isEmpty()) {
        return std::optional<int>();
    }
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<std::optional<int>>(value) : std::nullopt;
}

} // namespace

QString momentKey(VitalMoment moment)
{
    switch (moment) {
    case VitalMoment::Before:
        return QStringLiteral("before");
    case VitalMoment::During:
        return QStringLiteral("during");
    case VitalMoment::Discharge:
        return QStringLiteral("discharge");
    case VitalMoment::After:
        return QStringLiteral("after");
    }
    return {};
}

std::optional<VitalMoment> momentFromKey(const QString& key)
{
    for (VitalMoment moment :
        { VitalMoment::Before, VitalMoment::During, VitalMoment::Discharge, VitalMoment::After }) {
        if (momentKey(moment) == key) {
            return moment;
        }
    }
    return std::nullopt;
}

QString problem(const VitalReading& r)
{
    if (!r.systolic && !r.diastolic && !r.heartRate && !r.spo2) {
        return QStringLiteral("empty");
    }
    if (!within(r.minutesAfterDose, MinutesMin, MinutesMax)) {
        return QStringLiteral("minutes");
    }
    if (!within(r.systolic, SystolicMin, SystolicMax)) {
        return QStringLiteral("systolic");
    }
    if (!within(r.diastolic, DiastolicMin, DiastolicMax)) {
        return QStringLiteral("diastolic");
    }
    if (r.systolic.has_value() != r.diastolic.has_value() || (r.systolic && *r.systolic <= *r.diastolic)) {
        return QStringLiteral("pressure");
    }
    if (!within(r.heartRate, HeartRateMin, HeartRateMax)) {
        return QStringLiteral("heartRate");
    }
    if (!within(r.spo2, Spo2Min, Spo2Max)) {
        return QStringLiteral("spo2");
    }
    return {};
}

QString encode(const QList<VitalReading>& readings)
{
    QStringList lines;
    for (const VitalReading& r : readings) {
        lines << QStringList { momentKey(r.moment), field(r.minutesAfterDose), field(r.systolic), field(r.diastolic),
            field(r.heartRate), field(r.spo2) }
                     .join(QLatin1Char(';'));
    }
    return lines.join(QLatin1Char('\n'));
}

std::optional<QList<VitalReading>> decode(const QString& text)
{
    QList<VitalReading> readings;
    if (text.isEmpty()) {
        return readings;
    }
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        const QStringList parts = line.split(QLatin1Char(';'));
        if (parts.size() != 6) {
            return std::nullopt;
        }
        const auto moment = momentFromKey(parts[0]);
        const auto minutes = parse(parts[1]);
        const auto systolic = parse(parts[2]);
        const auto diastolic = parse(parts[3]);
        const auto heartRate = parse(parts[4]);
        const auto spo2 = parse(parts[5]);
        if (!moment || !minutes || !systolic || !diastolic || !heartRate || !spo2) {
            return std::nullopt;
        }
        readings.append(VitalReading { *moment, *minutes, *systolic, *diastolic, *heartRate, *spo2 });
    }
    return readings;
}

} // namespace kap::vitals
