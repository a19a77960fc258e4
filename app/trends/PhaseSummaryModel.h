// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kap {

/// The Trends page's per-phase table: one row per phase in the range, oldest first, with texts
/// ready to show (sessions, mood mean and spread, mean change in session and in the week around,
/// PHQ-9 and GAD-7 first→last).
class PhaseSummaryModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TrendsModel")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    /// Display strings ("" when there is nothing to show), except sessions.
    enum Role {
        NameRole = Qt::UserRole + 1,
        KindRole, ///< the phase kind's key ("induction", ...)
        DatesRole, ///< "3 Feb – 2 Mar 2026" or "3 Feb – ongoing"
        SessionsRole, ///< int
        MeanMoodRole,
        MinMoodRole,
        MaxMoodRole,
        SessionChangeRole, ///< signed, one decimal
        WeekChangeRole, ///< signed, one decimal
        Phq9Role, ///< "12 → 7"
        Gad7Role,
    };
    Q_ENUM(Role)

    struct Row
    {
        QString name, kind, dates;
        int sessions = 0;
        QString meanMood, minMood, maxMood, sessionChange, weekChange, phq9, gad7;
    };

    explicit PhaseSummaryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The rows for the phases of `data`. Pure: TrendsModel runs it on its worker thread.
    static QList<Row> rowsFor(const trends::TrendsData& data);
    void setRows(QList<Row> rows);
    void clear() { setRows({}); }

Q_SIGNALS:
    void countChanged();

private:
    QList<Row> m_rows;
};

} // namespace kap
