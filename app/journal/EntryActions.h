// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace kap {

class Journal;

/// Moving entries to the trash and back, for every view of the journal, plus the one signal that
/// tells the models to refresh after any editor saved something. Deleting is never final here:
/// it is moveToTrash(), offered back through the undo bar (trashed()) and the Trash view.
class EntryActions : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    /// The one instance, shared by C++ and QML (create() hands it to the engine).
    static EntryActions* instance();
    static EntryActions* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    /// Moves one entry ("session", "note", "checkin", "questionnaire", "phase") to the trash.
    /// Emits trashed() so the undo bar can offer it back. False (and errorOccurred) on failure.
    Q_INVOKABLE bool moveToTrash(const QString& kind, qint64 id);
    /// Takes an entry out of the trash (the undo action and the Trash view).
    Q_INVOKABLE bool restore(const QString& kind, qint64 id);

    /// Editors call this after saving so every list refreshes.
    void notifyChanged(EntryKind kind);

Q_SIGNALS:
    /// Something of `kind` was added, changed, trashed or restored.
    void entriesChanged(const QString& kind);
    /// An entry went to the trash; `description` is a short translated sentence for the undo bar.
    void trashed(const QString& kind, qint64 id, const QString& description);
    void errorOccurred(const QString& message);

private:
    // Not default-constructible on purpose: Qt 6.4 constructs a QML_SINGLETON with its default
    // constructor when it has one and ignores create(), which would give QML a second instance.
    explicit EntryActions(QObject* parent);

    Journal* journal() const;
};

} // namespace kap
