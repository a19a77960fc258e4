// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/ChartColors.h"

#include <QHash>

namespace kap::trends {

namespace {

struct Pair
{
    QColor light;
    QColor dark;
};

QColor rgba(int r, int g, int b, double alpha)
{
    QColor c(r, g, b);
    c.setAlphaF(static_cast<float>(alpha));
    return c;
}

const QHash<QString, Pair>& table()
{
    static const QHash<QString, Pair> colors {
        { QStringLiteral("mood"), { QColor(0x79, 0x86, 0xCB), QColor(0x79, 0x86, 0xCB) } },
        { QStringLiteral("average"), { QColor(0x28, 0x35, 0x93), QColor(0xA8, 0xB5, 0xFF) } },
        { QStringLiteral("anxiety"), { QColor(0xE6, 0x51, 0x00), QColor(0xFF, 0xB7, 0x4D) } },
        { QStringLiteral("energy"), { QColor(0x2E, 0x7D, 0x32), QColor(0x81, 0xC7, 0x84) } },
        { QStringLiteral("sleep"), { QColor(0x8E, 0x24, 0xAA), QColor(0xCE, 0x93, 0xD8) } },
        { QStringLiteral("induction"), { rgba(255, 152, 0, 0.18), rgba(255, 167, 38, 0.20) } },
        { QStringLiteral("maintenance"), { rgba(0, 150, 136, 0.14), rgba(38, 166, 154, 0.20) } },
        { QStringLiteral("other"), { rgba(120, 120, 120, 0.14), rgba(189, 189, 189, 0.16) } },
        { QStringLiteral("session"), { QColor(0x00, 0x69, 0x5C), QColor(0x4D, 0xD0, 0xE1) } },
        { QStringLiteral("item9"), { QColor(0xC6, 0x28, 0x28), QColor(0xFF, 0x6E, 0x6E) } },
        { QStringLiteral("baseline"), { QColor(0x37, 0x47, 0x4F), QColor(0xEC, 0xEF, 0xF1) } },
        { QStringLiteral("minimal"), { rgba(76, 175, 80, 0.14), rgba(76, 175, 80, 0.18) } },
        { QStringLiteral("mild"), { rgba(205, 220, 57, 0.18), rgba(205, 220, 57, 0.16) } },
        { QStringLiteral("moderate"), { rgba(255, 193, 7, 0.18), rgba(255, 193, 7, 0.18) } },
        { QStringLiteral("moderately_severe"), { rgba(255, 112, 67, 0.18), rgba(255, 112, 67, 0.20) } },
        { QStringLiteral("severe"), { rgba(229, 57, 53, 0.18), rgba(229, 57, 53, 0.24) } },
        { QStringLiteral("phq9"), { QColor(0x28, 0x35, 0x93), QColor(0xA8, 0xB5, 0xFF) } },
        { QStringLiteral("gad7"), { QColor(0x00, 0x69, 0x5C), QColor(0x4D, 0xD0, 0xE1) } },
    };
    return colors;
}

} // namespace

QColor ChartColors::color(const QString& key, bool dark)
{
    const auto it = table().constFind(key);
    if (it == table().cend()) {
        return {};
    }
    return dark ? it->dark : it->light;
}

} // namespace kap::trends
