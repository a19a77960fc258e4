// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QString>

namespace kap::trends {

/// The colours of the trend charts, shared by the QML components (through TrendsModel::color)
/// and ChartRenderer (PDF), so the screen and the report look alike. Band colours are
/// translucent so grid lines and data stay visible through them.
///
/// Keys: "mood", "average", "anxiety", "energy", "sleep" (series); "induction", "maintenance",
/// "other" (phase bands); "session", "item9", "baseline"; "minimal", "mild", "moderate",
/// "moderately_severe", "severe" (severity bands, Questionnaire.h keys); "phq9", "gad7" (lines).
/// Unknown keys give an invalid QColor.
class ChartColors
{
public:
    static QColor color(const QString& key, bool dark = false);
};

} // namespace kap::trends
