// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportBuilder.h"

#include "report/BuiltinReportCharts.h"
#include "report/ReportSummary.h"
#include "statistics/TrendsStatistics.h"
#include "storage/Questionnaire.h"
#include "storage/SecureBytes.h"
#include "text/CourseText.h"
#include "text/PhaseKindText.h"
#include "text/RouteText.h"
#include "text/SeverityText.h"
#include "text/TrendsText.h"
#include "text/VitalsText.h"

#include <QBuffer>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <functional>

namespace kap {

namespace {

const QColor Ink(0x1e, 0x1e, 0x1e);
const QColor Muted(0x6b, 0x6b, 0x6b);
const QColor Rule(0xbb, 0xbb, 0xbb);
const QColor Accent(0x1f, 0x4e, 0x79);
const QColor Alert(0xb0, 0x2a, 0x1f);
const QColor Zebra(0xf3, 0xf5, 0xf8);

// Chart sizes in points (also used to draw the charts ahead of time, see pageLayout()).
constexpr double MoodChartHeight = 190;
constexpr double QuestionnaireChartHeight = 165;
constexpr double QuestionnaireChartGap = 14;

QFont font(double size, bool bold = false)
{
    QFont f(QStringLiteral("DejaVu Sans"));
    f.setPointSizeF(size);
    f.setBold(bold);
    return f;
}

/// Paints the report page by page: keeps the vertical position, breaks pages, draws the
/// header and footer on each new page. All sizes in points are converted to device units.
class Renderer
{
public:
    Renderer(
        QPdfWriter& writer, const ReportData& data, const ReportOptions& options, ReportCharts& charts, int totalPages)
        : m_writer(writer), m_data(data), m_options(options), m_charts(charts), m_totalPages(totalPages)
    {
    }

    int run()
    {
        if (!m_painter.begin(&m_writer)) {
            return -1;
        }
        m_painter.setRenderHint(QPainter::Antialiasing);
        m_page = QRectF(QPointF(0, 0), QSizeF(m_writer.width(), m_writer.height()));
        startPage();
        title();
        const ReportSummary summary = ReportSummary::compute(m_data);
        safetyBlock(summary);
        if (m_options.has(ReportOptions::Summary)) {
            summarySection(summary);
        }
        if (m_options.has(ReportOptions::MoodChart)) {
            moodSection();
        }
        if (m_options.has(ReportOptions::SessionsTable)) {
            sessionsSection();
        }
        if (m_options.has(ReportOptions::Questionnaires)) {
            questionnaireSection();
        }
        if (m_options.has(ReportOptions::Notes) && !m_data.notes.isEmpty()) {
            notesSection();
        }
        space(10);
        paragraph(ReportBuilder::tr("End of report."), font(7.5), Muted);
        m_painter.end();
        return m_pageNumber;
    }

private:
    double pt(double points) const { return points * m_writer.resolution() / 72.0; }
    double lineHeight(const QFont& f) const { return QFontMetricsF(f, &m_writer).lineSpacing(); }
    static QString dateFormat() { return QStringLiteral("d MMM yyyy"); }
    QString date(QDate d) const { return m_options.locale.toString(d, dateFormat()); }
    QString number(double v, int decimals) const { return m_options.locale.toString(v, 'f', decimals); }

    void startPage()
    {
        ++m_pageNumber;
        header();
        footer();
        m_y = m_contentTop;
    }

    void newPage()
    {
        m_writer.newPage();
        startPage();
    }

    /// Starts a new page unless `height` still fits.
    void ensure(double height)
    {
        if (m_y + height > m_contentBottom && m_y > m_contentTop) {
            newPage();
        }
    }

    void space(double points) { m_y += pt(points); }

