// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportBuilder.h"

#include "report/BuiltinReportCharts.h"
#include "report/ReportPageWriter.h"
#include "report/ReportSections.h"
#include "storage/SecureBytes.h"
#include "text/EntryText.h"
#include "text/RouteText.h"
#include "text/SeverityText.h"
#include "text/VitalsText.h"

#include <QBuffer>
#include <QPdfWriter>

namespace kap {

namespace {

Result<QByteArray> render(
    const ReportData& data, const ReportOptions& options, ReportCharts& charts, int totalPages, int* pagesOut)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    int pages = 0;
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setPageLayout(ReportBuilder::pageLayout(options));
        writer.setTitle(ReportBuilder::tr("Treatment report"));
        writer.setCreator(QStringLiteral("KAP Journal"));
        ReportPageWriter pageWriter(writer, data.displayName, totalPages);
        if (pageWriter.begin()) {
            ReportSections(pageWriter, data, options, charts).write();
            pages = pageWriter.finish();
        } else {
            pages = -1;
        }
    }
    buffer.close();
    if (pages < 0) {
        SecureBytes::wipe(bytes);
        return makeError(ErrorCode::Internal, QStringLiteral("cannot paint on the PDF writer"));
    }
    if (pagesOut) {
        *pagesOut = pages;
    }
    return bytes;
}

} // namespace

ReportBuilder::ReportBuilder(std::shared_ptr<ReportCharts> charts) : m_charts(std::move(charts)) { }

QPageLayout ReportBuilder::pageLayout(const ReportOptions& options)
{
    return QPageLayout(options.pageSize, QPageLayout::Portrait, QMarginsF(16, 12, 16, 12), QPageLayout::Millimeter);
}

QSizeF ReportBuilder::moodChartSize(const ReportOptions& options)
{
    return QSizeF(pageLayout(options).paintRect(QPageLayout::Point).width(), ReportSections::MoodChartHeight);
}

QSizeF ReportBuilder::questionnaireChartSize(const ReportOptions& options)
{
    const double width = pageLayout(options).paintRect(QPageLayout::Point).width();
    return QSizeF((width - ReportSections::QuestionnaireChartGap) / 2, ReportSections::QuestionnaireChartHeight);
}

Result<QByteArray> ReportBuilder::build(const ReportData& data, const ReportOptions& options)
{
    if (!data.range.first.isValid() || !data.range.last.isValid() || data.range.first > data.range.last) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("report range needs both ends"));
    }
    const std::shared_ptr<ReportCharts> charts
        = m_charts ? m_charts : std::make_shared<BuiltinReportCharts>(options.locale);
    // Twice: the first pass counts the pages so every footer can say "Page n of m".
    int pages = 0;
    auto first = render(data, options, *charts, 0, &pages);
    if (!first) {
        return first;
    }
    SecureBytes::wipe(first.value());
    return render(data, options, *charts, pages, nullptr);
}

QString ReportBuilder::severityText(std::optional<questionnaire::Severity> severity)
{
    return severity ? SeverityText::inSentence(*severity) : QString();
}

QString ReportBuilder::routeText(const Session& s)
{
    QString text = RouteText::label(s.route, s.routeOther);
    const QString modality = EntryText::modalityBrief(s.modality);
    if (!modality.isEmpty()) {
        text += QStringLiteral(" (") + modality + QLatin1Char(')');
    }
    return text;
}

QString ReportBuilder::vitalsText(const Session& s)
{
    return VitalsText::readings(s.vitals, QStringLiteral("\n"));
}

} // namespace kap
