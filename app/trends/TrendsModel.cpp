// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/trends/TrendsModel.h"

#include "app/shell/JournalController.h"
#include "app/trends/TrendsTableModel.h"
#include "statistics/ChartTime.h"
#include "statistics/TrendsCalculator.h"
#include "statistics/TrendsStatistics.h"
#include "text/CourseText.h"
#include "text/EntryText.h"
#include "text/ErrorText.h"
#include "text/PhaseKindText.h"
#include "text/RouteText.h"
#include "text/SeverityText.h"
#include "text/TrendsText.h"

#include <QLocale>
#include <QtConcurrent>

#include <utility>

namespace kap {

using namespace trends;

namespace {

QuestionnaireKind toKind(TrendsModel::Questionnaire kind)
{
    return kind == TrendsModel::Questionnaire::Phq9 ? QuestionnaireKind::Phq9 : QuestionnaireKind::Gad7;
}

} // namespace

TrendsModel::TrendsModel(QObject* parent)
    : QObject(parent)
    , m_table(new TrendsTableModel(this))
    , m_phaseSummaries(new PhaseSummaryModel(this))
    , m_sessionEffects(new SessionEffectModel(this))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &TrendsModel::applyResult);
}

TrendsModel::~TrendsModel()
{
    // A computation still running works on its own copy of the input; just wait for it.
    m_watcher.waitForFinished();
}

void TrendsModel::setController(JournalController* controller)
{
    if (m_controller == controller) {
        return;
    }
    if (m_controller) {
        disconnect(m_controller, nullptr, this, nullptr);
    }
    m_controller = controller;
    if (m_controller) {
        connect(m_controller, &JournalController::unlocked, this, &TrendsModel::reload);
        connect(m_controller, &JournalController::aboutToLock, this, &TrendsModel::clear);
        connect(m_controller, &JournalController::locked, this, &TrendsModel::clear);
    }
    Q_EMIT controllerChanged();
    reload();
}

void TrendsModel::setRange(Range range)
{
    if (m_range == range) {
        return;
    }
    m_range = range;
    Q_EMIT rangeChanged();
    recompute();
}

void TrendsModel::setCustomFirst(const QDate& day)
{
    if (m_customFirst == day) {
        return;
    }
    m_customFirst = day;
    Q_EMIT rangeChanged();
    if (m_range == Range::Custom) {
        recompute();
    }
}

void TrendsModel::setCustomLast(const QDate& day)
{
    if (m_customLast == day) {
        return;
    }
    m_customLast = day;
    Q_EMIT rangeChanged();
    if (m_range == Range::Custom) {
        recompute();
    }
}

void TrendsModel::reload()
{
    Journal* journal = m_controller ? m_controller->journal() : nullptr;
    if (!journal) {
        clear();
        return;
    }
    // Reading is quick (the daily series is aggregated by SQL) and must stay on this thread:
    // Journal is not thread-safe. The statistics then run on a worker thread.
    auto input = TrendsCalculator::load(*journal);
    if (!input) {
        clear();
        setError(ErrorText::describe(input.error()));
        return;
    }
    setError({});
    m_input = std::make_shared<const TrendsInput>(std::move(input.value()));
    recompute();
}

void TrendsModel::setInput(TrendsInput input)
{
    setError({});
    m_input = std::make_shared<const TrendsInput>(std::move(input));
    recompute();
}

void TrendsModel::recompute()
{
    if (!m_input) {
        return;
    }
    const quint64 generation = ++m_generation;
    const RangePreset preset = static_cast<RangePreset>(m_range);
    const DayRange custom { m_customFirst, m_customLast };
    std::shared_ptr<const TrendsInput> input = m_input;
    setBusy(true);
    m_watcher.setFuture(QtConcurrent::run([input, preset, custom, generation]() {
        Computed computed;
        computed.generation = generation;
        computed.data = statistics::compute(*input, preset, custom);
        computed.tableRows = TrendsTableModel::rowsFor(computed.data);
        computed.phaseRows = PhaseSummaryModel::rowsFor(computed.data);
        computed.effectRows = SessionEffectModel::rowsFor(computed.data);
        return computed;
    }));
}

void TrendsModel::applyResult()
{
    const auto future = m_watcher.future();
    if (!future.isValid() || future.resultCount() == 0) {
        return;
    }
    auto result = future.result();
    if (result.generation != m_generation || !m_input) {
        return; // a newer request is running, or the journal locked meanwhile
    }
    // The previous result (3,650 formatted table rows and the series for ten years) is freed on
    // the worker pool: freeing it here took a few milliseconds of every range switch.
    TrendsData oldData = std::exchange(m_data, std::move(result.data));
    QList<TrendsTableModel::Row> oldRows = m_table->exchangeRows(std::move(result.tableRows));
    m_phaseSummaries->setRows(std::move(result.phaseRows));
    m_sessionEffects->setRows(std::move(result.effectRows));
    (void)QtConcurrent::run([data = std::move(oldData), rows = std::move(oldRows)]() mutable {
        data = TrendsData {};
        rows.clear();
    });
    m_overlays = {};
    ++m_revision;
    setBusy(false);
    Q_EMIT dataChanged();
}

