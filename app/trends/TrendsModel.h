// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/shell/JournalController.h"
#include "app/trends/PhaseSummaryModel.h"
#include "app/trends/SessionEffectModel.h"
#include "app/trends/TrendsTableModel.h"
#include "statistics/TrendsData.h"

#include <QDate>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QVariantList>

#include <memory>

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

    /// [{id, kind ("induction"...), name, start (ms), end (ms), lane, openEnded}]
    Q_PROPERTY(QVariantList phaseBands READ phaseBands NOTIFY dataChanged)
    Q_PROPERTY(int phaseLanes READ phaseLanes NOTIFY dataChanged)
    /// The chart legend's shaded kinds: [{key ("induction", "maintenance"), label (PhaseKindText)}]
    Q_PROPERTY(QVariantList phaseLegend READ phaseLegend CONSTANT)
    /// [{id, time (ms, noon of its day), dateText, route, dose, moodBefore, moodAfter, maintenance, text}]
    Q_PROPERTY(QVariantList sessionMarkers READ sessionMarkers NOTIFY dataChanged)
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
    QVariantList phaseBands() const;
    QVariantList phaseLegend() const;
    int phaseLanes() const;
    QVariantList sessionMarkers() const;
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

    /// [{severity key, name, low, high}] for the severity bands of `kind` (from Questionnaire.h).
    Q_INVOKABLE QVariantList severityBands(Questionnaire kind) const;
    Q_INVOKABLE int maxTotal(Questionnaire kind) const;
    /// [{day text, total, severity, item9, baseline, response, remission}] points for tooltips
    Q_INVOKABLE QVariantList questionnairePoints(Questionnaire kind) const;
    /// "Response reached on ...", "Remission reached on ..." or empty.
    Q_INVOKABLE QString questionnaireStatus(Questionnaire kind) const;

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

    template <typename Build> QVariantList cachedList(const QString& key, Build build) const
    {
        auto it = m_lists.constFind(key);
        if (it == m_lists.cend()) {
            it = m_lists.insert(key, build());
        }
        return *it;
    }
    QVariantList buildPhaseBands() const;
    QVariantList buildSessionMarkers() const;
    QVariantList buildQuestionnairePoints(Questionnaire kind) const;

    QPointer<JournalController> m_controller;
    Range m_range = Range::TwelveWeeks;
    QDate m_customFirst;
    QDate m_customLast;
    bool m_busy = false;
    QString m_errorMessage;
    std::shared_ptr<const trends::TrendsInput> m_input;
    trends::TrendsData m_data;
    // The QVariantLists handed to QML, built once per result: several bindings read each one.
    mutable QHash<QString, QVariantList> m_lists;
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
