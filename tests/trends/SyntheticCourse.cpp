// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/trends/SyntheticCourse.h"

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/JournalTestAccess.h"
#include "storage/OffsetTime.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"

#include <QList>

#include <algorithm>
#include <cmath>
#include <random>

namespace kaptest {

using namespace kap;

SyntheticCourse SyntheticCourse::tenYears(QDate lastDay)
{
    SyntheticCourse course;
    course.lastDay = lastDay;
    course.days = 3650;
    course.checkinsPerDay = 2;
    course.skipProbability = 0;
    course.gapAtDay = -1;
    course.maintenanceEveryDays = 26;
    course.questionnaireEveryDays = 7;
    course.courseEveryDays = 1220;
    return course;
}

Result<SyntheticCourse::Counts> SyntheticCourse::populate(Journal& journal) const
{
    std::mt19937 random(seed);
    std::normal_distribution<double> noise(0.0, 0.8);
    std::uniform_real_distribution<double> uniform(0.0, 1.0);
    const QDate first = lastDay.addDays(-(days - 1));
    auto when = [this](QDate day, int hour, int minute) {
        return kap::offsettime::at(day, QTime(hour, minute), utcOffsetSeconds);
    };

    // Session days (offsets from `first`) and phases.
    QList<int> sessionDays;
    QList<Phase> phases;
    const int courseLength = courseEveryDays > 0 ? courseEveryDays : days;
    for (int courseStart = 0; courseStart < days; courseStart += courseLength) {
        const int induction = courseStart + 7;
        if (induction >= days) {
            break;
        }
        for (int offset : { 0, 2, 4, 7, 11, 18 }) {
            if (induction + offset < days) {
                sessionDays.append(induction + offset);
            }
        }
        const int courseEnd = std::min(days, courseStart + courseLength) - 1;
        Phase inductionPhase;
        inductionPhase.kind = PhaseKind::Induction;
        inductionPhase.label = courseStart == 0 ? QStringLiteral("Induction") : QStringLiteral("Second induction");
        inductionPhase.start = first.addDays(induction);
        inductionPhase.end = first.addDays(std::min(induction + 20, courseEnd));
        phases.append(inductionPhase);
        if (induction + 21 <= courseEnd) {
            Phase maintenance;
            maintenance.kind = PhaseKind::Maintenance;
            maintenance.label = QStringLiteral("Maintenance");
            maintenance.start = first.addDays(induction + 21);
            if (courseEnd < days - 1) {
                maintenance.end = first.addDays(courseEnd);
            }
            phases.append(maintenance);
            for (int day = induction + 18 + maintenanceEveryDays; day <= courseEnd; day += maintenanceEveryDays) {
                sessionDays.append(day);
            }
        }
    }

    // The mood model: a slow improvement in each course plus a lift after every session that fades.
    auto mood = [&](int day) {
        int courseStart = courseEveryDays > 0 ? (day / courseLength) * courseLength : 0;
        const double progress = std::min(1.0, (day - courseStart) / 90.0);
        double value = 3.2 + 2.0 * progress;
        for (int session : sessionDays) {
            if (session < day && day - session <= 30) {
                value += 2.6 * std::exp(-(day - session - 1) / 4.5);
            }
        }
        return value;
    };

    Transaction tx(JournalTestAccess::database(journal));
    if (!tx.begun()) {
        return tx.begun().error();
    }
    Counts counts;
    for (Phase& phase : phases) {
        auto added = journal.phases().add(phase);
        if (!added) {
            return added.error();
        }
        ++counts.phases;
    }

    const QList<double> doses { 200, 250, 300 };
    for (int i = 0; i < sessionDays.size(); ++i) {
        const int day = sessionDays.at(i);
        Session session;
        session.occurredAt = when(first.addDays(day), 10, 0);
        session.modality = QStringLiteral("kap");
        session.route = QStringLiteral("sublingual");
        session.doseMg = doses.at(std::min<qsizetype>(i, doses.size() - 1));
        session.provider = QStringLiteral("Synthetic Clinic");
        session.setting = QStringLiteral("clinic");
        session.present = QStringLiteral("therapist");
        const int before = std::clamp(static_cast<int>(std::lround(mood(day))), 0, 10);
        session.moodBefore = before;
        session.moodAfter = std::min(10, before + 2);
        session.dissociation = 5;
        auto added = journal.sessions().add(session);
        if (!added) {
            return added.error();
        }
        ++counts.sessions;
    }

    for (int day = 0; day < days; ++day) {
        const bool inGap = gapAtDay >= 0 && day >= gapAtDay && day < gapAtDay + 4;
        if (inGap || (skipProbability > 0 && uniform(random) < skipProbability)) {
            continue;
        }
        const int perDay = checkinsPerDay >= 2 ? checkinsPerDay : (uniform(random) < 0.3 ? 2 : 1);
        for (int n = 0; n < perDay; ++n) {
            MoodCheckin checkin;
            checkin.at = when(first.addDays(day), n == 0 ? 20 : 9, 15);
            checkin.mood = std::clamp(static_cast<int>(std::lround(mood(day) + noise(random))), 0, 10);
            if (uniform(random) < 0.6) {
                checkin.anxiety = std::clamp(static_cast<int>(std::lround(9.0 - mood(day) + noise(random))), 0, 10);
            }
            if (uniform(random) < 0.5) {
                checkin.energy = std::clamp(static_cast<int>(std::lround(mood(day) - 0.5 + noise(random))), 0, 10);
            }
            if (uniform(random) < 0.5) {
                checkin.sleep = std::clamp(static_cast<int>(std::lround(mood(day) + 0.5 + noise(random))), 0, 10);
            }
            auto added = journal.checkins().add(checkin);
            if (!added) {
                return added.error();
            }
            ++counts.checkins;
        }
    }

    int questionnaireNumber = 0;
    for (int day = 2; day < days; day += questionnaireEveryDays, ++questionnaireNumber) {
        // Totals follow the mood of the last week: low mood, high scores.
        double recent = 0;
        for (int d = std::max(0, day - 6); d <= day; ++d) {
            recent += mood(d);
        }
        recent /= (day - std::max(0, day - 6) + 1);
        for (QuestionnaireKind kind : { QuestionnaireKind::Phq9, QuestionnaireKind::Gad7 }) {
            const int items = kind == QuestionnaireKind::Phq9 ? 9 : 7;
            const double perItem = std::clamp((8.0 - recent) / 2.6 + noise(random) * 0.15, 0.0, 3.0);
            QuestionnaireResponse response;
            response.kind = kind;
            response.at = when(first.addDays(day), 18, 30);
            int remainder = static_cast<int>(std::lround(perItem * items));
            for (int i = 0; i < items; ++i) {
                const int answer
                    = std::clamp(remainder / (items - i) + (i % 3 == 0 && remainder % (items - i) ? 1 : 0), 0, 3);
                response.answers.append(answer);
                remainder -= answer;
            }
            if (kind == QuestionnaireKind::Phq9) {
                // Item 9: above 0 only in the worst weeks before the first sessions.
                response.answers[8] = questionnaireNumber < 2 && perItem > 1.3 ? 1 : 0;
            }
            auto added = journal.questionnaires().add(response);
            if (!added) {
                return added.error();
            }
            ++counts.questionnaires;
        }
    }

    if (auto committed = tx.commit(); !committed) {
        return committed.error();
    }
    return counts;
}

} // namespace kaptest
