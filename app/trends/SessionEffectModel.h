// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TrendsData.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace kap {

/// The Trends page's session-effect table: one row per session in the range, newest first, with
/// texts ready to show. `limit` keeps only the latest rows: a 10-year journal has 150 sessions,
/// and building all their cells at every range switch stalled the window.
class SessionEffectModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Owned by TrendsModel")
    /// Rows shown (at most `limit`).
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    /// Sessions in the range, shown or not.
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)
    /// The most rows shown; -1 shows every session.
    Q_PROPERTY(int limit READ limit WRITE setLimit NOTIFY limitChanged)

public:
    /// Display strings ("" when not measured), except id and outcome.
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the session's id (qint64)
        DateTextRole,
        PhaseRole, ///< the phase containing the session
        TroughRole, ///< mean mood of the 3 days before
        BeforeRole, ///< mean mood of the 7 days before
        AfterRole, ///< mean mood of the 7 days after
        EffectRole, ///< TrendsText::sessionEffect
        OutcomeRole, ///< SessionEffect::Outcome as int (0: no effect measured)
    };
    Q_ENUM(Role)

    struct Row
    {
        qint64 id = 0;
        QString dateText, phase, trough, before, after, effect;
        int outcome = 0;
    };

    explicit SessionEffectModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    int totalCount() const { return static_cast<int>(m_rows.size()); }
    int limit() const { return m_limit; }
    void setLimit(int limit);

    /// The rows for the sessions of `data`, newest first. Pure: TrendsModel runs it on its
    /// worker thread.
    static QList<Row> rowsFor(const trends::TrendsData& data);
    void setRows(QList<Row> rows);
    void clear() { setRows({}); }

Q_SIGNALS:
    void countChanged();
    void limitChanged();

private:
    int shownFor(int limit) const;

    QList<Row> m_rows;
    int m_limit = -1;
};

} // namespace kap
