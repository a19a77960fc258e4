// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/trends/TrendsModel.h"

#include <QColor>
#include <QDateTimeAxis>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QXYSeries>

namespace kap {

/// Hands a TrendsModel's result to Qt Charts: fills QXYSeries and sets up date axes, one C++
/// call per series (QXYSeries::replace), never point by point in JavaScript. The rolling average
/// is split into gap-free segments: QML makes one LineSeries per segment (segmentCount()) and
/// fills each with fillSegment(), since a single LineSeries cannot show a gap.
///
/// Time axis values are milliseconds since the epoch of local days, points at noon (ChartTime).
class TrendsChartBridge : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// Whose result is drawn; the charts refill on its dataChanged().
    Q_PROPERTY(kap::TrendsModel* trends READ trends WRITE setTrends NOTIFY trendsChanged)

public:
    enum class Measure { Mood, Anxiety, Energy, Sleep };
    Q_ENUM(Measure)

    explicit TrendsChartBridge(QObject* parent = nullptr);

    TrendsModel* trends() const { return m_trends; }
    void setTrends(TrendsModel* trends);

    /// Gives `axis` this result's range, label format and tick count (capped at `maxTicks` when
    /// above 0). One call: binding min and max separately moved the range twice, and Qt Charts
    /// lays out every series again on each move.
    Q_INVOKABLE void applyTimeAxis(QDateTimeAxis* axis, int maxTicks = 0) const;
    /// Daily mood points (x = noon of the day, y = the day's mean).
    Q_INVOKABLE void fillMoodPoints(QXYSeries* series) const;
    /// Draws `series`' points as dots of `diameter` px in `color` with a Qt Charts "light marker"
    /// (painted in one pass). A ScatterSeries makes one QGraphicsItem per point instead, which
    /// stalled a range switch by ~60 ms on a 10-year journal. Used on a LineSeries with style
    /// Qt.NoPen, so only the dots show.
    Q_INVOKABLE void setDotMarker(QXYSeries* series, const QColor& color, qreal diameter) const;
    /// Number of gap-free segments of the 7-day rolling average of `measure`.
    Q_INVOKABLE int segmentCount(kap::TrendsChartBridge::Measure measure) const;
    /// Replaces `series` with segment `index` of `measure`'s rolling average.
    Q_INVOKABLE void fillSegment(QXYSeries* series, kap::TrendsChartBridge::Measure measure, int index) const;
    /// Convenience for one-segment callers: points plus the first average segment.
    Q_INVOKABLE void fillMoodSeries(QXYSeries* points, QXYSeries* average) const;
    /// Totals of a questionnaire as a line and points; item-9 flags and the baseline(s) as their
    /// own point series (any of them may be null).
    Q_INVOKABLE void fillQuestionnaire(kap::TrendsModel::Questionnaire kind, QXYSeries* line, QXYSeries* points,
        QXYSeries* item9, QXYSeries* baseline) const;
    /// The shared chart colours (ChartColors), by key: "mood", "average", "anxiety", "energy",
    /// "sleep", "induction", "maintenance", "other", "session", "item9", "baseline",
    /// "minimal", "mild", "moderate", "moderately_severe", "severe", "phq9", "gad7".
    Q_INVOKABLE QColor color(const QString& key, bool dark) const;

Q_SIGNALS:
    void trendsChanged();

private:
    /// The result drawn: the model's, or an empty one without a model.
    const trends::TrendsData& data() const;

    QPointer<TrendsModel> m_trends;
};

} // namespace kap
