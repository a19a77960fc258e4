// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportPageWriter.h"

#include <QFontMetricsF>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>

namespace kap {

using namespace reportstyle;

QFont reportstyle::font(double size, bool bold)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

ReportPageWriter::ReportPageWriter(QPdfWriter& writer, const QString& displayName, int totalPages)
    : m_writer(writer), m_displayName(displayName), m_totalPages(totalPages)
{
}

bool ReportPageWriter::begin()
{
    if (!m_painter.begin(&m_writer)) {
        return false;
    }
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_page = QRectF(QPointF(0, 0), QSizeF(m_writer.width(), m_writer.height()));
    startPage();
    return true;
}

int ReportPageWriter::finish()
{
    m_painter.end();
    return m_pageNumber;
}

double ReportPageWriter::pt(double points) const
{
    return points * m_writer.resolution() / 72.0;
}

double ReportPageWriter::lineHeight(const QFont& f) const
{
    return QFontMetricsF(f, &m_writer).lineSpacing();
}

QRectF ReportPageWriter::block(double points)
{
    const double h = pt(points);
    ensure(h);
    const QRectF area(m_page.left(), m_y, m_page.width(), h);
    m_y += h;
    return area;
}

void ReportPageWriter::line(const QString& text, const QFont& f, const QColor& colour)
{
    m_painter.setFont(f);
    m_painter.setPen(colour);
    m_painter.drawText(QPointF(m_page.left(), m_y + QFontMetricsF(f, &m_writer).ascent()), text);
    m_y += lineHeight(f);
}

void ReportPageWriter::startPage()
{
    ++m_pageNumber;
    header();
    footer();
    m_y = m_contentTop;
}

void ReportPageWriter::newPage()
{
    m_writer.newPage();
    startPage();
}

void ReportPageWriter::ensure(double height)
{
    if (m_y + height > m_contentBottom && m_y > m_contentTop) {
        newPage();
    }
}

void ReportPageWriter::header()
{
    const QFont f = font(7.5, true);
    const double h = lineHeight(f);
    m_painter.setFont(f);
    m_painter.setPen(Alert);
    m_painter.drawText(QRectF(m_page.left(), m_page.top(), m_page.width() / 2, h), Qt::AlignLeft | Qt::AlignVCenter,
        tr("CONFIDENTIAL"));
    m_painter.setFont(font(7.5));
    m_painter.setPen(Muted);
    QString right = tr("Self-reported treatment journal");
    if (!m_displayName.isEmpty()) {
        right += QStringLiteral(" · ") + m_displayName;
    }
    m_painter.drawText(QRectF(m_page.left() + m_page.width() / 2, m_page.top(), m_page.width() / 2, h),
        Qt::AlignRight | Qt::AlignVCenter, right);
    m_painter.setPen(QPen(Rule, pt(0.5)));
    m_painter.drawLine(
        QPointF(m_page.left(), m_page.top() + h + pt(3)), QPointF(m_page.right(), m_page.top() + h + pt(3)));
    m_contentTop = m_page.top() + h + pt(14);
}

void ReportPageWriter::footer()
{
    const QFont f = font(7);
    const double h = lineHeight(f);
    const double top = m_page.bottom() - h;
    m_painter.setPen(QPen(Rule, pt(0.5)));
    m_painter.drawLine(QPointF(m_page.left(), top - pt(4)), QPointF(m_page.right(), top - pt(4)));
    m_painter.setFont(f);
    m_painter.setPen(Muted);
    m_painter.drawText(QRectF(m_page.left(), top, m_page.width() * 0.78, h), Qt::AlignLeft | Qt::AlignVCenter,
        tr("Self-reported; not a medical record. Contains no diagnosis and no dosing advice."));
    const QString pageText
        = m_totalPages > 0 ? tr("Page %1 of %2").arg(m_pageNumber).arg(m_totalPages) : tr("Page %1").arg(m_pageNumber);
    m_painter.drawText(QRectF(m_page.left() + m_page.width() * 0.78, top, m_page.width() * 0.22, h),
        Qt::AlignRight | Qt::AlignVCenter, pageText);
    m_contentBottom = top - pt(14);
}

void ReportPageWriter::paragraph(const QString& text, const QFont& f, const QColor& colour, double indent)
{
    const double width = m_page.width() - indent;
    const QFontMetricsF fm(f, &m_writer);
    m_painter.setFont(f);
    m_painter.setPen(colour);
    const QStringList paragraphs = text.split(QLatin1Char('\n'));
    for (const QString& para : paragraphs) {
        if (para.trimmed().isEmpty()) {
            m_y += fm.lineSpacing() * 0.5;
            continue;
        }
        QTextLayout layout(para, f, &m_writer);
        layout.beginLayout();
        QList<QPair<int, int>> lines;
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append({ line.textStart(), line.textLength() });
        }
        layout.endLayout();
        for (const auto& [start, length] : lines) {
            ensure(fm.lineSpacing());
            m_painter.setFont(f);
            m_painter.setPen(colour);
            m_painter.drawText(QPointF(m_page.left() + indent, m_y + fm.ascent()), para.mid(start, length));
            m_y += fm.lineSpacing();
        }
    }
}

