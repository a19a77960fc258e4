// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"
#include "storage/Questionnaire.h"

#include <QDate>
#include <QDateTime>
#include <QList>

#include <optional>

namespace kap::course {

/// The one baseline rule (DOMAIN.md "Baselines, response and remission"), used by the
/// questionnaire dialog, Trends, the therapist report and `kapjournal-cli stats`:
///
/// - A course is an induction phase and what follows it until the next induction. Sessions
///   before the first induction (or in a journal without phases) form a course of their own.
/// - Its baseline is the latest score of the instrument in the BaselineLeadDays days before the
///   course's first session (taken before that session). With none, it is the first score after
///   the first session, marked `afterTreatmentBegan`. A course with no session yet takes the
///   latest score from BaselineLeadDays before its induction's first day.
/// - Scores belong to the latest course that has opened by their local day; a course opens
///   BaselineLeadDays before its first session.
/// - Response and remission compare each later score of the course with its baseline
///   (questionnaire::isResponse / isRemission: only from a baseline of 10 or more). Status is
///   current: the periods say when it held, and whether it holds at the latest score.

/// The instruments' recall period: a score this many days before the first session still
/// describes the time before treatment.
constexpr int BaselineLeadDays = 14;

struct Course
{
    QDate inductionStart; ///< invalid for the sessions before any induction
    std::optional<QDateTime> firstSession;
    QDate opens; ///< first local day whose scores belong to this course
    QDate last; ///< last local day of the course; invalid while it is the latest
};

/// Every course, oldest first, from the (not deleted) induction phases and sessions.
QList<Course> courses(const QList<Phase>& phases, const QList<Session>& sessions);
/// The course `day` belongs to: the latest that has opened by then.
std::optional<Course> courseAt(const QList<Course>& courses, QDate day);

struct Baseline
{
    QuestionnaireResponse response;
    int total = 0;
    bool afterTreatmentBegan = false; ///< no score before the first session; the first one after
};

/// The baseline of `kind` in `course`. `responses` may hold both kinds, in any order.
std::optional<Baseline> baselineOf(
    QuestionnaireKind kind, const Course& course, const QList<QuestionnaireResponse>& responses);

/// Days from the first to the last score of a run of scores in response (or in remission).
struct Period
{
    QDate first;
    QDate last;

    bool operator==(const Period&) const = default;
};

/// Where one instrument stands in one course, up to a day.
struct Outcome
{
    QuestionnaireKind kind = QuestionnaireKind::Phq9;
    std::optional<Baseline> baseline;
    std::optional<int> latestTotal; ///< the latest score after the baseline (none: only the baseline)
    QDate latestDay;
    /// The baseline is 10 or more, so response and remission are counted; below it only the
    /// change is shown.
    bool counted = false;
    QList<Period> responses; ///< runs of consecutive scores in response, oldest first
    QList<Period> remissions;
    bool inResponseNow = false; ///< the latest score is a response
    bool inRemissionNow = false;
    /// latest - baseline, and the change in whole percent of the baseline (none when it is 0).
    std::optional<int> change;
    std::optional<int> changePercent;

    /// Nothing known yet about `kind`.
    static Outcome empty(QuestionnaireKind kind)
    {
        Outcome outcome;
        outcome.kind = kind;
        return outcome;
    }
};

/// The outcome of `kind` in the course `day` belongs to, counting scores up to `day`.
Outcome outcomeOf(
    QuestionnaireKind kind, const QList<Course>& courses, const QList<QuestionnaireResponse>& responses, QDate day);

} // namespace kap::course
