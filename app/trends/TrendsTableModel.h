// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kap {

/// The table view of the Trends charts (the accessible alternative): one row per local day in
/// the range that has check-ins or a session, newest first, with texts ready to show.
class TrendsTableModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TrendsModel")

public:
    /// Every role is a display string; "" when not recorded.
    enum Role {
        DateRole = Qt::UserRole + 1, ///< long local date
        MoodRole, ///< the day's mean mood, one decimal
        AverageRole, ///< the 7-day rolling average that day (empty after a gap)
        AnxietyRole,
        EnergyRole,
        SleepRole,
        CheckinsRole, ///< number of check-ins that day
        SessionRole, ///< "Session: sublingual, 300 mg" when there was one
        PhaseRole, ///< names of the phases containing the day
        AccessibleRole, ///< the row as one sentence
    };
    Q_ENUM(Role)

    explicit TrendsTableModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    struct Row
    {
        QString date, mood, average, anxiety, energy, sleep, checkins, session, phase, accessible;
    };
    /// The rows for the days of `data`, newest first. Pure: TrendsModel runs it on its worker
    /// thread (3,650 formatted rows for 10 years would stall the window).
    static QList<Row> rowsFor(const trends::TrendsData& data);

    /// Replaces every row and hands back the old ones (the caller may free them elsewhere).
    [[nodiscard]] QList<Row> exchangeRows(QList<Row> rows);
    void clear();

private:
    QList<Row> m_rows;
};

} // namespace kap
