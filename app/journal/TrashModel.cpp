// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/TrashModel.h"

#include "app/journal/EntryActions.h"
#include "app/shell/JournalController.h"
#include "text/EntryText.h"
#include "text/ErrorText.h"

#include <QLocale>

namespace kap {

TrashModel::TrashModel(QObject* parent) : QAbstractListModel(parent)
{
    JournalController* controller = JournalController::instance();
    connect(controller, &JournalController::aboutToLock, this, &TrashModel::clear);
    connect(controller, &JournalController::unlocked, this, &TrashModel::reload);
    connect(EntryActions::instance(), &EntryActions::entriesChanged, this, &TrashModel::reload);
    if (controller->journal()) {
        reload();
    }
}

int TrashModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_items.size());
}

QVariant TrashModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid));
    const TrashItem& item = m_items.at(index.row());
    switch (role) {
    case KindRole:
        return entryKindKey(item.kind);
    case KindTextRole:
        return EntryText::entryKind(item.kind);
    case RecordIdRole:
        return qint64(item.id);
    case Qt::DisplayRole:
    case SummaryRole:
        return item.summary;
    case DeletedTextRole:
        return tr("Deleted %1").arg(QLocale().toString(item.deletedAt, QLocale::ShortFormat));
    default:
        return {};
    }
}

QHash<int, QByteArray> TrashModel::roleNames() const
{
    return {
        { KindRole, "kind" },
        { KindTextRole, "kindText" },
        { RecordIdRole, "recordId" },
        { SummaryRole, "summary" },
        { DeletedTextRole, "deletedText" },
    };
}

bool TrashModel::restore(int row)
{
    if (row < 0 || row >= m_items.size()) {
        return false;
    }
    const TrashItem item = m_items.at(row);
    // EntryActions announces the change; every view (this one included) reloads.
    return EntryActions::instance()->restore(entryKindKey(item.kind), item.id);
}

bool TrashModel::purge(int row)
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal || row < 0 || row >= m_items.size()) {
        return false;
    }
    const TrashItem item = m_items.at(row);
    const Status status = journal->trash().purge(item.kind, item.id);
    if (!status) {
        setError(ErrorText::describe(status.error()));
        return false;
    }
    beginRemoveRows(QModelIndex(), row, row);
    m_items.removeAt(row);
    endRemoveRows();
    Q_EMIT countChanged();
    return true;
}

bool TrashModel::emptyTrash()
{
    Journal* journal = JournalController::instance()->journal();
    if (!journal) {
        return false;
    }
    const Status status = journal->trash().emptyTrash();
    if (!status) {
        setError(ErrorText::describe(status.error()));
        return false;
    }
    // Notes linked to purged sessions became free-standing: the timeline must show that.
    EntryActions::instance()->notifyChanged(EntryKind::Session);
    return true;
}

void TrashModel::reload()
{
    beginResetModel();
    m_items.clear();
    if (Journal* journal = JournalController::instance()->journal()) {
        Result<QList<TrashItem>> items = journal->trash().list();
        if (items) {
            m_items = std::move(items).value();
            setError(QString());
        } else {
            setError(ErrorText::describe(items.error()));
        }
    }
    endResetModel();
    Q_EMIT countChanged();
}

void TrashModel::clear()
{
    beginResetModel();
    m_items.clear();
    endResetModel();
    Q_EMIT countChanged();
    setError(QString());
}

void TrashModel::setError(const QString& message)
{
    if (m_errorMessage == message) {
        return;
    }
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

} // namespace kap
