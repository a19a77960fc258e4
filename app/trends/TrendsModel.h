// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/shell/JournalController.h"
#include "app/trends/ChartOverlays.h"
#include "app/trends/PhaseSummaryModel.h"
#include "app/trends/SessionEffectModel.h"
#include "app/trends/TrendsTableModel.h"
#include "statistics/TrendsData.h"

#include <QDate>
#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>

#include <memory>
#include <optional>

namespace kap {

/// The Trends view's data for QML: loads the open journal through `controller`, computes the
/// series and statistics for `range` on a worker thread (QtConcurrent) and hands QML ready-made
/// values. The charts' series and axes are filled from data() by TrendsChartBridge.
///
/// Time axis values are milliseconds since the epoch of local days: points at noon, bands from
/// 00:00 of their first day to 00:00 after their last day. Everything is cleared when the
/// journal locks (aboutToLock).
class TrendsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(kap::JournalController* controller READ controller WRITE setController NOTIFY controllerChanged)
    Q_PROPERTY(Range range READ range WRITE setRange NOTIFY rangeChanged)
    /// Used when range is Custom; an invalid date leaves that end at the data's edge.
    Q_PROPERTY(QDate customFirst READ customFirst WRITE setCustomFirst NOTIFY rangeChanged)
    Q_PROPERTY(QDate customLast READ customLast WRITE setCustomLast NOTIFY rangeChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

    /// Grows by one with every new result; bindings over Q_INVOKABLE getters depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY dataChanged)
    Q_PROPERTY(bool hasData READ hasData NOTIFY dataChanged)
    Q_PROPERTY(bool hasMood READ hasMood NOTIFY dataChanged)
    Q_PROPERTY(QDate firstDay READ firstDay NOTIFY dataChanged)
    Q_PROPERTY(QDate lastDay READ lastDay NOTIFY dataChanged)
    /// Axis ends: 00:00 of the first day, 00:00 after the last day.
    Q_PROPERTY(QDateTime axisMin READ axisMin NOTIFY dataChanged)
    Q_PROPERTY(QDateTime axisMax READ axisMax NOTIFY dataChanged)
    /// The same ends as milliseconds since the epoch (overlays position by them: a QDateTime read
    /// into JavaScript costs two time-zone lookups).
    Q_PROPERTY(double axisStart READ axisStart NOTIFY dataChanged)
    Q_PROPERTY(double axisEnd READ axisEnd NOTIFY dataChanged)
    Q_PROPERTY(Granularity granularity READ granularity NOTIFY dataChanged)
    /// DateTimeAxis format and tick count suited to the granularity.
    Q_PROPERTY(QString axisFormat READ axisFormat NOTIFY dataChanged)
    Q_PROPERTY(int tickCount READ tickCount NOTIFY dataChanged)
    /// "3 Feb – 2 Mar 2026"
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY dataChanged)

    /// The phases in the range, oldest first.
    Q_PROPERTY(QList<kap::ChartPhaseBand> phaseBands READ phaseBands NOTIFY dataChanged)
    Q_PROPERTY(int phaseLanes READ phaseLanes NOTIFY dataChanged)
    /// The chart legend's shaded kinds (induction, maintenance), named by PhaseKindText.
    Q_PROPERTY(QList<kap::ChartLegendItem> phaseLegend READ phaseLegend CONSTANT)
    /// The sessions in the range, oldest first.
    Q_PROPERTY(QList<kap::ChartSessionMarker> sessionMarkers READ sessionMarkers NOTIFY dataChanged)
    /// One row per phase in the range.
    Q_PROPERTY(kap::PhaseSummaryModel* phaseSummaries READ phaseSummaries CONSTANT)
    /// One row per session in the range, newest first.
    Q_PROPERTY(kap::SessionEffectModel* sessionEffects READ sessionEffects CONSTANT)
    Q_PROPERTY(QString sessionEffectRule READ sessionEffectRule CONSTANT)
    /// The baseline, response and remission rule in words, shown under the questionnaire charts.
    Q_PROPERTY(QString baselineRule READ baselineRule CONSTANT)
    Q_PROPERTY(QString maintenanceTrendText READ maintenanceTrendText NOTIFY dataChanged)
    /// The text alternative of the charts for screen readers.
    Q_PROPERTY(QString summaryText READ summaryText NOTIFY dataChanged)
    /// One row per day in the range with check-ins or sessions, newest first.
    Q_PROPERTY(kap::TrendsTableModel* table READ table CONSTANT)

public:
    enum class Range { FourWeeks, TwelveWeeks, SixMonths, OneYear, All, Custom, ThisPhase };
    Q_ENUM(Range)
    enum class Granularity { Days, Weeks, Months };
    Q_ENUM(Granularity)
    enum class Questionnaire { Phq9, Gad7 };
    Q_ENUM(Questionnaire)

    explicit TrendsModel(QObject* parent = nullptr);
    ~TrendsModel() override;

