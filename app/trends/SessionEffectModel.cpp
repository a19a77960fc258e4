// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/trends/SessionEffectModel.h"

#include "app/trends/TrendsFormat.h"
#include "text/TrendsText.h"

#include <QLocale>

#include <algorithm>
#include <utility>

namespace kap {

using namespace trends;

SessionEffectModel::SessionEffectModel(QObject* parent) : QAbstractListModel(parent) { }

int SessionEffectModel::shownFor(int limit) const
{
    const int total = totalCount();
    return limit < 0 ? total : std::min(limit, total);
}

int SessionEffectModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : shownFor(m_limit);
}

QVariant SessionEffectModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case IdRole:
        return row.id;
    case Qt::DisplayRole:
    case DateTextRole:
        return row.dateText;
    case PhaseRole:
        return row.phase;
    case TroughRole:
        return row.trough;
    case BeforeRole:
        return row.before;
    case AfterRole:
        return row.after;
    case EffectRole:
        return row.effect;
    case OutcomeRole:
        return row.outcome;
    default:
        return {};
    }
}

QHash<int, QByteArray> SessionEffectModel::roleNames() const
{
    return {
        { IdRole, "sessionId" },
        { DateTextRole, "dateText" },
        { PhaseRole, "phase" },
        { TroughRole, "trough" },
        { BeforeRole, "before" },
        { AfterRole, "after" },
        { EffectRole, "effect" },
        { OutcomeRole, "outcome" },
    };
}

void SessionEffectModel::setLimit(int limit)
{
    limit = std::max(limit, -1);
    if (m_limit == limit) {
        return;
    }
    const int before = rowCount();
    const int after = shownFor(limit);
    if (after > before) {
        beginInsertRows({}, before, after - 1);
        m_limit = limit;
        endInsertRows();
    } else if (after < before) {
        beginRemoveRows({}, after, before - 1);
        m_limit = limit;
        endRemoveRows();
    } else {
        m_limit = limit;
    }
    Q_EMIT limitChanged();
    if (after != before) {
        Q_EMIT countChanged();
    }
}

QList<SessionEffectModel::Row> SessionEffectModel::rowsFor(const TrendsData& data)
{
    const QLocale locale;
    QList<Row> rows;
    rows.reserve(data.sessionEffects.size());
    for (const SessionEffect& effect : data.sessionEffects) {
        Row row;
        row.id = effect.sessionId;
        row.dateText = locale.toString(effect.day, QLocale::ShortFormat);
        for (const PhaseBand& band : data.phases) {
            if (effect.day >= band.first && effect.day <= band.last) {
                row.phase = TrendsText::phaseName(band);
            }
        }
        row.trough = TrendsFormat::oneDecimal(effect.trough);
        row.before = TrendsFormat::oneDecimal(effect.meanBefore);
        row.after = TrendsFormat::oneDecimal(effect.meanAfter);
        row.effect = TrendsText::sessionEffect(effect, locale);
        row.outcome = static_cast<int>(effect.outcome);
        rows.prepend(row); // newest first
    }
    return rows;
}

void SessionEffectModel::setRows(QList<Row> rows)
{
    if (rows.isEmpty() && m_rows.isEmpty()) {
        return;
    }
    const int before = totalCount();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (totalCount() != before) {
        Q_EMIT countChanged();
    }
}

} // namespace kap
