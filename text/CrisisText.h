// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QCoreApplication>
#include <QString>

namespace kap {

/// The one home of the crisis resources the app and the CLI show (DOMAIN.md, "Safety"): plain
/// text, no links opened, no network use. Shown the moment a PHQ-9 item 9 answer is above 0, and
/// from "In crisis? Get help now".
class CrisisText
{
    Q_DECLARE_TR_FUNCTIONS(CrisisText)

public:
    static QString notAlone();
    /// US and Canada: 988.
    static QString northAmerica();
    /// Elsewhere: the local emergency number, and findahelpline.com for a helpline.
    static QString elsewhere();
    static QString tellSomeone();
    /// Nobody monitors the journal.
    static QString notMonitored();
    /// All of the above as one text for a terminal, after what the person answered.
    static QString forTerminal();
};

} // namespace kap
