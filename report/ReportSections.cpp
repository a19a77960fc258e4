// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportSections.h"

#include "report/ReportBuilder.h"
#include "report/ReportPageWriter.h"
#include "statistics/TrendsStatistics.h"
#include "storage/Questionnaire.h"
#include "text/CourseText.h"
#include "text/EntryText.h"
#include "text/PhaseKindText.h"
#include "text/TrendsText.h"
#include "text/VitalsText.h"

#include <algorithm>

namespace kap {

using namespace reportstyle;

ReportSections::ReportSections(
    ReportPageWriter& pages, const ReportData& data, const ReportOptions& options, ReportCharts& charts)
    : m_pages(pages), m_data(data), m_options(options), m_charts(charts)
{
}

void ReportSections::write()
{
    title();
    const ReportSummary summary = ReportSummary::compute(m_data);
    safetyBlock(summary);
    if (m_options.has(ReportOptions::Summary)) {
        summarySection(summary);
    }
    if (m_options.has(ReportOptions::MoodChart)) {
        moodSection();
    }
    if (m_options.has(ReportOptions::SessionsTable)) {
        sessionsSection();
    }
    if (m_options.has(ReportOptions::Questionnaires)) {
        questionnaireSection();
    }
    if (m_options.has(ReportOptions::Notes) && !m_data.notes.isEmpty()) {
        notesSection();
    }
    m_pages.space(10);
    m_pages.paragraph(tr("End of report."), font(7.5), Muted);
}

void ReportSections::title()
{
    m_pages.line(tr("Ketamine treatment report"), font(17, true), Ink);
    QString subtitle = tr("%1 to %2").arg(date(m_data.range.first), date(m_data.range.last));
    if (!m_data.displayName.isEmpty()) {
        subtitle = m_data.displayName + QStringLiteral("  ·  ") + subtitle;
    }
    m_pages.paragraph(subtitle, font(11), Ink);
    m_pages.space(2);
    m_pages.paragraph(tr("Prepared by the person with KAP Journal on %1. All entries are self-reported; "
                         "only the sections and notes the person chose are included.")
                          .arg(date(m_data.generatedOn)),
        font(7.5), Muted);
}

QString ReportSections::scoresText(const ReportSummary::Scores& s) const
{
    if (!s.baselineTotal && !s.latestTotal) {
        return tr("no responses recorded");
    }
    QString text;
    if (s.outcome.baseline) {
        text = tr("%1 (%2)").arg(course::CourseText::baseline(*s.outcome.baseline, m_options.locale, dateFormat()),
            ReportBuilder::severityText(s.baselineBand));
    }
    if (s.latestTotal) {
        if (!text.isEmpty()) {
            text += QStringLiteral(" → ");
        }
        text += tr("latest %1 (%2) on %3")
                    .arg(*s.latestTotal)
                    .arg(ReportBuilder::severityText(s.latestBand), date(s.latestDay));
    } else {
        text += tr("; none in this period");
    }
    if (s.outcome.baseline && s.outcome.latestTotal) {
        text += QStringLiteral(". ")
            + tr("Status at the end of the period: %1.")
                  .arg(course::CourseText::status(s.outcome, m_options.locale, dateFormat()));
    }
    return text;
}

void ReportSections::safetyBlock(const ReportSummary& summary)
{
    m_pages.space(4);
    QStringList lines;
    if (summary.item9Flags > 0) {
        QStringList flagDays;
        for (QDate d : summary.item9Days) {
            flagDays.append(date(d));
        }
        // A long list would drown the block; the questionnaire table shows each one.
        constexpr qsizetype MaxListed = 8;
        if (flagDays.size() > MaxListed) {
            const qsizetype more = flagDays.size() - MaxListed;
            flagDays = flagDays.mid(0, MaxListed);
            flagDays.append(tr("and %1 more").arg(more));
        }
        const QString days = flagDays.join(QStringLiteral(", "));
        const QString one = tr("1 response with thoughts of death or self-harm above “not at all”: %1");
        const QString several = tr("%1 responses with thoughts of death or self-harm above “not at all”: %2");
        lines.append(summary.item9Flags == 1 ? one.arg(days) : several.arg(summary.item9Flags).arg(days));
    } else {
        lines.append(tr("none in this period"));
    }
    if (summary.baselineItem9Day) {
        const QString sentence = tr("The PHQ-9 baseline cited in this report (%1, before this "
                                    "period) answered item 9 with %2 of 3 (above “not at all”).");
        lines.append(sentence.arg(date(*summary.baselineItem9Day)).arg(summary.baselineItem9Answer));
    }
    lines.append(item9ChangeLines());
    const bool flagged
        = summary.item9Flags > 0 || summary.baselineItem9Day.has_value() || !m_data.item9Changes.isEmpty();
    m_pages.keyValue(tr("PHQ-9 item 9 flags"), lines.join(QLatin1Char('\n')), flagged ? Alert : Ink, flagged);
    m_pages.space(4);
}

QStringList ReportSections::item9ChangeLines() const
{
    constexpr qsizetype MaxListed = 8;
    QStringList lines;
    for (const Item9Change& change : m_data.item9Changes) {
        if (lines.size() == MaxListed) {
            lines.append(
                tr("and %n more change(s) of item 9 answers", nullptr, int(m_data.item9Changes.size() - MaxListed)));
            break;
        }
        const QString answered = date(change.answeredAt.date());
        const QString changed = date(change.changedAt.date());
        const QString previous = QString::number(change.previousAnswer);
        switch (change.kind) {
        case Item9ChangeKind::AnswerLowered: {
            const QString text = tr("Item 9 answer changed on %1: the PHQ-9 of %2 first said %3 of 3, now %4.");
            lines.append(text.arg(changed, answered, previous, QString::number(change.newAnswer.value_or(0))));
            break;
        }
        case Item9ChangeKind::MovedToTrash: {
            const QString text = tr("Moved to the trash on %1: the PHQ-9 of %2, item 9 answered %3 of 3.");
            lines.append(text.arg(changed, answered, previous));
            break;
        }
        case Item9ChangeKind::Restored: {
            const QString text = tr("Restored from the trash on %1: the PHQ-9 of %2, item 9 answered %3 of 3.");
            lines.append(text.arg(changed, answered, previous));
            break;
        }
        }
    }
    return lines;
}

void ReportSections::summarySection(const ReportSummary& summary)
{
    m_pages.heading(tr("Summary"), 60);
    const qint64 days = m_data.range.first.daysTo(m_data.range.last) + 1;
    m_pages.keyValue(
        tr("Period"), tr("%1 to %2 (%3 days)").arg(date(m_data.range.first), date(m_data.range.last)).arg(days));

    QStringList byKind;
    for (auto it = summary.sessionsByPhaseKind.cbegin(); it != summary.sessionsByPhaseKind.cend(); ++it) {
        byKind.append(QStringLiteral("%1 %2").arg(it.value()).arg(PhaseKindText::label(it.key()).toLower()));
    }
    if (summary.sessionsOutsidePhases > 0) {
        byKind.append(tr("%1 outside a recorded phase").arg(summary.sessionsOutsidePhases));
    }
    QString sessions = QString::number(summary.sessionCount);
    if (!byKind.isEmpty()) {
        sessions += QStringLiteral(" (") + byKind.join(QStringLiteral(", ")) + QLatin1Char(')');
    }
    m_pages.keyValue(tr("Sessions in period"), sessions);

    QStringList phases;
    for (const Phase& phase : m_data.phases) {
        QString text = PhaseKindText::label(phase.kind);
        if (!phase.label.isEmpty()) {
            text += QStringLiteral(" “") + phase.label + QStringLiteral("”");
        }
        text += QLatin1Char(' ')
            + (phase.end ? tr("%1 to %2").arg(date(phase.start), date(*phase.end))
                         : tr("since %1").arg(date(phase.start)));
        phases.append(text);
    }
    m_pages.keyValue(tr("Phases"), phases.isEmpty() ? tr("none recorded") : phases.join(QStringLiteral("; ")));
    if (summary.currentPhase) {
        QString current = PhaseKindText::label(summary.currentPhase->kind);
        if (!summary.currentPhase->label.isEmpty()) {
            current += QStringLiteral(" “") + summary.currentPhase->label + QStringLiteral("”");
        }
        m_pages.keyValue(tr("Phase at the end"), tr("%1, since %2").arg(current, date(summary.currentPhase->start)));
    } else {
        m_pages.keyValue(tr("Phase at the end"), tr("none recorded"));
    }
    if (!summary.daysBetweenSessions.isEmpty()) {
        QList<int> gaps = summary.daysBetweenSessions;
        std::sort(gaps.begin(), gaps.end());
        const int median = gaps.size() % 2 ? gaps.at(gaps.size() / 2)
                                           : (gaps.at(gaps.size() / 2 - 1) + gaps.at(gaps.size() / 2)) / 2;
        m_pages.keyValue(tr("Days between sessions"),
            tr("median %1, shortest %2, longest %3; latest %4")
                .arg(median)
                .arg(gaps.first())
                .arg(gaps.last())
                .arg(summary.daysBetweenSessions.last()));
    }
    QStringList spent;
    if (summary.sessionsWithDose > 0) {
        spent << tr("%1 mg over %2 sessions")
                     .arg(m_options.locale.toString(summary.doseMgTotal, 'f', 0))
                     .arg(summary.sessionsWithDose);
    }
    for (auto it = summary.costCentsByCurrency.cbegin(); it != summary.costCentsByCurrency.cend(); ++it) {
        spent << QStringLiteral("%1 %2").arg(it.key(), m_options.locale.toString(double(it.value()) / 100.0, 'f', 2));
    }
    if (!spent.isEmpty()) {
        m_pages.keyValue(tr("Dose and cost in period"), spent.join(QStringLiteral("; ")));
    }
    if (!summary.sideEffectSessions.isEmpty()) {
        QList<QPair<int, QString>> effects;
        for (auto it = summary.sideEffectSessions.cbegin(); it != summary.sideEffectSessions.cend(); ++it) {
            effects.append({ it.value(), it.key() });
        }
        std::stable_sort(
            effects.begin(), effects.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
        QStringList parts;
        for (const auto& [count, key] : effects) {
            parts << QStringLiteral("%1 %2").arg(EntryText::sideEffectInList(key)).arg(count);
        }
        m_pages.keyValue(tr("Side effects (sessions)"),
            tr("%1 (of %2 sessions)").arg(parts.join(QStringLiteral(", "))).arg(summary.sessionCount));
    }
    if (summary.urinarySessions > 0) {
        m_pages.keyValue(EntryText::sideEffect(sideeffectkeys::Urinary),
            tr("in %1 of %2 sessions, first %3, last %4; bladder problems are a known risk of "
               "repeated ketamine use")
                .arg(summary.urinarySessions)
                .arg(summary.sessionCount)
                .arg(date(summary.urinaryFirst), date(summary.urinaryLast)),
            Alert, true);
    }
    m_pages.keyValue(tr("PHQ-9 (depression)"), scoresText(summary.phq9));
    m_pages.keyValue(tr("GAD-7 (anxiety)"), scoresText(summary.gad7));
    m_pages.keyValue(
        tr("Baseline rule"), course::CourseText::baselineRule() + QLatin1Char(' ') + course::CourseText::outcomeRule());

    m_pages.keyValue(tr("Mood check-ins"),
        summary.meanMood ? tr("%1 days with check-ins; mean daily mood %2 / 10")
                               .arg(summary.moodDays)
                               .arg(number(*summary.meanMood, 1))
                         : tr("none in this period"));
}

void ReportSections::moodSection()
{
    m_pages.heading(tr("Mood"), MoodChartHeight);
    m_charts.drawMoodChart(m_pages.painter(), m_pages.block(MoodChartHeight), m_data);
    m_pages.paragraph(tr("Daily mood is the mean of the day's self-ratings (0 = worst, 10 = best). The "
                         "line is the mean of the days with check-ins among the last %1; it bridges up to "
                         "%2 days without check-ins and breaks at longer gaps.")
                          .arg(trends::statistics::AverageWindowDays)
                          .arg(trends::statistics::MaxGapDays),
        font(7), Muted);
}

void ReportSections::sessionsSection()
{
    m_pages.heading(tr("Sessions (%1)").arg(m_data.sessions.size()), 60);
    if (m_data.sessions.isEmpty()) {
        m_pages.paragraph(tr("No sessions in this period."), font(8.5), Muted);
        return;
    }
    const QList<ReportPageWriter::Column> columns = {
        { tr("Date"), 15 },
        { tr("Route"), 17 },
        { tr("Dose"), 14 },
        { tr("Vitals"), 25 },
        { tr("Dissoc."), 9, Qt::AlignHCenter },
        { tr("Side effects"), 20 },
        { tr("Mood before → after"), 14, Qt::AlignHCenter },
    };
    QList<QStringList> rows;
    for (const Session& s : m_data.sessions) {
        QString mood;
        if (s.moodBefore || s.moodAfter) {
            mood = (s.moodBefore ? QString::number(*s.moodBefore) : QStringLiteral("–")) + QStringLiteral(" → ")
                + (s.moodAfter ? QString::number(*s.moodAfter) : QStringLiteral("–"));
        }
        QStringList dissociation;
        if (s.dissociation) {
            dissociation << QStringLiteral("%1/10").arg(*s.dissociation);
        }
        if (s.dissociationClinicScore) {
            dissociation
                << QStringLiteral("%1 %2").arg(s.dissociationClinicScale).arg(*s.dissociationClinicScore).trimmed();
        }
        rows.append({ date(s.occurredAt.date()), ReportBuilder::routeText(s),
            EntryText::doses(s, m_options.locale).join(QLatin1Char('\n')), ReportBuilder::vitalsText(s),
            dissociation.join(QLatin1Char('\n')), EntryText::sideEffectList(s.sideEffects), mood });
    }
    m_pages.table(columns, rows);
    m_pages.paragraph(tr("Dissoc.: the person's own rating, 0–10 (%1), and a clinic's score with its scale "
                         "when given. Vitals: blood pressure (mmHg), heart rate (HR, beats a minute) and "
                         "SpO2 as recorded, with the minutes after the dose when known.")
                          .arg(VitalsText::dissociationAnchors()),
        font(7), Muted);
    sessionEffectTable();
}

void ReportSections::sessionEffectTable()
{
    if (m_data.sessionEffects.isEmpty()) {
        return;
    }
    m_pages.heading(tr("Session effect (self-reported mood)"), 40);
    const QList<ReportPageWriter::Column> columns = {
        { tr("Session"), 15 },
        { tr("3 days before"), 12, Qt::AlignHCenter },
        { tr("7 days before"), 12, Qt::AlignHCenter },
        { tr("7 days after"), 12, Qt::AlignHCenter },
        { tr("Reading"), 49 },
    };
    auto mean = [this](const std::optional<double>& v) {
        return v ? m_options.locale.toString(*v, 'f', 1) : QStringLiteral("–");
    };
    QList<QStringList> rows;
    QDate blockShown; // a block's reading once, at its first session in the period
    for (const trends::SessionEffect& effect : m_data.sessionEffects) {
        const bool repeat = effect.inBlock() && effect.blockFirst == blockShown;
        blockShown = effect.inBlock() ? effect.blockFirst : QDate();
        rows.append({ date(effect.day), mean(effect.trough), mean(effect.meanBefore), mean(effect.meanAfter),
            repeat ? tr("Measured with the block above")
                   : trends::TrendsText::sessionEffect(effect, m_options.locale) });
    }
    m_pages.table(columns, rows);
    m_pages.paragraph(trends::TrendsText::sessionEffectRuleInOneSentence(), font(7), Muted);
}

void ReportSections::questionnaireSection()
{
    m_pages.heading(tr("Questionnaires"), 170);
    const QRectF area = m_pages.block(QuestionnaireChartHeight);
    const double gap = m_pages.pt(QuestionnaireChartGap);
    const double w = (area.width() - gap) / 2;
    m_charts.drawQuestionnaireChart(
        m_pages.painter(), QRectF(area.left(), area.top(), w, area.height()), m_data, QuestionnaireKind::Phq9);
    m_charts.drawQuestionnaireChart(m_pages.painter(), QRectF(area.left() + w + gap, area.top(), w, area.height()),
        m_data, QuestionnaireKind::Gad7);
    m_pages.paragraph(tr("Bands: PHQ-9 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, "
                         "20–27 severe; GAD-7 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. "
                         "Ringed point: the baseline (a dashed line when it lies before the period). "
                         "Red diamond: PHQ-9 item 9 answered above 0."),
        font(7), Muted);

    // One row per day: PHQ-9 and GAD-7 are usually filled in together.
    struct DayScores
    {
        QDate day;
        const QuestionnaireResponse* phq9 = nullptr;
        const QuestionnaireResponse* gad7 = nullptr;
    };
    QList<DayScores> days;
    for (const QuestionnaireResponse& r : m_data.questionnaires) {
        const QDate day = r.at.date();
        if (days.isEmpty() || days.last().day != day
            || (r.kind == QuestionnaireKind::Phq9 ? days.last().phq9 : days.last().gad7)) {
            days.append(DayScores { day });
        }
        (r.kind == QuestionnaireKind::Phq9 ? days.last().phq9 : days.last().gad7) = &r;
    }
    constexpr int MaxRows = 16;
    const qsizetype all = days.size();
    if (all == 0) {
        return;
    }
    if (all > MaxRows) {
        days = days.mid(all - MaxRows);
    }
    m_pages.space(6);
    const QList<ReportPageWriter::Column> columns = {
        { tr("Date"), 18 },
        { tr("PHQ-9"), 27 },
        { tr("PHQ-9 item 9"), 20 },
        { tr("GAD-7"), 27 },
    };
    auto scoreText = [this](const QuestionnaireResponse* r) {
        if (!r) {
            return QString();
        }
        const auto total = questionnaire::total(r->kind, r->answers);
        if (!total) {
            return QString();
        }
        QString text = QStringLiteral("%1  %2").arg(*total).arg(
            ReportBuilder::severityText(questionnaire::severity(r->kind, *total)));
        if (r->difficulty) {
            text += QLatin1Char('\n') + trends::TrendsText::difficulty(*r->difficulty);
        }
        return text;
    };
    QList<QStringList> rows;
    QList<QColor> colours;
    for (const DayScores& d : days) {
        const bool flag = d.phq9 && questionnaire::item9Flag(*d.phq9);
        QString item9;
        if (d.phq9 && d.phq9->answers.size() == 9) {
            item9 = flag ? tr("%1 (flagged)").arg(d.phq9->answers.at(8)) : QString::number(d.phq9->answers.at(8));
        }
        rows.append({ date(d.day), scoreText(d.phq9), item9, scoreText(d.gad7) });
        colours.append(flag ? Alert : Ink);
    }
    m_pages.table(columns, rows, colours);
    if (all > MaxRows) {
        m_pages.paragraph(
            tr("The latest %1 of %2 days with responses; the charts show all of them.").arg(MaxRows).arg(all), font(7),
            Muted);
    }
}

void ReportSections::notesSection()
{
    m_pages.heading(tr("Integration notes chosen for this report (%1)").arg(m_data.notes.size()), 60);
    for (const IntegrationNote& note : m_data.notes) {
        m_pages.ensure(m_pages.pt(50));
        m_pages.paragraph(note.title.isEmpty() ? tr("Untitled note") : note.title, font(9.5, true), Ink);
        QStringList meta;
        meta.append(tr("Written %1").arg(date(note.writtenAt.date())));
        if (note.sessionId && m_data.linkedSessionTimes.contains(*note.sessionId)) {
            const QDate sessionDay = m_data.linkedSessionTimes.value(*note.sessionId).date();
            meta.append(tr("about the session of %1").arg(date(sessionDay)));
        }
        if (!note.tags.isEmpty()) {
            meta.append(tr("tags: %1").arg(note.tags.join(QStringLiteral(", "))));
        }
        m_pages.paragraph(meta.join(QStringLiteral("  ·  ")), font(7.5), Muted);
        m_pages.space(2);
        m_pages.paragraph(note.body, font(9), Ink);
        m_pages.space(10);
    }
}

} // namespace kap
