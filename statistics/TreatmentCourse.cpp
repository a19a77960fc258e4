// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statistics/TreatmentCourse.h"

#include <algorithm>

namespace kap::course {

namespace {

// A response's local day: its QDateTime carries the offset it was entered with.
QDate dayOf(const QDateTime& at)
{
    return at.date();
}

bool inCourse(const Course& course, QDate day)
{
    return day >= course.opens && (!course.last.isValid() || day <= course.last);
}

QList<QuestionnaireResponse> scored(QuestionnaireKind kind, const QList<QuestionnaireResponse>& responses)
{
    QList<QuestionnaireResponse> kept;
    for (const QuestionnaireResponse& response : responses) {
        if (response.kind == kind && !response.meta.deletedAt && questionnaire::total(kind, response.answers)) {
            kept.append(response);
        }
    }
    std::stable_sort(kept.begin(), kept.end(),
        [](const QuestionnaireResponse& a, const QuestionnaireResponse& b) { return a.at < b.at; });
    return kept;
}

} // namespace

QList<Course> courses(const QList<Phase>& phases, const QList<Session>& sessions)
{
    QList<QDate> inductions;
    for (const Phase& phase : phases) {
        if (phase.kind == PhaseKind::Induction && !phase.meta.deletedAt && phase.start.isValid()) {
            inductions.append(phase.start);
        }
    }
    std::sort(inductions.begin(), inductions.end());
    inductions.erase(std::unique(inductions.begin(), inductions.end()), inductions.end());

    QList<QDateTime> times;
    for (const Session& session : sessions) {
        if (!session.meta.deletedAt && session.occurredAt.isValid()) {
            times.append(session.occurredAt);
        }
    }
    std::sort(times.begin(), times.end());

    auto firstSessionBetween = [&](QDate from, QDate before) -> std::optional<QDateTime> {
        for (const QDateTime& at : times) {
            const QDate day = dayOf(at);
            if ((!from.isValid() || day >= from) && (!before.isValid() || day < before)) {
                return at;
            }
        }
        return std::nullopt;
    };

    QList<Course> list;
    // Sessions before any induction (or without phases at all) are a course of their own.
    if (!times.isEmpty() && (inductions.isEmpty() || dayOf(times.first()) < inductions.first())) {
        Course course;
        course.firstSession = times.first();
        list.append(course);
    }
    for (qsizetype i = 0; i < inductions.size(); ++i) {
        Course course;
        course.inductionStart = inductions[i];
        course.firstSession
            = firstSessionBetween(inductions[i], i + 1 < inductions.size() ? inductions[i + 1] : QDate());
        list.append(course);
    }
    for (qsizetype i = 0; i < list.size(); ++i) {
        Course& course = list[i];
        const QDate anchor = course.firstSession ? dayOf(*course.firstSession) : course.inductionStart;
        course.opens = anchor.addDays(-BaselineLeadDays);
        if (i > 0 && course.opens <= list[i - 1].opens) {
            course.opens = list[i - 1].opens.addDays(1);
        }
    }
    for (qsizetype i = 0; i + 1 < list.size(); ++i) {
        list[i].last = list[i + 1].opens.addDays(-1);
    }
    return list;
}

std::optional<Course> courseAt(const QList<Course>& courses, QDate day)
{
    std::optional<Course> found;
    for (const Course& course : courses) {
        if (course.opens <= day) {
            found = course;
        }
    }
    return found;
}

std::optional<Baseline> baselineOf(
    QuestionnaireKind kind, const Course& course, const QList<QuestionnaireResponse>& responses)
{
    const QList<QuestionnaireResponse> candidates = scored(kind, responses);
    auto make = [kind](const QuestionnaireResponse& response, bool after) {
        return Baseline { response, questionnaire::total(kind, response.answers).value_or(0), after };
    };
    std::optional<QuestionnaireResponse> before;
    for (const QuestionnaireResponse& response : candidates) {
        const bool pre = !course.firstSession || response.at < *course.firstSession;
        if (pre && inCourse(course, dayOf(response.at))) {
            before = response; // oldest first, so the latest one wins
        }
    }
    if (before) {
        return make(*before, false);
    }
    if (course.firstSession) {
        for (const QuestionnaireResponse& response : candidates) {
            if (response.at >= *course.firstSession && inCourse(course, dayOf(response.at))) {
                return make(response, true);
            }
        }
    }
    return std::nullopt;
}

Outcome outcomeOf(
    QuestionnaireKind kind, const QList<Course>& courses, const QList<QuestionnaireResponse>& responses, QDate day)
{
    Outcome outcome;
    outcome.kind = kind;
    const std::optional<Course> course = courseAt(courses, day);
    if (!course) {
        return outcome;
    }
    outcome.baseline = baselineOf(kind, *course, responses);
    if (!outcome.baseline) {
        return outcome;
    }
    const int base = outcome.baseline->total;
    outcome.counted = base >= questionnaire::CountedBaselineMinimum;

    bool previousResponse = false;
    bool previousRemission = false;
    for (const QuestionnaireResponse& response : scored(kind, responses)) {
        const QDate scoreDay = dayOf(response.at);
        if (response.at <= outcome.baseline->response.at || response.id == outcome.baseline->response.id
            || scoreDay > day || !inCourse(*course, scoreDay)) {
            continue;
        }
        const int total = questionnaire::total(kind, response.answers).value_or(0);
        const bool isResponse = questionnaire::isResponse(base, total);
        const bool isRemission = questionnaire::isRemission(kind, base, total);
        auto extend = [scoreDay](QList<Period>& periods, bool now, bool before) {
            if (now && before) {
                periods.last().last = scoreDay;
            } else if (now) {
                periods.append(Period { scoreDay, scoreDay });
            }
        };
        extend(outcome.responses, isResponse, previousResponse);
        extend(outcome.remissions, isRemission, previousRemission);
        previousResponse = isResponse;
        previousRemission = isRemission;
        outcome.latestTotal = total;
        outcome.latestDay = scoreDay;
    }
    outcome.inResponseNow = previousResponse;
    outcome.inRemissionNow = previousRemission;
    if (outcome.latestTotal) {
        outcome.change = *outcome.latestTotal - base;
        if (base > 0) {
            outcome.changePercent = *outcome.change * 100 / base;
        }
    }
    return outcome;
}

} // namespace kap::course
