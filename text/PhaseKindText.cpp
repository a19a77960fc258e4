// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/PhaseKindText.h"

namespace kap {

QString PhaseKindText::label(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Induction:
        return tr("Induction");
    case PhaseKind::Maintenance:
        return tr("Maintenance");
    case PhaseKind::Other:
        return tr("Other period");
    }
    return {};
}

} // namespace kap
