// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/trends/TrendsTableModel.h"

#include "text/RouteText.h"
#include "text/TrendsText.h"

#include <QLocale>
#include <QMap>

#include <utility>

namespace kap {

TrendsTableModel::TrendsTableModel(QObject* parent) : QAbstractListModel(parent) { }

int TrendsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant TrendsTableModel::data(const QModelIndex& index, int role) const
{
    Q_ASSERT(checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid));
    const Row& row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case AccessibleRole:
        return row.accessible;
    case DateRole:
        return row.date;
    case MoodRole:
        return row.mood;
    case AverageRole:
        return row.average;
    case AnxietyRole:
        return row.anxiety;
    case EnergyRole:
        return row.energy;
    case SleepRole:
        return row.sleep;
    case CheckinsRole:
        return row.checkins;
    case SessionRole:
        return row.session;
    case PhaseRole:
        return row.phase;
    default:
        return {};
    }
}

QHash<int, QByteArray> TrendsTableModel::roleNames() const
{
    return {
        { DateRole, "date" },
        { MoodRole, "mood" },
        { AverageRole, "average" },
        { AnxietyRole, "anxiety" },
        { EnergyRole, "energy" },
        { SleepRole, "sleep" },
        { CheckinsRole, "checkins" },
        { SessionRole, "session" },
        { PhaseRole, "phase" },
        { AccessibleRole, "accessibleText" },
    };
}

QList<TrendsTableModel::Row> TrendsTableModel::exchangeRows(QList<Row> rows)
{
    beginResetModel();
    QList<Row> old = std::exchange(m_rows, std::move(rows));
    endResetModel();
    return old;
}

QList<TrendsTableModel::Row> TrendsTableModel::rowsFor(const trends::TrendsData& data)
{
    const QLocale locale;
    auto number
        = [&locale](std::optional<double> value) { return value ? locale.toString(*value, 'f', 1) : QString(); };

    QMap<QDate, Row> rows;
    for (const DailyMood& day : data.daily) {
        Row& row = rows[day.day];
        row.mood = number(day.mood);
        row.anxiety = number(day.anxiety);
        row.energy = number(day.energy);
        row.sleep = number(day.sleep);
        row.checkins = locale.toString(day.count);
    }
    for (const trends::Segment& segment : data.average) {
        for (const trends::DayValue& point : segment) {
            rows[point.day].average = number(point.value);
        }
    }
    for (const trends::SessionMarker& session : data.sessions) {
        Row& row = rows[session.day];
        QString text = tr("Session");
        if (!session.route.isEmpty()) {
            text += tr(": %1").arg(RouteText::label(session.route));
        }
        if (session.doseMg) {
            text += tr(", %1 mg").arg(locale.toString(*session.doseMg, 'g', 4));
        }
        row.session = row.session.isEmpty() ? text : row.session + QStringLiteral("; ") + text;
    }

    QList<Row> list;
    list.reserve(rows.size());
    for (auto it = rows.begin(); it != rows.end(); ++it) {
        Row& row = it.value();
        const QDate day = it.key();
        row.date = locale.toString(day, QLocale::LongFormat);
        QStringList phases;
        for (const trends::PhaseBand& band : data.phases) {
            if (day >= band.first && day <= band.last) {
                phases << trends::TrendsText::phaseName(band);
            }
        }
        row.phase = phases.join(QStringLiteral(", "));
        QStringList sentence { row.date };
        if (!row.mood.isEmpty()) {
            sentence << tr("mood %1").arg(row.mood);
        }
        if (!row.average.isEmpty()) {
            sentence << tr("7-day average %1").arg(row.average);
        }
        if (!row.anxiety.isEmpty()) {
            sentence << tr("anxiety %1").arg(row.anxiety);
        }
        if (!row.energy.isEmpty()) {
            sentence << tr("energy %1").arg(row.energy);
        }
        if (!row.sleep.isEmpty()) {
            sentence << tr("sleep %1").arg(row.sleep);
        }
        if (!row.session.isEmpty()) {
            sentence << row.session;
        }
        if (!row.phase.isEmpty()) {
            sentence << row.phase;
        }
        row.accessible = sentence.join(QStringLiteral(", "));
        list.prepend(row); // newest first
    }
    return list;
}

void TrendsTableModel::clear()
{
    if (m_rows.isEmpty()) {
        return;
    }
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

} // namespace kap