    void header()
    {
        const QFont f = font(7.5, true);
        const double h = lineHeight(f);
        m_painter.setFont(f);
        m_painter.setPen(Alert);
        m_painter.drawText(QRectF(m_page.left(), m_page.top(), m_page.width() / 2, h), Qt::AlignLeft | Qt::AlignVCenter,
            ReportBuilder::tr("CONFIDENTIAL"));
        m_painter.setFont(font(7.5));
        m_painter.setPen(Muted);
        QString right = ReportBuilder::tr("Self-reported treatment journal");
        if (!m_data.displayName.isEmpty()) {
            right += QStringLiteral(" · ") + m_data.displayName;
        }
        m_painter.drawText(QRectF(m_page.left() + m_page.width() / 2, m_page.top(), m_page.width() / 2, h),
            Qt::AlignRight | Qt::AlignVCenter, right);
        m_painter.setPen(QPen(Rule, pt(0.5)));
        m_painter.drawLine(
            QPointF(m_page.left(), m_page.top() + h + pt(3)), QPointF(m_page.right(), m_page.top() + h + pt(3)));
        m_contentTop = m_page.top() + h + pt(14);
    }

    void footer()
    {
        const QFont f = font(7);
        const double h = lineHeight(f);
        const double top = m_page.bottom() - h;
        m_painter.setPen(QPen(Rule, pt(0.5)));
        m_painter.drawLine(QPointF(m_page.left(), top - pt(4)), QPointF(m_page.right(), top - pt(4)));
        m_painter.setFont(f);
        m_painter.setPen(Muted);
        m_painter.drawText(QRectF(m_page.left(), top, m_page.width() * 0.78, h), Qt::AlignLeft | Qt::AlignVCenter,
            ReportBuilder::tr("Self-reported; not a medical record. Contains no diagnosis and no dosing advice."));
        const QString pageText = m_totalPages > 0
            ? ReportBuilder::tr("Page %1 of %2").arg(m_pageNumber).arg(m_totalPages)
            : ReportBuilder::tr("Page %1").arg(m_pageNumber);
        m_painter.drawText(QRectF(m_page.left() + m_page.width() * 0.78, top, m_page.width() * 0.22, h),
            Qt::AlignRight | Qt::AlignVCenter, pageText);
        m_contentBottom = top - pt(14);
    }

    /// Wraps `text` to `width` (the page width by default) and draws it line by line,
    /// breaking pages between lines.
    void paragraph(const QString& text, const QFont& f, const QColor& colour, double indent = 0)
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

    void heading(const QString& text, double keepWithNext = 80)
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

    void title()
    {
        const QFont big = font(17, true);
        m_painter.setFont(big);
        m_painter.setPen(Ink);
        m_painter.drawText(QPointF(m_page.left(), m_y + QFontMetricsF(big, &m_writer).ascent()),
            ReportBuilder::tr("Ketamine treatment report"));
        m_y += lineHeight(big);
        QString subtitle = ReportBuilder::tr("%1 to %2").arg(date(m_data.range.first), date(m_data.range.last));
        if (!m_data.displayName.isEmpty()) {
            subtitle = m_data.displayName + QStringLiteral("  ·  ") + subtitle;
        }
        paragraph(subtitle, font(11), Ink);
        space(2);
        paragraph(ReportBuilder::tr("Prepared by the person with KAP Journal on %1. All entries are self-reported; "
                                    "only the sections and notes the person chose are included.")
                      .arg(date(m_data.generatedOn)),
            font(7.5), Muted);
    }

    /// Rows of "label  value" with the value wrapped in the right column.
    void keyValue(const QString& label, const QString& value, const QColor& colour = Ink, bool bold = false)
    {
        const QFont lf = font(8.5, true);
        const QFont vf = font(8.5, bold);
        const double labelWidth = pt(118);
        const double width = m_page.width() - labelWidth;
        const QRectF bounds
            = QFontMetricsF(vf, &m_writer).boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, value);
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

