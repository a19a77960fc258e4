#include "TrendsReportCharts.h"

#include "TrendsStatistics.h"

#include <algorithm>

namespace kap::trends {

TrendsReportCharts::TrendsReportCharts(ChartRenderer::Options options) : m_options(std::move(options)) { }

TrendsData TrendsReportCharts::trendsData(const ReportData& data)
{
    TrendsInput input;
    input.today = data.generatedOn.isValid() ? data.generatedOn : data.range.last;
    input.daily = data.mood;
    input.phases = data.phases;
    input.sessions = data.sessions;
    input.questionnaires = data.questionnaires;
    // The baselines may lie before the range; the statistics need them to mark response and
    // remission (they are not drawn: they fall outside the range).
    for (const auto& baseline : { data.phq9Baseline, data.gad7Baseline }) {
        if (baseline
            && std::none_of(input.questionnaires.cbegin(), input.questionnaires.cend(),
                [&baseline](const QuestionnaireResponse& r) { return r.id == baseline->id; })) {
            input.questionnaires.prepend(*baseline);
        }
    }
    std::stable_sort(input.questionnaires.begin(), input.questionnaires.end(),
        [](const QuestionnaireResponse& a, const QuestionnaireResponse& b) { return a.at < b.at; });
    return statistics::compute(input, RangePreset::Custom, data.range);
}

void TrendsReportCharts::drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData& data)
{
    ChartRenderer::renderMoodChart(painter, rect, trendsData(data), m_options);
}

void TrendsReportCharts::drawQuestionnaireChart(
    QPainter& painter, const QRectF& rect, const ReportData& data, QuestionnaireKind kind)
{
    ChartRenderer::renderQuestionnaireChart(painter, rect, trendsData(data), kind, m_options);
}

} // namespace kap::trends
