// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/DataTransferController.h"

#include "app/journal/EntryActions.h"
#include "app/shell/AppSettings.h"
#include "app/shell/JournalController.h"
#include "app/shell/PassphraseStrength.h"
#include "report/ReportExporter.h"
#include "storage/Journal.h"
#include "storage/SaveTarget.h"
#include "text/ErrorText.h"
#include "transfer/BackupService.h"
#include "transfer/DaylioImporter.h"
#include "transfer/JsonTransfer.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace kap {

DataTransferController::DataTransferController(QObject* parent) : QObject(parent), m_job(new BackgroundJob(this))
{
    connect(m_job, &BackgroundJob::runningChanged, this, &DataTransferController::busyChanged);
}

Journal* DataTransferController::journal() const
{
    if (m_journalOverride) {
        return m_journalOverride;
    }
    JournalController* controller = JournalController::instance();
    return controller ? controller->journal() : nullptr;
}

bool DataTransferController::busy() const
{
    return m_job->isRunning();
}

void DataTransferController::setError(const QString& message)
{
    if (m_errorMessage != message) {
        m_errorMessage = message;
        Q_EMIT errorMessageChanged();
    }
}

void DataTransferController::setSummary(const QString& summary)
{
    if (m_summary != summary) {
        m_summary = summary;
        Q_EMIT summaryChanged();
    }
}

void DataTransferController::clearMessages()
{
    setError({});
    setSummary({});
}

std::shared_ptr<Journal> DataTransferController::workerConnection()
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

bool DataTransferController::startTask(const QString& progress, std::function<BackgroundJob::Finish()> task)
{
    if (busy()) {
        return false;
    }
    m_progressText = progress;
    clearMessages();
    return m_job->start(std::move(task));
}

void DataTransferController::finishTask(const QString& error, const QString& summary)
{
    setError(error);
    if (error.isEmpty()) {
        setSummary(summary);
    }
    Q_EMIT finished(error.isEmpty());
}

QString DataTransferController::withWarning(const QString& summary, Warning warning)
{
    if (warning == Warning::None || summary.isEmpty()) {
        return summary;
    }
    return summary + QLatin1Char(' ') + ErrorText::describe(warning);
}

bool DataTransferController::targetAllowed(const QString& target)
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

bool DataTransferController::daylioReady() const
{
    if (!m_parsed || m_parsed->entries.isEmpty()) {
        return false;
    }
    for (const QVariant& v : m_labels) {
        if (v.toMap().value(QStringLiteral("score")).toInt() < 0) {
            return false;
        }
    }
    return true;
}

bool DataTransferController::readDaylio(const QUrl& file)
{
    if (busy()) {
        return false;
    }
    clearDaylio();
    const QString path = pathOf(file);
    using Parsed = Result<DaylioParseResult>;
    return startTask(tr("Reading the file…"), [this, path]() -> BackgroundJob::Finish {
        auto parsed = std::make_shared<Parsed>(DaylioImporter::readFile(path));
        return [this, parsed]() {
            if (!*parsed) {
                finishTask(DaylioImporter::describeParseError(parsed->error()), {});
                return;
            }
            m_parsed = std::move(parsed->value());
            QHash<QString, int> counts;
            for (const DaylioEntry& e : m_parsed->entries) {
                counts[e.moodLabel.toCaseFolded()] += 1;
            }
            for (const QString& label : m_parsed->moodLabels) {
                const auto suggestion = DaylioMoodMap::suggestion(label);
                // Suggestions are shown pre-selected for Daylio's five standard names only; the
                // person can change them, and custom names start unscored.
                m_labels.append(QVariantMap { { QStringLiteral("label"), label },
                    { QStringLiteral("count"), counts.value(label.toCaseFolded()) },
                    { QStringLiteral("score"), suggestion ? *suggestion : -1 } });
            }
            Q_EMIT daylioChanged();
            Q_EMIT scoresChanged();
            const int found = int(m_parsed->entries.size());
            finishTask({}, found == 1 ? tr("1 entry found.") : tr("%1 entries found.").arg(found));
        };
    });
}

void DataTransferController::setScore(int index, int score)
{
    if (busy() || index < 0 || index >= m_labels.size() || score < -1 || score > 10) {
        return;
    }
    QVariantMap m = m_labels.at(index).toMap();
    m.insert(QStringLiteral("score"), score);
    m_labels[index] = m;
    Q_EMIT scoresChanged();
}

