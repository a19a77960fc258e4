// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/BuiltinReportCharts.h"

#include "statistics/TrendsStatistics.h"
#include "text/PhaseKindText.h"
#include "text/SeverityText.h"

#include "storage/Questionnaire.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace kap {

namespace {

// Muted colours that print well in greyscale too.
const QColor Ink(0x22, 0x22, 0x22);
const QColor Grid(0xd8, 0xd8, 0xd8);
const QColor Axis(0x88, 0x88, 0x88);
const QColor MoodPoint(0x4a, 0x7f, 0xb5);
const QColor MoodLine(0x1f, 0x4e, 0x79);
const QColor SessionMark(0x8e, 0x44, 0xad);
const QColor Flag(0xc0, 0x39, 0x2b);

QColor phaseColour(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Induction:
        return QColor(0xf6, 0xd8, 0xae, 150);
    case PhaseKind::Maintenance:
        return QColor(0xc8, 0xe6, 0xc9, 150);
    case PhaseKind::Other:
        break;
    }
    return QColor(0xe0, 0xe0, 0xe0, 150);
}

QColor bandColour(questionnaire::Severity s)
{
    switch (s) {
    case questionnaire::Severity::Minimal:
        return QColor(0xe8, 0xf5, 0xe9);
    case questionnaire::Severity::Mild:
        return QColor(0xf1, 0xf8, 0xe0);
    case questionnaire::Severity::Moderate:
        return QColor(0xff, 0xf8, 0xe1);
    case questionnaire::Severity::ModeratelySevere:
        return QColor(0xff, 0xec, 0xd9);
    case questionnaire::Severity::Severe:
        break;
    }
    return QColor(0xfd, 0xe4, 0xe1);
}

/// Points (1/72 inch) to device units.
double pt(const QPainter& painter, double points)
{
    return points * painter.device()->logicalDpiY() / 72.0;
}

QFont smallFont(double pointSize)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(pointSize);
    return f;
}

/// Maps days of the range onto the plot's x axis (each day a slot, drawn at its centre).
struct DayAxis
{
    QDate first;
    int days = 1;
    QRectF plot;
    double x(QDate day) const { return plot.left() + (first.daysTo(day) + 0.5) * plot.width() / days; }
    double left(QDate day) const { return plot.left() + first.daysTo(day) * plot.width() / days; }
};

DayAxis makeAxis(const DayRange& range, const QRectF& plot)
{
    DayAxis axis;
    axis.first = range.first;
    axis.days = std::max<qint64>(1, range.first.daysTo(range.last) + 1);
    axis.plot = plot;
    return axis;
}

void drawTimeAxis(QPainter& p, const DayAxis& axis, const QLocale& locale)
{
    p.setFont(smallFont(7));
    const QFontMetricsF fm(p.font(), p.device());
    const QDate last = axis.first.addDays(axis.days - 1);
    QList<QDate> ticks;
    QString format;
    if (axis.days <= 50) {
        for (QDate d = axis.first; d <= last; d = d.addDays(1)) {
            if (d.dayOfWeek() == Qt::Monday) {
                ticks.append(d);
            }
        }
        format = QStringLiteral("d MMM");
    } else if (axis.days <= 500) {
        const int step = axis.days <= 200 ? 1 : 2;
        for (QDate d(axis.first.year(), axis.first.month(), 1); d <= last; d = d.addMonths(step)) {
            if (d >= axis.first) {
                ticks.append(d);
            }
        }
        format = QStringLiteral("MMM yyyy");
    } else {
        const int years = int(axis.days / 365);
        const int step = years <= 6 ? 6 : 12;
        for (QDate d(axis.first.year(), 1, 1); d <= last; d = d.addMonths(step)) {
            if (d >= axis.first) {
                ticks.append(d);
            }
        }
        format = step == 12 ? QStringLiteral("yyyy") : QStringLiteral("MMM yyyy");
    }
    double lastRight = -1e9;
    for (QDate d : ticks) {
        const double x = axis.left(d);
        p.setPen(QPen(Grid, pt(p, 0.4)));
        p.drawLine(QPointF(x, axis.plot.top()), QPointF(x, axis.plot.bottom()));
        const QString label = locale.toString(d, format);
        const double w = fm.horizontalAdvance(label);
        if (x - w / 2 < lastRight + pt(p, 4) || x + w / 2 > axis.plot.right() + pt(p, 10)) {
            continue; // would overlap its neighbour
        }
        p.setPen(Axis);
        p.drawText(QRectF(x - w / 2, axis.plot.bottom() + pt(p, 2), w, fm.height()), Qt::AlignCenter, label);
        lastRight = x + w / 2;
    }
}

