#pragma once

#include "DaylioParser.h"

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

#include <optional>

namespace kap {

class Journal;

/// The C++ side of the import / backup / JSON dialogs (KapJournal.App):
/// - Daylio: read a file, list its mood labels with suggested scores, import once every label
///   has a score the person confirmed; a summary of what was imported and skipped.
/// - Backups: to a chosen file (journal passphrase or a separate one), "back up now" next to the
///   journal, the list of rolling backups, restore (locks the journal first).
/// - JSON export (the dialog warns that the file is not encrypted).
class DataTransferController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// [{label, count, score}] for the file last read; score -1 = not chosen yet.
    Q_PROPERTY(QVariantList moodLabels READ moodLabels NOTIFY daylioChanged)
    Q_PROPERTY(int daylioEntries READ daylioEntries NOTIFY daylioChanged)
    Q_PROPERTY(int daylioSkipped READ daylioSkipped NOTIFY daylioChanged)
    Q_PROPERTY(bool daylioReady READ daylioReady NOTIFY daylioChanged)
    Q_PROPERTY(QString summary READ summary NOTIFY summaryChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// [{path, created}] rolling backups of the open journal, newest first.
    Q_PROPERTY(QVariantList backups READ backups NOTIFY backupsChanged)

public:
    explicit DataTransferController(QObject* parent = nullptr);

    QVariantList moodLabels() const { return m_labels; }
    int daylioEntries() const { return m_parsed ? int(m_parsed->entries.size()) : 0; }
    int daylioSkipped() const { return m_parsed ? int(m_parsed->skipped.size()) + m_parsed->skippedNotListed : 0; }
    bool daylioReady() const;
    QString summary() const { return m_summary; }
    QString errorMessage() const { return m_errorMessage; }
    QVariantList backups() const { return m_backups; }

    Q_INVOKABLE bool readDaylio(const QUrl& file);
    Q_INVOKABLE void setScore(int index, int score);
    Q_INVOKABLE bool importDaylio();
    Q_INVOKABLE void clearDaylio();

    Q_INVOKABLE bool backupTo(const QUrl& file);
    /// A backup with its own passphrase; needs the journal's passphrase to re-key the copy.
    Q_INVOKABLE bool backupWithPassphrase(
        const QUrl& file, const QString& journalPassphrase, const QString& passphrase, const QString& confirmation);
    Q_INVOKABLE bool backupNow();
    Q_INVOKABLE void refreshBackups();
    /// Locks the journal, verifies the backup, keeps the current file and replaces it. The
    /// journal then opens with the backup's passphrase.
    Q_INVOKABLE bool restore(const QUrl& backup, const QString& backupPassphrase);

    Q_INVOKABLE bool exportJson(const QUrl& file);

    void setJournal(Journal* journal) { m_journalOverride = journal; }

Q_SIGNALS:
    void daylioChanged();
    void summaryChanged();
    void errorMessageChanged();
    void backupsChanged();

private:
    Journal* journal() const;
    void setError(const QString& message);
    void setSummary(const QString& summary);
    static QString pathOf(const QUrl& url) { return url.isLocalFile() ? url.toLocalFile() : url.toString(); }

    std::optional<DaylioParseResult> m_parsed;
    QVariantList m_labels;
    QVariantList m_backups;
    QString m_summary;
    QString m_errorMessage;
    Journal* m_journalOverride = nullptr;
};

} // namespace kap
