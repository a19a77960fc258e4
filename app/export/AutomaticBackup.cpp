// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/AutomaticBackup.h"

#include "app/shell/AppSettings.h"
#include "app/shell/JournalController.h"
#include "storage/Journal.h"
#include "text/ErrorText.h"

#include <QFileInfo>
#include <QLocale>
#include <QLoggingCategory>

#include <optional>

namespace kap {

Q_LOGGING_CATEGORY(lcAutomaticBackup, "kap.export.autobackup")

namespace {
AutomaticBackup* s_instance = nullptr;
static_assert(AppSettings::DefaultAutomaticBackups == BackupService::DefaultKeep);
} // namespace

AutomaticBackup::AutomaticBackup(QObject* parent)
    : QObject(parent), m_cancelled(std::make_shared<std::atomic_bool>(false))
{
    JournalController* controller = JournalController::instance();
    // Connected before the BackgroundJob exists, so that this runs before its wait(): a backup
    // still queued behind other work is skipped instead of being waited for.
    connect(controller, &JournalController::aboutToLock, this, [this]() {
        m_cancelled->store(true);
        m_recheck.stop();
    });
    m_job = new BackgroundJob(this);
    connect(m_job, &BackgroundJob::runningChanged, this, &AutomaticBackup::runningChanged);

    m_recheck.setInterval(RecheckMs);
    connect(&m_recheck, &QTimer::timeout, this, &AutomaticBackup::backupIfDue);
    connect(controller, &JournalController::unlocked, this, [this]() {
        refresh();
        if (m_active) {
            m_recheck.start();
            backupIfDue();
        }
    });
    connect(AppSettings::instance(), &AppSettings::automaticBackupsChanged, this, [this]() {
        if (m_active) {
            backupIfDue(); // switched on (or raised): no need to wait for the next unlock
        }
    });
}

AutomaticBackup::~AutomaticBackup()
{
    m_job->wait();
    if (s_instance == this) {
        s_instance = nullptr;
    }
}

AutomaticBackup* AutomaticBackup::instance()
{
    if (!s_instance) {
        s_instance = new AutomaticBackup(nullptr);
    }
    return s_instance;
}

AutomaticBackup* AutomaticBackup::create(QQmlEngine*, QJSEngine*)
{
    AutomaticBackup* backup = instance();
    QJSEngine::setObjectOwnership(backup, QJSEngine::CppOwnership);
    return backup;
}

void AutomaticBackup::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    JournalController* controller = JournalController::instance();
    if (m_active && controller->isUnlocked()) {
        m_recheck.start();
        backupIfDue();
    } else if (!m_active) {
        m_recheck.stop();
    }
}

QString AutomaticBackup::lastBackupText() const
{
    return m_last.createdUtc.isValid() ? QLocale().toString(m_last.createdUtc.toLocalTime(), QLocale::ShortFormat)
                                       : QString();
}

bool AutomaticBackup::isDue(const QList<BackupInfo>& backups, const QDateTime& now)
{
    for (const BackupInfo& backup : backups) {
        const qint64 age = backup.createdUtc.secsTo(now);
        if (age >= 0 && age < IntervalSeconds) {
            return false;
        }
    }
    return true;
}

bool AutomaticBackup::backupIfDue()
{
    JournalController* controller = JournalController::instance();
    Journal* journal = controller->journal();
    const int keep = AppSettings::instance()->automaticBackups();
    if (!journal || controller->isDemo() || keep <= 0 || m_job->isRunning()) {
        return false;
    }
    const QString journalPath = journal->path();
    if (!isDue(BackupService::listBackups(journalPath), journal->clock().now())) {
        return false;
    }
    auto second = journal->openSecondConnection();
    if (!second) {
        finish(journalPath, second.error());
        return false;
    }
    m_cancelled = std::make_shared<std::atomic_bool>(false);
    return m_job->start(
        [this, journalPath, keep, cancelled = m_cancelled,
            connection = std::shared_ptr<Journal>(std::move(second).value())]() mutable -> BackgroundJob::Finish {
            // Skipped when the journal began to lock before the worker got here; tried again at the
            // next unlock.
            std::optional<Result<QString>> made;
            if (!cancelled->load()) {
                made = BackupService::rollingBackup(*connection, keep);
            }
            connection.reset(); // closes the connection and wipes its key copy before the GUI hears of it
            return [this, journalPath, made = std::move(made)]() {
                if (made) {
                    finish(journalPath, *made);
                }
            };
        });
}

void AutomaticBackup::finish(const QString& journalPath, const Result<QString>& made)
{
    if (!made) {
        qCWarning(lcAutomaticBackup) << "automatic backup failed, error code" << int(made.code());
        const QString message = tr("The automatic backup next to the journal could not be made. %1 Your journal "
                                   "and the earlier backups are unchanged; it will be tried again later.")
                                    .arg(ErrorText::describe(made.error()));
        setError(message);
        Q_EMIT failed(message);
    } else {
        setError({});
    }
    // The journal may have locked meanwhile: list the folder by the path the backup was for.
    const QList<BackupInfo> backups = BackupService::listBackups(journalPath);
    m_last = backups.isEmpty() ? BackupInfo {} : backups.last();
    m_folder = QFileInfo(journalPath).absolutePath();
    Q_EMIT lastBackupChanged();
    if (made) {
        Q_EMIT succeeded(made.value());
    }
}

void AutomaticBackup::refresh()
{
    Journal* journal = JournalController::instance()->journal();
    const QString path = journal ? journal->path() : JournalController::instance()->journalPath();
    const QList<BackupInfo> backups = path.isEmpty() ? QList<BackupInfo>() : BackupService::listBackups(path);
    m_last = backups.isEmpty() ? BackupInfo {} : backups.last();
    m_folder = path.isEmpty() ? QString() : QFileInfo(path).absolutePath();
    Q_EMIT lastBackupChanged();
}

void AutomaticBackup::setError(const QString& message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

} // namespace kap
