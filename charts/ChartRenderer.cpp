// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/ChartRenderer.h"

#include "charts/ChartColors.h"
#include "statistics/ChartTime.h"
#include "text/SeverityText.h"
#include "text/TrendsText.h"

#include <QAreaSeries>
#include <QChart>
#include <QDateTimeAxis>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsPathItem>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>
#include <QScatterSeries>
#include <QValueAxis>

namespace kap::trends {

namespace {

QColor textColor(bool dark)
{
    return dark ? QColor(0xEE, 0xEE, 0xEE) : QColor(0x21, 0x21, 0x21);
}

QColor gridColor(bool dark)
{
    return dark ? QColor(0x55, 0x55, 0x55) : QColor(0xDD, 0xDD, 0xDD);
}

void hideFromLegend(QChart& chart, QAbstractSeries* series)
{
    for (QLegendMarker* marker : chart.legend()->markers(series)) {
        marker->setVisible(false);
    }
}

QString axisFormat(AxisGranularity granularity)
{
    return granularity == AxisGranularity::Months ? QStringLiteral("MMM yyyy") : QStringLiteral("d MMM");
}

int tickCount(const DayRange& range, AxisGranularity granularity)
{
    const qint64 days = range.first.isValid() ? range.first.daysTo(range.last) + 1 : 28;
    const qint64 per = granularity == AxisGranularity::Days ? 4 : granularity == AxisGranularity::Weeks ? 14 : 30;
    return static_cast<int>(std::clamp<qint64>(days / per + 1, 2, 7));
}

QChart* makeChart(const ChartRenderer::Options& options, const QString& title)
{
    auto* chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    chart->setBackgroundRoundness(0);
    QFont titleFont = options.font;
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(textColor(options.dark));
    chart->setTitle(title);
    chart->legend()->setVisible(options.legend);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(options.font);
    chart->legend()->setLabelColor(textColor(options.dark));
    return chart;
}

QDateTimeAxis* makeTimeAxis(QChart& chart, const TrendsData& data, const ChartRenderer::Options& options)
{
    auto* axis = new QDateTimeAxis;
    axis->setFormat(axisFormat(data.granularity));
    axis->setTickCount(tickCount(data.range, data.granularity));
    if (data.range.first.isValid()) {
        axis->setRange(QDateTime(data.range.first, QTime(0, 0)), QDateTime(data.range.last.addDays(1), QTime(0, 0)));
    }
    axis->setLabelsFont(options.font);
    axis->setLabelsColor(textColor(options.dark));
    axis->setGridLineColor(gridColor(options.dark));
    axis->setLinePenColor(gridColor(options.dark));
    chart.addAxis(axis, Qt::AlignBottom);
    return axis;
}

QValueAxis* makeValueAxis(QChart& chart, qreal max, int ticks, const ChartRenderer::Options& options)
{
    auto* axis = new QValueAxis;
    axis->setRange(0, max);
    axis->setTickCount(ticks);
    axis->setLabelFormat(QStringLiteral("%d"));
    axis->setLabelsFont(options.font);
    axis->setLabelsColor(textColor(options.dark));
    axis->setGridLineColor(gridColor(options.dark));
    axis->setLinePenColor(gridColor(options.dark));
    chart.addAxis(axis, Qt::AlignLeft);
    return axis;
}

void attach(QChart& chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart.addSeries(series);
    series->attachAxis(x);
    series->attachAxis(y);
}

/// A filled rectangle from x0 to x1 and y0 to y1, drawn as an area series (stays a vector).
QAreaSeries* band(qreal x0, qreal x1, qreal y0, qreal y1, const QColor& color)
{
    auto* upper = new QLineSeries;
    upper->append(x0, y1);
    upper->append(x1, y1);
    auto* lower = new QLineSeries;
    lower->append(x0, y0);
    lower->append(x1, y0);
    auto* area = new QAreaSeries(upper, lower);
    upper->setParent(area);
    lower->setParent(area);
    area->setColor(color);
    area->setBorderColor(Qt::transparent);
    area->setPen(Qt::NoPen);
    return area;
}

QLineSeries* line(const QList<QPointF>& points, const QColor& color, qreal width, const QString& name = {})
{
    auto* series = new QLineSeries;
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(width);
    pen.setCapStyle(Qt::RoundCap);
    series->setPen(pen);
    series->replace(points);
    return series;
}

QScatterSeries* scatter(const QList<QPointF>& points, const QColor& color, qreal size,
    QScatterSeries::MarkerShape shape = QScatterSeries::MarkerShapeCircle, const QString& name = {})
{
    auto* series = new QScatterSeries;
    series->setName(name);
    series->setMarkerShape(shape);
    series->setMarkerSize(size);
    series->setColor(color);
    series->setBorderColor(color);
    series->replace(points);
    return series;
}

QList<QPointF> points(const Segment& segment)
{
    QList<QPointF> result;
    result.reserve(segment.size());
    for (const DayValue& value : segment) {
        result.append(QPointF(qreal(noonOf(value.day)), value.value));
    }
    return result;
}

qreal dailyDotSize(const TrendsData& data)
{
    return data.daily.size() > 400 ? 3 : data.daily.size() > 120 ? 5 : 7;
}

/// Filled circles of `diameter` at `values` (chart coordinates), as one vector path item above the
/// series; values outside the plot area are left out.
void addDots(QChart& chart, QAbstractSeries* anchor, const QList<QPointF>& values, const QColor& color, qreal diameter)
{
    const QRectF plot = chart.plotArea().adjusted(-0.5, -0.5, 0.5, 0.5);
    const qreal radius = diameter / 2;
    QPainterPath path;
    for (const QPointF& value : values) {
        const QPointF at = chart.mapToPosition(value, anchor);
        if (plot.contains(at)) {
            path.addEllipse(at, radius, radius);
        }
    }
    auto* item = new QGraphicsPathItem(path, &chart);
    item->setPen(Qt::NoPen);
    item->setBrush(color);
    item->setZValue(998);
}

/// Lays the chart out at the rect's physical size (in 96 dpi logical pixels), lets `decorate`
/// add items that need the final plot area, and paints the scene into `rect`.
template <typename Decorate>
void render(QPainter& painter, const QRectF& rect, std::unique_ptr<QChart> chart, Decorate decorate)
{
    const qreal dpi = painter.device() ? painter.device()->logicalDpiX() : 96;
    const qreal scale = dpi > 0 ? dpi / 96.0 : 1.0;
    const QSizeF logical(rect.width() / scale, rect.height() / scale);
    QGraphicsScene scene;
    QChart* raw = chart.release();
    scene.addItem(raw); // the scene owns the chart now
    raw->setGeometry(QRectF(QPointF(0, 0), logical));
    raw->layout()->activate();
    decorate(*raw);
    scene.setSceneRect(QRectF(QPointF(0, 0), logical));
    scene.render(&painter, rect, scene.sceneRect(), Qt::IgnoreAspectRatio);
}

} // namespace

std::unique_ptr<QChart> ChartRenderer::buildMoodChart(const TrendsData& data, const Options& options)
{
    std::unique_ptr<QChart> chart(makeChart(options, tr("Mood (0–10)")));
    auto* x = makeTimeAxis(*chart, data, options);
    auto* y = makeValueAxis(*chart, 10.8, 6, options);
    y->setTickInterval(2);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);