    QString scoresText(const ReportSummary::Scores& s) const
    {
        if (!s.baselineTotal && !s.latestTotal) {
            return ReportBuilder::tr("no responses recorded");
        }
        QString text;
        if (s.outcome.baseline) {
            text = ReportBuilder::tr("%1 (%2)").arg(
                course::CourseText::baseline(*s.outcome.baseline, m_options.locale, dateFormat()),
                ReportBuilder::severityText(s.baselineBand));
        }
        if (s.latestTotal) {
            if (!text.isEmpty()) {
                text += QStringLiteral(" → ");
            }
            text += ReportBuilder::tr("latest %1 (%2) on %3")
                        .arg(*s.latestTotal)
                        .arg(ReportBuilder::severityText(s.latestBand), date(s.latestDay));
        } else {
            text += ReportBuilder::tr("; none in this period");
        }
        if (s.outcome.baseline && s.outcome.latestTotal) {
            text += QStringLiteral(". ")
                + ReportBuilder::tr("Status at the end of the period: %1.")
                      .arg(course::CourseText::status(s.outcome, m_options.locale, dateFormat()));
        }
        return text;
    }

    /// PHQ-9 item 9, in the fixed block under the title that no section choice removes
    /// (DOMAIN.md: an item-9 answer is never hidden): the flags in the period with their days, and
    /// a flagged baseline from before the period that the summary cites.
    void safetyBlock(const ReportSummary& summary)
    {
        space(4);
        QStringList lines;
        if (summary.item9Flags > 0) {
            QStringList flagDays;
            for (QDate d : summary.item9Days) {
                flagDays.append(date(d));
            }
            // A long list would drown the block; the questionnaire table shows each one.
            constexpr qsizetype MaxListed = 8;
            if (flagDays.size() > MaxListed) {
                const qsizetype more = flagDays.size() - MaxListed;
                flagDays = flagDays.mid(0, MaxListed);
                flagDays.append(ReportBuilder::tr("and %1 more").arg(more));
            }
            const QString days = flagDays.join(QStringLiteral(", "));
            const QString one
                = ReportBuilder::tr("1 response with thoughts of death or self-harm above “not at all”: %1");
            const QString several
                = ReportBuilder::tr("%1 responses with thoughts of death or self-harm above “not at all”: %2");
            lines.append(summary.item9Flags == 1 ? one.arg(days) : several.arg(summary.item9Flags).arg(days));
        } else {
            lines.append(ReportBuilder::tr("none in this period"));
        }
        if (summary.baselineItem9Day) {
            const QString sentence = ReportBuilder::tr("The PHQ-9 baseline cited in this report (%1, before this "
                                                       "period) answered item 9 with %2 of 3 (above “not at all”).");
            lines.append(sentence.arg(date(*summary.baselineItem9Day)).arg(summary.baselineItem9Answer));
        }
        lines.append(item9ChangeLines());
        const bool flagged
            = summary.item9Flags > 0 || summary.baselineItem9Day.has_value() || !m_data.item9Changes.isEmpty();
        keyValue(
            ReportBuilder::tr("PHQ-9 item 9 flags"), lines.join(QLatin1Char('\n')), flagged ? Alert : Ink, flagged);
        space(4);
    }

    /// One line per trace of a flagged item-9 answer that was lowered, trashed or restored: such
    /// a change is never silent (the journal asks first and keeps the date).
    QStringList item9ChangeLines() const
    {
        constexpr qsizetype MaxListed = 8;
        QStringList lines;
        for (const Item9Change& change : m_data.item9Changes) {
            if (lines.size() == MaxListed) {
                lines.append(ReportBuilder::tr(
                    "and %n more change(s) of item 9 answers", nullptr, int(m_data.item9Changes.size() - MaxListed)));
                break;
            }
            const QString answered = date(change.answeredAt.date());
            const QString changed = date(change.changedAt.date());
            const QString previous = QString::number(change.previousAnswer);
            switch (change.kind) {
            case Item9ChangeKind::AnswerLowered: {
                const QString text
                    = ReportBuilder::tr("Item 9 answer changed on %1: the PHQ-9 of %2 first said %3 of 3, now %4.");
                lines.append(text.arg(changed, answered, previous, QString::number(change.newAnswer.value_or(0))));
                break;
            }
            case Item9ChangeKind::MovedToTrash: {
                const QString text
                    = ReportBuilder::tr("Moved to the trash on %1: the PHQ-9 of %2, item 9 answered %3 of 3.");
                lines.append(text.arg(changed, answered, previous));
                break;
            }
            case Item9ChangeKind::Restored: {
                const QString text
                    = ReportBuilder::tr("Restored from the trash on %1: the PHQ-9 of %2, item 9 answered %3 of 3.");
                lines.append(text.arg(changed, answered, previous));
                break;
            }
            }
        }
        return lines;
    }

