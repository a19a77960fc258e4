// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/TransferDialogController.h"

#include "app/shell/JournalController.h"
#include "storage/Journal.h"
#include "storage/SaveTarget.h"
#include "text/ErrorText.h"

namespace kap {

TransferDialogController::TransferDialogController(QObject* parent) : QObject(parent), m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::runningChanged, this, &TransferDialogController::busyChanged);
}

Journal* TransferDialogController::journal() const
{
    if (m_journalOverride) {
        return m_journalOverride;
    }
    JournalController* controller = JournalController::instance();
    return controller ? controller->journal() : nullptr;
}

bool TransferDialogController::busy() const
{
    return m_job->isRunning();
}

void TransferDialogController::setError(const QString& message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

void TransferDialogController::setSummary(const QString& summary)
{
    if (m_summary != summary) {
        m_summary = summary;
        Q_EMIT summaryChanged();
    }
}

void TransferDialogController::clearMessages()
{
    setError({});
    setSummary({});
}

std::shared_ptr<Journal> TransferDialogController::workerConnection()
{
    Journal* j = journal();
    if (!j) {
        setError(tr("Unlock the journal first."));
        return nullptr;
    }
    auto second = j->openSecondConnection();
    if (!second) {
        setError(ErrorText::describe(second.error()));
        return nullptr;
    }
    return std::shared_ptr<Journal>(std::move(second.value()));
}

bool TransferDialogController::startTask(const QString& progress, std::function<BackgroundJob::Finish()> task)
{
    if (busy()) {
        return false;
    }
    m_progressText = progress;
    clearMessages();
    return m_job->start(std::move(task));
}

bool TransferDialogController::startFileWrite(const QUrl& file, const QString& progress,
    std::function<Status(Journal& connection, const QString& path)> write, const QString& done)
{
    if (busy()) {
        return false;
    }
    const QString target = pathOf(file);
    if (!targetAllowed(target)) {
        return false;
    }
    std::shared_ptr<Journal> second = workerConnection();
    if (!second) {
        return false;
    }
    return startTask(progress, [this, second, target, write, done]() mutable -> BackgroundJob::Finish {
        const Status s = write(*second, target);
        second.reset();
        return [this, s, done]() {
            finishTask(s ? QString() : ErrorText::describe(s.error()), withWarning(done, s.warning()));
        };
    });
}

void TransferDialogController::finishTask(const QString& error, const QString& summary)
{
    setError(error);
    if (error.isEmpty()) {
        setSummary(summary);
    }
    Q_EMIT finished(error.isEmpty());
}

QString TransferDialogController::withWarning(const QString& summary, Warning warning)
{
    if (warning == Warning::None || summary.isEmpty()) {
        return summary;
    }
    return summary + QLatin1Char(' ') + ErrorText::describe(warning);
}

bool TransferDialogController::targetAllowed(const QString& target)
{
    Journal* j = journal();
    // The file dialog may have confirmed replacing a file: a journal, its side files and backups
    // are refused all the same, here before any work starts (and again by the writer).
    if (Status allowed = SaveTarget::check(target, j ? j->path() : QString()); !allowed) {
        setError(ErrorText::describe(allowed.error()));
        return false;
    }
    return true;
}

} // namespace kap
