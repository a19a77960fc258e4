// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportCharts.h"
#include "report/ReportData.h"

#include <QPicture>
#include <QSizeF>

#include <functional>
#include <memory>

namespace kap {

/// The report's charts drawn ahead of time into QPictures (recorded painter commands, so they
/// stay vectors) and played back later onto the PDF page. The app's mood chart comes from Qt
/// Charts, which may only be used on the GUI thread; recording it there lets ReportBuilder lay
/// out, paint and encrypt the report on a worker thread. Recording a year's charts takes a few
/// tens of milliseconds; the build takes much longer.
class RecordedReportCharts : public ReportCharts
{
public:
    /// Draws every chart the report will show with `source`, at the sizes ReportBuilder gives
    /// them on the page (ReportBuilder::moodChartSize() and questionnaireChartSize()).
    static std::shared_ptr<RecordedReportCharts> record(
        ReportCharts& source, const ReportData& data, const ReportOptions& options);

    void drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData& data) override;
    void drawQuestionnaireChart(
        QPainter& painter, const QRectF& rect, const ReportData& data, QuestionnaireKind kind) override;

private:
    struct Recording
    {
        QPicture picture;
        QSizeF size; ///< the rect it was drawn into, in the picture's coordinates
    };
    static Recording draw(const QSizeF& points, const std::function<void(QPainter&, const QRectF&)>& paint);
    static void play(QPainter& painter, const QRectF& rect, const Recording& recording);

    Recording m_mood;
    Recording m_phq9;
    Recording m_gad7;
};

} // namespace kap