    void summarySection(const ReportSummary& summary)
    {
        heading(ReportBuilder::tr("Summary"), 60);
        const qint64 days = m_data.range.first.daysTo(m_data.range.last) + 1;
        keyValue(ReportBuilder::tr("Period"),
            ReportBuilder::tr("%1 to %2 (%3 days)").arg(date(m_data.range.first), date(m_data.range.last)).arg(days));

        QStringList byKind;
        for (auto it = summary.sessionsByPhaseKind.cbegin(); it != summary.sessionsByPhaseKind.cend(); ++it) {
            byKind.append(QStringLiteral("%1 %2").arg(it.value()).arg(PhaseKindText::label(it.key()).toLower()));
        }
        if (summary.sessionsOutsidePhases > 0) {
            byKind.append(ReportBuilder::tr("%1 outside a recorded phase").arg(summary.sessionsOutsidePhases));
        }
        QString sessions = QString::number(summary.sessionCount);
        if (!byKind.isEmpty()) {
            sessions += QStringLiteral(" (") + byKind.join(QStringLiteral(", ")) + QLatin1Char(')');
        }
        keyValue(ReportBuilder::tr("Sessions in period"), sessions);

        QStringList phases;
        for (const Phase& phase : m_data.phases) {
            QString text = PhaseKindText::label(phase.kind);
            if (!phase.label.isEmpty()) {
                text += QStringLiteral(" “") + phase.label + QStringLiteral("”");
            }
            text += QLatin1Char(' ')
                + (phase.end ? ReportBuilder::tr("%1 to %2").arg(date(phase.start), date(*phase.end))
                             : ReportBuilder::tr("since %1").arg(date(phase.start)));
            phases.append(text);
        }
        keyValue(ReportBuilder::tr("Phases"),
            phases.isEmpty() ? ReportBuilder::tr("none recorded") : phases.join(QStringLiteral("; ")));
        if (summary.currentPhase) {
            QString current = PhaseKindText::label(summary.currentPhase->kind);
            if (!summary.currentPhase->label.isEmpty()) {
                current += QStringLiteral(" “") + summary.currentPhase->label + QStringLiteral("”");
            }
            keyValue(ReportBuilder::tr("Phase at the end"),
                ReportBuilder::tr("%1, since %2").arg(current, date(summary.currentPhase->start)));
        } else {
            keyValue(ReportBuilder::tr("Phase at the end"), ReportBuilder::tr("none recorded"));
        }
        if (!summary.daysBetweenSessions.isEmpty()) {
            QList<int> gaps = summary.daysBetweenSessions;
            std::sort(gaps.begin(), gaps.end());
            const int median = gaps.size() % 2 ? gaps.at(gaps.size() / 2)
                                               : (gaps.at(gaps.size() / 2 - 1) + gaps.at(gaps.size() / 2)) / 2;
            keyValue(ReportBuilder::tr("Days between sessions"),
                ReportBuilder::tr("median %1, shortest %2, longest %3; latest %4")
                    .arg(median)
                    .arg(gaps.first())
                    .arg(gaps.last())
                    .arg(summary.daysBetweenSessions.last()));
        }
        QStringList spent;
        if (summary.sessionsWithDose > 0) {
            spent << ReportBuilder::tr("%1 mg over %2 sessions")
                         .arg(m_options.locale.toString(summary.doseMgTotal, 'f', 0))
                         .arg(summary.sessionsWithDose);
        }
        for (auto it = summary.costCentsByCurrency.cbegin(); it != summary.costCentsByCurrency.cend(); ++it) {
            spent << QStringLiteral("%1 %2").arg(
                it.key(), m_options.locale.toString(double(it.value()) / 100.0, 'f', 2));
        }
        if (!spent.isEmpty()) {
            keyValue(ReportBuilder::tr("Dose and cost in period"), spent.join(QStringLiteral("; ")));
        }
        if (!summary.sideEffectSessions.isEmpty()) {
            QList<QPair<int, QString>> effects;
            for (auto it = summary.sideEffectSessions.cbegin(); it != summary.sideEffectSessions.cend(); ++it) {
                effects.append({ it.value(), it.key() });
            }
            std::stable_sort(
                effects.begin(), effects.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
            QStringList parts;
            for (const auto& [count, key] : effects) {
                parts << QStringLiteral("%1 %2").arg(ReportBuilder::sideEffectsText({ key })).arg(count);
            }
            keyValue(ReportBuilder::tr("Side effects (sessions)"),
                ReportBuilder::tr("%1 (of %2 sessions)")
                    .arg(parts.join(QStringLiteral(", ")))
                    .arg(summary.sessionCount));
        }
        if (summary.urinarySessions > 0) {
            keyValue(ReportBuilder::tr("Urinary symptoms"),
                ReportBuilder::tr("in %1 of %2 sessions, first %3, last %4; bladder problems are a known risk of "
                                  "repeated ketamine use")
                    .arg(summary.urinarySessions)
                    .arg(summary.sessionCount)
                    .arg(date(summary.urinaryFirst), date(summary.urinaryLast)),
                Alert, true);
        }
        keyValue(ReportBuilder::tr("PHQ-9 (depression)"), scoresText(summary.phq9));
        keyValue(ReportBuilder::tr("GAD-7 (anxiety)"), scoresText(summary.gad7));
        keyValue(ReportBuilder::tr("Baseline rule"),
            course::CourseText::baselineRule() + QLatin1Char(' ') + course::CourseText::outcomeRule());

        keyValue(ReportBuilder::tr("Mood check-ins"),
            summary.meanMood ? ReportBuilder::tr("%1 days with check-ins; mean daily mood %2 / 10")
                                   .arg(summary.moodDays)
                                   .arg(number(*summary.meanMood, 1))
                             : ReportBuilder::tr("none in this period"));
    }

    void moodSection()
    {
        heading(ReportBuilder::tr("Mood"), MoodChartHeight);
        const double h = pt(MoodChartHeight);
        ensure(h);
        m_charts.drawMoodChart(m_painter, QRectF(m_page.left(), m_y, m_page.width(), h), m_data);
        m_y += h;
        paragraph(ReportBuilder::tr("Daily mood is the mean of the day's self-ratings (0 = worst, 10 = best). The "
                                    "line is the mean of the days with check-ins among the last %1; it bridges up to "
                                    "%2 days without check-ins and breaks at longer gaps.")
                      .arg(trends::statistics::AverageWindowDays)
                      .arg(trends::statistics::MaxGapDays),
            font(7), Muted);
    }

    struct Column
    {
        QString title;
        double weight;
        Qt::Alignment align = Qt::AlignLeft;
    };

    void tableRow(const QList<Column>& columns, const QStringList& cells, const QFont& f, const QColor& colour,
        const QColor& background, const std::function<void()>& onNewPage)
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
            const QRectF b
                = fm.boundingRect(QRectF(0, 0, widths.last() - 2 * pad, 1e6), Qt::TextWordWrap, cells.value(i));
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

    void table(const QList<Column>& columns, const QList<QStringList>& rows, const QList<QColor>& rowColours = {})
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

    void sessionsSection()
    {
        heading(ReportBuilder::tr("Sessions (%1)").arg(m_data.sessions.size()), 60);
        if (m_data.sessions.isEmpty()) {
            paragraph(ReportBuilder::tr("No sessions in this period."), font(8.5), Muted);
            return;
        }
        const QList<Column> columns = {
            { ReportBuilder::tr("Date"), 15 },
            { ReportBuilder::tr("Route"), 17 },
            { ReportBuilder::tr("Dose"), 14 },
            { ReportBuilder::tr("Vitals"), 25 },
            { ReportBuilder::tr("Dissoc."), 9, Qt::AlignHCenter },
            { ReportBuilder::tr("Side effects"), 20 },
            { ReportBuilder::tr("Mood before → after"), 14, Qt::AlignHCenter },
        };
        QList<QStringList> rows;
        for (const Session& s : m_data.sessions) {
            QString mood;
            if (s.moodBefore || s.moodAfter) {
                mood = (s.moodBefore ? QString::number(*s.moodBefore) : QStringLiteral("–")) + QStringLiteral(" → ")
                    + (s.moodAfter ? QString::number(*s.moodAfter) : QStringLiteral("–"));
            }
            QStringList dissociation;
            if (s.dissociation) {
                dissociation << QStringLiteral("%1/10").arg(*s.dissociation);
            }
            if (s.dissociationClinicScore) {
                dissociation
                    << QStringLiteral("%1 %2").arg(s.dissociationClinicScale).arg(*s.dissociationClinicScore).trimmed();
            }
            rows.append({ date(s.occurredAt.date()), ReportBuilder::routeText(s),
                ReportBuilder::doseText(s, m_options.locale), ReportBuilder::vitalsText(s),
                dissociation.join(QLatin1Char('\n')), ReportBuilder::sideEffectsText(s.sideEffects), mood });
        }
        table(columns, rows);
        paragraph(ReportBuilder::tr("Dissoc.: the person's own rating, 0–10 (%1), and a clinic's score with its scale "
                                    "when given. Vitals: blood pressure (mmHg), heart rate (HR, beats a minute) and "
                                    "SpO2 as recorded, with the minutes after the dose when known.")
                      .arg(VitalsText::dissociationAnchors()),
            font(7), Muted);
        sessionEffectTable();
    }

    /// How long each session seemed to help, from daily mood (SessionEffectAnalysis), with the rule
    /// in one sentence.
    void sessionEffectTable()
    {
        if (m_data.sessionEffects.isEmpty()) {
            return;
        }
        heading(ReportBuilder::tr("Session effect (self-reported mood)"), 40);
        const QList<Column> columns = {
            { ReportBuilder::tr("Session"), 15 },
            { ReportBuilder::tr("3 days before"), 12, Qt::AlignHCenter },
            { ReportBuilder::tr("7 days before"), 12, Qt::AlignHCenter },
            { ReportBuilder::tr("7 days after"), 12, Qt::AlignHCenter },
            { ReportBuilder::tr("Reading"), 49 },
        };
        auto mean = [this](const std::optional<double>& v) {
            return v ? m_options.locale.toString(*v, 'f', 1) : QStringLiteral("–");
        };
        QList<QStringList> rows;
        QDate blockShown; // a block's reading once, at its first session in the period
        for (const trends::SessionEffect& effect : m_data.sessionEffects) {
            const bool repeat = effect.inBlock() && effect.blockFirst == blockShown;
            blockShown = effect.inBlock() ? effect.blockFirst : QDate();
            rows.append({ date(effect.day), mean(effect.trough), mean(effect.meanBefore), mean(effect.meanAfter),
                repeat ? ReportBuilder::tr("Measured with the block above")
                       : trends::TrendsText::sessionEffect(effect, m_options.locale) });
        }
        table(columns, rows);
        paragraph(trends::TrendsText::sessionEffectRuleInOneSentence(), font(7), Muted);
    }

    void questionnaireSection()
    {
        heading(ReportBuilder::tr("Questionnaires"), 170);
        const double h = pt(QuestionnaireChartHeight);
        ensure(h);
        const double gap = pt(QuestionnaireChartGap);
        const double w = (m_page.width() - gap) / 2;
        m_charts.drawQuestionnaireChart(m_painter, QRectF(m_page.left(), m_y, w, h), m_data, QuestionnaireKind::Phq9);
        m_charts.drawQuestionnaireChart(
            m_painter, QRectF(m_page.left() + w + gap, m_y, w, h), m_data, QuestionnaireKind::Gad7);
        m_y += h;
        paragraph(ReportBuilder::tr("Bands: PHQ-9 0–4 minimal, 5–9 mild, 10–14 moderate, 15–19 moderately severe, "
                                    "20–27 severe; GAD-7 0–4 minimal, 5–9 mild, 10–14 moderate, 15–21 severe. "
                                    "Ringed point: the baseline (a dashed line when it lies before the period). "
                                    "Red diamond: PHQ-9 item 9 answered above 0."),
            font(7), Muted);

        // One row per day: PHQ-9 and GAD-7 are usually filled in together.
        struct DayScores
        {
            QDate day;
            const QuestionnaireResponse* phq9 = nullptr;
            const QuestionnaireResponse* gad7 = nullptr;
        };
        QList<DayScores> days;
        for (const QuestionnaireResponse& r : m_data.questionnaires) {
            const QDate day = r.at.date();
            if (days.isEmpty() || days.last().day != day
                || (r.kind == QuestionnaireKind::Phq9 ? days.last().phq9 : days.last().gad7)) {
                days.append(DayScores { day });
            }
            (r.kind == QuestionnaireKind::Phq9 ? days.last().phq9 : days.last().gad7) = &r;
        }
        constexpr int MaxRows = 16;
        const qsizetype all = days.size();
        if (all == 0) {
            return;
        }
        if (all > MaxRows) {
            days = days.mid(all - MaxRows);
        }
        space(6);
        const QList<Column> columns = {
            { ReportBuilder::tr("Date"), 18 },
            { ReportBuilder::tr("PHQ-9"), 27 },
            { ReportBuilder::tr("PHQ-9 item 9"), 20 },
            { ReportBuilder::tr("GAD-7"), 27 },
        };
        auto scoreText = [this](const QuestionnaireResponse* r) {
            if (!r) {
                return QString();
            }
            const auto total = questionnaire::total(r->kind, r->answers);
            if (!total) {
                return QString();
            }
            QString text = QStringLiteral("%1  %2").arg(*total).arg(
                ReportBuilder::severityText(questionnaire::severity(r->kind, *total)));
            if (r->difficulty) {
                text += QLatin1Char('\n') + trends::TrendsText::difficulty(*r->difficulty);
            }
            return text;
        };
        QList<QStringList> rows;
        QList<QColor> colours;
        for (const DayScores& d : days) {
            const bool flag = d.phq9 && questionnaire::item9Flag(*d.phq9);
            QString item9;
            if (d.phq9 && d.phq9->answers.size() == 9) {
                item9 = flag ? ReportBuilder::tr("%1 (flagged)").arg(d.phq9->answers.at(8))
                             : QString::number(d.phq9->answers.at(8));
            }
            rows.append({ date(d.day), scoreText(d.phq9), item9, scoreText(d.gad7) });
            colours.append(flag ? Alert : Ink);
        }
        table(columns, rows, colours);
        if (all > MaxRows) {
            paragraph(ReportBuilder::tr("The latest %1 of %2 days with responses; the charts show all of them.")
                          .arg(MaxRows)
                          .arg(all),
                font(7), Muted);
        }
    }

    void notesSection()
    {
        heading(ReportBuilder::tr("Integration notes chosen for this report (%1)").arg(m_data.notes.size()), 60);
        for (const IntegrationNote& note : m_data.notes) {
            ensure(pt(50));
            paragraph(note.title.isEmpty() ? ReportBuilder::tr("Untitled note") : note.title, font(9.5, true), Ink);
            QStringList meta;
            meta.append(ReportBuilder::tr("Written %1").arg(date(note.writtenAt.date())));
            if (note.sessionId && m_data.linkedSessionTimes.contains(*note.sessionId)) {
                const QDate sessionDay = m_data.linkedSessionTimes.value(*note.sessionId).date();
                meta.append(ReportBuilder::tr("about the session of %1").arg(date(sessionDay)));
            }
            if (!note.tags.isEmpty()) {
                meta.append(ReportBuilder::tr("tags: %1").arg(note.tags.join(QStringLiteral(", "))));
            }
            paragraph(meta.join(QStringLiteral("  ·  ")), font(7.5), Muted);
            space(2);
            paragraph(note.body, font(9), Ink);
            space(10);
        }
    }

    QPdfWriter& m_writer;
    const ReportData& m_data;
    const ReportOptions& m_options;
    ReportCharts& m_charts;
    int m_totalPages = 0;
    QPainter m_painter;
    QRectF m_page;
    double m_y = 0;
    double m_contentTop = 0;
    double m_contentBottom = 0;
    int m_pageNumber = 0;
};

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
        Renderer renderer(writer, data, options, charts, totalPages);
        pages = renderer.run();
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
    return QSizeF(pageLayout(options).paintRect(QPageLayout::Point).width(), MoodChartHeight);
}

QSizeF ReportBuilder::questionnaireChartSize(const ReportOptions& options)
{
    const double width = pageLayout(options).paintRect(QPageLayout::Point).width();
    return QSizeF((width - QuestionnaireChartGap) / 2, QuestionnaireChartHeight);
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
    static const QHash<QString, const char*> modalities = {
        { modalitykeys::IvInfusion, QT_TR_NOOP("infusion") },
        { modalitykeys::Kap, QT_TR_NOOP("KAP") },
        { modalitykeys::Esketamine, QT_TR_NOOP("esketamine") },
    };
    QString text = RouteText::label(s.route, s.routeOther);
    if (modalities.contains(s.modality)) {
        text += QStringLiteral(" (") + tr(modalities.value(s.modality)) + QLatin1Char(')');
    }
    return text;
}

QString ReportBuilder::doseText(const Session& s, const QLocale& locale)
{
    QStringList parts;
    if (s.doseMg) {
        parts.append(tr("%1 mg").arg(locale.toString(*s.doseMg, 'g', 6)));
    }
    if (s.doseMgPerKg) {
        parts.append(tr("%1 mg/kg").arg(locale.toString(*s.doseMgPerKg, 'g', 4)));
    }
    return parts.join(QLatin1Char('\n'));
}

QString ReportBuilder::vitalsText(const Session& s)
{
    return VitalsText::readings(s.vitals, QStringLiteral("\n"));
}

QString ReportBuilder::sideEffectsText(const QStringList& sideEffects)
{
    static const QHash<QString, const char*> names = {
        { QStringLiteral("nausea"), QT_TR_NOOP("nausea") },
        { QStringLiteral("headache"), QT_TR_NOOP("headache") },
        { QStringLiteral("dizziness"), QT_TR_NOOP("dizziness") },
        { QStringLiteral("sedation"), QT_TR_NOOP("sedation") },
        { QStringLiteral("anxiety"), QT_TR_NOOP("anxiety during session") },
        { QStringLiteral("urinary"), QT_TR_NOOP("urinary symptoms") },
    };
    QStringList out;
    for (const QString& s : sideEffects) {
        out.append(names.contains(s) ? tr(names.value(s)) : s);
    }
    return out.join(QStringLiteral(", "));
}

} // namespace kap
