// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/DemoJournal.h"

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/OffsetTime.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"

#include <QCoreApplication>
#include <QTime>

#include <algorithm>
#include <array>
#include <cmath>
#include <random>
#include <vector>

namespace kap {

namespace {

struct NoteText
{
    const char* title;
    const char* body;
    const char* tags;
};

// Written to read like real integration notes: first person, concrete, unfinished thoughts.
// All of it is invented.
const std::array<NoteText, 12> Notes = { {
    { "The room got very big",
        "About twenty minutes in, the room stopped having corners. I expected to be scared and "
        "mostly I was curious. I kept seeing my grandmother's kitchen, the yellow tiles, and I felt "
        "held rather than sad. Dana asked what I wanted to take from it and I said: I am allowed "
        "to take up space. Writing it down the next morning it sounds like a poster, but it did "
        "not feel like one.",
        "insight, family" },
    { "Tired, but lighter",
        "Slept ten hours. Woke up without the usual weight on my chest for the first time in "
        "months. I don't want to make too much of one morning. Walked to the bakery instead of "
        "driving. Noticed the smell of rain. Small things, but I noticed them.",
        "sleep, body" },
    { "What I want to carry forward",
        "Three things from this week. One: I can say no to extra shifts without explaining myself "
        "for ten minutes. Two: when the old loop starts (you are failing, everybody sees it) I "
        "can notice it as a loop. Three: call my brother back. I did the third one today. We "
        "talked for an hour.",
        "carry forward, relationships" },
    { "Nausea and a strange calm",
        "The lozenge tasted awful and I felt sick for the first half hour. After that, a calm "
        "I do not have words for. No big visions this time. Mostly I was lying there listening "
        "to the music and thinking that my body has been bracing for something for years. My "
        "shoulders came down.",
        "body, session" },
    { "Argument with M.",
        "We argued about the dishes, which was never about the dishes. Usually I would go silent "
        "for two days. This time I said I felt unseen, and then I said sorry for my part. It did "
        "not go perfectly. But it went differently, and I want to remember that differently is "
        "possible.",
        "relationships" },
    { "Back at work",
        "First full week back. The fog is thinner. I still dread Monday mornings but the dread "
        "has edges now, it is not the whole day. Took a proper lunch break twice. Told my manager "
        "I need Thursdays after sessions off and she just said fine.",
        "work, habits" },
    { "A harder one",
        "This session was not pleasant. Old memories of the hospital stay came up and I cried "
        "most of the time. Dana stayed with me and did not try to fix it. Two days later I feel "
        "raw but not broken. I think something got moved that had been stuck.",
        "grief, session" },
    { "Noticing the dip",
        "It has been almost four weeks since the last session and I can feel the old grey coming "
        "back at the edges. Mornings are slower. Writing this so I can show Dana: the dip starts "
        "around day 20, not day 30.",
        "mood, spacing" },
    { "Sleep is better",
        "Tracking sleep for two weeks: mostly seven hours, woke up once or twice. Before the "
        "treatment it was five hours and lying awake from 4 am. I cut coffee after noon, which "
        "probably helps as much as anything.",
        "sleep, habits" },
    { "Gratitude list",
        "My sister's voice message. The dog asleep on my feet. Finishing a book for the first time "
        "this year. The nurse who remembered my name. Being able to write a list like this at all.",
        "gratitude" },
    { "Intention for next time",
        "Next session I want to look at why I feel I have to earn rest. It keeps coming up, at "
        "work, at home, even on holiday. I want to go in with that question and see what happens, "
        "without forcing an answer.",
        "intention" },
    { "Ordinary day",
        "Nothing special happened today and it was fine. Groceries, laundry, a short run. I think "
        "this is what people mean by normal. I had forgotten it.",
        "mood" },
} };

const std::array<const char*, 8> Intentions = {
    "To be kinder to myself about the past year.",
    "To understand where the heaviness in my chest comes from.",
    "To stay curious, even if it gets uncomfortable.",
    "To let go of needing to control the experience.",
    "To look at why I feel I have to earn rest.",
    "To reconnect with the part of me that used to enjoy things.",
    "To feel safe in my body.",
    "To see my relationship with my father more clearly.",
};

const std::array<const char*, 6> Experiences = {
    "Floating, warm, a lot of colours at first. Later a clear sense that I have been carrying "
    "things that are not mine to carry.",
    "Very dissociated for the first half hour, then calm. Music felt like it was inside me.",
    "Memories of childhood summers, mostly gentle. Some sadness near the end.",
    "Hard to describe. Like looking at my life from a hill. Less emotional than last time.",
    "Anxious at the start, then it settled. Felt connected to people I love.",
    "Mostly quiet. Tired afterwards. Felt a small, steady hope on the drive home.",
};

const std::array<const char*, 8> CheckinNotes = {
    "Slept badly.",
    "Walk by the river.",
    "Long day at work.",
    "Saw friends, felt good.",
    "Headache in the afternoon.",
    "Quiet day at home.",
    "Therapy homework done.",
    "Rainy, low energy.",
};

QStringList splitTags(const char* tags)
{
    QStringList result;
    for (const QString& tag : QString::fromUtf8(tags).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        result.append(tag.trimmed());
    }
    return result;
}

/// The planned course: session days (offsets from the first day) and phases.
struct PlannedPhase
{
    PhaseKind kind;
    int firstDay;
    int lastDay; ///< -1: open-ended
    QString label;
};

struct Plan
{
    std::vector<int> sessionDays;
    std::vector<bool> inductionSession;
    std::vector<PlannedPhase> phases;
};

Plan planCourse(int days, std::mt19937& rng)
{
    Plan plan;
    // Induction: 3 sessions in week 1, 2 in week 2, 1 in week 3 (DOMAIN.md).
    const std::array<int, 6> induction = { 0, 2, 4, 7, 10, 17 };
    int courseStart = 7; // a week of baseline check-ins first
    int course = 1;
    while (courseStart < days) {
        const QString courseName = course == 1 ? QCoreApplication::translate("DemoJournal", "First course")
                                               : QCoreApplication::translate("DemoJournal", "Course %1").arg(course);
        plan.phases.push_back({ PhaseKind::Induction, courseStart, courseStart + 20, courseName });
        for (int offset : induction) {
            if (courseStart + offset < days) {
                plan.sessionDays.push_back(courseStart + offset);
                plan.inductionSession.push_back(true);
            }
        }
        const int maintenanceStart = courseStart + 21;
        if (maintenanceStart >= days) {
            break;
        }
        // Maintenance about monthly; after two to three years the effect fades and a second
        // induction follows (a relapse), as in real courses.
        const int courseLength = days > 900 ? 780 + int(rng() % 240) : days;
        int day = courseStart + induction.back();
        const int courseEnd = std::min(days, maintenanceStart + courseLength);
        while (true) {
            day += 26 + int(rng() % 10);
            if (day >= courseEnd || day >= days) {
                break;
            }
            plan.sessionDays.push_back(day);
            plan.inductionSession.push_back(false);
        }
        const bool last = courseEnd >= days;
        plan.phases.push_back({ PhaseKind::Maintenance, maintenanceStart, last ? -1 : courseEnd - 1, courseName });
        courseStart = courseEnd + 30; // a month without sessions before the relapse is noticed
        ++course;
    }
    return plan;
}

} // namespace

QString DemoJournal::passphrase()
{
    return QStringLiteral("sample");
}

Result<DemoJournal::Counts> DemoJournal::populate(Journal& journal, const Options& options)
{
    if (!options.lastDay.isValid() || options.days < 1) {
        return Error { ErrorCode::InvalidArgument, QStringLiteral("demo: no days") };
    }
    std::mt19937 rng(options.seed);
    std::normal_distribution<double> noise(0.0, 0.8);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const QDate first = options.lastDay.addDays(-(options.days - 1));
    const int offset = options.utcOffsetSeconds;
    auto at = [&](int day, int minutesOfDay) {
        return offsettime::at(first.addDays(day), QTime(0, 0).addSecs(qint64(minutesOfDay) * 60), offset);
    };
    Counts counts;
    const Plan plan = planCourse(options.days, rng);

    // Phases.
    for (const PlannedPhase& planned : plan.phases) {
        Phase phase;
        phase.kind = planned.kind;
        phase.label = planned.label;
        phase.start = first.addDays(planned.firstDay);
        if (planned.lastDay >= 0) {
            phase.end = first.addDays(std::min(planned.lastDay, options.days - 1));
        }
        if (auto added = journal.phases().add(phase); !added) {
            return added.error();
        }
        ++counts.phases;
    }

    // The underlying mood: low at baseline, rising over the induction, a lift after each session
    // that fades, and a slow slide between maintenance sessions that the next session repairs.
    std::vector<double> mood(std::size_t(options.days), 0.0);
    {
        std::size_t next = 0;
        int lastSession = -1000;
        double base = 3.2;
        for (int day = 0; day < options.days; ++day) {
            bool sessionToday = false;
            while (next < plan.sessionDays.size() && plan.sessionDays[next] == day) {
                sessionToday = true;
                ++next;
            }
            if (sessionToday) {
                base = std::min(6.6, base + 0.45);
                lastSession = day;
            }
            const int since = day - lastSession;
            // Between sessions the baseline slides back a little each day after the first week.
            if (since > 7) {
                base = std::max(3.0, base - 0.03);
            }
            const double lift = since >= 0 && since < 30 ? 1.6 * std::exp(-since / 5.0) : 0.0;
            mood[std::size_t(day)] = base + lift;
        }
    }
    auto moodOn = [&](int day) { return mood[std::size_t(std::clamp(day, 0, options.days - 1))]; };
    auto scale = [](double value) { return std::clamp(int(std::lround(value)), 0, 10); };

    // Sessions and the integration notes that follow them.
    std::size_t noteIndex = 0;
    for (std::size_t i = 0; i < plan.sessionDays.size(); ++i) {
        const int day = plan.sessionDays[i];
        Session session;
        session.occurredAt = at(day, 10 * 60 + int(rng() % 4) * 30);
        session.modality = modalitykeys::Kap;
        session.route = routekeys::Sublingual;
        session.doseMg = i == 0 ? 150.0 : 200.0;
        // Journal content, not UI text: like the notes and intentions above, it stands for what a
        // user typed and is stored and shown as typed, so it stays untranslated (i18n-ignore).
        session.provider = QStringLiteral("Riverside Integrative Psychiatry (sample)");
        session.setting = settingkeys::Clinic;
        session.present = presentkeys::Therapist;
        session.intention = QString::fromUtf8(Intentions[i % Intentions.size()]);
        session.moodBefore = scale(moodOn(day - 1) + noise(rng) * 0.5);
        session.moodAfter = std::min(10, *session.moodBefore + 2 + int(rng() % 2));
        // Timed readings as an esketamine clinic takes them: before, at about 40 minutes, at discharge.
        VitalReading before { VitalMoment::Before, std::nullopt, 118 + int(rng() % 10), 76 + int(rng() % 8),
            68 + int(rng() % 12), 98 };
        VitalReading peak { VitalMoment::During, vitals::DuringMinutes, *before.systolic + 10 + int(rng() % 12),
            *before.diastolic + 5 + int(rng() % 7), *before.heartRate + int(rng() % 10), 97 };
        VitalReading discharge { VitalMoment::Discharge, vitals::DischargeMinutes, *before.systolic + 4,
            *before.diastolic + 2, *before.heartRate + 2, 98 };
        session.vitals = { before, peak, discharge };
        session.dissociation = 4 + int(rng() % 4);
        for (QLatin1String effect :
            { sideeffectkeys::Nausea, sideeffectkeys::Dizziness, sideeffectkeys::Headache, sideeffectkeys::Sedation }) {
            if (unit(rng) < 0.3) {
                session.sideEffects.append(effect);
            }
        }
        session.experience = QString::fromUtf8(Experiences[i % Experiences.size()]);
        session.costCents = 45000;
        session.currency = QStringLiteral("USD");
        auto added = journal.sessions().add(session);
        if (!added) {
            return added.error();
        }
        ++counts.sessions;

        const int notesForSession = plan.inductionSession[i] ? 1 + int(rng() % 2) : int(rng() % 2);
        for (int n = 0; n < notesForSession; ++n) {
            const int noteDay = day + 1 + n * 2;
            if (noteDay >= options.days) {
                break;
            }
            const NoteText& text = Notes[noteIndex++ % Notes.size()];
            IntegrationNote note;
            note.sessionId = added.value();
            note.writtenAt = at(noteDay, 21 * 60 + int(rng() % 60));
            note.title = QString::fromUtf8(text.title);
            note.body = QString::fromUtf8(text.body);
            note.tags = splitTags(text.tags);
            if (auto noteAdded = journal.notes().add(note); !noteAdded) {
                return noteAdded.error();
            }
            ++counts.notes;
        }
    }

    // Daily check-ins: most evenings, some mornings too, a few days missed.
    for (int day = 0; day < options.days; ++day) {
        const double roll = unit(rng);
        const int perDay = roll < 0.08 ? 0 : (roll < 0.8 ? 1 : 2);
        for (int c = 0; c < perDay; ++c) {
            MoodCheckin checkin;
            const bool evening = c == 0;
            checkin.at = at(day, evening ? 20 * 60 + int(rng() % 90) : 8 * 60 + int(rng() % 60));
            const double value = moodOn(day) + noise(rng);
            checkin.mood = scale(value);
            if (unit(rng) < 0.75) {
                checkin.anxiety = scale(9.0 - value + noise(rng));
                checkin.energy = scale(value - 0.5 + noise(rng));
                checkin.sleep = scale(value + noise(rng));
            }
            if (unit(rng) < 0.12) {
                checkin.note = QString::fromUtf8(CheckinNotes[rng() % CheckinNotes.size()]);
            }
            if (auto added = journal.checkins().add(checkin); !added) {
                return added.error();
            }
            ++counts.checkins;
        }
    }

    // PHQ-9 and GAD-7 every two weeks, from the first day. Answers spread the target total over
    // the items; the first PHQ-9 has item 9 at 1, as is common at the start of treatment.
    bool firstPhq = true;
    for (int day = 0; day < options.days; day += 14) {
        double avg = 0;
        for (int d = std::max(0, day - 13); d <= day; ++d) {
            avg += moodOn(d);
        }
        avg /= double(day - std::max(0, day - 13) + 1);
        for (QuestionnaireKind kind : { QuestionnaireKind::Phq9, QuestionnaireKind::Gad7 }) {
            const int items = kind == QuestionnaireKind::Phq9 ? 9 : 7;
            const double perPoint = kind == QuestionnaireKind::Phq9 ? 3.0 : 2.2;
            int target = std::clamp(int(std::lround((9.0 - avg) * perPoint + noise(rng))), 0, items * 3);
            QuestionnaireResponse response;
            response.kind = kind;
            response.at = at(day, 19 * 60 + 30);
            QList<int> answers(items, 0);
            const bool item9 = kind == QuestionnaireKind::Phq9 && firstPhq;
            if (item9) {
                answers[8] = 1;
                target = std::max(0, target - 1);
            }
            // Items other than PHQ-9's item 9 share the total, the most common ones first.
            const int shared = kind == QuestionnaireKind::Phq9 ? 8 : items;
            for (int point = 0; point < target; ++point) {
                for (int attempt = 0; attempt < shared; ++attempt) {
                    const int item = int(rng() % unsigned(shared));
                    if (answers[item] < 3) {
                        ++answers[item];
                        break;
                    }
                }
            }
            response.answers = answers;
            if (auto added = journal.questionnaires().add(response); !added) {
                return added.error();
            }
            ++counts.questionnaires;
        }
        firstPhq = false;
    }
    return counts;
}

} // namespace kap
