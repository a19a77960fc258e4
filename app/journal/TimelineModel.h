// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"
#include "storage/TimelineRepository.h"

#include <QAbstractListModel>
#include <QHash>
#include <QQmlEngine>
#include <QStringList>
#include <QVariantList>

namespace kap {

/// The journal timeline for the QML TimelinePage: sessions, integration notes, mood check-ins and
/// questionnaires, newest first, fetched lazily a page at a time (canFetchMore/fetchMore over
/// TimelineRepository::page) so ten years of entries cost nothing until scrolled to. Each row
/// carries a `section` heading that groups it by week: the week inside its treatment phase
/// ("Induction, week 2") or, outside any phase, the calendar week. Filters by kind and by phase.
/// Clears itself when the journal locks and reloads when it unlocks or an entry changes.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    /// Entry kinds to show ("session", "note", "checkin", "questionnaire"); empty shows all.
    Q_PROPERTY(QStringList kinds READ kinds WRITE setKinds NOTIFY kindsChanged)
    /// Show only the days of this phase; 0 shows everything.
    Q_PROPERTY(qint64 phaseId READ phaseId WRITE setPhaseId NOTIFY phaseIdChanged)
    /// First day of the week for headings outside a phase (Qt::DayOfWeek, 1 = Monday).
    Q_PROPERTY(int weekStart READ weekStart WRITE setWeekStart NOTIFY weekStartChanged)
    /// Rows fetched per page.
    Q_PROPERTY(int pageSize READ pageSize WRITE setPageSize NOTIFY pageSizeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /// [{id, text}] of the journal's phases for the phase filter, "All phases" (id 0) first.
    Q_PROPERTY(QVariantList phaseChoices READ phaseChoices NOTIFY phaseChoicesChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)

public:
    /// Roles; those that do not apply to a row's kind are empty / -1.
    enum Role {
        KindRole = Qt::UserRole + 1, ///< "session", "note", "checkin", "questionnaire"
        RecordIdRole, ///< qint64 id inside its kind
        AtRole, ///< QDateTime of the entry
        WhenTextRole, ///< localized day and time
        SectionRole, ///< week heading, see class comment
        TitleRole, ///< session: route and dose; note: title; questionnaire: "PHQ-9"
        ExcerptRole, ///< note body / check-in note / session intention, one line
        MoodRole, ///< check-in mood 0-10, -1 when n/a
        MoodBeforeRole, ///< session mood before 0-10, -1 when not recorded
        MoodAfterRole, ///< session mood after 0-10, -1 when not recorded
        ChipsRole, ///< session: translated side effects; note: tags
        LinkedTextRole, ///< note: "After the session of ..." or empty
        LinkedSessionIdRole, ///< note: linked session id, 0 when free-standing
        TotalRole, ///< questionnaire total, -1 when n/a
        BandRole, ///< questionnaire band, translated
        BandKeyRole, ///< questionnaire band key ("minimal" ... "severe")
        Item9Role, ///< PHQ-9 item 9 answered above 0
        AccessibleTextRole, ///< one sentence describing the card for screen readers
        TimeTextRole, ///< localized time of day only
        /// Check-ins are one compact line each, and a run of check-ins of one day sits under one
        /// day line: the localized day on the first check-in of such a run, else empty.
        DayLineRole,
        FiguresRole, ///< check-in: "Anxiety 3 · Energy 5 · Sleep 6" (those recorded), else empty
    };
    Q_ENUM(Role)

    explicit TimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QStringList kinds() const { return m_kinds; }
    void setKinds(const QStringList& kinds);
    qint64 phaseId() const { return m_phaseId; }
    void setPhaseId(qint64 id);
    int weekStart() const { return m_weekStart; }
    void setWeekStart(int day);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size);
    int count() const { return static_cast<int>(m_rows.size()); }
    QVariantList phaseChoices() const { return m_phaseChoices; }
    QString errorMessage() const { return m_errorMessage; }

    /// Drops every row and reads the first page again (keeps as many rows as were loaded).
    Q_INVOKABLE void reload();
    /// Drops every row (the journal is locking).
    Q_INVOKABLE void clear();

    /// The week heading for `day` (see class comment); `phases` as PhaseRepository::list().
    static QString sectionFor(QDate day, const QList<Phase>& phases, int weekStart);

Q_SIGNALS:
    void kindsChanged();
    void phaseIdChanged();
    void weekStartChanged();
    void pageSizeChanged();
    void countChanged();
    void phaseChoicesChanged();
    void errorMessageChanged();

private:
    struct Row
    {
        TimelineEntry entry;
        QString section;
    };

    void resetAndReload();
    TimelineQuery baseQuery() const;
    QList<Row> fetchPage(int limit, const QDateTime& before);
    QString linkedSessionText(RecordId sessionId) const;
    /// DayLineRole for the row at `index` (see Role).
    QString dayLine(int index) const;
    void loadPhases();
    void setError(const QString& message);

    QList<Row> m_rows;
    QList<Phase> m_phases;
    QVariantList m_phaseChoices;
    QStringList m_kinds;
    qint64 m_phaseId = 0;
    int m_weekStart = 1;
    int m_pageSize = 100;
    bool m_atEnd = true;
    bool m_fetching = false;
    QString m_errorMessage;
    mutable QHash<RecordId, QDateTime> m_sessionTimes;
};

} // namespace kap