void ReportPageWriter::heading(const QString& text, double keepWithNext)
{
    const QFont f = font(11.5, true);
    space(8);
    ensure(lineHeight(f) + pt(keepWithNext));
    m_painter.setFont(f);
    m_painter.setPen(Accent);
    m_painter.drawText(QPointF(m_page.left(), m_y + QFontMetricsF(f, &m_writer).ascent()), text);
    m_y += lineHeight(f) + pt(2);
    m_painter.setPen(QPen(Accent, pt(0.8)));
    m_painter.drawLine(QPointF(m_page.left(), m_y), QPointF(m_page.left() + pt(40), m_y));
    m_y += pt(6);
}

void ReportPageWriter::keyValue(const QString& label, const QString& value, const QColor& colour, bool bold)
{
    const QFont lf = font(8.5, true);
    const QFont vf = font(8.5, bold);
    const double labelWidth = pt(118);
    const double width = m_page.width() - labelWidth;
    const QRectF bounds = QFontMetricsF(vf, &m_writer).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, value);
    const double h = std::max(bounds.height(), lineHeight(lf)) + pt(3);
    ensure(h);
    m_painter.setFont(lf);
    m_painter.setPen(Muted);
    m_painter.drawText(QRectF(m_page.left(), m_y, labelWidth, h), Qt::AlignLeft | Qt::AlignTop, label);
    m_painter.setFont(vf);
    m_painter.setPen(colour);
    m_painter.drawText(QRectF(m_page.left() + labelWidth, m_y, width, h), Qt::AlignLeft | Qt::TextWordWrap, value);
    m_y += h;
}

void ReportPageWriter::tableRow(const QList<Column>& columns, const QStringList& cells, const QFont& f,
    const QColor& colour, const QColor& background, const std::function<void()>& onNewPage)
{
    double total = 0;
    for (const Column& c : columns) {
        total += c.weight;
    }
    const double pad = pt(3);
    const QFontMetricsF fm(f, &m_writer);
    QList<double> widths;
    double h = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        widths.append(m_page.width() * columns.at(i).weight / total);
        const QRectF b = fm.boundingRect(QRectF(0, 0, widths.last() - 2 * pad, 1e6), Qt::TextWordWrap, cells.value(i));
        h = std::max(h, b.height());
    }
    h += 2 * pad;
    if (m_y + h > m_contentBottom) {
        newPage();
        onNewPage();
    }
    if (background.isValid()) {
        m_painter.fillRect(QRectF(m_page.left(), m_y, m_page.width(), h), background);
    }
    m_painter.setFont(f);
    m_painter.setPen(colour);
    double x = m_page.left();
    for (qsizetype i = 0; i < columns.size(); ++i) {
        m_painter.drawText(QRectF(x + pad, m_y + pad, widths.at(i) - 2 * pad, h - 2 * pad),
            int(columns.at(i).align) | Qt::AlignTop | Qt::TextWordWrap, cells.value(i));
        x += widths.at(i);
    }
    m_y += h;
}

void ReportPageWriter::table(
    const QList<Column>& columns, const QList<QStringList>& rows, const QList<QColor>& rowColours)
{
    const QFont hf = font(7.5, true);
    const QFont bf = font(7.5);
    QStringList titles;
    for (const Column& c : columns) {
        titles.append(c.title);
    }
    // The header row is what a new page starts with, so it needs nothing drawn before it.
    const auto nothingBefore = [] { /* no header above the header */ };
    std::function<void()> drawHeader = [&]() { tableRow(columns, titles, hf, Qt::white, Accent, nothingBefore); };
    ensure(lineHeight(hf) * 3 + pt(8));
    drawHeader();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        tableRow(columns, rows.at(i), bf, rowColours.value(i, Ink), i % 2 ? Zebra : QColor(), drawHeader);
    }
}

} // namespace kap