void TrendsModel::clear()
{
    ++m_generation; // drops any result still on its way
    m_input.reset();
    m_data = TrendsData {};
    m_overlays = {};
    m_table->clear();
    m_phaseSummaries->clear();
    m_sessionEffects->clear();
    ++m_revision;
    setBusy(false);
    Q_EMIT dataChanged();
}

void TrendsModel::setBusy(bool busy)
{
    if (m_busy == busy) {
        return;
    }
    m_busy = busy;
    Q_EMIT busyChanged();
}

void TrendsModel::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

QDateTime TrendsModel::axisMin() const
{
    return m_data.range.first.isValid() ? QDateTime(m_data.range.first, QTime(0, 0)) : QDateTime();
}

QDateTime TrendsModel::axisMax() const
{
    return m_data.range.last.isValid() ? QDateTime(m_data.range.last.addDays(1), QTime(0, 0)) : QDateTime();
}

double TrendsModel::axisStart() const
{
    return m_data.range.first.isValid() ? double(midnightOf(m_data.range.first)) : 0.0;
}

double TrendsModel::axisEnd() const
{
    return m_data.range.last.isValid() ? double(midnightOf(m_data.range.last.addDays(1))) : 0.0;
}

TrendsModel::Granularity TrendsModel::granularity() const
{
    return static_cast<Granularity>(m_data.granularity);
}

QString TrendsModel::axisFormat() const
{
    switch (m_data.granularity) {
    case AxisGranularity::Days:
        return QStringLiteral("d MMM");
    case AxisGranularity::Weeks:
        return QStringLiteral("d MMM");
    case AxisGranularity::Months:
        return QStringLiteral("MMM yyyy");
    }
    return {};
}

int TrendsModel::tickCount() const
{
    if (!m_data.range.first.isValid()) {
        return 5;
    }
    const qint64 days = m_data.range.first.daysTo(m_data.range.last) + 1;
    switch (m_data.granularity) {
    case AxisGranularity::Days:
        return static_cast<int>(std::clamp<qint64>(days / 4 + 1, 2, 9));
    case AxisGranularity::Weeks:
        return static_cast<int>(std::clamp<qint64>(days / 14 + 1, 2, 9));
    case AxisGranularity::Months:
        return static_cast<int>(std::clamp<qint64>(days / 30 + 1, 2, 9));
    }
    return 5;
}

QString TrendsModel::rangeText() const
{
    if (!m_data.range.first.isValid()) {
        return {};
    }
    const QLocale locale;
    return tr("%1 – %2").arg(locale.toString(m_data.range.first, QLocale::ShortFormat),
        locale.toString(m_data.range.last, QLocale::ShortFormat));
}

QList<ChartPhaseBand> TrendsModel::phaseBands() const
{
    return cached(m_overlays.phaseBands, [this]() { return buildPhaseBands(); });
}

QList<ChartPhaseBand> TrendsModel::buildPhaseBands() const
{
    QList<ChartPhaseBand> list;
    list.reserve(m_data.phases.size());
    for (const PhaseBand& band : m_data.phases) {
        ChartPhaseBand item;
        item.id = band.id;
        item.kind = kap::phaseKindKey(band.kind);
        item.name = TrendsText::phaseName(band);
        item.start = double(midnightOf(band.first));
        item.end = double(midnightOf(band.last.addDays(1)));
        item.lane = band.lane;
        item.openEnded = band.openEnded;
        list.append(item);
    }
    return list;
}

int TrendsModel::phaseLanes() const
{
    int lanes = 0;
    for (const PhaseBand& band : m_data.phases) {
        lanes = std::max(lanes, band.lane + 1);
    }
    return lanes;
}

QList<ChartSessionMarker> TrendsModel::sessionMarkers() const
{
    return cached(m_overlays.sessionMarkers, [this]() { return buildSessionMarkers(); });
}

QList<ChartSessionMarker> TrendsModel::buildSessionMarkers() const
{
    const QLocale locale;
    QList<ChartSessionMarker> list;
    list.reserve(m_data.sessions.size());
    for (const SessionMarker& marker : m_data.sessions) {
        const QString date = locale.toString(marker.day, QLocale::ShortFormat);
        const QString route = RouteText::label(marker.route);
        const QString dose = marker.doseMg ? EntryText::doseMg(*marker.doseMg, locale) : QString();
        QString mood;
        if (marker.moodBefore || marker.moodAfter) {
            mood = tr("mood %1 → %2")
                       .arg(marker.moodBefore ? QString::number(*marker.moodBefore) : QStringLiteral("–"),
                           marker.moodAfter ? QString::number(*marker.moodAfter) : QStringLiteral("–"));
        }
        QStringList parts { tr("Session %1").arg(date) };
        for (const QString& part : { route, dose, mood }) {
            if (!part.isEmpty()) {
                parts << part;
            }
        }
        ChartSessionMarker item;
        item.id = marker.id;
        item.time = double(noonOf(marker.day));
        item.dateText = date;
        item.route = route;
        item.dose = dose;
        item.mood = mood;
        item.maintenance = marker.maintenance;
        item.text = parts.join(QStringLiteral(", "));
        list.append(item);
    }
    return list;
}