void drawValueGrid(QPainter& p, const QRectF& plot, int max, int step)
{
    p.setFont(smallFont(7));
    const QFontMetricsF fm(p.font(), p.device());
    for (int v = 0; v <= max; v += step) {
        const double y = plot.bottom() - v * plot.height() / max;
        p.setPen(QPen(Grid, pt(p, 0.4)));
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        p.setPen(Axis);
        p.drawText(QRectF(plot.left() - pt(p, 20), y - fm.height() / 2, pt(p, 16), fm.height()),
            Qt::AlignRight | Qt::AlignVCenter, QString::number(v));
    }
}

void drawSessionMarks(QPainter& p, const DayAxis& axis, const ReportData& data)
{
    const double size = pt(p, 3.2);
    for (const Session& s : data.sessions) {
        const QDate day = s.occurredAt.date();
        if (!data.range.contains(day)) {
            continue;
        }
        const double x = axis.x(day);
        QPen dashed(SessionMark, pt(p, 0.6), Qt::DashLine);
        p.setPen(dashed);
        p.drawLine(QPointF(x, axis.plot.top()), QPointF(x, axis.plot.bottom()));
        QPainterPath tri;
        tri.moveTo(x - size, axis.plot.top() - size * 1.6);
        tri.lineTo(x + size, axis.plot.top() - size * 1.6);
        tri.lineTo(x, axis.plot.top());
        tri.closeSubpath();
        p.fillPath(tri, SessionMark);
    }
}

void legendItem(QPainter& p, QPointF& at, const QString& text, const std::function<void(QRectF)>& swatch)
{
    const QFontMetricsF fm(p.font(), p.device());
    const QRectF box(at.x(), at.y() + fm.height() * 0.15, fm.height() * 0.7, fm.height() * 0.7);
    swatch(box);
    p.setPen(Ink);
    const double textX = box.right() + pt(p, 3);
    p.drawText(QPointF(textX, at.y() + fm.ascent()), text);
    at.rx() = textX + fm.horizontalAdvance(text) + pt(p, 10);
}

} // namespace

BuiltinReportCharts::BuiltinReportCharts(QLocale locale) : m_locale(std::move(locale)) { }

