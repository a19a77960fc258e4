// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QQmlEngine>
#include <QString>

namespace kap {

// What the Trends charts draw over their series, as QML value types: QML reads each field by a
// name qmllint and the QML compiler know (a QVariantMap's keys they cannot see). TrendsModel
// builds the lists once per result. Times are milliseconds since the epoch (see TrendsModel).

/// One phase as a shaded band behind the mood chart.
class ChartPhaseBand
{
    Q_GADGET
    QML_VALUE_TYPE(phaseBand)
    Q_PROPERTY(qint64 id MEMBER id CONSTANT)
    /// The phase kind's key ("induction", ...): it also picks the band's colour.
    Q_PROPERTY(QString kind MEMBER kind CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    /// 00:00 of the first day
    Q_PROPERTY(double start MEMBER start CONSTANT)
    /// 00:00 after the last day (or after the range's end when open-ended)
    Q_PROPERTY(double end MEMBER end CONSTANT)
    /// 0 for the top lane; overlapping phases get lanes of their own
    Q_PROPERTY(int lane MEMBER lane CONSTANT)
    Q_PROPERTY(bool openEnded MEMBER openEnded CONSTANT)

public:
    qint64 id = 0;
    QString kind;
    QString name;
    double start = 0;
    double end = 0;
    int lane = 0;
    bool openEnded = false;

    bool operator==(const ChartPhaseBand&) const = default;
};

/// One session as a marker on the mood chart, with the texts of its tooltip.
class ChartSessionMarker
{
    Q_GADGET
    QML_VALUE_TYPE(sessionMarker)
    Q_PROPERTY(qint64 id MEMBER id CONSTANT)
    /// noon of its day
    Q_PROPERTY(double time MEMBER time CONSTANT)
    Q_PROPERTY(QString dateText MEMBER dateText CONSTANT)
    Q_PROPERTY(QString route MEMBER route CONSTANT)
    /// "50 mg", or empty
    Q_PROPERTY(QString dose MEMBER dose CONSTANT)
    /// "mood 4 → 7", or empty
    Q_PROPERTY(QString mood MEMBER mood CONSTANT)
    Q_PROPERTY(bool maintenance MEMBER maintenance CONSTANT)
    /// The whole description: the tooltip and the screen reader's name.
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    qint64 id = 0;
    double time = 0;
    QString dateText;
    QString route;
    QString dose;
    QString mood;
    bool maintenance = false;
    QString text;

    bool operator==(const ChartSessionMarker&) const = default;
};

/// One severity band of a questionnaire chart, from `low` up to the next band's `low`.
class ChartSeverityBand
{
    Q_GADGET
    QML_VALUE_TYPE(severityBand)
    /// The severity's key ("minimal", ...): it also picks the band's colour.
    Q_PROPERTY(QString key MEMBER key CONSTANT)
    Q_PROPERTY(QString name MEMBER name CONSTANT)
    Q_PROPERTY(int low MEMBER low CONSTANT)
    Q_PROPERTY(int high MEMBER high CONSTANT)

public:
    QString key;
    QString name;
    int low = 0;
    int high = 0;

    bool operator==(const ChartSeverityBand&) const = default;
};

/// One PHQ-9 or GAD-7 total on a questionnaire chart, with its tooltip.
class ChartScorePoint
{
    Q_GADGET
    QML_VALUE_TYPE(scorePoint)
    Q_PROPERTY(qint64 id MEMBER id CONSTANT)
    /// noon of its day
    Q_PROPERTY(double time MEMBER time CONSTANT)
    Q_PROPERTY(int total MEMBER total CONSTANT)
    /// The severity's key ("minimal", ...)
    Q_PROPERTY(QString severity MEMBER severity CONSTANT)
    Q_PROPERTY(bool item9 MEMBER item9 CONSTANT)
    Q_PROPERTY(bool baseline MEMBER baseline CONSTANT)
    Q_PROPERTY(bool response MEMBER response CONSTANT)
    Q_PROPERTY(bool remission MEMBER remission CONSTANT)
    /// The whole description ("PHQ-9 on <day>: 12 (moderate), baseline"): the tooltip.
    Q_PROPERTY(QString text MEMBER text CONSTANT)

public:
    qint64 id = 0;
    double time = 0;
    int total = 0;
    QString severity;
    bool item9 = false;
    bool baseline = false;
    bool response = false;
    bool remission = false;
    QString text;

    bool operator==(const ChartScorePoint&) const = default;
};

/// One entry of a chart legend: a colour's key and what it means.
class ChartLegendItem
{
    Q_GADGET
    QML_VALUE_TYPE(legendItem)
    Q_PROPERTY(QString key MEMBER key CONSTANT)
    Q_PROPERTY(QString label MEMBER label CONSTANT)

public:
    QString key;
    QString label;

    bool operator==(const ChartLegendItem&) const = default;
};

/// The mood chart's overlays for one result, kept by the chart as one value: its bands and
/// markers stay those of the result it drew until it refills (a list read from TrendsModel's
/// property would follow the model at once), and one assignment re-evaluates each binding once.
class MoodChartFrame
{
    Q_GADGET
    QML_VALUE_TYPE(moodChartFrame)
    /// TrendsModel::revision of the result; -1 before the first
    Q_PROPERTY(int revision MEMBER revision CONSTANT)
    Q_PROPERTY(double start MEMBER start CONSTANT)
    Q_PROPERTY(double end MEMBER end CONSTANT)
    /// At least 1
    Q_PROPERTY(int lanes MEMBER lanes CONSTANT)
    Q_PROPERTY(QList<kap::ChartPhaseBand> bands MEMBER bands CONSTANT)
    Q_PROPERTY(QList<kap::ChartSessionMarker> markers MEMBER markers CONSTANT)

public:
    int revision = -1;
    double start = 0;
    double end = 0;
    int lanes = 1;
    QList<ChartPhaseBand> bands;
    QList<ChartSessionMarker> markers;

    bool operator==(const MoodChartFrame&) const = default;
};

/// A questionnaire chart's points for one result, kept by the chart as one value (see
/// MoodChartFrame).
class QuestionnaireChartFrame
{
    Q_GADGET
    QML_VALUE_TYPE(questionnaireChartFrame)
    Q_PROPERTY(int revision MEMBER revision CONSTANT)
    Q_PROPERTY(double start MEMBER start CONSTANT)
    Q_PROPERTY(double end MEMBER end CONSTANT)
    Q_PROPERTY(QList<kap::ChartScorePoint> scores MEMBER scores CONSTANT)

public:
    int revision = -1;
    double start = 0;
    double end = 0;
    QList<ChartScorePoint> scores;

    bool operator==(const QuestionnaireChartFrame&) const = default;
};

} // namespace kap
