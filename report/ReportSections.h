// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportCharts.h"
#include "report/ReportData.h"
#include "report/ReportSummary.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

namespace kap {

class ReportPageWriter;

/// The therapist report's content (DOMAIN.md "What the therapist wants"), section by section:
/// the title, the PHQ-9 item-9 block that no section choice removes, then the sections the person
/// chose (summary, mood chart, sessions and their effect, questionnaires, notes). Turns the
/// report data into text and tables; ReportPageWriter lays them out on the pages.
class ReportSections
{
    Q_DECLARE_TR_FUNCTIONS(ReportSections)

public:
    /// Chart heights in points (ReportBuilder also draws the charts ahead of time at these sizes).
    static constexpr double MoodChartHeight = 190;
    static constexpr double QuestionnaireChartHeight = 165;
    static constexpr double QuestionnaireChartGap = 14;

    ReportSections(ReportPageWriter& pages, const ReportData& data, const ReportOptions& options, ReportCharts& charts);

    /// Writes the whole report, ending with "End of report.".
    void write();

private:
    static QString dateFormat() { return QStringLiteral("d MMM yyyy"); }
    QString date(QDate d) const { return m_options.locale.toString(d, dateFormat()); }
    QString number(double v, int decimals) const { return m_options.locale.toString(v, 'f', decimals); }

    void title();
    QString scoresText(const ReportSummary::Scores& s) const;
    /// PHQ-9 item 9, in the fixed block under the title that no section choice removes
    /// (DOMAIN.md: an item-9 answer is never hidden): the flags in the period with their days, and
    /// a flagged baseline from before the period that the summary cites.
    void safetyBlock(const ReportSummary& summary);
    /// One line per trace of a flagged item-9 answer that was lowered, trashed or restored: such
    /// a change is never silent (the journal asks first and keeps the date).
    QStringList item9ChangeLines() const;
    void summarySection(const ReportSummary& summary);
    void moodSection();
    void sessionsSection();
    /// How long each session seemed to help, from daily mood (SessionEffectAnalysis), with the rule
    /// in one sentence.
    void sessionEffectTable();
    void questionnaireSection();
    void notesSection();

    ReportPageWriter& m_pages;
    const ReportData& m_data;
    const ReportOptions& m_options;
    ReportCharts& m_charts;
};

} // namespace kap
