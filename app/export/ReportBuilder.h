#pragma once

#include "ReportCharts.h"
#include "ReportData.h"
#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace kap {

/// Lays out the therapist report (DOMAIN.md "What the therapist wants") and renders it as an
/// unencrypted PDF into memory: a QPdfWriter on a QBuffer, never a file. The caller encrypts the
/// bytes (PdfEncryptor) before anything reaches the disk; ReportExporter does both.
///
/// Every page has the "Confidential" header, "Page n of m" and the self-reported disclaimer.
/// Needs a QGuiApplication (fonts); a QApplication for the Qt Charts rendering.
class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ReportBuilder)

public:
    /// `charts` draws the mood and questionnaire charts; when null, TrendsReportCharts (the app's
    /// Qt Charts) if a QApplication exists, else BuiltinReportCharts.
    explicit ReportBuilder(std::shared_ptr<ReportCharts> charts = nullptr);

    /// The PDF bytes, or InvalidArgument for a range without both ends.
    Result<QByteArray> build(const ReportData& data, const ReportOptions& options);

    /// Route, dose, blood pressure... as printed in the sessions table (exposed for tests).
    static QString routeText(const Session& session);
    static QString doseText(const Session& session, const QLocale& locale);
    static QString bloodPressureText(const Session& session);
    static QString sideEffectsText(const QStringList& sideEffects);

private:
    std::shared_ptr<ReportCharts> m_charts;
};

} // namespace kap