    // Phase bands first so everything else is drawn over them.
    const int lanes = [&data] {
        int n = 1;
        for (const PhaseBand& b : data.phases) {
            n = std::max(n, b.lane + 1);
        }
        return n;
    }();
    for (const PhaseBand& phase : data.phases) {
        const qreal laneHeight = 10.8 / lanes;
        auto* area
            = band(qreal(midnightOf(phase.first)), qreal(midnightOf(phase.last.addDays(1))), laneHeight * phase.lane,
                laneHeight * (phase.lane + 1), ChartColors::color(phaseKindKey(phase.kind), options.dark));
        attach(*chart, area, x, y);
        hideFromLegend(*chart, area);
    }

    // The dashed line under each triangle is drawn by renderMoodChart once the plot area is known
    // (one graphics item each; a series per session cost ~0.8 ms each, 400 ms for 520 sessions).
    if (!data.sessions.isEmpty()) {
        QList<QPointF> tops;
        for (const SessionMarker& session : data.sessions) {
            tops.append(QPointF(qreal(noonOf(session.day)), 10.35));
        }
        auto* triangles = scatter(tops, ChartColors::color(QStringLiteral("session"), options.dark), 9,
            QScatterSeries::MarkerShapeTriangle, tr("Session"));
        attach(*chart, triangles, x, y);
    }

