// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QCoreApplication>
#include <QString>

namespace kap {

/// The one translated label table for a treatment phase's kind (storage's PhaseKind and its keys):
/// the journal's phases and timeline, Trends, the report and its chart all show these words.
class PhaseKindText
{
    Q_DECLARE_TR_FUNCTIONS(PhaseKindText)

public:
    /// "Induction", "Maintenance", "Other period".
    static QString label(PhaseKind kind);
};

} // namespace kap
