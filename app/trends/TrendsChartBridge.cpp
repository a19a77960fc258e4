// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/trends/TrendsChartBridge.h"

#include "charts/ChartColors.h"
#include "statistics/ChartTime.h"

#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QtMath>

#include <utility>

namespace kap {

using namespace trends;

namespace {

const QList<Segment>& segmentsOf(const TrendsData& data, TrendsChartBridge::Measure measure)
{
    switch (measure) {
    case TrendsChartBridge::Measure::Mood:
        return data.average;
    case TrendsChartBridge::Measure::Anxiety:
        return data.anxiety;
    case TrendsChartBridge::Measure::Energy:
        return data.energy;
    case TrendsChartBridge::Measure::Sleep:
        return data.sleep;
    }
    return data.average;
}

} // namespace

TrendsChartBridge::TrendsChartBridge(QObject* parent) : QObject(parent) { }

void TrendsChartBridge::setTrends(TrendsModel* trends)
{
    if (m_trends == trends) {
        return;
    }
    m_trends = trends;
    Q_EMIT trendsChanged();
}

const TrendsData& TrendsChartBridge::data() const
{
    static const TrendsData empty;
    return m_trends ? m_trends->data() : empty;
}

void TrendsChartBridge::applyTimeAxis(QDateTimeAxis* axis, int maxTicks) const
{
    if (!axis || !m_trends) {
        return;
    }
    const int ticks = m_trends->tickCount();
    axis->setFormat(m_trends->axisFormat());
    axis->setTickCount(maxTicks > 0 ? std::min(ticks, maxTicks) : ticks);
    if (data().range.first.isValid()) {
        axis->setRange(m_trends->axisMin(), m_trends->axisMax());
    }
}

void TrendsChartBridge::fillMoodPoints(QXYSeries* series) const
{
    if (!series) {
        return;
    }
    QList<QPointF> points;
    points.reserve(data().daily.size());
    for (const DailyMood& day : data().daily) {
        points.append(QPointF(double(noonOf(day.day)), day.mood));
    }
    series->replace(points);
}

int TrendsChartBridge::segmentCount(Measure measure) const
{
    return static_cast<int>(segmentsOf(data(), measure).size());
}

void TrendsChartBridge::fillSegment(QXYSeries* series, Measure measure, int index) const
{
    if (!series) {
        return;
    }
    const QList<Segment>& segments = segmentsOf(data(), measure);
    QList<QPointF> points;
    if (index >= 0 && index < segments.size()) {
        const Segment& segment = segments.at(index);
        points.reserve(segment.size());
        for (const DayValue& value : segment) {
            points.append(QPointF(double(noonOf(value.day)), value.value));
        }
    }
    series->replace(points);
}

void TrendsChartBridge::fillMoodSeries(QXYSeries* points, QXYSeries* average) const
{
    fillMoodPoints(points);
    fillSegment(average, Measure::Mood, 0);
}

void TrendsChartBridge::setDotMarker(QXYSeries* series, const QColor& color, qreal diameter) const
{
    if (!series || diameter <= 0) {
        return;
    }
    const qreal ratio = qGuiApp ? qGuiApp->devicePixelRatio() : 1.0;
    const int side = qCeil(diameter * ratio);
    QImage dot(side, side, QImage::Format_ARGB32_Premultiplied);
    dot.fill(Qt::transparent);
    {
        QPainter painter(&dot);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawEllipse(QRectF(0, 0, side, side));
    }
    dot.setDevicePixelRatio(ratio);
    series->setMarkerSize(diameter); // Qt 6.4 draws the light marker at the series' marker size
    series->setLightMarker(dot);
}

void TrendsChartBridge::fillQuestionnaire(
    TrendsModel::Questionnaire kind, QXYSeries* line, QXYSeries* points, QXYSeries* item9, QXYSeries* baseline) const
{
    const QuestionnaireSeries& series = kind == TrendsModel::Questionnaire::Phq9 ? data().phq9 : data().gad7;
    QList<QPointF> all;
    QList<QPointF> flagged;
    QList<QPointF> baselines;
    for (const QuestionnairePoint& point : series.points) {
        const QPointF xy(double(noonOf(point.day)), point.total);
        all.append(xy);
        if (point.item9) {
            flagged.append(xy);
        }
        if (point.baseline) {
            baselines.append(xy);
        }
    }
    for (auto [target, values] : { std::pair { line, &all }, std::pair { points, &all }, std::pair { item9, &flagged },
             std::pair { baseline, &baselines } }) {
        if (target) {
            target->replace(*values);
        }
    }
}

QColor TrendsChartBridge::color(const QString& key, bool dark) const
{
    return ChartColors::color(key, dark);
}

} // namespace kap
