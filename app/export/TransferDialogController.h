// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/export/BackgroundJob.h"
#include "storage/Result.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>

#include <functional>
#include <memory>

namespace kap {

class Journal;

/// What the import, backup and JSON export dialogs' controllers share: one task at a time on a
/// worker thread (BackgroundJob) with the journal's second connection, its progress text, and
/// its outcome as errorMessage or summary. The actions of the derived controllers return whether
/// they started; finished(ok) reports the outcome.
///
/// Derived classes name it `kap::TransferDialogController`: Qt 6.4's qmltyperegistrar drops a base
/// named without its namespace, and qmllint then finds none of these properties.
class TransferDialogController : public QObject
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// True while the task runs (on a worker thread).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// What the running task is doing, for the busy indicator; empty when idle.
    Q_PROPERTY(QString progressText READ progressText NOTIFY busyChanged)

public:
    explicit TransferDialogController(QObject* parent = nullptr);

    QString summary() const { return m_summary; }
    QString errorMessage() const { return m_errorMessage; }
    bool busy() const;
    QString progressText() const { return busy() ? m_progressText : QString(); }

    /// Clears errorMessage and summary (when a dialog opens again).
    Q_INVOKABLE void clearMessages();

    /// For tests: a journal other than JournalController's (restore needs the real one).
    void setJournal(Journal* journal) { m_journalOverride = journal; }

Q_SIGNALS:
    void summaryChanged();
    void errorMessageChanged();
    void busyChanged();
    /// A task started by one of the derived controllers' actions has finished.
    void finished(bool ok);

protected:
    Journal* journal() const;
    bool usesOverriddenJournal() const { return m_journalOverride != nullptr; }
    void setError(const QString& message);
    void setSummary(const QString& summary);
    /// Opens a second connection to the journal for a worker task; sets errorMessage on failure.
    std::shared_ptr<Journal> workerConnection();
    /// Clears the messages and runs `task` on the worker; false when a task is already running.
    bool startTask(const QString& progress, std::function<BackgroundJob::Finish()> task);
    /// Writes a file the person chose: refuses a target SaveTarget refuses, opens the second
    /// connection, runs `write(connection, path)` on the worker and reports `done` (with the
    /// Status's warning) or the error. False when it did not start (errorMessage says why).
    bool startFileWrite(const QUrl& file, const QString& progress,
        std::function<Status(Journal& connection, const QString& path)> write, const QString& done);
    /// Sets errorMessage (or, without an error, summary) and emits finished().
    void finishTask(const QString& error, const QString& summary);
    /// `summary` followed by what the person should know about `warning` (ErrorText).
    static QString withWarning(const QString& summary, Warning warning);
    /// SaveTarget's check on a file chosen in a dialog; sets errorMessage when refused.
    bool targetAllowed(const QString& target);
    static QString pathOf(const QUrl& url) { return url.isLocalFile() ? url.toLocalFile() : url.toString(); }

private:
    QString m_summary;
    QString m_errorMessage;
    QString m_progressText;
    Journal* m_journalOverride = nullptr;
    BackgroundJob* m_job;
};

} // namespace kap
