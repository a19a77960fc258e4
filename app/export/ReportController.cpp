// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/ReportController.h"

#include "app/shell/JournalController.h"
#include "app/shell/PassphraseStrength.h"
#include "charts/TrendsReportCharts.h"
#include "passphrase/PassphraseGenerator.h"
#include "report/PdfEncryptor.h"
#include "report/RecordedReportCharts.h"
#include "report/ReportBuilder.h"
#include "report/ReportCollector.h"
#include "report/ReportExporter.h"
#include "report/ReportRange.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/SaveTarget.h"
#include "text/ErrorText.h"

#include <QUrl>

namespace kap {

ReportController::ReportController(QObject* parent)
    : QObject(parent)
    , m_letter(ReportOptions::pageSizeFor(QLocale::system()).id() == QPageSize::Letter)
    , m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::runningChanged, this, &ReportController::busyChanged);
}

bool ReportController::busy() const
{
    return m_job->isRunning();
}

void ReportController::setDone(const QString& message)
{
    if (m_doneMessage != message) {
        m_doneMessage = message;
        Q_EMIT doneMessageChanged();
    }
}

void ReportController::clearMessages()
{
    setError({});
    setDone({});
}

Journal* ReportController::journal() const
{
    if (m_journalOverride) {
        return m_journalOverride;
    }
    JournalController* controller = JournalController::instance();
    return controller ? controller->journal() : nullptr;
}

void ReportController::setError(const QString& message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

void ReportController::setPreset(int preset)
{
    if (preset < 0 || preset > int(ReportRange::Preset::Custom) || preset == m_preset) {
        return;
    }
    m_preset = preset;
    resolveRange();
    loadNotes();
}

void ReportController::setFrom(QDate day)
{
    if (!day.isValid() || day == m_range.first) {
        return;
    }
    m_preset = int(ReportRange::Preset::Custom);
    m_range.first = day;
    resolveRange();
    loadNotes();
}

void ReportController::setTo(QDate day)
{
    if (!day.isValid() || day == m_range.last) {
        return;
    }
    m_preset = int(ReportRange::Preset::Custom);
    m_range.last = day;
    resolveRange();
    loadNotes();
}

void ReportController::setLetterPaper(bool letter)
{
    if (letter != m_letter) {
        m_letter = letter;
        Q_EMIT paperChanged();
    }
}

QString ReportController::rangeText() const
{
    if (!m_range.first.isValid()) {
        return {};
    }
    const QLocale locale;
    return tr("%1 to %2 (%3 days)")
        .arg(locale.toString(m_range.first, QLocale::LongFormat), locale.toString(m_range.last, QLocale::LongFormat))
        .arg(m_range.first.daysTo(m_range.last) + 1);
}

void ReportController::resolveRange()
{
    Journal* j = journal();
    const QDate today = j ? j->clock().now().date() : QDate::currentDate();
    QList<Phase> phases;
    if (j) {
        if (auto list = j->phases().list()) {
            phases = list.value();
        }
    }
    QDate firstDay;
    for (const Phase& p : phases) {
        firstDay = firstDay.isValid() ? std::min(firstDay, p.start) : p.start;
    }
    m_range = ReportRange::resolve(ReportRange::Preset(m_preset), today, phases, firstDay, m_range);
    Q_EMIT rangeChanged();
}

void ReportController::loadNotes()
{
    QSet<qint64> chosen;
    for (const QVariant& v : std::as_const(m_notes)) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("chosen")).toBool()) {
            chosen.insert(m.value(QStringLiteral("id")).toLongLong());
        }
    }
    m_notes.clear();
    if (Journal* j = journal()) {
        ListQuery query;
        query.range = m_range;
        query.order = SortOrder::NewestFirst;
        if (auto list = j->notes().list(query)) {
            const QLocale locale;
            for (const IntegrationNote& n : list.value()) {
                QString excerpt = n.body.simplified();
                if (excerpt.size() > 140) {
                    excerpt = excerpt.left(140) + QStringLiteral("…");
                }
                m_notes.append(QVariantMap {
                    { QStringLiteral("id"), qint64(n.id) },
                    { QStringLiteral("title"), n.title.isEmpty() ? tr("Untitled note") : n.title },
                    { QStringLiteral("date"), locale.toString(n.writtenAt.date(), QLocale::ShortFormat) },
                    { QStringLiteral("excerpt"), excerpt },
                    { QStringLiteral("body"), n.body },
                    { QStringLiteral("chosen"), chosen.contains(n.id) },
                });
            }
        }
    }
    Q_EMIT notesChanged();
}

