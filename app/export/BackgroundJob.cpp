// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/BackgroundJob.h"

#include "app/shell/JournalController.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kap {

BackgroundJob::BackgroundJob(QObject* parent) : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Finish>::finished, this, &BackgroundJob::finished);
    // Locking closes the journal and wipes its key: a task using a second connection (or data
    // read from it) must be done first. Tasks take a second at most, so waiting is acceptable.
    if (JournalController* controller = JournalController::instance()) {
        connect(controller, &JournalController::aboutToLock, this, &BackgroundJob::wait);
    }
}

BackgroundJob::~BackgroundJob()
{
    m_watcher.waitForFinished();
}

bool BackgroundJob::start(std::function<Finish()> task)
{
    if (m_running) {
        return false;
    }
    m_running = true;
    Q_EMIT runningChanged();
    m_watcher.setFuture(QtConcurrent::run(std::move(task)));
    return true;
}

void BackgroundJob::wait()
{
    m_watcher.waitForFinished();
}

void BackgroundJob::finished()
{
    const QFuture<Finish> future = m_watcher.future();
    const Finish finish = future.resultCount() > 0 ? future.result() : Finish();
    m_running = false;
    Q_EMIT runningChanged();
    if (finish) {
        finish();
    }
}

} // namespace kap
