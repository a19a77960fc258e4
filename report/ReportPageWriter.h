// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>

class QPdfWriter;

namespace kap {

/// The report's colours and its one typeface.
namespace reportstyle {
inline const QColor Ink(0x1e, 0x1e, 0x1e);
inline const QColor Muted(0x6b, 0x6b, 0x6b);
inline const QColor Rule(0xbb, 0xbb, 0xbb);
inline const QColor Accent(0x1f, 0x4e, 0x79);
inline const QColor Alert(0xb0, 0x2a, 0x1f);
inline const QColor Zebra(0xf3, 0xf5, 0xf8);

/// DejaVu Sans at `size` points (shipped with the app's dependencies, so every PDF looks alike).
QFont font(double size, bool bold = false);
} // namespace reportstyle

/// The report's layout engine: paints on a QPdfWriter page by page, keeps the vertical position,
/// breaks pages, and draws each page's frame (the "Confidential" header, the disclaimer and
/// "Page n of m"). Lays out the blocks the report is made of: lines, wrapped paragraphs,
/// headings, label/value rows and tables whose header row repeats on each page. Sizes given in
/// points are converted to device units (pt()). Knows nothing of the content (ReportSections).
class ReportPageWriter
{
    Q_DECLARE_TR_FUNCTIONS(ReportPageWriter)

public:
    struct Column
    {
        QString title;
        double weight; ///< share of the page width
        Qt::Alignment align = Qt::AlignLeft;
    };

    /// `totalPages` 0: the footer says "Page n" (the first of ReportBuilder's two passes).
    ReportPageWriter(QPdfWriter& writer, const QString& displayName, int totalPages);

    /// Starts painting and the first page; false when the writer cannot be painted on.
    [[nodiscard]] bool begin();
    /// Ends painting; the number of pages written.
    int finish();

    QPainter& painter() { return m_painter; }
    /// Device units for `points`.
    double pt(double points) const;
    double lineHeight(const QFont& f) const;

    /// Starts a new page unless `height` (device units) still fits.
    void ensure(double height);
    void space(double points) { m_y += pt(points); }
    /// Reserves the full width for `points` of height (on a new page when it does not fit) and
    /// returns that area, for a chart.
    QRectF block(double points);

    /// One line, not wrapped.
    void line(const QString& text, const QFont& f, const QColor& colour);
    /// Wraps `text` to the page width less `indent` and draws it line by line, breaking pages
    /// between lines.
    void paragraph(const QString& text, const QFont& f, const QColor& colour, double indent = 0);
    /// A section heading, kept on the page with `keepWithNext` points of what follows.
    void heading(const QString& text, double keepWithNext = 80);
    /// Rows of "label  value" with the value wrapped in the right column.
    void keyValue(
        const QString& label, const QString& value, const QColor& colour = reportstyle::Ink, bool bold = false);
    /// A table with a header row, zebra rows and the header again on each new page; a row's text
    /// colour from `rowColours` (Ink by default).
    void table(const QList<Column>& columns, const QList<QStringList>& rows, const QList<QColor>& rowColours = {});

private:
    void startPage();
    void newPage();
    void header();
    void footer();
    void tableRow(const QList<Column>& columns, const QStringList& cells, const QFont& f, const QColor& colour,
        const QColor& background, const std::function<void()>& onNewPage);

    QPdfWriter& m_writer;
    QString m_displayName;
    int m_totalPages = 0;
    QPainter m_painter;
    QRectF m_page;
    double m_y = 0;
    double m_contentTop = 0;
    double m_contentBottom = 0;
    int m_pageNumber = 0;
};

} // namespace kap
