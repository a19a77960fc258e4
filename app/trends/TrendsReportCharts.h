#pragma once

#include "ChartRenderer.h"
#include "ReportCharts.h"

namespace kap::trends {

/// The report's charts drawn by the Trends area's ChartRenderer (Qt Charts in a QGraphicsScene,
/// vectors in the PDF), so the report shows exactly the chart of the Trends page: same rolling
/// average rule, gaps, phase bands, session markers, severity bands and colours.
///
/// A drop-in for BuiltinReportCharts: `ReportBuilder(..., std::make_unique<TrendsReportCharts>())`
/// or wherever a ReportCharts is chosen. Needs a QApplication (see ChartRenderer).
///
/// ReportData holds only the records in the range, so the rolling average at the range's first
/// days and the session effects near its edges see no data from before the range.
class TrendsReportCharts : public ReportCharts
{
public:
    explicit TrendsReportCharts(ChartRenderer::Options options = ChartRenderer::defaultOptions());

    void drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData& data) override;
    void drawQuestionnaireChart(
        QPainter& painter, const QRectF& rect, const ReportData& data, QuestionnaireKind kind) override;

    /// The Trends data for a report's range and records.
    static TrendsData trendsData(const ReportData& data);

private:
    ChartRenderer::Options m_options;
};

} // namespace kap::trends
