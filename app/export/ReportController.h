// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/export/BackgroundJob.h"
#include "report/ReportData.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>

namespace kap {

class Journal;

/// The report dialog's C++ side (KapJournal.App): date range presets, section switches, the
/// notes the person may pick (none picked by default) with a preview of exactly what will be
/// shared, the export password (strength, generated passphrase, empty refused) and the export
/// itself (ReportExporter: in memory, AES-256, 0600; the slow part on a worker thread, see
/// BackgroundJob). Works on JournalController's journal.
class ReportController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// 0 whole course, 1 this phase, 2 last 4 weeks, 3 last 12 weeks, 4 custom (ReportRange::Preset).
    Q_PROPERTY(int preset READ preset WRITE setPreset NOTIFY rangeChanged)
    Q_PROPERTY(QDate from READ from WRITE setFrom NOTIFY rangeChanged)
    Q_PROPERTY(QDate to READ to WRITE setTo NOTIFY rangeChanged)
    Q_PROPERTY(QString rangeText READ rangeText NOTIFY rangeChanged)
    Q_PROPERTY(QString displayName MEMBER m_displayName NOTIFY displayNameChanged)
    Q_PROPERTY(int sections MEMBER m_sections NOTIFY sectionsChanged)
    /// Notes written in the range: [{id, title, date, excerpt, chosen}], newest first.
    Q_PROPERTY(QVariantList notes READ notes NOTIFY notesChanged)
    Q_PROPERTY(int chosenCount READ chosenCount NOTIFY notesChanged)
    /// The chosen notes in full, as they will appear in the report.
    Q_PROPERTY(QString preview READ preview NOTIFY notesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// What the last export did, once it succeeded ("Saved ..."); empty otherwise.
    Q_PROPERTY(QString doneMessage READ doneMessage NOTIFY doneMessageChanged)
    /// True while a report is being built, encrypted and written (on a worker thread).
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(bool letterPaper READ letterPaper WRITE setLetterPaper NOTIFY paperChanged)

public:
    explicit ReportController(QObject* parent = nullptr);

    int preset() const { return m_preset; }
    void setPreset(int preset);
    QDate from() const { return m_range.first; }
    void setFrom(QDate day);
    QDate to() const { return m_range.last; }
    void setTo(QDate day);
    QString rangeText() const;
    QVariantList notes() const { return m_notes; }
    int chosenCount() const;
    QString preview() const;
    QString errorMessage() const { return m_errorMessage; }
    QString doneMessage() const { return m_doneMessage; }
    bool busy() const;
    bool letterPaper() const { return m_letter; }
    void setLetterPaper(bool letter);

    /// Reloads the range and the notes from the journal (call when the dialog opens).
    Q_INVOKABLE void refresh();
    Q_INVOKABLE void setNoteChosen(qint64 id, bool chosen);
    Q_INVOKABLE QString generatePassword() const;
    /// Why `password` cannot protect a report (too long for common PDF readers), or empty.
    Q_INVOKABLE QString passwordProblem(const QString& password) const;
    /// Starts the export: collects the data and draws the charts here (a few milliseconds for a
    /// year), then builds, encrypts and writes the PDF on a worker thread. Refuses an empty
    /// password, one too easy to guess (PassphraseStrength, the journal's rule), two that differ,
    /// and a second export while one runs. Returns whether it
    /// started (errorMessage says why not); exportFinished() reports the outcome, with
    /// errorMessage or doneMessage set.
    Q_INVOKABLE bool exportTo(const QUrl& file, const QString& password, const QString& confirmation);
    /// Clears the messages of the last export (when the dialog opens again).
    Q_INVOKABLE void clearMessages();

    /// For tests: a journal other than JournalController's.
    void setJournal(Journal* journal) { m_journalOverride = journal; }

Q_SIGNALS:
    void rangeChanged();
    void displayNameChanged();
    void sectionsChanged();
    void notesChanged();
    void errorMessageChanged();
    void doneMessageChanged();
    void busyChanged();
    void paperChanged();
    void exportFinished(bool ok);

private:
    Journal* journal() const;
    void setError(const QString& message);
    void setDone(const QString& message);
    void resolveRange();
    void loadNotes();

    int m_preset = 0;
    DayRange m_range;
    QString m_displayName;
    int m_sections = ReportOptions::AllSections;
    QVariantList m_notes;
    QString m_errorMessage;
    QString m_doneMessage;
    bool m_letter = false;
    Journal* m_journalOverride = nullptr;
    BackgroundJob* m_job;
};

} // namespace kap