bool DataTransferController::importDaylio()
{
    if (busy()) {
        return false;
    }
    if (!journal() || !m_parsed) {
        setError(tr("Unlock the journal and choose a Daylio file first."));
        return false;
    }
    DaylioMoodMap map;
    for (const QVariant& v : std::as_const(m_labels)) {
        const QVariantMap m = v.toMap();
        const int score = m.value(QStringLiteral("score")).toInt();
        if (score >= 0) {
            map.set(m.value(QStringLiteral("label")).toString(), score);
        }
    }
    if (!map.unmapped(m_parsed->moodLabels).isEmpty()) {
        setError(tr("Give every mood label a score first."));
        return false;
    }
    std::shared_ptr<Journal> second = workerConnection();
    if (!second) {
        return false;
    }
    auto parsed = std::make_shared<const DaylioParseResult>(*m_parsed);
    return startTask(tr("Importing the entries…"), [this, second, parsed, map]() mutable -> BackgroundJob::Finish {
        auto result = DaylioImporter::import(*second, *parsed, map);
        second.reset(); // closes the connection and wipes its key copy before the GUI hears of it
        return [this, result = std::move(result)]() {
            if (!result) {
                finishTask(result.code() == ErrorCode::InvalidArgument ? tr("Give every mood label a score first.")
                                                                       : ErrorText::describe(result.error()),
                    {});
                return;
            }
            if (result->imported > 0) {
                Q_EMIT EntryActions::instance()->entriesChanged(QStringLiteral("checkin"));
            }
            finishTask({}, result->describe());
        };
    });
}

void DataTransferController::clearDaylio()
{
    if (busy()) {
        return;
    }
    m_parsed.reset();
    m_labels.clear();
    setSummary({});
    Q_EMIT daylioChanged();
    Q_EMIT scoresChanged();
}

bool DataTransferController::backupTo(const QUrl& file)
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
    return startTask(
        tr("Copying and checking the journal…"), [this, second, target]() mutable -> BackgroundJob::Finish {
            const Status s = BackupService::backup(*second, target);
            second.reset();
            return [this, s]() {
                finishTask(s ? QString() : ErrorText::describe(s.error()),
                    withWarning(
                        tr("Backup written and checked. It opens with the journal's passphrase."), s.warning()));
            };
        });
}

bool DataTransferController::backupWithPassphrase(
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
    const QString target = pathOf(file);
    if (!targetAllowed(target)) {
        return false;
    }
    std::shared_ptr<Journal> second = workerConnection();
    if (!second) {
        return false;
    }
    auto current = std::make_shared<const SecureBytes>(SecureBytes::fromString(journalPassphrase));
    auto next = std::make_shared<const SecureBytes>(SecureBytes::fromString(passphrase));
    const KdfParams params = m_backupKdf;
    return startTask(tr("Copying the journal and encrypting the copy with the new passphrase…"),
        [this, second, target, current, next, params]() mutable -> BackgroundJob::Finish {
            const Status s = BackupService::backupWithPassphrase(*second, target, *current, *next, params);
            second.reset();
            return [this, s]() {
                finishTask(s ? QString() : ErrorText::describe(s.error()),
                    withWarning(tr("Backup written and checked. It opens only with the passphrase you chose for it."),
                        s.warning()));
            };
        });
}

bool DataTransferController::backupNow()
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

void DataTransferController::refreshBackups()
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

bool DataTransferController::restore(const QUrl& backup, const QString& backupPassphrase)
{
    if (busy()) {
        return false;
    }
    if (m_journalOverride) {
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

void DataTransferController::finishRestore(
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

bool DataTransferController::exportJson(const QUrl& file)
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
    return startTask(tr("Exporting…"), [this, second, target]() mutable -> BackgroundJob::Finish {
        Status s;
        if (auto json = JsonTransfer::exportJson(*second); !json) {
            s = json.error();
        } else {
            s = ReportExporter::writePrivate(target, json.value());
            SecureBytes::wipe(json.value());
        }
        second.reset();
        return [this, s]() {
            finishTask(s ? QString() : ErrorText::describe(s.error()),
                tr("Exported. This file is NOT encrypted: keep it safe and delete it when done."));
        };
    });
}

} // namespace kap
