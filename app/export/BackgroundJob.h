// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace kap {

/// Runs one task at a time on a worker thread for a dialog controller (report, import, backup,
/// JSON export), so the GUI thread never waits for key derivation, copying or PDF building.
/// The task returns a function that runs afterwards on the controller's thread to show the
/// result.
///
/// Threads and the journal: a task never touches JournalController's Journal (that connection
/// belongs to the GUI thread). It gets its own Journal::openSecondConnection(), opened on the
/// GUI thread and closed by the task before it returns, or only data copied beforehand.
/// When the journal is about to lock (and when the controller goes away) the job is waited
/// for, so no task outlives the unlocked journal or keeps a copy of its key.
class BackgroundJob : public QObject
{
    Q_OBJECT

public:
    /// Runs on the controller's thread once the task has finished.
    using Finish = std::function<void()>;

    explicit BackgroundJob(QObject* parent = nullptr);
    ~BackgroundJob() override;

    bool isRunning() const { return m_running; }
    /// Starts `task` on a worker thread; false (and nothing started) while another one runs.
    bool start(std::function<Finish()> task);
    /// Blocks until the running task (if any) has finished; its Finish still runs later, from
    /// the event loop.
    void wait();

Q_SIGNALS:
    void runningChanged();

private:
    void finished();

    QFutureWatcher<Finish> m_watcher;
    bool m_running = false;
};

} // namespace kap
