// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/VitalsText.h"

#include <QStringList>

namespace kap {

QString VitalsText::moment(const VitalReading& reading)
{
    const std::optional<int>& minutes = reading.minutesAfterDose;
    switch (reading.moment) {
    case VitalMoment::Before:
        return tr("before");
    case VitalMoment::During:
        return minutes ? tr("at %n min", nullptr, *minutes) : tr("during");
    case VitalMoment::Discharge:
        return minutes ? tr("at discharge (%n min)", nullptr, *minutes) : tr("at discharge");
    case VitalMoment::After:
        return minutes ? tr("after (%n min)", nullptr, *minutes) : tr("after");
    }
    return {};
}

QString VitalsText::values(const VitalReading& reading)
{
    QStringList parts;
    if (reading.systolic && reading.diastolic) {
        parts << QStringLiteral("%1/%2").arg(*reading.systolic).arg(*reading.diastolic);
    }
    if (reading.heartRate) {
        parts << tr("HR %1").arg(*reading.heartRate);
    }
    if (reading.spo2) {
        parts << tr("SpO2 %1 %").arg(*reading.spo2);
    }
    return parts.join(QStringLiteral(", "));
}

QString VitalsText::readings(const QList<VitalReading>& readings, const QString& separator)
{
    QStringList lines;
    for (const VitalReading& reading : readings) {
        lines << tr("%1: %2").arg(moment(reading), values(reading));
    }
    return lines.join(separator);
}

QString VitalsText::dissociationAnchors()
{
    return tr("0 none, 5 clearly detached, 10 completely detached");
}

} // namespace kap
