// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>
#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QTimer>
#include <QVariantMap>

namespace kap {

/// Keeps what an editor holds as an encrypted draft inside the journal (DraftRepository), so that
/// no lock, quit, closed window or Escape loses unfinished input, and offers it back the next time
/// the editor opens the same record ("Continue where you left off").
///
/// The editor binds `content` to its fields (plain values only) and calls begin() once it has
/// loaded a record (0: a new one): what it holds then is the baseline, and only a change from it
/// is kept, after the same short pause as notes and at once when the journal is about to lock.
/// While a kept draft is offered, nothing new is kept over it until the person has chosen.
class EditorDraft : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /// Which editor: "session", "checkin", "questionnaire", "phase" or "note".
    Q_PROPERTY(QString editor READ editor WRITE setEditor NOTIFY editorChanged)
    /// What the entry is, for messages ("the new session"); translated by the editor.
    Q_PROPERTY(QString description READ description WRITE setDescription NOTIFY editorChanged)
    /// What the editor holds now.
    Q_PROPERTY(QVariantMap content READ content WRITE setContent NOTIFY contentChanged)
    /// Between begin() and finish()/close().
    Q_PROPERTY(bool active READ isActive NOTIFY stateChanged)
    /// The content differs from what was opened.
    Q_PROPERTY(bool modified READ isModified NOTIFY stateChanged)
    /// A draft kept earlier waits for the person's choice (takeOffered() or discardOffered()).
    Q_PROPERTY(bool offered READ isOffered NOTIFY stateChanged)
    /// "Unfinished changes from Saturday 5 December, 14:02", translated.
    Q_PROPERTY(QString offeredText READ offeredText NOTIFY stateChanged)
    /// Why the last keep failed; empty when it worked.
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY stateChanged)
    /// Milliseconds between the last change and keeping it.
    Q_PROPERTY(int saveDelay READ saveDelay WRITE setSaveDelay NOTIFY saveDelayChanged)

public:
    explicit EditorDraft(QObject* parent = nullptr);
    ~EditorDraft() override;

    QString editor() const { return m_editor; }
    void setEditor(const QString& editor);
    QString description() const { return m_description; }
    void setDescription(const QString& description);
    QVariantMap content() const { return m_content; }
    void setContent(const QVariantMap& content);
    bool isActive() const { return m_active; }
    bool isModified() const { return m_active && m_contentJson != m_baselineJson; }
    bool isOffered() const { return m_active && !m_offeredJson.isEmpty(); }
    QString offeredText() const;
    QString errorMessage() const { return m_errorMessage; }
    int saveDelay() const { return m_timer.interval(); }
    void setSaveDelay(int ms);

    /// The editor has loaded `recordId` (0: a new entry): the content now is the baseline. Offers
    /// a draft kept earlier for this editor and record, if there is one.
    Q_INVOKABLE void begin(qint64 recordId);
    /// The offered draft's content, for the editor to apply. It stays kept until the entry is
    /// saved or discarded.
    Q_INVOKABLE QVariantMap takeOffered();
    /// Deletes the offered draft (the person chose to start over).
    Q_INVOKABLE void discardOffered();
    /// Keeps the content now, if it changed. False when it could not be kept (errorMessage).
    Q_INVOKABLE bool keep();
    /// The entry was saved or its changes discarded: the draft is deleted; inactive.
    Q_INVOKABLE void finish();
    /// The editor closes keeping its changes for later (Escape, "Keep as draft"): kept now; inactive.
    Q_INVOKABLE bool close();

Q_SIGNALS:
    void editorChanged();
    void contentChanged();
    void stateChanged();
    void saveDelayChanged();

private:
    void keepBeforeLock();
    void setError(const QString& message);
    void deactivate();

    QString m_editor;
    QString m_description;
    QVariantMap m_content;
    QByteArray m_contentJson;
    QByteArray m_baselineJson;
    QByteArray m_offeredJson;
    QByteArray m_keptJson; ///< what the journal holds for this editor and record, empty for none
    QDateTime m_offeredAt;
    qint64 m_recordId = 0;
    bool m_active = false;
    QString m_errorMessage;
    QTimer m_timer;
};

} // namespace kap
