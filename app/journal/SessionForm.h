// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace kap {

/// The session editor's state for SessionEditor.qml: the fields as typed (`fields`, keyed by
/// name, see SessionValidator), the validation messages beside them (`errors`), defaults for a
/// new session ("same as last session" for modality, route, dose, provider, setting and who was
/// present; journal preferences `defaults.session.*` when there is no session yet), and saving
/// with conflict detection: when the record changed elsewhere since it was opened, nothing the
/// person typed is lost and they choose to overwrite or reload.
class SessionForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(QVariantMap fields READ fields NOTIFY fieldsChanged)
    Q_PROPERTY(QVariantMap errors READ errors NOTIFY fieldsChanged)
    Q_PROPERTY(bool valid READ isValid NOTIFY fieldsChanged)
    /// The id of the session being edited; 0 for a new one (until saved).
    Q_PROPERTY(qint64 recordId READ recordId NOTIFY recordIdChanged)
    Q_PROPERTY(bool editing READ isEditing NOTIFY recordIdChanged)
    /// True when defaults came from the last session.
    Q_PROPERTY(bool usedLastSession READ usedLastSession NOTIFY recordIdChanged)
    /// Set when saving found the session changed elsewhere (ErrorCode::Conflict).
    Q_PROPERTY(bool conflict READ conflict NOTIFY statusChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY statusChanged)

public:
    explicit SessionForm(QObject* parent = nullptr);

    QVariantMap fields() const { return m_fields; }
    QVariantMap errors() const { return m_errors; }
    bool isValid() const { return m_errors.isEmpty(); }
    qint64 recordId() const { return m_base.id; }
    bool isEditing() const { return m_base.id > 0; }
    bool usedLastSession() const { return m_usedLastSession; }
    bool conflict() const { return m_conflict; }
    QString errorMessage() const { return m_errorMessage; }

    /// Starts a new session: now, with "same as last session" defaults.
    Q_INVOKABLE void openNew();
    /// Loads a stored session; false when it cannot be read.
    Q_INVOKABLE bool openEdit(qint64 id);
    /// Sets one field (text, or a string list for "sideEffects") and re-validates.
    Q_INVOKABLE void setField(const QString& name, const QVariant& value);
    /// Adds or removes one side effect key.
    Q_INVOKABLE void toggleSideEffect(const QString& key, bool on);
    /// Adds a vitals row for `moment` (Vitals.h's key). The quick choices fill in its time:
    /// "during" about 40 minutes after the dose, "discharge" two hours.
    Q_INVOKABLE void addVital(const QString& moment);
    /// Sets one part of a vitals row ("moment", "minutes", "systolic", "diastolic", "heartRate",
    /// "spo2") as typed.
    Q_INVOKABLE void setVital(int row, const QString& part, const QString& value);
    Q_INVOKABLE void removeVital(int row);
    /// The words for a moment key ("before", "at 40 min", ...), for the editor's rows.
    Q_INVOKABLE QString vitalMomentLabel(const QString& moment, const QString& minutes) const;
    /// Validates and stores. False when invalid, on a conflict or a storage error.
    Q_INVOKABLE bool save();
    /// After a conflict: stores what is typed over the other version.
    Q_INVOKABLE bool saveOverwriting();
    /// Moves the session being edited to the trash (with undo).
    Q_INVOKABLE bool moveToTrash();
    /// Forgets everything (the journal is locking, or the editor closed).
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void fieldsChanged();
    void recordIdChanged();
    void statusChanged();
    void saved(qint64 id);

private:
    QDateTime now() const;
    void setFields(const QVariantMap& fields);
    void setStatus(bool conflict, const QString& message);

    QVariantMap m_fields;
    QVariantMap m_errors;
    Session m_base;
    bool m_usedLastSession = false;
    bool m_conflict = false;
    QString m_errorMessage;
};

} // namespace kap