    // The daily dots are painted by renderMoodChart as one path (a scatter series makes a graphics
    // item per point: 3,650 of them for 10 years); this empty series gives them their legend entry.
    auto* dots = scatter({}, ChartColors::color(QStringLiteral("mood"), options.dark), dailyDotSize(data),
        QScatterSeries::MarkerShapeCircle, tr("Daily mood"));
    attach(*chart, dots, x, y);

    struct Optional
    {
        const QList<Segment>* segments;
        QString key;
        QString name;
        qreal width;
    };
    const QList<Optional> lines { { &data.anxiety, QStringLiteral("anxiety"), tr("Anxiety"), 1.2 },
        { &data.energy, QStringLiteral("energy"), tr("Energy"), 1.2 },
        { &data.sleep, QStringLiteral("sleep"), tr("Sleep"), 1.2 },
        { &data.average, QStringLiteral("average"), tr("7-day average"), 2.4 } };
    for (const Optional& optional : lines) {
        bool first = true;
        for (const Segment& segment : *optional.segments) {
            auto* series
                = line(points(segment), ChartColors::color(optional.key, options.dark), optional.width, optional.name);
            attach(*chart, series, x, y);
            if (!first) {
                hideFromLegend(*chart, series);
            }
            first = false;
        }
    }
    return chart;
}

std::unique_ptr<QChart> ChartRenderer::buildQuestionnaireChart(
    const TrendsData& data, QuestionnaireKind kind, const Options& options)
{
    const QuestionnaireSeries& series = kind == QuestionnaireKind::Phq9 ? data.phq9 : data.gad7;
    const int max = questionnaire::maxTotal(kind);
    std::unique_ptr<QChart> chart(
        makeChart(options, tr("%1 total (0–%2)").arg(TrendsText::questionnaireName(kind)).arg(max)));
    auto* x = makeTimeAxis(*chart, data, options);
    auto* y = makeValueAxis(*chart, max, 4, options);
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(5);

    const qreal x0 = data.range.first.isValid() ? qreal(midnightOf(data.range.first)) : 0;
    const qreal x1 = data.range.last.isValid() ? qreal(midnightOf(data.range.last.addDays(1))) : 1;
    for (qsizetype i = 0; i < series.bands.size(); ++i) {
        const SeverityBand& sb = series.bands.at(i);
        const qreal top = i + 1 < series.bands.size() ? series.bands.at(i + 1).low : max;
        auto* area
            = band(x0, x1, sb.low, top, ChartColors::color(questionnaire::severityKey(sb.severity), options.dark));
        area->setName(SeverityText::inSentence(sb.severity));
        attach(*chart, area, x, y);
        hideFromLegend(*chart, area);
    }

    QList<QPointF> totals;
    QList<QPointF> flagged;
    QList<QPointF> baselines;
    for (const QuestionnairePoint& point : series.points) {
        const QPointF xy(qreal(noonOf(point.day)), point.total);
        totals.append(xy);
        if (point.item9) {
            flagged.append(xy);
        }
        if (point.baseline) {
            baselines.append(xy);
        }
    }
    const QString key = kind == QuestionnaireKind::Phq9 ? QStringLiteral("phq9") : QStringLiteral("gad7");
    auto* totalLine = line(totals, ChartColors::color(key, options.dark), 2, TrendsText::questionnaireName(kind));
    attach(*chart, totalLine, x, y);
    // The dots on the line are painted by renderQuestionnaireChart as one path.
    if (!baselines.isEmpty()) {
        auto* ring = scatter(baselines, Qt::transparent, 14, QScatterSeries::MarkerShapeCircle, tr("Baseline"));
        QPen pen(ChartColors::color(QStringLiteral("baseline"), options.dark));
        pen.setWidthF(2);
        ring->setPen(pen);
        ring->setBrush(Qt::NoBrush);
        attach(*chart, ring, x, y);
    }
    if (kind == QuestionnaireKind::Phq9 && !flagged.isEmpty()) {
        auto* flags = scatter(flagged, ChartColors::color(QStringLiteral("item9"), options.dark), 11,
            QScatterSeries::MarkerShapeRectangle, tr("Item 9 above 0"));
        attach(*chart, flags, x, y);
    }
    return chart;
}

