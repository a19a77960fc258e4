// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/export/BackgroundJob.h"
#include "storage/Kdf.h"
#include "storage/Result.h"
#include "transfer/DaylioParser.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <memory>
#include <optional>

namespace kap {

class Journal;

/// The C++ side of the import / backup / JSON dialogs (KapJournal.App):
/// - Daylio: read a file, list its mood labels with suggested scores, import once every label
///   has a score the person confirmed; a summary of what was imported and skipped.
/// - Backups: to a chosen file (journal passphrase or a separate one), "back up now" next to the
///   journal, the list of rolling backups, restore (locks the journal first).
/// - JSON export (the dialog warns that the file is not encrypted).
/// Everything slow runs on a worker thread (BackgroundJob) with the journal's second connection;
/// the Q_INVOKABLE actions return whether they started, and finished(ok) reports the outcome
/// with errorMessage or summary set.
class DataTransferController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// [{label, count, score}] for the file last read; score -1 = not chosen yet. Changes only
    /// when a file is read or cleared, not with each score (a view built on it would otherwise
    /// rebuild every row, and lose keyboard focus, at each step of a spin box).
    Q_PROPERTY(QVariantList moodLabels READ moodLabels NOTIFY daylioChanged)
    Q_PROPERTY(int daylioEntries READ daylioEntries NOTIFY daylioChanged)
    Q_PROPERTY(int daylioSkipped READ daylioSkipped NOTIFY daylioChanged)
    /// Every label has a score: the import may start.
    Q_PROPERTY(bool daylioReady READ daylioReady NOTIFY scoresChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// [{path, created}] rolling backups of the open journal, newest first.
    Q_PROPERTY(QVariantList backups READ backups NOTIFY backupsChanged)
    /// True while a file is read, an import, backup, restore or export runs (on a worker thread).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    /// What the running task is doing, for the busy indicator; empty when idle.
    Q_PROPERTY(QString progressText READ progressText NOTIFY busyChanged)

public:
    explicit DataTransferController(QObject* parent = nullptr);

    QVariantList moodLabels() const { return m_labels; }
    int daylioEntries() const { return m_parsed ? int(m_parsed->entries.size()) : 0; }
    int daylioSkipped() const { return m_parsed ? int(m_parsed->skipped.size()) + m_parsed->skippedNotListed : 0; }
    bool daylioReady() const;
    QString summary() const { return m_summary; }
    QString errorMessage() const { return m_errorMessage; }
    QVariantList backups() const { return m_backups; }
    bool busy() const;
    QString progressText() const { return busy() ? m_progressText : QString(); }

    /// Reads and parses a Daylio CSV file (on the worker); moodLabels then lists its labels.
    Q_INVOKABLE bool readDaylio(const QUrl& file);
    Q_INVOKABLE void setScore(int index, int score);
    /// Writes the entries of the file read last as check-ins, in one transaction.
    Q_INVOKABLE bool importDaylio();
    Q_INVOKABLE void clearDaylio();
    /// Clears errorMessage and summary (when a dialog opens again).
    Q_INVOKABLE void clearMessages();

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

    Q_INVOKABLE bool exportJson(const QUrl& file);

    /// For tests: a journal other than JournalController's (restore needs the real one).
    void setJournal(Journal* journal) { m_journalOverride = journal; }
    /// Key-derivation cost for backups with their own passphrase (tests use the fast profile).
    void setBackupKdfParams(const KdfParams& params) { m_backupKdf = params; }

Q_SIGNALS:
    void daylioChanged();
    void scoresChanged();
    void summaryChanged();
    void errorMessageChanged();
    void backupsChanged();
    void busyChanged();
    /// A task started by one of the actions above has finished.
    void finished(bool ok);

private:
    Journal* journal() const;
    void setError(const QString& message);
    void setSummary(const QString& summary);
    /// Opens a second connection to the journal for a worker task; sets errorMessage on failure.
    std::shared_ptr<Journal> workerConnection();
    bool startTask(const QString& progress, std::function<BackgroundJob::Finish()> task);
    void finishTask(const QString& error, const QString& summary);
    /// The GUI-thread half of restore(): locks the journal, swaps the prepared copy in and leaves
    /// the outcome on the unlock screen (JournalController::entryNotice).
    void finishRestore(const QString& journalPath, const QString& backupPath, const Result<QString>& prepared);
    /// `summary` followed by what the person should know about `warning` (ErrorText).
    static QString withWarning(const QString& summary, Warning warning);
    /// SaveTarget's check on a file chosen in a dialog; sets errorMessage when refused.
    bool targetAllowed(const QString& target);
    static QString pathOf(const QUrl& url) { return url.isLocalFile() ? url.toLocalFile() : url.toString(); }

    std::optional<DaylioParseResult> m_parsed;
    QVariantList m_labels;
    QVariantList m_backups;
    QString m_summary;
    QString m_errorMessage;
    QString m_progressText;
    Journal* m_journalOverride = nullptr;
    KdfParams m_backupKdf = KdfParams::production();
    BackgroundJob* m_job;
};

} // namespace kap
