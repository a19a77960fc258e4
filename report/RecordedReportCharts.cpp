// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/RecordedReportCharts.h"

#include "report/ReportBuilder.h"

#include <QPainter>

namespace kap {

RecordedReportCharts::Recording RecordedReportCharts::draw(
    const QSizeF& points, const std::function<void(QPainter&, const QRectF&)>& paint)
{
    Recording recording;
    // The picture reports the screen's resolution to the chart code; a rect of the chart's
    // physical size at that resolution makes the chart lay out exactly as on the PDF page.
    recording.size = QSizeF(points.width() * recording.picture.logicalDpiX() / 72.0,
        points.height() * recording.picture.logicalDpiY() / 72.0);
    QPainter painter(&recording.picture);
    painter.setRenderHint(QPainter::Antialiasing);
    paint(painter, QRectF(QPointF(0, 0), recording.size));
    painter.end();
    return recording;
}

void RecordedReportCharts::play(QPainter& painter, const QRectF& rect, const Recording& recording)
{
    if (recording.size.isEmpty()) {
        return;
    }
    // QPicture::play() itself scales by the target's resolution over the picture's; undo that so
    // the recording fills exactly `rect`.
    const QPaintDevice* device = painter.device();
    const qreal dpiX = device ? qreal(device->logicalDpiX()) / recording.picture.logicalDpiX() : 1.0;
    const qreal dpiY = device ? qreal(device->logicalDpiY()) / recording.picture.logicalDpiY() : 1.0;
    painter.save();
    painter.translate(rect.topLeft());
    painter.scale(rect.width() / recording.size.width() / dpiX, rect.height() / recording.size.height() / dpiY);
    painter.drawPicture(QPointF(0, 0), recording.picture);
    painter.restore();
}

std::shared_ptr<RecordedReportCharts> RecordedReportCharts::record(
    ReportCharts& source, const ReportData& data, const ReportOptions& options)
{
    auto charts = std::make_shared<RecordedReportCharts>();
    if (options.has(ReportOptions::MoodChart)) {
        charts->m_mood = draw(ReportBuilder::moodChartSize(options),
            [&](QPainter& painter, const QRectF& rect) { source.drawMoodChart(painter, rect, data); });
    }
    if (options.has(ReportOptions::Questionnaires)) {
        const QSizeF size = ReportBuilder::questionnaireChartSize(options);
        charts->m_phq9 = draw(size, [&](QPainter& painter, const QRectF& rect) {
            source.drawQuestionnaireChart(painter, rect, data, QuestionnaireKind::Phq9);
        });
        charts->m_gad7 = draw(size, [&](QPainter& painter, const QRectF& rect) {
            source.drawQuestionnaireChart(painter, rect, data, QuestionnaireKind::Gad7);
        });
    }
    return charts;
}

void RecordedReportCharts::drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData&)
{
    play(painter, rect, m_mood);
}

void RecordedReportCharts::drawQuestionnaireChart(
    QPainter& painter, const QRectF& rect, const ReportData&, QuestionnaireKind kind)
{
    play(painter, rect, kind == QuestionnaireKind::Gad7 ? m_gad7 : m_phq9);
}

} // namespace kap
