// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantList>
#include <QVariantMap>

namespace kap {

/// Treatment phases for PhasesPage.qml, newest first: list, create, edit, move to the trash, and
/// "suggest from sessions" (PhaseSuggester) with one call to add the suggestions. Clears itself
/// when the journal locks.
class PhaseModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// Suggestions from the session dates that do not overlap a stored phase:
    /// [{kind, kindText, start, end, text}]; refreshed by refreshSuggestions().
    Q_PROPERTY(QVariantList suggestions READ suggestions NOTIFY suggestionsChanged)
    Q_PROPERTY(QVariantList kindOptions READ kindOptions CONSTANT)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        PhaseIdRole = Qt::UserRole + 1, ///< qint64
        KindRole, ///< "induction", "maintenance", "other"
        KindTextRole, ///< translated kind
        LabelRole, ///< the person's label, may be empty
        StartRole, ///< yyyy-MM-dd
        EndRole, ///< yyyy-MM-dd, empty while open-ended
        RangeTextRole, ///< localized "2 Mar 2026 – 20 Mar 2026" / "from 2 Mar 2026"
        NotesRole,
    };
    Q_ENUM(Role)

    explicit PhaseModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_phases.size()); }
    QVariantList suggestions() const { return m_suggestions; }
    QVariantList kindOptions() const;
    QString errorMessage() const { return m_errorMessage; }

    /// Messages for the start/end fields as typed ({start: ..., end: ...}); empty when fine.
    Q_INVOKABLE QVariantMap check(const QString& start, const QString& end) const;
    /// Adds (id 0) or updates a phase. Dates as yyyy-MM-dd; empty end = open-ended.
    Q_INVOKABLE bool save(qint64 id, const QString& kind, const QString& label, const QString& start,
        const QString& end, const QString& notes);
    Q_INVOKABLE bool moveToTrash(qint64 id);
    Q_INVOKABLE void refreshSuggestions();
    /// Adds every current suggestion; returns how many were added.
    Q_INVOKABLE int applySuggestions();
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();
    void suggestionsChanged();
    void errorMessageChanged();

private:
    void setError(const QString& message);

    QList<Phase> m_phases;
    QList<Phase> m_suggested;
    QVariantList m_suggestions;
    QString m_errorMessage;
};

} // namespace kap