QList<ChartLegendItem> TrendsModel::phaseLegend() const
{
    QList<ChartLegendItem> legend;
    for (PhaseKind kind : { PhaseKind::Induction, PhaseKind::Maintenance }) {
        legend.append(ChartLegendItem { phaseKindKey(kind), PhaseKindText::label(kind) });
    }
    return legend;
}

QString TrendsModel::baselineRule() const
{
    return course::CourseText::baselineRule() + QLatin1Char(' ') + course::CourseText::outcomeRule();
}

QString TrendsModel::sessionEffectRule() const
{
    return TrendsText::sessionEffectRule();
}

QString TrendsModel::maintenanceTrendText() const
{
    return TrendsText::maintenanceTrend(m_data.maintenanceTrend);
}

QString TrendsModel::summaryText() const
{
    return TrendsText::summary(m_data);
}

QList<ChartSeverityBand> TrendsModel::severityBands(Questionnaire kind) const
{
    QList<ChartSeverityBand> list;
    for (const SeverityBand& band : statistics::severityBands(toKind(kind))) {
        list.append(ChartSeverityBand {
            questionnaire::severityKey(band.severity), SeverityText::inSentence(band.severity), band.low, band.high });
    }
    return list;
}

int TrendsModel::maxTotal(Questionnaire kind) const
{
    return questionnaire::maxTotal(toKind(kind));
}

QList<ChartScorePoint> TrendsModel::questionnairePoints(Questionnaire kind) const
{
    return cached(kind == Questionnaire::Phq9 ? m_overlays.phq9Points : m_overlays.gad7Points,
        [this, kind]() { return buildQuestionnairePoints(kind); });
}

QList<ChartScorePoint> TrendsModel::buildQuestionnairePoints(Questionnaire kind) const
{
    const QLocale locale;
    const QuestionnaireSeries& series = kind == Questionnaire::Phq9 ? m_data.phq9 : m_data.gad7;
    QList<ChartScorePoint> list;
    list.reserve(series.points.size());
    for (const QuestionnairePoint& point : series.points) {
        QString text
            = tr("%1 on %2: %3 (%4)")
                  .arg(TrendsText::questionnaireName(point.kind), locale.toString(point.day, QLocale::ShortFormat),
                      QString::number(point.total), SeverityText::inSentence(point.severity));
        if (point.baselineAfterTreatmentBegan) {
            text += tr(", baseline taken after treatment began");
        } else if (point.baseline) {
            text += tr(", baseline");
        }
        if (point.remission) {
            text += tr(", remission");
        } else if (point.response) {
            text += tr(", response");
        }
        if (point.item9) {
            text += tr(", item 9 answered above zero");
        }
        ChartScorePoint item;
        item.id = point.id;
        item.time = double(noonOf(point.day));
        item.total = point.total;
        item.severity = questionnaire::severityKey(point.severity);
        item.item9 = point.item9;
        item.baseline = point.baseline;
        item.response = point.response;
        item.remission = point.remission;
        item.text = text;
        list.append(item);
    }
    return list;
}

QString TrendsModel::questionnaireStatus(Questionnaire kind) const
{
    const QLocale locale;
    const QuestionnaireSeries& series = kind == Questionnaire::Phq9 ? m_data.phq9 : m_data.gad7;
    if (series.points.isEmpty()) {
        return tr("No scores in this range");
    }
    QStringList parts;
    const QuestionnairePoint& latest = series.points.last();
    parts << tr("Latest %1 (%2)").arg(latest.total).arg(SeverityText::inSentence(latest.severity));
    if (series.outcome.baseline) {
        parts << course::CourseText::baseline(*series.outcome.baseline, locale)
              << course::CourseText::status(series.outcome, locale);
    }
    return parts.join(QStringLiteral(" · "));
}

MoodChartFrame TrendsModel::moodChartFrame() const
{
    MoodChartFrame frame;
    frame.revision = m_revision;
    frame.start = axisStart();
    frame.end = axisEnd();
    frame.lanes = std::max(1, phaseLanes());
    frame.bands = phaseBands();
    frame.markers = sessionMarkers();
    return frame;
}

QuestionnaireChartFrame TrendsModel::questionnaireChartFrame(Questionnaire kind) const
{
    QuestionnaireChartFrame frame;
    frame.revision = m_revision;
    frame.start = axisStart();
    frame.end = axisEnd();
    frame.scores = questionnairePoints(kind);
    return frame;
}

} // namespace kap