void ChartRenderer::renderMoodChart(
    QPainter& painter, const QRectF& rect, const TrendsData& data, const Options& options)
{
    render(painter, rect, buildMoodChart(data, options), [&data, &options](QChart& chart) {
        // Phase names at the top-left of each band (needs the laid-out plot area).
        const QRectF plot = chart.plotArea();
        QAbstractSeries* anchor = chart.series().isEmpty() ? nullptr : chart.series().constLast();
        if (!anchor) {
            return;
        }
        // A dashed line through the plot under each session's triangle.
        QPen sessionPen(ChartColors::color(QStringLiteral("session"), options.dark));
        sessionPen.setWidthF(0.8);
        sessionPen.setStyle(Qt::DashLine);
        const qreal markTop = chart.mapToPosition(QPointF(0, 10.2), anchor).y();
        for (const SessionMarker& session : data.sessions) {
            const qreal at = chart.mapToPosition(QPointF(qreal(noonOf(session.day)), 0), anchor).x();
            if (at < plot.left() || at > plot.right()) {
                continue;
            }
            auto* mark = new QGraphicsLineItem(at, markTop, at, plot.bottom(), &chart);
            mark->setPen(sessionPen);
            mark->setZValue(999);
        }
        QList<QPointF> daily;
        daily.reserve(data.daily.size());
        for (const DailyMood& day : data.daily) {
            daily.append(QPointF(qreal(noonOf(day.day)), day.mood));
        }
        addDots(chart, anchor, daily, ChartColors::color(QStringLiteral("mood"), options.dark), dailyDotSize(data));
        for (const PhaseBand& phase : data.phases) {
            const QPointF left = chart.mapToPosition(QPointF(qreal(midnightOf(phase.first)), 0), anchor);
            const QPointF right = chart.mapToPosition(QPointF(qreal(midnightOf(phase.last.addDays(1))), 0), anchor);
            auto* label = new QGraphicsSimpleTextItem(TrendsText::phaseName(phase), &chart);
            QFont font = options.font;
            font.setPointSizeF(std::max<qreal>(6, font.pointSizeF() * 0.85));
            label->setFont(font);
            label->setBrush(textColor(options.dark));
            const qreal available = right.x() - left.x() - 4;
            if (label->boundingRect().width() > available) {
                label->setVisible(available > 24);
                label->setScale(std::max<qreal>(0.01, available / label->boundingRect().width()));
            }
            label->setPos(left.x() + 3,
                plot.bottom() - label->boundingRect().height() * label->scale() - 2
                    - phase.lane * (label->boundingRect().height() + 2));
            label->setZValue(1000);
        }
    });
}

void ChartRenderer::renderQuestionnaireChart(
    QPainter& painter, const QRectF& rect, const TrendsData& data, QuestionnaireKind kind, const Options& options)
{
    render(painter, rect, buildQuestionnaireChart(data, kind, options), [&data, kind, &options](QChart& chart) {
        // Band names at the right edge, inside the plot.
        const QRectF plot = chart.plotArea();
        QAbstractSeries* anchor = chart.series().isEmpty() ? nullptr : chart.series().constFirst();
        if (!anchor) {
            return;
        }
        const QuestionnaireSeries& series = kind == QuestionnaireKind::Phq9 ? data.phq9 : data.gad7;
        QList<QPointF> totals;
        for (const QuestionnairePoint& point : series.points) {
            totals.append(QPointF(qreal(noonOf(point.day)), point.total));
        }
        const QString key = kind == QuestionnaireKind::Phq9 ? QStringLiteral("phq9") : QStringLiteral("gad7");
        addDots(chart, anchor, totals, ChartColors::color(key, options.dark), 7);
        const auto bands = [kind] {
            QList<SeverityBand> list;
            int previous = -1;
            for (int total = 0; total <= questionnaire::maxTotal(kind); ++total) {
                const auto severity = questionnaire::severity(kind, total);
                if (severity && int(*severity) != previous) {
                    list.append(SeverityBand { *severity, total, total });
                    previous = int(*severity);
                }
            }
            return list;
        }();
        for (qsizetype i = 0; i < bands.size(); ++i) {
            const qreal top = i + 1 < bands.size() ? bands.at(i + 1).low : questionnaire::maxTotal(kind);
            const QPointF mid = chart.mapToPosition(QPointF(0, (bands.at(i).low + top) / 2.0), anchor);
            auto* label = new QGraphicsSimpleTextItem(SeverityText::inSentence(bands.at(i).severity), &chart);
            QFont font = options.font;
            font.setPointSizeF(std::max<qreal>(6, font.pointSizeF() * 0.8));
            label->setFont(font);
            label->setBrush(textColor(options.dark));
            label->setPos(
                plot.right() - label->boundingRect().width() - 4, mid.y() - label->boundingRect().height() / 2);
            label->setZValue(1000);
        }
    });
}

} // namespace kap::trends
