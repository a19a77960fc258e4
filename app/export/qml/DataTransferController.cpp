#include "DataTransferController.h"

#include "BackupService.h"
#include "DaylioImporter.h"
#include "ErrorText.h"
#include "Journal.h"
#include "JournalController.h"
#include "JsonTransfer.h"
#include "ReportExporter.h"

#include <QFile>
#include <QFileInfo>

namespace kap {

DataTransferController::DataTransferController(QObject* parent) : QObject(parent) { }

Journal* DataTransferController::journal() const
{
    if (m_journalOverride) {
        return m_journalOverride;
    }
    JournalController* controller = JournalController::instance();
    return controller ? controller->journal() : nullptr;
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
    clearDaylio();
    QFile f(pathOf(file));
    if (!f.open(QIODevice::ReadOnly)) {
        setError(tr("The file cannot be read."));
        return false;
    }
    auto parsed = DaylioParser::parse(
        f.size() > DaylioParser::MaxInputBytes ? QByteArray(DaylioParser::MaxInputBytes + 1, ' ') : f.readAll());
    if (!parsed) {
        setError(DaylioImporter::describeParseError(parsed.error()));
        return false;
    }
    m_parsed = std::move(parsed.value());
    QHash<QString, int> counts;
    for (const DaylioEntry& e : m_parsed->entries) {
        counts[e.moodLabel.toCaseFolded()] += 1;
    }
    for (const QString& label : m_parsed->moodLabels) {
        const auto suggestion = DaylioMoodMap::suggestion(label);
        // Suggestions are shown pre-selected for Daylio's five standard names only; the person
        // can change them, and custom names start unscored.
        m_labels.append(QVariantMap { { QStringLiteral("label"), label },
            { QStringLiteral("count"), counts.value(label.toCaseFolded()) },
            { QStringLiteral("score"), suggestion ? *suggestion : -1 } });
    }
    setError({});
    setSummary(tr("%n entries found.", nullptr, int(m_parsed->entries.size())));
    Q_EMIT daylioChanged();
    return true;
}

void DataTransferController::setScore(int index, int score)
{
    if (index < 0 || index >= m_labels.size() || score < -1 || score > 10) {
        return;
    }
    QVariantMap m = m_labels.at(index).toMap();
    m.insert(QStringLiteral("score"), score);
    m_labels[index] = m;
    Q_EMIT daylioChanged();
}

bool DataTransferController::importDaylio()
{
    Journal* j = journal();
    if (!j || !m_parsed) {
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
    auto result = DaylioImporter::import(*j, *m_parsed, map);
    if (!result) {
        setError(result.code() == ErrorCode::InvalidArgument ? tr("Give every mood label a score first.")
                                                             : ErrorText::describe(result.error()));
        return false;
    }
    setError({});
    setSummary(result->describe());
    return true;
}

void DataTransferController::clearDaylio()
{
    m_parsed.reset();
    m_labels.clear();
    setSummary({});
    Q_EMIT daylioChanged();
}

bool DataTransferController::backupTo(const QUrl& file)
{
    Journal* j = journal();
    if (!j) {
        setError(tr("Unlock the journal first."));
        return false;
    }
    const Status s = BackupService::backup(*j, pathOf(file));
    setError(s ? QString() : ErrorText::describe(s.error()));
    if (s) {
        setSummary(tr("Backup written. It opens with the journal's passphrase."));
    }
    return s.ok();
}

bool DataTransferController::backupWithPassphrase(
    const QUrl& file, const QString& journalPassphrase, const QString& passphrase, const QString& confirmation)
{
    Journal* j = journal();
    if (!j) {
        setError(tr("Unlock the journal first."));
        return false;
    }
    if (passphrase.isEmpty() || passphrase != confirmation) {
        setError(passphrase.isEmpty() ? ErrorText::describe(ErrorCode::EmptyPassphrase)
                                      : tr("The two backup passphrases differ."));
        return false;
    }
    const Status s = BackupService::backupWithPassphrase(
        *j, pathOf(file), SecureBytes::fromString(journalPassphrase), SecureBytes::fromString(passphrase));
    setError(s ? QString() : ErrorText::describe(s.error()));
    if (s) {
        setSummary(tr("Backup written. It opens only with the passphrase you chose for it."));
    }
    return s.ok();
}

bool DataTransferController::backupNow()
{
    Journal* j = journal();
    if (!j) {
        setError(tr("Unlock the journal first."));
        return false;
    }
    auto made = BackupService::rollingBackup(*j);
    setError(made ? QString() : ErrorText::describe(made.error()));
    refreshBackups();
    if (made) {
        setSummary(tr("Backup written next to the journal: %1").arg(QFileInfo(made.value()).fileName()));
    }
    return made.ok();
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
    JournalController* controller = JournalController::instance();
    QString journalPath;
    if (m_journalOverride) {
        setError(tr("Restore needs the app's journal."));
        return false;
    }
    if (controller) {
        journalPath = controller->journalPath();
    }
    if (journalPath.isEmpty()) {
        setError(tr("Choose the journal to restore into first."));
        return false;
    }
    // The journal must be closed before its file is replaced.
    if (controller->isUnlocked()) {
        controller->lock();
    }
    QString saved;
    const Status s = BackupService::restore(
        journalPath, pathOf(backup), SecureBytes::fromString(backupPassphrase), Journal::Options {}, &saved);
    if (!s) {
        setError(ErrorText::describe(s.error()));
        return false;
    }
    setError({});
    setSummary(tr("Restored. The previous journal was kept as %1. Unlock with the backup's passphrase.")
                   .arg(QFileInfo(saved).fileName()));
    return true;
}

bool DataTransferController::exportJson(const QUrl& file)
{
    Journal* j = journal();
    if (!j) {
        setError(tr("Unlock the journal first."));
        return false;
    }
    auto json = JsonTransfer::exportJson(*j);
    if (!json) {
        setError(ErrorText::describe(json.error()));
        return false;
    }
    const Status s = ReportExporter::writePrivate(pathOf(file), json.value());
    SecureBytes::wipe(json.value());
    setError(s ? QString() : ErrorText::describe(s.error()));
    if (s) {
        setSummary(tr("Exported. This file is NOT encrypted: keep it safe and delete it when done."));
    }
    return s.ok();
}

} // namespace kap
