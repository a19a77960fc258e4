// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/export/BackgroundJob.h"
#include "transfer/BackupService.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTimer>

#include <atomic>
#include <memory>

namespace kap {

/// Automatic rolling backups next to the journal (issue 5). When a journal (not the sample one)
/// unlocks and the newest backup beside it is 24 hours old or older (or there is none), it makes
/// one on a worker thread with the journal's second connection (BackupService::rollingBackup:
/// encrypted like the journal, checked, atomic, 0600), then deletes the oldest beyond
/// AppSettings::automaticBackups (0 = off: nothing is made and nothing is deleted). While the
/// journal stays unlocked it looks again every hour.
///
/// It never interrupts: a failure only sets errorMessage and emits failed() (the backup dialog
/// and a passing notice show it); the journal and the existing backups stay as they were, and
/// the next unlock tries again. Locking cancels a backup that has not begun and waits for one
/// that has (BackgroundJob), so the worker's copy of the key never outlives the unlocked journal.
///
/// The app switches it on in main.cpp (setActive); elsewhere (tests, QML-only tools) it only
/// reports the newest backup, so nothing writes files beside a journal unasked.
class AutomaticBackup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// True while a backup is being made.
    Q_PROPERTY(bool running READ isRunning NOTIFY runningChanged)
    /// When the newest backup next to the open journal was made (invalid when there is none).
    Q_PROPERTY(QDateTime lastBackup READ lastBackup NOTIFY lastBackupChanged)
    /// lastBackup in the locale's short format; empty when there is none.
    Q_PROPERTY(QString lastBackupText READ lastBackupText NOTIFY lastBackupChanged)
    /// The newest backup's file.
    Q_PROPERTY(QString lastBackupPath READ lastBackupPath NOTIFY lastBackupChanged)
    /// Where the backups go: the journal's folder.
    Q_PROPERTY(QString folder READ folder NOTIFY lastBackupChanged)
    /// Why the last automatic backup failed; empty after a success.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    /// A new backup is due when the newest one is at least this old.
    static constexpr qint64 IntervalSeconds = 24 * 60 * 60;
    /// How often it looks again while the journal stays unlocked.
    static constexpr int RecheckMs = 60 * 60 * 1000;

    // No default argument: Qt 6.4 would build the QML singleton with it and ignore create().
    explicit AutomaticBackup(QObject* parent);
    ~AutomaticBackup() override;

    static AutomaticBackup* instance();
    static AutomaticBackup* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    /// Whether it makes backups by itself (on unlock, hourly, when the setting is switched on).
    bool isActive() const { return m_active; }
    void setActive(bool active);

    bool isRunning() const { return m_job->isRunning(); }
    QDateTime lastBackup() const { return m_last.createdUtc; }
    QString lastBackupText() const;
    QString lastBackupPath() const { return m_last.path; }
    QString folder() const { return m_folder; }
    QString errorMessage() const { return m_errorMessage; }

    /// Whether a new backup is due at `now`, given the existing ones: none was made in the
    /// 24 hours before `now`. A backup dated after `now` (the clock was set back) does not count.
    static bool isDue(const QList<BackupInfo>& backups, const QDateTime& now);

    /// Starts a backup if the journal is unlocked, not the sample journal, automatic backups are
    /// on and one is due (by the journal's clock). True when one started. Works whether or not
    /// it is active.
    Q_INVOKABLE bool backupIfDue();
    /// Re-reads the newest backup beside the journal.
    Q_INVOKABLE void refresh();
    /// Blocks until a running backup has finished (its result still arrives from the event loop).
    void wait() { m_job->wait(); }

Q_SIGNALS:
    void runningChanged();
    void lastBackupChanged();
    void errorMessageChanged();
    /// A backup started by backupIfDue() has finished; `path` is the new file.
    void succeeded(const QString& path);
    /// It has failed; `message` says why, in words for the person.
    void failed(const QString& message);

private:
    void setError(const QString& message);
    void finish(const QString& journalPath, const Result<QString>& made);

    BackgroundJob* m_job = nullptr;
    QTimer m_recheck;
    bool m_active = false;
    BackupInfo m_last;
    QString m_folder;
    QString m_errorMessage;
    /// Set when the journal is about to lock: a backup that has not begun yet is skipped.
    std::shared_ptr<std::atomic_bool> m_cancelled;
};

} // namespace kap