void BuiltinReportCharts::drawMoodChart(QPainter& p, const QRectF& rect, const ReportData& data)
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(smallFont(7));
    const QFontMetricsF fm(p.font(), p.device());
    const double legendH = fm.height() * 1.4;
    const QRectF plot(rect.left() + pt(p, 24), rect.top() + fm.height() * 1.3 + pt(p, 6), rect.width() - pt(p, 28),
        rect.height() - fm.height() * 2.6 - pt(p, 8) - legendH);
    const DayAxis axis = makeAxis(data.range, plot);

    // Phases: shaded bands with their label at the top.
    for (const Phase& phase : data.phases) {
        const QDate from = std::max(phase.start, data.range.first);
        const QDate to = phase.end ? std::min(*phase.end, data.range.last) : data.range.last;
        if (from > to) {
            continue;
        }
        const QRectF band(axis.left(from), plot.top(), axis.left(to.addDays(1)) - axis.left(from), plot.height());
        p.fillRect(band, phaseColour(phase.kind));
        QString label = PhaseKindText::label(phase.kind);
        if (!phase.label.isEmpty()) {
            label += QStringLiteral(": ") + phase.label;
        }
        p.setPen(Axis);
        p.drawText(QRectF(band.left() + pt(p, 2), rect.top(), band.width() - pt(p, 4), fm.height()),
            Qt::AlignLeft | Qt::AlignVCenter, fm.elidedText(label, Qt::ElideRight, band.width() - pt(p, 4)));
    }

    drawValueGrid(p, plot, 10, 2);
    drawTimeAxis(p, axis, m_locale);
    drawSessionMarks(p, axis, data);

    auto yFor = [&plot](double mood) { return plot.bottom() - mood * plot.height() / 10.0; };
    // Daily means as points.
    p.setPen(Qt::NoPen);
    p.setBrush(MoodPoint);
    const double r = axis.days > 400 ? pt(p, 0.9) : pt(p, 1.6);
    for (const DailyMood& d : data.mood) {
        if (data.range.contains(d.day)) {
            p.drawEllipse(QPointF(axis.x(d.day), yFor(d.mood)), r, r);
        }
    }
    // The rolling average by the Trends rule (one line per run of check-ins; see
    // trends::statistics::rollingAverage), so both chart renderers and the caption agree.
    const auto segments = trends::statistics::clip(
        trends::statistics::rollingAverage(trends::statistics::values(data.mood, trends::statistics::Measure::Mood)),
        data.range);
    p.setPen(QPen(MoodLine, pt(p, 1.3), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    p.setBrush(Qt::NoBrush);
    QPainterPath path;
    for (const trends::Segment& segment : segments) {
        for (qsizetype i = 0; i < segment.size(); ++i) {
            const QPointF pos(axis.x(segment.at(i).day), yFor(segment.at(i).value));
            i == 0 ? path.moveTo(pos) : path.lineTo(pos);
        }
    }
    p.drawPath(path);

    p.setPen(QPen(Axis, pt(p, 0.6)));
    p.drawRect(plot);

    // Legend.
    p.setFont(smallFont(7));
    QPointF at(plot.left(), rect.bottom() - legendH + fm.height() * 0.3);
    legendItem(p, at, tr("daily mood (0-10)"), [&](QRectF b) {
        p.setPen(Qt::NoPen);
        p.setBrush(MoodPoint);
        p.drawEllipse(b.center(), r * 1.3, r * 1.3);
    });
    legendItem(p, at, tr("7-day average"), [&](QRectF b) {
        p.setPen(QPen(MoodLine, pt(p, 1.3)));
        p.drawLine(QPointF(b.left(), b.center().y()), QPointF(b.right(), b.center().y()));
    });
    legendItem(p, at, tr("session"), [&](QRectF b) {
        QPainterPath tri;
        tri.moveTo(b.topLeft());
        tri.lineTo(b.topRight());
        tri.lineTo(b.center().x(), b.bottom());
        tri.closeSubpath();
        p.fillPath(tri, SessionMark);
    });
    legendItem(p, at, tr("induction"), [&](QRectF b) { p.fillRect(b, phaseColour(PhaseKind::Induction)); });
    legendItem(p, at, tr("maintenance"), [&](QRectF b) { p.fillRect(b, phaseColour(PhaseKind::Maintenance)); });
    p.restore();
}

void BuiltinReportCharts::drawQuestionnaireChart(
    QPainter& p, const QRectF& rect, const ReportData& data, QuestionnaireKind kind)
{
    using questionnaire::Severity;
    p.save();
    p.setRenderHint(QPainter::Antialiasing);
    p.setFont(smallFont(7));
    const QFontMetricsF fm(p.font(), p.device());
    const int max = questionnaire::maxTotal(kind);
    const QRectF plot(rect.left() + pt(p, 24), rect.top() + fm.height() * 1.6, rect.width() - pt(p, 28),
        rect.height() - fm.height() * 3.2);
    const DayAxis axis = makeAxis(data.range, plot);
    auto yFor = [&](double v) { return plot.bottom() - v * plot.height() / max; };

    // Title.
    QFont title = smallFont(8.5);
    title.setBold(true);
    p.setFont(title);
    p.setPen(Ink);
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), fm.height() * 1.4), Qt::AlignLeft | Qt::AlignVCenter,
        kind == QuestionnaireKind::Phq9 ? tr("PHQ-9 (depression), 0-27") : tr("GAD-7 (anxiety), 0-21"));
    p.setFont(smallFont(6.5));

    // Severity bands, edges from Questionnaire.h (the first total of each band).
    QList<QPair<int, Severity>> bands;
    std::optional<Severity> previous;
    for (int t = 0; t <= max; ++t) {
        const auto s = questionnaire::severity(kind, t);
        if (s && s != previous) {
            bands.append({ t, *s });
            previous = s;
        }
    }
    // Baseline: a dashed reference line when it lies before the range (drawn below, over the
    // bands; their labels keep out of its way).
    const auto baseline = data.baseline(kind);
    std::optional<int> baselineTotal;
    if (baseline) {
        baselineTotal = questionnaire::total(kind, baseline->answers);
    }
    const bool baselineLine = baselineTotal && !data.range.contains(baseline->at.date());

    const QFontMetricsF labelMetrics(p.font(), p.device());
    for (qsizetype i = 0; i < bands.size(); ++i) {
        const double low = bands.at(i).first == 0 ? 0 : bands.at(i).first - 0.5;
        const double high = i + 1 < bands.size() ? bands.at(i + 1).first - 0.5 : max;
        const QRectF band(plot.left(), yFor(high), plot.width(), yFor(low) - yFor(high));
        p.fillRect(band, bandColour(bands.at(i).second));
        // Centred, unless the baseline line would strike the label through: then at the band's
        // top or bottom edge, away from the line.
        Qt::Alignment vertical = Qt::AlignVCenter;
        if (baselineLine) {
            const double lineY = yFor(*baselineTotal);
            if (std::abs(lineY - band.center().y()) < labelMetrics.height() / 2 + pt(p, 1.5)) {
                vertical = lineY <= band.center().y() ? Qt::AlignBottom : Qt::AlignTop;
            }
        }
        p.setPen(Axis);
        p.drawText(band.adjusted(0, pt(p, 0.5), -pt(p, 3), -pt(p, 0.5)), Qt::AlignRight | vertical,
            SeverityText::chartLabel(bands.at(i).second));
    }
    drawValueGrid(p, plot, max, kind == QuestionnaireKind::Phq9 ? 5 : 5);
    drawTimeAxis(p, axis, m_locale);

    if (baselineLine) {
        p.setPen(QPen(Ink, pt(p, 0.6), Qt::DashLine));
        p.drawLine(QPointF(plot.left(), yFor(*baselineTotal)), QPointF(plot.right(), yFor(*baselineTotal)));
        p.drawText(QPointF(plot.left() + pt(p, 2), yFor(*baselineTotal) - pt(p, 2)),
            tr("baseline %1 (%2)")
                .arg(*baselineTotal)
                .arg(m_locale.toString(baseline->at.date(), QLocale::ShortFormat)));
    }

    QPainterPath line;
    bool first = true;
    QList<QPointF> points;
    QList<bool> flags;
    QList<bool> isBaseline;
    for (const QuestionnaireResponse& r : data.questionnaires) {
        if (r.kind != kind || !data.range.contains(r.at.date())) {
            continue;
        }
        const auto total = questionnaire::total(kind, r.answers);
        if (!total) {
            continue;
        }
        const QPointF pos(axis.x(r.at.date()), yFor(*total));
        first ? line.moveTo(pos) : line.lineTo(pos);
        first = false;
        points.append(pos);
        flags.append(questionnaire::item9Flag(r));
        isBaseline.append(baseline && baseline->id == r.id);
    }
    p.setPen(QPen(MoodLine, pt(p, 1.2)));
    p.setBrush(Qt::NoBrush);
    p.drawPath(line);
    const double r = pt(p, 2);
    for (qsizetype i = 0; i < points.size(); ++i) {
        p.setPen(QPen(MoodLine, pt(p, 0.8)));
        p.setBrush(Qt::white);
        p.drawEllipse(points.at(i), r, r);
        if (isBaseline.at(i)) {
            // Ringed; the caption says what the ring means (a label here collided with the
            // item-9 diamonds and the line on busy charts).
            p.setBrush(Qt::NoBrush);
            p.drawEllipse(points.at(i), r * 2, r * 2);
        }
        if (flags.at(i)) {
            // Item 9 answered above 0: a red diamond above the point.
            const QPointF c = points.at(i) - QPointF(0, r * 3.5);
            QPainterPath d;
            d.moveTo(c + QPointF(0, -r * 1.4));
            d.lineTo(c + QPointF(r * 1.4, 0));
            d.lineTo(c + QPointF(0, r * 1.4));
            d.lineTo(c + QPointF(-r * 1.4, 0));
            d.closeSubpath();
            p.fillPath(d, Flag);
        }
    }
    if (points.isEmpty()) {
        p.setPen(Axis);
        p.drawText(plot, Qt::AlignCenter, tr("No responses in this period"));
    }
    p.setPen(QPen(Axis, pt(p, 0.6)));
    p.setBrush(Qt::NoBrush);
    p.drawRect(plot);
    p.restore();
}

} // namespace kap
