#pragma once

#include "ReportCharts.h"

#include <QCoreApplication>

namespace kap {

/// The report's charts drawn with QPainter primitives only (lines, paths, text), so they stay
/// vectors in the PDF and need no widget or scene. Sizes follow the painter's device resolution.
class BuiltinReportCharts : public ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(BuiltinReportCharts)

public:
    explicit BuiltinReportCharts(QLocale locale = {});

    void drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData& data) override;
    void drawQuestionnaireChart(
        QPainter& painter, const QRectF& rect, const ReportData& data, QuestionnaireKind kind) override;

    /// The 7-day rolling mean shown as the mood line: for each day with data, the mean of the
    /// daily values within the 7 days ending that day. Exposed for tests.
    static QList<QPair<QDate, double>> rollingMean(const QList<DailyMood>& days, int window = 7);

private:
    QLocale m_locale;
};

} // namespace kap
