// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Vitals.h"

#include <QCoreApplication>
#include <QString>

namespace kap {

/// The words for vitals readings, shared by the session editor, the timeline, the report and
/// the CLI.
class VitalsText
{
    Q_DECLARE_TR_FUNCTIONS(VitalsText)

public:
    /// "before", "at 40 min", "at discharge", "after" (with the minutes when known).
    static QString moment(const VitalReading& reading);
    /// "122/80, HR 72, SpO2 98 %" (the parts that were given).
    static QString values(const VitalReading& reading);
    /// "before: 122/80, HR 72" for each reading, joined by `separator`.
    static QString readings(const QList<VitalReading>& readings, const QString& separator);
    /// The self-rating's anchors in one line: "0 none, 5 clearly detached, 10 completely detached".
    static QString dissociationAnchors();
};

} // namespace kap
