// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QObject>
#include <QQmlEngine>

namespace kap {

/// The quick mood check-in for CheckinDialog.qml: mood 0-10 (required, 5 to start), optional
/// anxiety, energy and sleep quality (-1 = not given) and a short note, stamped now.
class CheckinForm : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int mood READ mood WRITE setMood NOTIFY changed)
    Q_PROPERTY(int anxiety READ anxiety WRITE setAnxiety NOTIFY changed)
    Q_PROPERTY(int energy READ energy WRITE setEnergy NOTIFY changed)
    Q_PROPERTY(int sleep READ sleep WRITE setSleep NOTIFY changed)
    Q_PROPERTY(QString note READ note WRITE setNote NOTIFY changed)
    Q_PROPERTY(qint64 recordId READ recordId NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    explicit CheckinForm(QObject* parent = nullptr);

    int mood() const { return m_checkin.mood; }
    void setMood(int mood);
    int anxiety() const { return m_checkin.anxiety.value_or(-1); }
    void setAnxiety(int value);
    int energy() const { return m_checkin.energy.value_or(-1); }
    void setEnergy(int value);
    int sleep() const { return m_checkin.sleep.value_or(-1); }
    void setSleep(int value);
    QString note() const { return m_checkin.note; }
    void setNote(const QString& note);
    qint64 recordId() const { return m_checkin.id; }
    QString errorMessage() const { return m_errorMessage; }

    /// A fresh check-in.
    Q_INVOKABLE void openNew();
    Q_INVOKABLE bool openEdit(qint64 id);
    /// Stores the check-in (add or update). False on a storage error (errorMessage says why).
    Q_INVOKABLE bool save();
    Q_INVOKABLE bool moveToTrash();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void changed();
    void errorMessageChanged();
    void saved(qint64 id);

private:
    void setOptional(std::optional<int>& field, int value);
    void setError(const QString& message);

    MoodCheckin m_checkin;
    QString m_errorMessage;
};

} // namespace kap
