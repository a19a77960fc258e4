// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportCharts.h"

#include <QCoreApplication>

namespace kap {

/// The report's charts drawn with QPainter primitives only (lines, paths, text), so they stay
/// vectors in the PDF and need no widget or scene. Sizes follow the painter's device resolution.
class BuiltinReportCharts : public ReportCharts
{
    Q_DECLARE_TR_FUNCTIONS(BuiltinReportCharts)

public:
    explicit BuiltinReportCharts(QLocale locale = {});

    void drawMoodChart(QPainter& painter, const QRectF& rect, const ReportData& data) override;
    void drawQuestionnaireChart(
        QPainter& painter, const QRectF& rect, const ReportData& data, QuestionnaireKind kind) override;

private:
    QLocale m_locale;
};

} // namespace kap
