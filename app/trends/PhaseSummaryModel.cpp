// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/trends/PhaseSummaryModel.h"

#include "app/trends/TrendsFormat.h"
#include "storage/Entities.h"
#include "text/TrendsText.h"

#include <QLocale>

#include <utility>

namespace kap {

using namespace trends;

PhaseSummaryModel::PhaseSummaryModel(QObject* parent) : QAbstractListModel(parent) { }

int PhaseSummaryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant PhaseSummaryModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case KindRole:
        return row.kind;
    case DatesRole:
        return row.dates;
    case SessionsRole:
        return row.sessions;
    case MeanMoodRole:
        return row.meanMood;
    case MinMoodRole:
        return row.minMood;
    case MaxMoodRole:
        return row.maxMood;
    case SessionChangeRole:
        return row.sessionChange;
    case WeekChangeRole:
        return row.weekChange;
    case Phq9Role:
        return row.phq9;
    case Gad7Role:
        return row.gad7;
    default:
        return {};
    }
}

QHash<int, QByteArray> PhaseSummaryModel::roleNames() const
{
    return {
        { NameRole, "name" },
        { KindRole, "kind" },
        { DatesRole, "dates" },
        { SessionsRole, "sessions" },
        { MeanMoodRole, "meanMood" },
        { MinMoodRole, "minMood" },
        { MaxMoodRole, "maxMood" },
        { SessionChangeRole, "sessionChange" },
        { WeekChangeRole, "weekChange" },
        { Phq9Role, "phq9" },
        { Gad7Role, "gad7" },
    };
}

QList<PhaseSummaryModel::Row> PhaseSummaryModel::rowsFor(const TrendsData& data)
{
    const QLocale locale;
    auto change = [](const std::optional<ScoreChange>& score) {
        return score ? tr("%1 → %2").arg(score->first).arg(score->last) : QString();
    };
    QList<Row> rows;
    rows.reserve(data.phaseSummaries.size());
    for (const PhaseSummary& summary : data.phaseSummaries) {
        Row row;
        row.name = TrendsText::phaseName(summary.band);
        row.kind = kap::phaseKindKey(summary.band.kind);
        row.dates = tr("%1 – %2").arg(locale.toString(summary.band.first, QLocale::ShortFormat),
            summary.band.openEnded ? tr("ongoing") : locale.toString(summary.band.last, QLocale::ShortFormat));
        row.sessions = summary.sessions;
        row.meanMood = TrendsFormat::oneDecimal(summary.meanMood);
        row.minMood = TrendsFormat::oneDecimal(summary.minMood);
        row.maxMood = TrendsFormat::oneDecimal(summary.maxMood);
        row.sessionChange = TrendsFormat::signedDecimal(summary.meanSessionChange);
        row.weekChange = TrendsFormat::signedDecimal(summary.meanWeekChange);
        row.phq9 = change(summary.phq9);
        row.gad7 = change(summary.gad7);
        rows.append(row);
    }
    return rows;
}

void PhaseSummaryModel::setRows(QList<Row> rows)
{
    if (rows.isEmpty() && m_rows.isEmpty()) {
        return;
    }
    const int before = rowCount();
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
    if (rowCount() != before) {
        Q_EMIT countChanged();
    }
}

} // namespace kap
