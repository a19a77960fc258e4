// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// The known contents of the checked-in format fixtures (data/format/*.kapj), one written by the
// build on Debian 12 (SQLCipher 3.4.1) and one on Debian 13 (SQLCipher 4.6.1), both by
// make_format_fixture. FROZEN: the files were written from exactly this code, so changing a
// value here breaks the fixtures. A later schema may add columns; the migration must keep these.

#include "storage/CheckinRepository.h"
#include "storage/Clock.h"
#include "storage/Journal.h"
#include "storage/Kdf.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/Preferences.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TrashRepository.h"

#include <QStringList>
#include <QTimeZone>

#include <memory>

namespace formatfixture {

inline constexpr auto Passphrase = "fixture: copper kettle under the pines";

/// The clock the fixtures were written with; records carry its time as created/updated.
inline std::shared_ptr<kap::FixedClock> clock()
{
    return std::make_shared<kap::FixedClock>(QDateTime(QDate(2026, 12, 1), QTime(12, 0), QTimeZone::utc()));
}

inline QDateTime at(int month, int day, int hour, int offsetMinutes)
{
    return QDateTime(QDate(2026, month, day), QTime(hour, 0), QTimeZone(offsetMinutes * 60));
}

inline QList<kap::Phase> phases()
{
    kap::Phase induction;
    induction.kind = kap::PhaseKind::Induction;
    induction.label = QStringLiteral("First course");
    induction.start = QDate(2026, 3, 2);
    induction.end = QDate(2026, 3, 20);
    induction.notes = QStringLiteral("six infusions");
    kap::Phase maintenance;
    maintenance.kind = kap::PhaseKind::Maintenance;
    maintenance.start = QDate(2026, 3, 21);
    return { induction, maintenance };
}

inline QList<kap::Session> sessions()
{
    kap::Session full;
    full.occurredAt = at(3, 2, 10, 60);
    full.modality = QStringLiteral("kap");
    full.route = QStringLiteral("sublingual");
    full.doseMg = 150;
    full.doseMgPerKg = 1.9;
    full.provider = QStringLiteral("Harbour Clinic");
    full.setting = QStringLiteral("clinic");
    full.present = QStringLiteral("therapist");
    full.intention = QStringLiteral("to meet the grief with kindness");
    full.moodBefore = 3;
    full.moodAfter = 7;
    // Written as before/after columns (schema 1); schema 3's migration turns them into these readings.
    full.vitals = { kap::VitalReading { kap::VitalMoment::Before, std::nullopt, 121, 79, 66, std::nullopt },
        kap::VitalReading { kap::VitalMoment::After, std::nullopt, 134, 86, 74, std::nullopt } };
    full.dissociation = 6;
    full.sideEffects = { QStringLiteral("nausea"), QStringLiteral("urinary"), QStringLiteral("a metallic taste") };
    full.experience = QStringLiteral("Warm, then vast. The lighthouse again.");
    full.costCents = 45000;
    full.currency = QStringLiteral("USD");
    kap::Session iv;
    iv.occurredAt = at(3, 5, 8, -300);
    iv.modality = QStringLiteral("iv_infusion");
    iv.route = QStringLiteral("other");
    iv.routeOther = QStringLiteral("port");
    iv.doseMgPerKg = 0.5;
    return { full, iv };
}

inline QList<kap::MoodCheckin> checkins()
{
    QList<kap::MoodCheckin> list;
    for (int i = 0; i < 6; ++i) {
        kap::MoodCheckin c;
        c.at = at(3, 1 + i, 8 + i, i % 2 ? 60 : -420);
        c.mood = 2 + i;
        if (i % 2 == 0) {
            c.anxiety = 7 - i;
            c.energy = 4;
            c.sleep = 6;
        }
        c.note = i == 3 ? QStringLiteral("Rainy, low energy. Grüße ✓") : QString();
        c.tags = i == 4 ? QStringList { QStringLiteral("walk") } : QStringList {};
        c.importKey = i == 5 ? QStringLiteral("daylio:fixture") : QString();
        list << c;
    }
    return list;
}

inline QList<kap::QuestionnaireResponse> questionnaires()
{
    kap::QuestionnaireResponse phq;
    phq.kind = kap::QuestionnaireKind::Phq9;
    phq.at = at(2, 24, 9, 60);
    phq.answers = { 2, 2, 3, 2, 2, 2, 2, 2, 1 }; // item 9 above 0: a flagged score
    kap::QuestionnaireResponse gad;
    gad.kind = kap::QuestionnaireKind::Gad7;
    gad.at = phq.at;
    gad.answers = { 2, 2, 2, 1, 1, 1, 0 };
    return { phq, gad };
}

/// Fills a new journal (opened with clock()). Returns what failed, empty on success.
inline QStringList write(kap::Journal& journal)
{
    QStringList failed;
    auto check = [&](bool ok, const QString& what) {
        if (!ok) {
            failed << what;
        }
    };
    QList<kap::Phase> ps = phases();
    for (kap::Phase& p : ps) {
        check(journal.phases().add(p).ok(), QStringLiteral("phase"));
    }
    QList<kap::Session> ss = sessions();
    for (kap::Session& s : ss) {
        check(journal.sessions().add(s).ok(), QStringLiteral("session"));
    }
    kap::IntegrationNote linked;
    linked.sessionId = ss.value(0).id;
    linked.writtenAt = at(3, 3, 21, 60);
    linked.title = QStringLiteral("What stood out");
    linked.body = QStringLiteral("The lighthouse again.\nSecond line, with \"quotes\" and ünïcödé.");
    linked.tags = { QStringLiteral("family"), QStringLiteral("grief") };
    check(journal.notes().add(linked).ok(), QStringLiteral("note"));
    linked.body += QStringLiteral("\nAdded the next morning.");
    check(journal.notes().update(linked).ok(), QStringLiteral("note update"));
    kap::IntegrationNote trashed;
    trashed.writtenAt = at(3, 4, 7, 60);
    trashed.body = QStringLiteral("a thought I put away");
    check(journal.notes().add(trashed).ok() && journal.notes().moveToTrash(trashed.id).ok(), QStringLiteral("trash"));
    QList<kap::MoodCheckin> cs = checkins();
    for (kap::MoodCheckin& c : cs) {
        check(journal.checkins().add(c).ok(), QStringLiteral("checkin"));
    }
    QList<kap::QuestionnaireResponse> qs = questionnaires();
    for (kap::QuestionnaireResponse& q : qs) {
        check(journal.questionnaires().add(q).ok(), QStringLiteral("questionnaire"));
    }
    check(journal.preferences().setValue(QStringLiteral("fixture.key"), QStringLiteral("fixture value ✓")).ok(),
        QStringLiteral("preference"));
    return failed;
}

} // namespace formatfixture