void ReportController::refresh()
{
    setError({});
    resolveRange();
    loadNotes();
}

void ReportController::setNoteChosen(qint64 id, bool chosen)
{
    for (QVariant& v : m_notes) {
        QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("id")).toLongLong() == id) {
            m.insert(QStringLiteral("chosen"), chosen);
            v = m;
            Q_EMIT notesChanged();
            return;
        }
    }
}

int ReportController::chosenCount() const
{
    int n = 0;
    for (const QVariant& v : m_notes) {
        n += v.toMap().value(QStringLiteral("chosen")).toBool() ? 1 : 0;
    }
    return n;
}

QString ReportController::preview() const
{
    QStringList parts;
    for (const QVariant& v : m_notes) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("chosen")).toBool()) {
            parts.append(m.value(QStringLiteral("title")).toString() + QStringLiteral(" (")
                + m.value(QStringLiteral("date")).toString() + QStringLiteral(")\n")
                + m.value(QStringLiteral("body")).toString());
        }
    }
    if (parts.isEmpty()) {
        return tr("No integration notes will be shared.");
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString ReportController::generatePassword() const
{
    return PassphraseGenerator::generate(PassphraseGenerator::DefaultWords, PdfEncryptor::MaxPasswordBytes);
}

QString ReportController::passwordProblem(const QString& password) const
{
    if (password.isEmpty()) {
        return {}; // the strength meter already asks for one
    }
    const Status usable = PdfEncryptor::checkPassword(SecureBytes::fromString(password));
    return usable ? QString() : ErrorText::describe(usable.error());
}

bool ReportController::exportTo(const QUrl& file, const QString& password, const QString& confirmation)
{
    if (busy()) {
        return false;
    }
    setDone({});
    Journal* j = journal();
    if (!j) {
        setError(tr("Unlock the journal first."));
        return false;
    }
    if (password.isEmpty()) {
        setError(tr("Choose an export password; the report is never written without one."));
        return false;
    }
    if (password != confirmation) {
        setError(tr("The two passwords differ."));
        return false;
    }
    // The journal's rule: a stolen report can be attacked offline like a stolen journal.
    PassphraseStrength strength;
    strength.evaluate(password);
    if (!strength.isAcceptable()) {
        setError(tr("The export password is too easy to guess. %1").arg(strength.hint()));
        return false;
    }
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    // The file dialog may have confirmed replacing a file; a journal, its side files and backups
    // are still refused, before any work starts (the writer checks again).
    if (Status allowed = SaveTarget::check(path, j->path()); !allowed) {
        setError(ErrorText::describe(allowed.error()));
        return false;
    }
    ReportOptions options;
    options.range = m_range;
    options.displayName = m_displayName;
    options.sections = m_sections;
    options.locale = QLocale();
    options.pageSize = QPageSize(m_letter ? QPageSize::Letter : QPageSize::A4);
    for (const QVariant& v : std::as_const(m_notes)) {
        const QVariantMap m = v.toMap();
        if (m.value(QStringLiteral("chosen")).toBool()) {
            options.noteIds.append(m.value(QStringLiteral("id")).toLongLong());
        }
    }
    // Reading the journal stays on this thread (its connection belongs here) and so does drawing
    // the charts (Qt Charts is GUI-thread only); both take milliseconds. Laying out, encrypting
    // and writing the PDF, the slow part, happen on a worker with copies of the data.
    auto collected = ReportCollector::collect(*j, options);
    if (!collected) {
        setError(ErrorText::describe(collected.error()));
        return false;
    }
    auto data = std::make_shared<const ReportData>(std::move(collected.value()));
    TrendsReportCharts drawings(options.locale);
    std::shared_ptr<ReportCharts> charts = RecordedReportCharts::record(drawings, *data, options);
    auto secret = std::make_shared<const SecureBytes>(SecureBytes::fromString(password));
    setError({});
    return m_job->start([this, data, charts, secret, options, path]() -> BackgroundJob::Finish {
        const Status status = ReportExporter::exportData(*data, options, *secret, path, charts);
        return [this, status]() {
            if (status) {
                setError({});
                setDone(tr("Saved. The PDF opens only with the export password."));
            } else {
                setError(ErrorText::describe(status.error()));
            }
            Q_EMIT exportFinished(status.ok());
        };
    });
}

} // namespace kap
