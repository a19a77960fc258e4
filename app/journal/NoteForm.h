// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QObject>
#include <QQmlEngine>
#include <QTimer>
#include <QVariantList>

namespace kap {

/// The integration note editor's state for NoteEditor.qml. What is typed is saved continuously
/// into the encrypted journal (a short debounce after the last keystroke, and at once when the
/// editor closes or the journal locks): there is never a draft file. A new note is created in
/// the journal on the first change that has any text. Linked to a session (by default the latest).
class NoteForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QString title READ title WRITE setTitle NOTIFY titleChanged)
    Q_PROPERTY(QString body READ body WRITE setBody NOTIFY bodyChanged)
    /// Tags as typed, separated by commas.
    Q_PROPERTY(QString tagsText READ tagsText WRITE setTagsText NOTIFY tagsTextChanged)
    /// The linked session; 0 for a free-standing note.
    Q_PROPERTY(qint64 sessionId READ sessionId WRITE setSessionId NOTIFY sessionIdChanged)
    /// [{id, text}] of recent sessions to link to, "No session" (id 0) first.
    Q_PROPERTY(QVariantList sessionChoices READ sessionChoices NOTIFY sessionChoicesChanged)
    Q_PROPERTY(int wordCount READ wordCount NOTIFY bodyChanged)
    Q_PROPERTY(qint64 recordId READ recordId NOTIFY recordIdChanged)
    /// True while typed changes wait for the debounce to store them.
    Q_PROPERTY(bool dirty READ isDirty NOTIFY saveStateChanged)
    /// Localized time of the last successful save, empty before the first.
    Q_PROPERTY(QString savedText READ savedText NOTIFY saveStateChanged)
    Q_PROPERTY(bool conflict READ conflict NOTIFY saveStateChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY saveStateChanged)
    /// Milliseconds between the last keystroke and the save.
    Q_PROPERTY(int saveDelay READ saveDelay WRITE setSaveDelay NOTIFY saveDelayChanged)
    /// The guided prompts (translated) that the editor can insert.
    Q_PROPERTY(QStringList prompts READ prompts CONSTANT)

public:
    explicit NoteForm(QObject* parent = nullptr);
    ~NoteForm() override;

    QString title() const { return m_note.title; }
    void setTitle(const QString& title);
    QString body() const { return m_note.body; }
    void setBody(const QString& body);
    QString tagsText() const { return m_tagsText; }
    void setTagsText(const QString& text);
    qint64 sessionId() const { return m_note.sessionId.value_or(0); }
    void setSessionId(qint64 id);
    QVariantList sessionChoices() const { return m_sessionChoices; }
    int wordCount() const;
    qint64 recordId() const { return m_note.id; }
    bool isDirty() const { return m_dirty; }
    QString savedText() const { return m_savedText; }
    bool conflict() const { return m_conflict; }
    QString errorMessage() const { return m_errorMessage; }
    int saveDelay() const { return m_timer.interval(); }
    void setSaveDelay(int ms);
    QStringList prompts() const;

    /// Words in `text` (letters or digits separated by anything else).
    static int countWords(const QString& text);
    /// Tags from comma-separated text: trimmed, empty and duplicate ones dropped.
    static QStringList parseTags(const QString& text);

    /// Starts a new note linked to `sessionId`, or to the latest session when it is 0 or less.
    Q_INVOKABLE void openNew(qint64 sessionId = 0);
    Q_INVOKABLE bool openEdit(qint64 id);
    /// Stores pending changes now (the editor closes). True when nothing is left unsaved.
    Q_INVOKABLE bool flush();
    /// After a conflict: stores this text over the other version.
    Q_INVOKABLE bool saveOverwriting();
    Q_INVOKABLE bool moveToTrash();
    /// Saves what is pending, then forgets the note.
    Q_INVOKABLE void close();

Q_SIGNALS:
    void titleChanged();
    void bodyChanged();
    void tagsTextChanged();
    void sessionIdChanged();
    void sessionChoicesChanged();
    void recordIdChanged();
    void saveStateChanged();
    void saveDelayChanged();
    void saved(qint64 id);

private:
    void changed();
    void saveBeforeLock();
    void loadSessionChoices();
    void reset();
    void setSaveState(bool dirty, bool conflict, const QString& message);

    IntegrationNote m_note;
    QString m_tagsText;
    QVariantList m_sessionChoices;
    QTimer m_timer;
    bool m_dirty = false;
    bool m_conflict = false;
    QString m_errorMessage;
    QString m_savedText;
};

} // namespace kap
