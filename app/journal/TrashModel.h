// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/TrashRepository.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kap {

/// The Trash view (TrashPage.qml): everything deleted, most recent first, with restore, delete
/// for good and empty. Only here does data leave the journal for good, and only on request.
class TrashModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "session", "note", "checkin", "questionnaire", "phase"
        KindTextRole, ///< translated kind
        RecordIdRole,
        SummaryRole, ///< short description from storage
        DeletedTextRole, ///< localized "Deleted 2 Mar 2026 09:30"
    };
    Q_ENUM(Role)

    explicit TrashModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return static_cast<int>(m_items.size()); }
    QString errorMessage() const { return m_errorMessage; }

    Q_INVOKABLE bool restore(int row);
    /// Deletes one trashed entry for good.
    Q_INVOKABLE bool purge(int row);
    /// Deletes everything in the trash for good.
    Q_INVOKABLE bool emptyTrash();
    Q_INVOKABLE void reload();
    Q_INVOKABLE void clear();

Q_SIGNALS:
    void countChanged();
    void errorMessageChanged();

private:
    void setError(const QString& message);

    QList<TrashItem> m_items;
    QString m_errorMessage;
};

} // namespace kap
