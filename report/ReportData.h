// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "statistics/TreatmentCourse.h"
#include "statistics/TrendsData.h"
#include "storage/Entities.h"

#include <QDate>
#include <QList>
#include <QLocale>
#include <QMap>
#include <QPageSize>
#include <QString>

#include <optional>

namespace kap {

/// What the person chose to put into a therapist report. Nothing else goes in: no notes unless
/// picked one by one (none by default), and only the sections switched on.
struct ReportOptions
{
    enum Section {
        Summary = 0x1,
        MoodChart = 0x2,
        SessionsTable = 0x4,
        Questionnaires = 0x8,
        Notes = 0x10,
        AllSections = 0x1f,
    };

    DayRange range; ///< both ends set (ReportRange::resolve)
    QString displayName; ///< name or initials as the person wants them printed; may be empty
    int sections = AllSections;
    QList<RecordId> noteIds; ///< integration notes chosen for the report, none by default
    QLocale locale; ///< dates and numbers (system locale by default)
    QPageSize pageSize = pageSizeFor(QLocale::system());

    bool has(Section section) const { return (sections & section) != 0; }
    /// Letter where the locale uses it (US measurement system, or a territory that uses Letter
    /// paper: the Americas mostly and the Philippines), A4 elsewhere.
    static QPageSize pageSizeFor(const QLocale& locale);
};

/// The records a report shows, collected from the journal for the chosen range (see
/// ReportCollector); a plain value so the layout can be built and tested without a database.
struct ReportData
{
    QString displayName;
    DayRange range;
    QDate generatedOn;
    QList<Phase> phases; ///< phases that overlap the range
    QList<Session> sessions; ///< sessions in the range, oldest first
    QList<DailyMood> mood; ///< daily mood in the range
    QList<QuestionnaireResponse> questionnaires; ///< responses in the range, oldest first
    /// Flagged item-9 answers lowered, trashed or restored, when the change or the answer lies in
    /// the range; the fixed safety block lists them.
    QList<Item9Change> item9Changes;
    /// Baseline (may lie before the range), response and remission per kind; see ReportCollector.
    QList<course::Course> courses; ///< every course of the journal (TreatmentCourse)
    course::Outcome phq9Outcome = course::Outcome::empty(QuestionnaireKind::Phq9);
    course::Outcome gad7Outcome = course::Outcome::empty(QuestionnaireKind::Gad7);
    /// What each session in the range did to daily mood (SessionEffectAnalysis, with the mood and
    /// sessions just before the range as context).
    QList<trends::SessionEffect> sessionEffects;
    QList<IntegrationNote> notes; ///< only the chosen ones, oldest first
    QMap<RecordId, QDateTime> linkedSessionTimes; ///< session id -> time, for the chosen notes

    const course::Outcome& outcome(QuestionnaireKind kind) const
    {
        return kind == QuestionnaireKind::Phq9 ? phq9Outcome : gad7Outcome;
    }
    /// The baseline response of `kind`, if any.
    std::optional<QuestionnaireResponse> baseline(QuestionnaireKind kind) const
    {
        const auto& b = outcome(kind).baseline;
        return b ? std::optional<QuestionnaireResponse>(b->response) : std::nullopt;
    }
};

} // namespace kap
