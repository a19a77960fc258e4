// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "charts/TrendsReportCharts.h"

#include "charts/ChartRenderer.h"
#include "report/BuiltinReportCharts.h"
#include "statistics/TrendsStatistics.h"

#include <QFont>

namespace kap {

namespace {

trends::TrendsData trendsFor(const ReportData& data)
{
    trends::TrendsInput input;
    input.daily = data.mood;
    input.phases = data.phases;
    input.sessions = data.sessions;
    // The range holds only some sessions; the courses (and baselines before the range) come
    // from the whole journal.
    input.knownCourses = data.courses;
    for (QuestionnaireKind kind : { QuestionnaireKind::Phq9, QuestionnaireKind::Gad7 }) {
        const auto baseline = data.baseline(kind);
        if (baseline && !data.range.contains(baseline->at.date())) {
            input.questionnaires.append(*baseline);
        }
    }
    input.questionnaires += data.questionnaires;
    std::sort(input.questionnaires.begin(), input.questionnaires.end(),
        [](const QuestionnaireResponse& a, const QuestionnaireResponse& b) { return a.at < b.at; });
    input.today = data.range.last;
    return trends::statistics::compute(input, trends::RangePreset::Custom, data.range);
}

trends::ChartRenderer::Options options(const QLocale& locale)
{
    trends::ChartRenderer::Options o;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7);
    o.font = font;
    o.locale = locale;
    return o;
}

} // namespace

TrendsReportCharts::TrendsReportCharts(QLocale locale) : m_locale(std::move(locale)) { }

void TrendsReportCharts::drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData& data)
{
    trends::ChartRenderer::renderMoodChart(painter, rect, trendsFor(data), options(m_locale));
}

void TrendsReportCharts::drawQuestionnaireChart(
    QPainter& painter, const QRectF& rect, const ReportData& data, QuestionnaireKind kind)
{
    // At half a page wide the Qt Charts version crowds its band labels and elides the dates
    // (checked on rendered pages), so the report keeps its own drawing for these two.
    BuiltinReportCharts(m_locale).drawQuestionnaireChart(painter, rect, data, kind);
}

} // namespace kap
