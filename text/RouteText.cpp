// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/RouteText.h"

#include "storage/Entities.h"

namespace kap {

QString RouteText::label(const QString& key)
{
    if (key == routekeys::Sublingual) {
        return tr("Sublingual");
    }
    if (key == routekeys::Intramuscular) {
        return tr("IM");
    }
    if (key == routekeys::Intravenous) {
        return tr("IV");
    }
    if (key == routekeys::Intranasal) {
        return tr("Intranasal");
    }
    if (key == routekeys::Oral) {
        return tr("Oral");
    }
    if (key == routekeys::Other) {
        return tr("Other route");
    }
    return key;
}

QString RouteText::label(const QString& key, const QString& otherWords)
{
    if (key == routekeys::Other && !otherWords.isEmpty()) {
        return otherWords;
    }
    return label(key);
}

QString RouteText::choice(const QString& key)
{
    if (key == routekeys::Sublingual) {
        return tr("Sublingual (lozenge, troche)");
    }
    if (key == routekeys::Intramuscular) {
        return tr("Intramuscular injection");
    }
    if (key == routekeys::Intravenous) {
        return tr("Intravenous");
    }
    return label(key);
}

} // namespace kap
