// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/BackupController.h"

#include "app/shell/AppSettings.h"
#include "app/shell/JournalController.h"
#include "app/shell/PassphraseStrength.h"
#include "storage/Journal.h"
#include "text/ErrorText.h"
#include "transfer/BackupService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace kap {

BackupController::BackupController(QObject* parent) : TransferDialogController(parent) { }

bool BackupController::backupTo(const QUrl& file)
{
    return startFileWrite(
        file, tr("Copying and checking the journal…"),
        [](Journal& connection, const QString& path) { return BackupService::backup(connection, path); },
        tr("Backup written and checked. It opens with the journal's passphrase."));
}

bool BackupController::backupWithPassphrase(
    const QUrl& file, const QString& journalPassphrase, const QString& passphrase, const QString& confirmation)
{
    if (busy()) {
        return false;
    }
    if (passphrase.isEmpty() || passphrase != confirmation) {
        setError(passphrase.isEmpty() ? ErrorText::describe(ErrorCode::EmptyPassphrase)
                                      : tr("The two backup passphrases differ."));
        return false;
    }
    if (journalPassphrase.isEmpty()) {
        setError(tr("Enter the journal's passphrase too: it is needed to re-encrypt the copy."));
        return false;
    }
    // The create screen's rule: restored, the backup becomes the journal and keeps this passphrase.
    PassphraseStrength strength;
    strength.evaluate(passphrase);
    if (!strength.isAcceptable()) {
        setError(tr("The backup passphrase is too easy to guess. %1").arg(strength.hint()));
        return false;
    }
    auto current = std::make_shared<const SecureBytes>(SecureBytes::fromString(journalPassphrase));
    auto next = std::make_shared<const SecureBytes>(SecureBytes::fromString(passphrase));
    const KdfParams params = m_backupKdf;
    return startFileWrite(
        file, tr("Copying the journal and encrypting the copy with the new passphrase…"),
        [current, next, params](Journal& connection, const QString& path) {
            return BackupService::backupWithPassphrase(connection, path, *current, *next, params);
        },
        tr("Backup written and checked. It opens only with the passphrase you chose for it."));
}

bool BackupController::backupNow()
{
    if (busy()) {
        return false;
    }
    std::shared_ptr<Journal> second = workerConnection();
    if (!second) {
        return false;
    }
    // As many as the automatic backups keep (the same files); the default when those are off.
    const int setting = AppSettings::instance()->automaticBackups();
    const int keep = setting > 0 ? setting : BackupService::DefaultKeep;
    return startTask(tr("Copying and checking the journal…"), [this, second, keep]() mutable -> BackgroundJob::Finish {
        auto made = BackupService::rollingBackup(*second, keep);
        second.reset();
        return [this, made]() {
            refreshBackups();
            const QString written = made
                ? tr("Backup written next to the journal: %1").arg(QFileInfo(made.value()).fileName())
                : QString();
            finishTask(made ? QString() : ErrorText::describe(made.error()), withWarning(written, made.warning()));
        };
    });
}

void BackupController::refreshBackups()
{
    m_backups.clear();
    if (Journal* j = journal()) {
        const QList<BackupInfo> list = BackupService::listBackups(j->path());
        for (auto it = list.crbegin(); it != list.crend(); ++it) {
            m_backups.append(QVariantMap { { QStringLiteral("path"), it->path },
                { QStringLiteral("created"),
                    QLocale().toString(it->createdUtc.toLocalTime(), QLocale::ShortFormat) } });
        }
    }
    Q_EMIT backupsChanged();
}

bool BackupController::restore(const QUrl& backup, const QString& backupPassphrase)
{
    if (busy()) {
        return false;
    }
    if (usesOverriddenJournal()) {
        setError(tr("Restore needs the app's journal."));
        return false;
    }
    JournalController* controller = JournalController::instance();
    const QString journalPath = controller ? controller->journalPath() : QString();
    if (journalPath.isEmpty()) {
        setError(tr("Choose the journal to restore into first."));
        return false;
    }
    if (backupPassphrase.isEmpty()) {
        setError(ErrorText::describe(ErrorCode::EmptyPassphrase));
        return false;
    }
    const QString backupPath = pathOf(backup);
    auto secret = std::make_shared<const SecureBytes>(SecureBytes::fromString(backupPassphrase));
    // The slow part (key derivation, verify, copy) leaves the journal alone, so it runs while the
    // journal is still open; only the quick swap needs it closed.
    return startTask(tr("Checking the backup…"), [this, journalPath, backupPath, secret]() -> BackgroundJob::Finish {
        auto prepared = BackupService::prepareRestore(journalPath, backupPath, *secret);
        return [this, journalPath, backupPath, prepared]() { finishRestore(journalPath, backupPath, prepared); };
    });
}

void BackupController::finishRestore(
    const QString& journalPath, const QString& backupPath, const Result<QString>& prepared)
{
    if (!prepared) {
        const QString reason = ErrorText::describe(prepared.error());
        finishTask(tr("The backup was not restored; your journal is as it was. %1").arg(reason), {});
        return;
    }
    JournalController* controller = JournalController::instance();
    if (controller->isUnlocked()) {
        controller->lock(); // the main frame and this dialog go away after this
    }
    if (controller->isUnlocked()) {
        // Some unfinished input could not be kept, so the journal stayed open (the controller
        // asks the person about it): nothing may be swapped under it.
        QFile::remove(prepared.value());
        finishTask(tr("The backup was not restored: the journal could not be locked without losing unfinished "
                      "input. Nothing changed; save or discard that input and try again."),
            {});
        return;
    }
    // The dialog is gone now: the unlock screen says what happened (JournalController::entryNotice).
    QString saved;
    const Status s = BackupService::finishRestore(journalPath, prepared.value(), {}, &saved);
    const QString backupName = QDir::toNativeSeparators(backupPath);
    QString notice;
    if (!s) {
        const QString reason = ErrorText::describe(s.error());
        notice = tr("The restore from %1 did not complete, and nothing changed: the journal is as it was and opens "
                    "with its usual passphrase. %2")
                     .arg(backupName, reason);
    } else if (saved.isEmpty()) {
        notice = tr("Restored from %1. The journal now opens with the backup's passphrase (the one you entered for "
                    "the restore).")
                     .arg(backupName);
    } else {
        const QString keptAs = QDir::toNativeSeparators(saved);
        notice = tr("Restored from %1. The journal you had before was kept as %2. The journal now opens with the "
                    "backup's passphrase (the one you entered for the restore), not with its previous one.")
                     .arg(backupName, keptAs);
    }
    notice = withWarning(notice, s.warning());
    controller->setEntryNotice(notice);
    finishTask(s ? QString() : notice, notice);
}

} // namespace kap
