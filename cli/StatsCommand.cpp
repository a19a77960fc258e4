// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `stats`: the Trends page's figures as text or JSON (kapjournal-stats/1, README.md): per-phase
// summaries, baseline / latest / status per questionnaire, the session effects and the maintenance
// trend. Every number comes from trends::statistics::compute() and every sentence from CourseText /
// TrendsText, so the tool says what the app says; nothing is worked out here.
#include "cli/Command.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "cli/Validator.h"
#include "statistics/TrendsCalculator.h"
#include "statistics/TrendsStatistics.h"
#include "storage/Journal.h"
#include "storage/Questionnaire.h"
#include "text/CourseText.h"
#include "text/SeverityText.h"
#include "text/TrendsText.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace kap::cli {

namespace {

using trends::MaintenanceTrend;
using trends::PhaseBand;
using trends::PhaseSummary;
using trends::QuestionnaireSeries;
using trends::SessionEffect;
using trends::TrendsData;
using trends::TrendsText;

/// Text output fits a terminal of this many columns.
constexpr qsizetype TextWidth = 80;
const QString IsoDay = QStringLiteral("yyyy-MM-dd");

QJsonValue day(QDate value)
{
    return value.isValid() ? QJsonValue(value.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

template <typename T> QJsonValue optional(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QString effectOutcomeKey(SessionEffect::Outcome outcome)
{
    switch (outcome) {
    case SessionEffect::Outcome::NotEnoughData:
        return QStringLiteral("not_enough_data");
    case SessionEffect::Outcome::NoRise:
        return QStringLiteral("no_rise");
    case SessionEffect::Outcome::Returned:
        return QStringLiteral("returned");
    case SessionEffect::Outcome::StillAbove:
        return QStringLiteral("still_above");
    }
    return {};
}

/// The phase a session day lies in (the latest-starting one when phases overlap), or none.
const PhaseBand* phaseOf(const TrendsData& data, QDate sessionDay)
{
    const PhaseBand* best = nullptr;
    for (const PhaseBand& band : data.phases) {
        if (band.first <= sessionDay && sessionDay <= band.last && (!best || band.first > best->first)) {
            best = &band;
        }
    }
    return best;
}

QJsonObject phaseJson(const PhaseBand& band)
{
    return QJsonObject { { QStringLiteral("id"), QJsonValue(qint64(band.id)) },
        { QStringLiteral("kind"), phaseKindKey(band.kind) }, { QStringLiteral("label"), band.label } };
}

QJsonValue scoreChangeJson(const std::optional<trends::ScoreChange>& change)
{
    if (!change) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject { { QStringLiteral("first"), change->first }, { QStringLiteral("last"), change->last },
        { QStringLiteral("firstDay"), day(change->firstDay) }, { QStringLiteral("lastDay"), day(change->lastDay) } };
}

QJsonObject phaseSummaryJson(const PhaseSummary& summary)
{
    QJsonObject object = phaseJson(summary.band);
    object.insert(QStringLiteral("from"), day(summary.band.first));
    object.insert(QStringLiteral("to"), day(summary.band.last));
    object.insert(QStringLiteral("openEnded"), summary.band.openEnded);
    object.insert(QStringLiteral("sessions"), summary.sessions);
    object.insert(QStringLiteral("moodDays"), summary.moodDays);
    object.insert(QStringLiteral("meanMood"), optional(summary.meanMood));
    object.insert(QStringLiteral("minMood"), optional(summary.minMood));
    object.insert(QStringLiteral("maxMood"), optional(summary.maxMood));
    object.insert(QStringLiteral("meanSessionChange"), optional(summary.meanSessionChange));
    object.insert(QStringLiteral("meanWeekChange"), optional(summary.meanWeekChange));
    object.insert(QStringLiteral("phq9"), scoreChangeJson(summary.phq9));
    object.insert(QStringLiteral("gad7"), scoreChangeJson(summary.gad7));
    return object;
}

QJsonValue severityJson(QuestionnaireKind kind, int total)
{
    const auto severity = questionnaire::severity(kind, total);
    return severity ? QJsonValue(questionnaire::severityKey(*severity)) : QJsonValue(QJsonValue::Null);
}

QJsonArray periodsJson(const QList<course::Period>& periods)
{
    QJsonArray array;
    for (const course::Period& period : periods) {
        array.append(
            QJsonObject { { QStringLiteral("from"), day(period.first) }, { QStringLiteral("to"), day(period.last) } });
    }
    return array;
}

QJsonObject outcomeJson(const course::Outcome& outcome)
{
    QJsonObject object;
    if (outcome.baseline) {
        const course::Baseline& baseline = *outcome.baseline;
        object.insert(QStringLiteral("baseline"),
            QJsonObject { { QStringLiteral("responseId"), QJsonValue(qint64(baseline.response.id)) },
                { QStringLiteral("day"), day(baseline.response.at.date()) },
                { QStringLiteral("total"), baseline.total },
                { QStringLiteral("severity"), severityJson(outcome.kind, baseline.total) },
                { QStringLiteral("afterTreatmentBegan"), baseline.afterTreatmentBegan } });
    } else {
        object.insert(QStringLiteral("baseline"), QJsonValue(QJsonValue::Null));
    }
    if (outcome.latestTotal) {
        object.insert(QStringLiteral("latest"),
            QJsonObject { { QStringLiteral("day"), day(outcome.latestDay) },
                { QStringLiteral("total"), *outcome.latestTotal },
                { QStringLiteral("severity"), severityJson(outcome.kind, *outcome.latestTotal) } });
    } else {
        object.insert(QStringLiteral("latest"), QJsonValue(QJsonValue::Null));
    }
    object.insert(QStringLiteral("counted"), outcome.counted);
    object.insert(QStringLiteral("inResponseNow"), outcome.inResponseNow);
    object.insert(QStringLiteral("inRemissionNow"), outcome.inRemissionNow);
    object.insert(QStringLiteral("responsePeriods"), periodsJson(outcome.responses));
    object.insert(QStringLiteral("remissionPeriods"), periodsJson(outcome.remissions));
    object.insert(QStringLiteral("change"), optional(outcome.change));
    object.insert(QStringLiteral("changePercent"), optional(outcome.changePercent));
    return object;
}

QJsonObject sessionEffectJson(const TrendsData& data, const SessionEffect& effect)
{
    const PhaseBand* phase = phaseOf(data, effect.day);
    return QJsonObject { { QStringLiteral("sessionId"), QJsonValue(qint64(effect.sessionId)) },
        { QStringLiteral("day"), day(effect.day) },
        { QStringLiteral("phase"), phase ? QJsonValue(phaseJson(*phase)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("maintenance"), effect.maintenance },
        { QStringLiteral("block"),
            QJsonObject { { QStringLiteral("first"), day(effect.blockFirst) },
                { QStringLiteral("last"), day(effect.blockLast) },
                { QStringLiteral("sessions"), effect.blockSessions } } },
        { QStringLiteral("daysBefore"), effect.daysBefore }, { QStringLiteral("daysAfter"), effect.daysAfter },
        { QStringLiteral("before"), optional(effect.meanBefore) },
        { QStringLiteral("after"), optional(effect.meanAfter) }, { QStringLiteral("trough"), optional(effect.trough) },
        { QStringLiteral("outcome"), effectOutcomeKey(effect.outcome) },
        { QStringLiteral("returnDay"), optional(effect.returnDay) },
        { QStringLiteral("daysAbove"), optional(effect.daysAbove) },
        { QStringLiteral("daysAboveApproximate"), effect.daysAboveApproximate },
        { QStringLiteral("lastDayLooked"), optional(effect.lastDayLooked) } };
}

QJsonObject maintenanceTrendJson(const MaintenanceTrend& trend)
{
    return QJsonObject { { QStringLiteral("sessions"), trend.sessions }, { QStringLiteral("tooClose"), trend.tooClose },
        { QStringLiteral("tooFewCheckins"), trend.tooFewCheckins }, { QStringLiteral("measurable"), trend.measurable },
        { QStringLiteral("noRise"), trend.noRise }, { QStringLiteral("returned"), trend.returned },
        { QStringLiteral("stillAbove"), trend.stillAbove },
        { QStringLiteral("meanBefore"), optional(trend.meanBefore) },
        { QStringLiteral("meanTrough"), optional(trend.meanTrough) },
        { QStringLiteral("meanDaysAbove"), optional(trend.meanDaysAbove) },
        { QStringLiteral("slopeDaysPerSession"), optional(trend.slopeDaysPerSession) },
        { QStringLiteral("enough"), trend.enough() } };
}

QJsonObject statsJson(const TrendsData& data)
{
    QJsonArray phases;
    for (const PhaseSummary& summary : data.phaseSummaries) {
        phases.append(phaseSummaryJson(summary));
    }
    QJsonArray effects;
    for (const SessionEffect& effect : data.sessionEffects) {
        effects.append(sessionEffectJson(data, effect));
    }
    return QJsonObject { { QStringLiteral("schema"), QStringLiteral("kapjournal-stats/1") },
        { QStringLiteral("range"),
            QJsonObject {
                { QStringLiteral("from"), day(data.range.first) }, { QStringLiteral("to"), day(data.range.last) } } },
        { QStringLiteral("phases"), phases },
        { QStringLiteral("questionnaires"),
            QJsonObject { { QStringLiteral("phq9"), outcomeJson(data.phq9.outcome) },
                { QStringLiteral("gad7"), outcomeJson(data.gad7.outcome) } } },
        { QStringLiteral("sessionEffects"), effects },
        { QStringLiteral("maintenanceTrend"), maintenanceTrendJson(data.maintenanceTrend) } };
}

/// `text` as lines of at most TextWidth columns, each starting with `indent` spaces.
QString wrapped(const QString& text, qsizetype indent)
{
    const QString prefix(indent, QLatin1Char(' '));
    QStringList lines;
    QString line;
    for (const QString& word : text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && prefix.size() + line.size() + 1 + word.size() > TextWidth) {
            lines << prefix + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty()) {
        lines << prefix + line;
    }
    return lines.join(QLatin1Char('\n'));
}

/// Prints the figures of the Trends page for a range, oldest first.
class StatsCommand final : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatsCommand)

public:
    QString name() const override { return QStringLiteral("stats"); }
    QString summary() const override
    {
        return tr("Print the Trends page's figures: phases, PHQ-9/GAD-7 status, session effects.");
    }
    QString details() const override
    {
        return tr("Per phase: sessions, days with check-ins, mean mood and the first and last PHQ-9 and GAD-7 "
                  "scores. Per questionnaire: the baseline, the latest score and the current response / remission "
                  "status. Then what each session did to daily mood, and the trend across maintenance sessions. "
                  "The numbers are the Trends page's, for the whole journal unless --from/--to are given. The "
                  "session effect is a rough pattern in your own ratings, not a clinical measure.");
    }
    QList<QCommandLineOption> options() const override
    {
        return {
            { QStringLiteral("from"), tr("First day, YYYY-MM-DD (default: the first day with data)."),
                QStringLiteral("DATE") },
            { QStringLiteral("to"), tr("Last day, YYYY-MM-DD, included (default: the last day with data)."),
                QStringLiteral("DATE") },
            commonoptions::json(),
        };
    }

    int run(Invocation& invocation) override
    {
        Console& console = invocation.console();
        Validator input(invocation.parser());
        const auto from = input.date(QStringLiteral("from"));
        const auto to = input.date(QStringLiteral("to"));
        if (from && to && *to < *from) {
            input.addProblem(tr("--to must not be before --from."));
        }
        if (!input.ok()) {
            return input.report(console);
        }

        auto opened = invocation.openJournal();
        if (!opened) {
            return console.fail(opened.failure());
        }
        auto loaded = trends::TrendsCalculator::load(*opened.value());
        if (!loaded) {
            return console.fail(failureFrom(loaded.error()));
        }
        const bool custom = from || to;
        const TrendsData data = trends::statistics::compute(loaded.value(),
            custom ? trends::RangePreset::Custom : trends::RangePreset::All,
            DayRange { from.value_or(QDate()), to.value_or(QDate()) });

        if (invocation.parser().isSet(commonoptions::json())) {
            console.out() << QString::fromUtf8(QJsonDocument(statsJson(data)).toJson(QJsonDocument::Indented));
        } else {
            console.out() << text(data, QLocale::system());
        }
        return ExitOk;
    }

private:
    static QString number(const std::optional<double>& value, const QLocale& locale)
    {
        return value ? locale.toString(*value, 'f', 1) : QStringLiteral("–");
    }

    static QString days(const PhaseBand& band)
    {
        QString text = tr("%1 – %2").arg(band.first.toString(Qt::ISODate), band.last.toString(Qt::ISODate));
        return band.openEnded ? tr("%1 (ongoing)").arg(text) : text;
    }

    static QString phasesText(const TrendsData& data, const QLocale& locale)
    {
        QString text = tr("Phases") + QLatin1Char('\n');
        if (data.phaseSummaries.isEmpty()) {
            text += wrapped(tr("No phases in this range."), 2) + QLatin1Char('\n');
        }
        for (const PhaseSummary& summary : data.phaseSummaries) {
            text += wrapped(tr("%1: %2").arg(TrendsText::phaseName(summary.band), days(summary.band)), 2)
                + QLatin1Char('\n');
            text += wrapped(tr("sessions %1, days with check-ins %2, mean mood %3")
                                .arg(summary.sessions)
                                .arg(summary.moodDays)
                                .arg(number(summary.meanMood, locale)),
                        4)
                + QLatin1Char('\n');
            QStringList scores;
            for (const auto& [kind, change] : { std::pair { QuestionnaireKind::Phq9, summary.phq9 },
                     std::pair { QuestionnaireKind::Gad7, summary.gad7 } }) {
                scores << (change
                        ? tr("%1 %2 → %3").arg(TrendsText::questionnaireName(kind)).arg(change->first).arg(change->last)
                        : tr("%1 none").arg(TrendsText::questionnaireName(kind)));
            }
            text += wrapped(scores.join(QStringLiteral(", ")), 4) + QLatin1Char('\n');
        }
        return text;
    }

    static QString questionnaireText(const QuestionnaireSeries& series, const QLocale& locale)
    {
        const course::Outcome& outcome = series.outcome;
        QString text = TrendsText::questionnaireName(series.kind) + QLatin1Char('\n');
        if (outcome.baseline) {
            text += wrapped(course::CourseText::baseline(*outcome.baseline, locale, IsoDay), 2) + QLatin1Char('\n');
        }
        if (outcome.latestTotal) {
            const auto severity = questionnaire::severity(series.kind, *outcome.latestTotal);
            text += wrapped(tr("latest %1 on %2 (%3)")
                                .arg(*outcome.latestTotal)
                                .arg(outcome.latestDay.toString(Qt::ISODate),
                                    severity ? SeverityText::inSentence(*severity) : QString()),
                        2)
                + QLatin1Char('\n');
        }
        text += wrapped(tr("now: %1").arg(course::CourseText::status(outcome, locale, IsoDay)), 2) + QLatin1Char('\n');
        return text;
    }

    static QString effectsText(const TrendsData& data, const QLocale& locale)
    {
        QString text = tr("Session effects (daily mood, not a clinical measure)") + QLatin1Char('\n');
        if (data.sessionEffects.isEmpty()) {
            return text + wrapped(tr("No sessions in this range."), 2) + QLatin1Char('\n');
        }
        const QString dayHeader = tr("Day");
        const QString phaseHeader = tr("Phase");
        const QStringList numberHeaders { tr("3 days before"), tr("7 days before"), tr("7 days after") };
        const qsizetype dayWidth = std::max<qsizetype>(dayHeader.size(), 10);
        const qsizetype phaseWidth = std::max<qsizetype>(phaseHeader.size(), 14);
        QString header = QStringLiteral("  ") + dayHeader.leftJustified(dayWidth) + QStringLiteral("  ")
            + phaseHeader.leftJustified(phaseWidth);
        for (const QString& column : numberHeaders) {
            header += QStringLiteral("  ") + column;
        }
        text += header + QLatin1Char('\n');
        const SessionEffect* previous = nullptr;
        for (const SessionEffect& effect : data.sessionEffects) {
            const PhaseBand* phase = phaseOf(data, effect.day);
            QString phaseName = phase ? TrendsText::phaseName(*phase) : tr("no phase");
            if (phaseName.size() > phaseWidth) {
                phaseName = phaseName.left(phaseWidth - 1) + QChar(0x2026);
            }
            QString line = QStringLiteral("  ") + effect.day.toString(Qt::ISODate).leftJustified(dayWidth)
                + QStringLiteral("  ") + phaseName.leftJustified(phaseWidth);
            const std::optional<double> values[] = { effect.trough, effect.meanBefore, effect.meanAfter };
            for (qsizetype i = 0; i < numberHeaders.size(); ++i) {
                line += QStringLiteral("  ") + number(values[i], locale).rightJustified(numberHeaders.at(i).size());
            }
            text += line + QLatin1Char('\n');
            // A block's sentence describes the whole block: said once, at its first session.
            const bool sameBlock = previous && effect.inBlock() && previous->blockFirst == effect.blockFirst;
            text += wrapped(
                        sameBlock ? tr("Measured with the block above.") : TrendsText::sessionEffect(effect, locale), 4)
                + QLatin1Char('\n');
            previous = &effect;
        }
        return text;
    }

    static QString text(const TrendsData& data, const QLocale& locale)
    {
        QStringList sections;
        sections << tr("Statistics for %1 – %2")
                        .arg(data.range.first.toString(Qt::ISODate), data.range.last.toString(Qt::ISODate))
                + QLatin1Char('\n');
        sections << phasesText(data, locale);
        sections << questionnaireText(data.phq9, locale) + questionnaireText(data.gad7, locale);
        sections << effectsText(data, locale);
        sections << tr("Maintenance trend") + QLatin1Char('\n')
                + wrapped(TrendsText::maintenanceTrend(data.maintenanceTrend, locale), 2) + QLatin1Char('\n');
        sections << tr("Rules") + QLatin1Char('\n') + wrapped(course::CourseText::baselineRule(), 2) + QLatin1Char('\n')
                + wrapped(course::CourseText::outcomeRule(), 2) + QLatin1Char('\n')
                + wrapped(TrendsText::sessionEffectRule(), 2) + QLatin1Char('\n');
        return sections.join(QLatin1Char('\n'));
    }
};

} // namespace

std::unique_ptr<Command> makeStatsCommand()
{
    return std::make_unique<StatsCommand>();
}

} // namespace kap::cli
