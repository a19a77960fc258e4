// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportData.h"

#include <QRectF>

class QPainter;

namespace kap {

/// Draws the report's charts as vector graphics onto a QPainter (the PDF page). An interface so
/// the report can use the Trends area's chart components once they render to a QPainter, while
/// BuiltinReportCharts draws them itself.
class ReportCharts
{
public:
    virtual ~ReportCharts() = default;

    /// Daily mood (0-10) over data.range: points, a 7-day rolling mean with gaps, phases shaded
    /// and labelled, sessions marked.
    virtual void drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData& data) = 0;
    /// PHQ-9 or GAD-7 totals over data.range on the severity bands, the baseline marked, item-9
    /// flags marked.
    virtual void drawQuestionnaireChart(
        QPainter& painter, const QRectF& rect, const ReportData& data, QuestionnaireKind kind)
        = 0;
};

} // namespace kap
