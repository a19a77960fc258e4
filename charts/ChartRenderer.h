// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>
#include <QRectF>

#include <memory>

class QChart;
class QPainter;

namespace kap::trends {

/// Draws the Trends charts with the C++ Qt Charts API as vector graphics, for the therapist
/// report: the same series, bands, markers and colours (ChartColors) as the QML components.
///
/// Usage (e.g. on a QPdfWriter page):
///
///     QPainter painter(&pdfWriter);
///     const TrendsData data = statistics::compute(input, RangePreset::Custom, range);
///     ChartRenderer::renderMoodChart(painter, QRectF(x, y, w, h), data);
///     ChartRenderer::renderQuestionnaireChart(painter, rect2, data, QuestionnaireKind::Phq9);
///
/// `rect` is in the painter's coordinates (device pixels of the page); the chart is laid out at
/// a 96 dpi logical size matching the rect's physical size, so fonts come out at their point
/// size, and painted with QGraphicsScene::render(), which keeps lines, areas and text as
/// vectors on a QPdfWriter (no raster images).
///
/// Needs a QApplication (Qt Charts is built on Graphics View, which needs widgets), also in
/// tests and in the CLI when it renders a report. Not thread-safe: call from the GUI thread.
class ChartRenderer
{
    Q_DECLARE_TR_FUNCTIONS(ChartRenderer)

public:
    struct Options
    {
        bool dark = false; ///< dark background colours (screens); reports use light
        QFont font; ///< base font; QFont() gives the application font
        bool legend = true;
        QLocale locale;
    };

    /// Daily mood points, the 7-day average in gap-free segments, optional anxiety/energy/sleep
    /// averages (only those with data), phase bands shaded and labelled, sessions as vertical
    /// marks with a triangle on top.
    static std::unique_ptr<QChart> buildMoodChart(const TrendsData& data, const Options& options);
    /// Totals of `kind` over the severity bands, the baseline ringed, item-9 flags in red.
    static std::unique_ptr<QChart> buildQuestionnaireChart(
        const TrendsData& data, QuestionnaireKind kind, const Options& options);

    static void renderMoodChart(
        QPainter& painter, const QRectF& rect, const TrendsData& data, const Options& options = defaultOptions());
    static void renderQuestionnaireChart(QPainter& painter, const QRectF& rect, const TrendsData& data,
        QuestionnaireKind kind, const Options& options = defaultOptions());

    static Options defaultOptions() { return {}; }
};

} // namespace kap::trends
