// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/export/TransferDialogController.h"
#include "storage/Kdf.h"

#include <QVariantList>

namespace kap {

/// The C++ side of the backup dialog (KapJournal.App): a backup to a chosen file (journal
/// passphrase or a separate one), "back up now" next to the journal, the list of rolling
/// backups, and restore (locks the journal first).
class BackupController : public kap::TransferDialogController
{
    Q_OBJECT
    QML_ELEMENT
    /// [{path, created}] rolling backups of the open journal, newest first.
    Q_PROPERTY(QVariantList backups READ backups NOTIFY backupsChanged)

public:
    explicit BackupController(QObject* parent = nullptr);

    QVariantList backups() const { return m_backups; }

    Q_INVOKABLE bool backupTo(const QUrl& file);
    /// A backup with its own passphrase; needs the journal's passphrase to re-key the copy.
    /// Refuses a passphrase the create screen would refuse (PassphraseStrength).
    Q_INVOKABLE bool backupWithPassphrase(
        const QUrl& file, const QString& journalPassphrase, const QString& passphrase, const QString& confirmation);
    /// A backup next to the journal, like the automatic ones (the same names; as many kept as
    /// AppSettings::automaticBackups says, or BackupService::DefaultKeep while those are off).
    Q_INVOKABLE bool backupNow();
    Q_INVOKABLE void refreshBackups();
    /// Checks the backup and puts a verified copy beside the journal (worker, journal still
    /// open); then locks the journal, keeps the current file and puts the copy in its place.
    /// The journal then opens with the backup's passphrase.
    Q_INVOKABLE bool restore(const QUrl& backup, const QString& backupPassphrase);

    /// Key-derivation cost for backups with their own passphrase (tests use the fast profile).
    void setBackupKdfParams(const KdfParams& params) { m_backupKdf = params; }

Q_SIGNALS:
    void backupsChanged();

private:
    /// The GUI-thread half of restore(): locks the journal, swaps the prepared copy in and leaves
    /// the outcome on the unlock screen (JournalController::entryNotice).
    void finishRestore(const QString& journalPath, const QString& backupPath, const Result<QString>& prepared);

    QVariantList m_backups;
    KdfParams m_backupKdf = KdfParams::production();
};

} // namespace kap
