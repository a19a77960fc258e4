// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportCharts.h"
#include "report/ReportData.h"
#include "storage/Questionnaire.h"
#include "storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QPageLayout>
#include <QSizeF>

#include <memory>
#include <optional>

namespace kap {

/// Builds the therapist report (DOMAIN.md "What the therapist wants") as an unencrypted PDF in
/// memory: a QPdfWriter on a QBuffer, never a file. The caller encrypts the bytes (PdfEncryptor)
/// before anything reaches the disk; ReportExporter does both. ReportSections writes the content
/// and ReportPageWriter lays it out; the build runs them twice, the first pass counting pages.
///
/// Every page has the "Confidential" header, "Page n of m" and the self-reported disclaimer.
/// Needs a QGuiApplication (fonts); a QApplication for the Qt Charts rendering.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    /// `charts` draws the mood and questionnaire charts; when null, BuiltinReportCharts (QPainter
    /// only). The app passes its Qt Charts drawings (charts/TrendsReportCharts).
    explicit ReportBuilder(std::shared_ptr<ReportCharts> charts = nullptr);

    /// The PDF bytes, or InvalidArgument for a range without both ends.
    Result<QByteArray> build(const ReportData& data, const ReportOptions& options);

    /// The page every report page uses: the options' paper size with fixed margins.
    static QPageLayout pageLayout(const ReportOptions& options);
    /// Sizes in points of the charts on the page, for drawing them ahead of time
    /// (RecordedReportCharts).
    static QSizeF moodChartSize(const ReportOptions& options);
    static QSizeF questionnaireChartSize(const ReportOptions& options);

    /// Route and vitals as printed in the sessions table (exposed for tests).
    static QString routeText(const Session& session);
    /// One line per timed reading: "before: 122/80, HR 72".
    static QString vitalsText(const Session& session);
    /// A questionnaire's band as printed after its score ("moderate"); empty for none.
    static QString severityText(std::optional<questionnaire::Severity> severity);

private:
    std::shared_ptr<ReportCharts> m_charts;
};

} // namespace kap
