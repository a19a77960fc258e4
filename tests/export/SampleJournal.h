// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Fills a test journal with one of everything, every field set (and some left empty), so export
// tests see all fields. Returns false (after QWARN) on any storage error.

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/Preferences.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"

#include <QTest>
#include <QTimeZone>

namespace exporttest {

inline QDateTime local(QDate day, QTime time, int offsetMinutes)
{
    return QDateTime(day, time, QTimeZone(offsetMinutes * 60));
}

inline kap::Session fullSession(QDate day, double dose)
{
    kap::Session s;
    s.occurredAt = local(day, QTime(10, 15), 60);
    s.modality = QStringLiteral("kap");
    s.route = QStringLiteral("sublingual");
    s.doseMg = dose;
    s.doseMgPerKg = 1.5;
    s.provider = QStringLiteral("Dr Example");
    s.setting = QStringLiteral("clinic");
    s.present = QStringLiteral("therapist");
    s.intention = QStringLiteral("to meet the grief");
    s.moodBefore = 3;
    s.moodAfter = 7;
    s.vitals = { kap::VitalReading { kap::VitalMoment::Before, std::nullopt, 121, 79, 66, 98 },
        kap::VitalReading { kap::VitalMoment::During, 40, 134, 86, 74, std::nullopt } };
    s.dissociationClinicScore = 12;
    s.dissociationClinicScale = QStringLiteral("CADSS");
    s.dissociation = 6;
    s.sideEffects = { QStringLiteral("nausea"), QStringLiteral("a strange taste") };
    s.experience = QStringLiteral("warm, then vast");
    s.costCents = 45000;
    s.currency = QStringLiteral("USD");
    return s;
}

/// Phases, sessions (one IV with route "other"), notes (linked and free-standing), check-ins
/// at several offsets, PHQ-9/GAD-7, a preference, and one trashed record of each kind.
inline bool populate(kap::Journal& journal)
{
    using namespace kap;
    auto ok = [](bool good, const char* what) {
        if (!good) {
            QWARN(what);
        }
        return good;
    };
    Phase induction;
    induction.kind = PhaseKind::Induction;
    induction.label = QStringLiteral("First course");
    induction.start = QDate(2026, 1, 5);
    induction.end = QDate(2026, 1, 25);
    induction.notes = QStringLiteral("six sessions");
    Phase maintenance;
    maintenance.kind = PhaseKind::Maintenance;
    maintenance.start = QDate(2026, 1, 26);
    Phase trashedPhase;
    trashedPhase.kind = PhaseKind::Other;
    trashedPhase.start = QDate(2025, 6, 1);
    if (!ok(journal.phases().add(induction).ok() && journal.phases().add(maintenance).ok()
                && journal.phases().add(trashedPhase).ok() && journal.phases().moveToTrash(trashedPhase.id).ok(),
            "phases")) {
        return false;
    }
    Session first = fullSession(QDate(2026, 1, 5), 111);
    Session second = fullSession(QDate(2026, 2, 20), 111);
    Session iv;
    iv.occurredAt = local(QDate(2026, 1, 9), QTime(8, 0), -300);
    iv.modality = QStringLiteral("iv_infusion");
    iv.route = QStringLiteral("other");
    iv.routeOther = QStringLiteral("port");
    iv.doseMgPerKg = 0.5;
    Session trashedSession = fullSession(QDate(2026, 1, 7), 123);
    for (Session* s : { &first, &second, &iv, &trashedSession }) {
        if (!ok(journal.sessions().add(*s).ok(), "session")) {
            return false;
        }
    }
    if (!ok(journal.sessions().moveToTrash(trashedSession.id).ok(), "trash session")) {
        return false;
    }
    IntegrationNote linked;
    linked.sessionId = first.id;
    linked.writtenAt = local(QDate(2026, 1, 6), QTime(21, 30), 60);
    linked.title = QStringLiteral("What stood out");
    linked.body = QStringLiteral("The lighthouse again.\nSecond line, with \"quotes\" and ünïcödé.");
    linked.tags = { QStringLiteral("family"), QStringLiteral("grief") };
    IntegrationNote loose;
    loose.writtenAt = local(QDate(2026, 2, 1), QTime(7, 0), 120);
    loose.body = QStringLiteral("free-standing");
    IntegrationNote trashedNote;
    trashedNote.sessionId = trashedSession.id;
    trashedNote.writtenAt = local(QDate(2026, 1, 8), QTime(9, 0), 60);
    trashedNote.title = QStringLiteral("gone");
    for (IntegrationNote* n : { &linked, &loose, &trashedNote }) {
        if (!ok(journal.notes().add(*n).ok(), "note")) {
            return false;
        }
    }
    if (!ok(journal.notes().moveToTrash(trashedNote.id).ok(), "trash note")) {
        return false;
    }
    for (int i = 0; i < 20; ++i) {
        MoodCheckin c;
        c.at = local(QDate(2026, 1, 1).addDays(i * 3), QTime(8 + i % 12, i), i % 2 ? 60 : -420);
        c.mood = i % 11;
        if (i % 3 == 0) {
            c.anxiety = 10 - i % 11;
            c.energy = 5;
            c.sleep = 7;
        }
        c.note = i % 4 == 0 ? QStringLiteral("note %1").arg(i) : QString();
        c.tags = i % 5 == 0 ? QStringList { QStringLiteral("walk") } : QStringList {};
        if (i == 7) {
            c.importKey = QStringLiteral("daylio:abc");
        }
        if (!ok(journal.checkins().add(c).ok(), "checkin")) {
            return false;
        }
        if (i == 19 && !ok(journal.checkins().moveToTrash(c.id).ok(), "trash checkin")) {
            return false;
        }
    }
    const QList<QList<int>> phq
        = { { 2, 2, 3, 2, 2, 2, 2, 2, 0 }, { 1, 1, 2, 1, 1, 1, 1, 1, 1 }, { 0, 0, 1, 0, 0, 0, 0, 0, 0 } };
    for (int i = 0; i < phq.size(); ++i) {
        QuestionnaireResponse p;
        p.kind = QuestionnaireKind::Phq9;
        p.at = local(QDate(2026, 1, 4).addDays(21 * i), QTime(9, 0), 60);
        p.answers = phq.at(i);
        QuestionnaireResponse g;
        g.kind = QuestionnaireKind::Gad7;
        g.at = p.at;
        g.answers = { 2 - i, 2 - i, 2 - i, 1, 1, 1, 0 };
        if (!ok(journal.questionnaires().add(p).ok() && journal.questionnaires().add(g).ok(), "questionnaire")) {
            return false;
        }
        if (i == 2 && !ok(journal.questionnaires().moveToTrash(g.id).ok(), "trash questionnaire")) {
            return false;
        }
    }
    return ok(
        journal.preferences().setValue(QStringLiteral("session.defaultProvider"), QStringLiteral("Dr Example")).ok(),
        "preference");
}

} // namespace exporttest