    JournalController* controller() const { return m_controller; }
    void setController(JournalController* controller);
    Range range() const { return m_range; }
    void setRange(Range range);
    QDate customFirst() const { return m_customFirst; }
    void setCustomFirst(const QDate& day);
    QDate customLast() const { return m_customLast; }
    void setCustomLast(const QDate& day);
    bool busy() const { return m_busy; }
    QString errorMessage() const { return m_errorMessage; }

    int revision() const { return m_revision; }
    bool hasData() const { return !m_data.isEmpty(); }
    bool hasMood() const { return !m_data.daily.isEmpty(); }
    QDate firstDay() const { return m_data.range.first; }
    QDate lastDay() const { return m_data.range.last; }
    QDateTime axisMin() const;
    QDateTime axisMax() const;
    double axisStart() const;
    double axisEnd() const;
    Granularity granularity() const;
    QString axisFormat() const;
    int tickCount() const;
    QString rangeText() const;
    QList<ChartPhaseBand> phaseBands() const;
    QList<ChartLegendItem> phaseLegend() const;
    int phaseLanes() const;
    QList<ChartSessionMarker> sessionMarkers() const;
    PhaseSummaryModel* phaseSummaries() const { return m_phaseSummaries; }
    SessionEffectModel* sessionEffects() const { return m_sessionEffects; }
    QString sessionEffectRule() const;
    QString baselineRule() const;
    QString maintenanceTrendText() const;
    QString summaryText() const;
    TrendsTableModel* table() const { return m_table; }

    /// The computed data (C++ callers and tests).
    const trends::TrendsData& data() const { return m_data; }

    /// Uses `input` instead of the journal (tests, previews); recomputes for the current range.
    void setInput(trends::TrendsInput input);

    /// Reads the journal again and recomputes (after edits; the page calls it when shown).
    Q_INVOKABLE void reload();

    /// The severity bands of `kind` (from Questionnaire.h), lowest first.
    Q_INVOKABLE QList<kap::ChartSeverityBand> severityBands(Questionnaire kind) const;
    Q_INVOKABLE int maxTotal(Questionnaire kind) const;
    /// The totals of `kind` in the range, oldest first, with their tooltips.
    Q_INVOKABLE QList<kap::ChartScorePoint> questionnairePoints(Questionnaire kind) const;
    /// "Response reached on ...", "Remission reached on ..." or empty.
    Q_INVOKABLE QString questionnaireStatus(Questionnaire kind) const;

    /// The mood chart's overlays for the current result, as one value the chart keeps.
    Q_INVOKABLE kap::MoodChartFrame moodChartFrame() const;
    /// The questionnaire chart's points for the current result, as one value the chart keeps.
    Q_INVOKABLE kap::QuestionnaireChartFrame questionnaireChartFrame(Questionnaire kind) const;

Q_SIGNALS:
    void controllerChanged();
    void rangeChanged();
    void busyChanged();
    void errorMessageChanged();
    /// New data is in place: series must be refilled.
    void dataChanged();

private:
    void clear();
    void recompute();
    void applyResult();
    void setBusy(bool busy);
    void setError(const QString& message);

    template <typename List, typename Build> static const List& cached(std::optional<List>& slot, Build build)
    {
        if (!slot) {
            slot = build();
        }
        return *slot;
    }
    QList<ChartPhaseBand> buildPhaseBands() const;
    QList<ChartSessionMarker> buildSessionMarkers() const;
    QList<ChartScorePoint> buildQuestionnairePoints(Questionnaire kind) const;

    QPointer<JournalController> m_controller;
    Range m_range = Range::TwelveWeeks;
    QDate m_customFirst;
    QDate m_customLast;
    bool m_busy = false;
    QString m_errorMessage;
    std::shared_ptr<const trends::TrendsInput> m_input;
    trends::TrendsData m_data;
    /// The overlay lists, built once per result: several bindings read each one, and QML reads
    /// a list property again at every element it indexes.
    struct Overlays
    {
        std::optional<QList<ChartPhaseBand>> phaseBands;
        std::optional<QList<ChartSessionMarker>> sessionMarkers;
        std::optional<QList<ChartScorePoint>> phq9Points;
        std::optional<QList<ChartScorePoint>> gad7Points;
    };
    mutable Overlays m_overlays;
    quint64 m_generation = 0;
    int m_revision = 0;
    /// What the worker thread hands back: the statistics and the table's rows, for one request.
    struct Computed
    {
        quint64 generation = 0;
        trends::TrendsData data;
        QList<TrendsTableModel::Row> tableRows;
        QList<PhaseSummaryModel::Row> phaseRows;
        QList<SessionEffectModel::Row> effectRows;
    };
    QFutureWatcher<Computed> m_watcher;
    TrendsTableModel* m_table = nullptr;
    PhaseSummaryModel* m_phaseSummaries = nullptr;
    SessionEffectModel* m_sessionEffects = nullptr;
};

} // namespace kap
