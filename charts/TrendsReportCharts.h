// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportCharts.h"

namespace kap {

/// The report's mood chart drawn by the Trends area's ChartRenderer (Qt Charts through
/// QGraphicsScene::render: vectors), so the report shows the same chart as the app; the two
/// half-width questionnaire charts stay BuiltinReportCharts (more legible at that size). Needs a
/// QApplication; ReportBuilder falls back to BuiltinReportCharts without one.
class TrendsReportCharts : public ReportCharts
{
public:
    explicit TrendsReportCharts(QLocale locale = {});

    void drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData& data) override;
    void drawQuestionnaireChart(
        QPainter& painter, const QRectF& rect, const ReportData& data, QuestionnaireKind kind) override;

private:
    QLocale m_locale;
};

} // namespace kap
