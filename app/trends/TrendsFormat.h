// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace kap::TrendsFormat {

/// Numbers in the Trends tables: one decimal in the person's locale, "" when there is none.
inline QString oneDecimal(std::optional<double> value)
{
    return value ? QLocale().toString(*value, 'f', 1) : QString();
}

/// A change, with its sign also when it is positive ("+1.5").
inline QString signedDecimal(std::optional<double> value)
{
    if (!value) {
        return {};
    }
    const QString text = QLocale().toString(*value, 'f', 1);
    return *value > 0 ? QStringLiteral("+") + text : text;
}

} // namespace kap::TrendsFormat
