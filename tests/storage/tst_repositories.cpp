// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Round trips of every record kind through the repositories, the CRUD contract (ids and meta,
// optimistic revisions, trash), list queries, the daily mood series, totals and preferences.

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/Preferences.h"
#include "storage/Questionnaire.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "storage/TimelineRepository.h"
#include "storage/TrashRepository.h"
#include "tests/support/TestSupport.h"

#include <QTest>
#include <QTimeZone>

using namespace kap;

namespace {

QDateTime at(int year, int month, int day, int hour, int minute, int offsetSeconds)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone(offsetSeconds));
}

Session fullSession()
{
    Session s;
    s.occurredAt = at(2026, 2, 14, 10, 15, 19800); // +05:30
    s.modality = QStringLiteral("iv_infusion");
    s.route = QStringLiteral("other");
    s.routeOther = QStringLiteral("Infusion über Port — “special”");
    s.doseMg = 52.5;
    s.doseMgPerKg = 0.75;
    s.provider = QStringLiteral("Clinique Sainte-Anne, Dr. Ødegård");
    s.setting = QStringLiteral("clinic");
    s.present = QStringLiteral("therapist");
    s.intention = QStringLiteral("Let go of the fear 🌊\nSecond line");
    s.moodBefore = 3;
    s.moodAfter = 0; // 0 is a value, not "missing"
    s.vitals = { VitalReading { VitalMoment::Before, std::nullopt, 128, 82, 71, 98 },
        VitalReading { VitalMoment::During, 40, 141, 90, 77, std::nullopt },
        VitalReading { VitalMoment::Discharge, 125, std::nullopt, std::nullopt, 70, 97 } };
    s.dissociation = 10;
    s.dissociationClinicScore = 14;
    s.dissociationClinicScale = QStringLiteral("CADSS");
    s.sideEffects = { QStringLiteral("nausea"), QStringLiteral("urinary"), QStringLiteral("tingling in hands") };
    s.experience = QStringLiteral("Weightless. Then a long corridor of light.\n\nTears.");
    s.costCents = 45000;
    s.currency = QStringLiteral("EUR");
    return s;
}

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void phaseRoundTrip();
    void phaseOnPicksLatestStart();
    void phaseValidation();
    void sessionRoundTripAllFields();
    void sessionRoundTripEmptyOptionals();
    void vitalsStoredFormAndLimits();
    void implausibleVitalsAreRefused();
    void questionnaireDifficultyRoundTrip();
    void sessionTotalsPerCurrency();
    void sessionLatest();
    void noteRoundTripAndSessionLink();
    void noteWithUnknownSessionIsRefused();
    void checkinRoundTrip();
    void checkinRangeChecks();
    void checkinImportKeysAreUnique();
    void questionnaireStoresComputedTotals();
    void questionnaireRefusesIncompleteAnswers();
    void questionnaireListByKind();
    void loweredItem9AnswerLeavesTrace();
    void trashedFlaggedQuestionnaireLeavesTrace();
    void offsetsSurviveRoundTrip();
    void localDayFollowsEntryOffset();
    void listQueryRangeOrderLimitOffset();
    void dailySeriesMeansPerLocalDay();
    void addSetsMeta();
    void updateBumpsRevision();
    void editConflictBetweenTwoCopies();
    void updateOfMissingRecordIsNotFound();
    void trashAndRestore();
    void trashListAndPurge();
    void emptyTrashDetachesNotesFromPurgedSession();
    void preferences();
    void timelineMergesKindsNewestFirst();
    void timelinePagingAndFilters();

private:
    QTemporaryDir* m_dir = nullptr;
    std::unique_ptr<Journal> m_journal;
    std::shared_ptr<FixedClock> m_clock;
};

void TestRepositories::init()
{
    m_dir = new QTemporaryDir;
    m_clock = kaptest::fixedClock();
    Journal::Options options;
    options.clock = m_clock;
    auto created = Journal::create(m_dir->filePath(QStringLiteral("repo.kapj")),
        SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), options);
    QVERIFY(created);
    m_journal = std::move(created).value();
}

void TestRepositories::cleanup()
{
    m_journal.reset();
    delete m_dir;
    m_dir = nullptr;
}

void TestRepositories::phaseRoundTrip()
{
    Phase phase;
    phase.kind = PhaseKind::Maintenance;
    phase.label = QStringLiteral("Second course — “booster”");
    phase.start = QDate(2025, 9, 1);
    phase.end = QDate(2025, 12, 24);
    phase.notes = QStringLiteral("Every 4 weeks");
    QVERIFY(m_journal->phases().add(phase));
    auto back = m_journal->phases().get(phase.id);
    QVERIFY(back);
    QCOMPARE(back->kind, PhaseKind::Maintenance);
    QCOMPARE(back->label, phase.label);
    QCOMPARE(back->start, phase.start);
    QCOMPARE(back->end, phase.end);
    QCOMPARE(back->notes, phase.notes);

    Phase open;
    open.kind = PhaseKind::Other;
    open.start = QDate(2026, 1, 10);
    QVERIFY(m_journal->phases().add(open));
    QVERIFY(!m_journal->phases().get(open.id)->end.has_value());
    QCOMPARE(m_journal->phases().get(open.id)->kind, PhaseKind::Other);
    QCOMPARE(m_journal->phases().list().value().size(), 2);
}

void TestRepositories::phaseOnPicksLatestStart()
{
    Phase induction;
    induction.start = QDate(2025, 1, 1);
    induction.end = QDate(2025, 2, 1);
    Phase maintenance;
    maintenance.kind = PhaseKind::Maintenance;
    maintenance.start = QDate(2025, 1, 20);
    QVERIFY(m_journal->phases().add(induction));
    QVERIFY(m_journal->phases().add(maintenance));
    QCOMPARE(m_journal->phases().phaseOn(QDate(2025, 1, 10)).value()->id, induction.id);
    QCOMPARE(m_journal->phases().phaseOn(QDate(2025, 1, 25)).value()->id, maintenance.id);
    QCOMPARE(m_journal->phases().phaseOn(QDate(2027, 1, 1)).value()->id, maintenance.id);
    QVERIFY(!m_journal->phases().phaseOn(QDate(2024, 12, 31)).value().has_value());
    QVERIFY(m_journal->phases().moveToTrash(maintenance.id));
    QVERIFY(!m_journal->phases().phaseOn(QDate(2027, 1, 1)).value().has_value());
}

void TestRepositories::phaseValidation()
{
    Phase noStart;
    QCOMPARE(m_journal->phases().add(noStart).code(), ErrorCode::InvalidArgument);
    Phase backwards;
    backwards.start = QDate(2025, 5, 1);
    backwards.end = QDate(2025, 4, 1);
    QCOMPARE(m_journal->phases().add(backwards).code(), ErrorCode::InvalidArgument);
    QCOMPARE(m_journal->phases().list().value().size(), 0);
}

void TestRepositories::sessionRoundTripAllFields()
{
    Session s = fullSession();
    auto id = m_journal->sessions().add(s);
    QVERIFY(id);
    auto back = m_journal->sessions().get(id.value());
    QVERIFY(back);
    const Session& b = back.value();
    QCOMPARE(b.occurredAt, s.occurredAt);
    QCOMPARE(b.occurredAt.offsetFromUtc(), 19800);
    QCOMPARE(b.modality, s.modality);
    QCOMPARE(b.route, s.route);
    QCOMPARE(b.routeOther, s.routeOther);
    QCOMPARE(b.doseMg, s.doseMg);
    QCOMPARE(b.doseMgPerKg, s.doseMgPerKg);
    QCOMPARE(b.provider, s.provider);
    QCOMPARE(b.setting, s.setting);
    QCOMPARE(b.present, s.present);
    QCOMPARE(b.intention, s.intention);
    QCOMPARE(b.moodBefore, s.moodBefore);
    QCOMPARE(b.moodAfter, std::optional<int>(0));
    QCOMPARE(b.vitals, s.vitals);
    QCOMPARE(b.dissociation, s.dissociation);
    QCOMPARE(b.dissociationClinicScore, std::optional<int>(14));
    QCOMPARE(b.dissociationClinicScale, QStringLiteral("CADSS"));
    QCOMPARE(b.sideEffects, s.sideEffects);
    QCOMPARE(b.experience, s.experience);
    QCOMPARE(b.costCents, s.costCents);
    QCOMPARE(b.currency, s.currency);
    QCOMPARE(b.meta.revision, 1);
}

void TestRepositories::sessionRoundTripEmptyOptionals()
{
    Session s;
    s.occurredAt = at(2026, 2, 1, 9, 0, 0);
    QVERIFY(m_journal->sessions().add(s));
    const Session b = m_journal->sessions().get(s.id).value();
    QVERIFY(!b.doseMg && !b.doseMgPerKg && !b.moodBefore && !b.moodAfter && b.vitals.isEmpty() && !b.dissociation
        && !b.dissociationClinicScore && !b.costCents);
    QVERIFY(b.sideEffects.isEmpty());
    QVERIFY(b.provider.isEmpty());

    Session invalid;
    QCOMPARE(m_journal->sessions().add(invalid).code(), ErrorCode::InvalidArgument); // no time
    Session badMood = fullSession();
    badMood.moodBefore = 11;
    QCOMPARE(m_journal->sessions().add(badMood).code(), ErrorCode::InvalidArgument);
    Session badDose = fullSession();
    badDose.doseMg = 0.0;
    QCOMPARE(m_journal->sessions().add(badDose).code(), ErrorCode::InvalidArgument);
}

void TestRepositories::vitalsStoredFormAndLimits()
{
    const QList<VitalReading> readings { VitalReading { VitalMoment::Before, std::nullopt, 128, 82, 71, std::nullopt },
        VitalReading { VitalMoment::During, 40, std::nullopt, std::nullopt, std::nullopt, 96 } };
    QCOMPARE(vitals::encode(readings), QStringLiteral("before;;128;82;71;\nduring;40;;;;96"));
    QCOMPARE(vitals::decode(vitals::encode(readings)), std::optional<QList<VitalReading>>(readings));
    QCOMPARE(vitals::decode(QString()), std::optional<QList<VitalReading>>(QList<VitalReading>()));
    QVERIFY(!vitals::decode(QStringLiteral("soon;;120;80;;")));
    QVERIFY(!vitals::decode(QStringLiteral("before;;120;80")));
    QVERIFY(!vitals::decode(QStringLiteral("before;;12x;80;;")));
    QCOMPARE(vitals::problem(readings[0]), QString());
    QCOMPARE(vitals::problem(VitalReading {}), QStringLiteral("empty"));
    QCOMPARE(vitals::problem(VitalReading { VitalMoment::Before, {}, 80, 120, {}, {} }), QStringLiteral("pressure"));
    QCOMPARE(vitals::problem(VitalReading { VitalMoment::Before, {}, 120, {}, {}, {} }), QStringLiteral("pressure"));
    QCOMPARE(vitals::problem(VitalReading { VitalMoment::Before, {}, 1200, 80, {}, {} }), QStringLiteral("systolic"));
    QCOMPARE(vitals::problem(VitalReading { VitalMoment::Before, {}, {}, {}, 300, {} }), QStringLiteral("heartRate"));
    QCOMPARE(vitals::problem(VitalReading { VitalMoment::Before, {}, {}, {}, {}, 101 }), QStringLiteral("spo2"));
    QCOMPARE(vitals::problem(VitalReading { VitalMoment::During, 5000, {}, {}, 70, {} }), QStringLiteral("minutes"));
}

void TestRepositories::implausibleVitalsAreRefused()
{
    Session s;
    s.occurredAt = at(2026, 2, 1, 9, 0, 0);
    s.vitals = { VitalReading { VitalMoment::Before, std::nullopt, 80, 120, std::nullopt, std::nullopt } };
    QCOMPARE(m_journal->sessions().add(s).code(), ErrorCode::InvalidArgument);
    s.vitals = QList<VitalReading>(vitals::MaxReadings + 1, VitalReading { VitalMoment::During, 10, {}, {}, 70, {} });
    QCOMPARE(m_journal->sessions().add(s).code(), ErrorCode::InvalidArgument);
    s.vitals.clear();
    s.dissociationClinicScore = vitals::ClinicScoreMax + 1;
    QCOMPARE(m_journal->sessions().add(s).code(), ErrorCode::InvalidArgument);
}

void TestRepositories::questionnaireDifficultyRoundTrip()
{
    QuestionnaireResponse r;
    r.kind = QuestionnaireKind::Gad7;
    r.at = at(2026, 2, 1, 9, 0, 0);
    r.answers = { 1, 1, 1, 1, 1, 1, 1 };
    r.difficulty = 2;
    QVERIFY(m_journal->questionnaires().add(r));
    QCOMPARE(m_journal->questionnaires().get(r.id)->difficulty, std::optional<int>(2));
    r.difficulty.reset();
    QVERIFY(m_journal->questionnaires().update(r));
    QVERIFY(!m_journal->questionnaires().get(r.id)->difficulty);
    r.difficulty = 4;
    QCOMPARE(m_journal->questionnaires().update(r).code(), ErrorCode::InvalidArgument);
}

void TestRepositories::sessionTotalsPerCurrency()
{
    for (int i = 0; i < 3; ++i) {
        Session s = fullSession();
        s.occurredAt = at(2026, 1, 5 + i * 7, 10, 0, 3600);
        s.costCents = 50000;
        s.currency = QStringLiteral("USD");
        QVERIFY(m_journal->sessions().add(s));
    }
    Session euro = fullSession();
    euro.occurredAt = at(2026, 3, 1, 10, 0, 3600);
    QVERIFY(m_journal->sessions().add(euro));
    Session unpaid = fullSession();
    unpaid.occurredAt = at(2026, 3, 2, 10, 0, 3600);
    unpaid.costCents.reset();
    QVERIFY(m_journal->sessions().add(unpaid));
    Session trashed = fullSession();
    trashed.occurredAt = at(2026, 3, 3, 10, 0, 3600);
    QVERIFY(m_journal->sessions().add(trashed));
    QVERIFY(m_journal->sessions().moveToTrash(trashed.id));

    auto all = m_journal->sessions().totals();
    QVERIFY(all);
    QCOMPARE(all->count, 5);
    QCOMPARE(all->costCentsByCurrency.value(QStringLiteral("USD")), std::int64_t(150000));
    QCOMPARE(all->costCentsByCurrency.value(QStringLiteral("EUR")), std::int64_t(45000));
    QCOMPARE(all->costCentsByCurrency.size(), 2);

    auto january = m_journal->sessions().totals(DayRange { QDate(2026, 1, 1), QDate(2026, 1, 31) });
    QCOMPARE(january->count, 3);
    QCOMPARE(january->costCentsByCurrency.size(), 1);
}

void TestRepositories::sessionLatest()
{
    QVERIFY(!m_journal->sessions().latest().value().has_value());
    Session older = fullSession();
    older.occurredAt = at(2026, 1, 1, 10, 0, 0);
    Session newer = fullSession();
    newer.occurredAt = at(2026, 1, 8, 10, 0, 0);
    QVERIFY(m_journal->sessions().add(newer));
    QVERIFY(m_journal->sessions().add(older));
    QCOMPARE(m_journal->sessions().latest().value()->id, newer.id);
    QVERIFY(m_journal->sessions().moveToTrash(newer.id));
    QCOMPARE(m_journal->sessions().latest().value()->id, older.id);
}

void TestRepositories::noteRoundTripAndSessionLink()
{
    Session s = fullSession();
    QVERIFY(m_journal->sessions().add(s));
    IntegrationNote linked;
    linked.sessionId = s.id;
    linked.writtenAt = at(2026, 2, 15, 21, 40, 19800);
    linked.title = QStringLiteral("What stood out?");
    linked.body = QStringLiteral("The corridor. Ça m’a fait du bien. 東京.\n\n- carry forward: breathe");
    linked.tags = { QStringLiteral("insight"), QStringLiteral("sleep") };
    QVERIFY(m_journal->notes().add(linked));
    IntegrationNote loose;
    loose.writtenAt = at(2026, 2, 10, 8, 0, 0);
    loose.body = QStringLiteral("free-standing");
    QVERIFY(m_journal->notes().add(loose));

    const IntegrationNote b = m_journal->notes().get(linked.id).value();
    QCOMPARE(b.sessionId, std::optional<RecordId>(s.id));
    QCOMPARE(b.writtenAt, linked.writtenAt);
    QCOMPARE(b.writtenAt.offsetFromUtc(), 19800);
    QCOMPARE(b.title, linked.title);
    QCOMPARE(b.body, linked.body);
    QCOMPARE(b.tags, linked.tags);
    QVERIFY(!m_journal->notes().get(loose.id)->sessionId.has_value());

    auto forSession = m_journal->notes().forSession(s.id);
    QVERIFY(forSession);
    QCOMPARE(forSession->size(), 1);
    QCOMPARE(forSession->first().id, linked.id);
}

void TestRepositories::noteWithUnknownSessionIsRefused()
{
    IntegrationNote note;
    note.writtenAt = kaptest::fixedNow();
    note.sessionId = 4242;
    QCOMPARE(m_journal->notes().add(note).code(), ErrorCode::InvalidArgument);
}

void TestRepositories::checkinRoundTrip()
{
    MoodCheckin full;
    full.at = at(2026, 3, 1, 22, 5, -18000);
    full.mood = 0;
    full.anxiety = 10;
    full.energy = 0;
    full.sleep = 4;
    full.note = QStringLiteral("Tired — 😴");
    full.tags = { QStringLiteral("work"), QStringLiteral("family") };
    QVERIFY(m_journal->checkins().add(full));
    const MoodCheckin b = m_journal->checkins().get(full.id).value();
    QCOMPARE(b.at, full.at);
    QCOMPARE(b.at.offsetFromUtc(), -18000);
    QCOMPARE(b.mood, 0);
    QCOMPARE(b.anxiety, std::optional<int>(10));
    QCOMPARE(b.energy, std::optional<int>(0));
    QCOMPARE(b.sleep, std::optional<int>(4));
    QCOMPARE(b.note, full.note);
    QCOMPARE(b.tags, full.tags);
    QVERIFY(b.importKey.isEmpty());

    MoodCheckin bare;
    bare.at = at(2026, 3, 1, 23, 0, 0);
    bare.mood = 7;
    QVERIFY(m_journal->checkins().add(bare));
    const MoodCheckin c = m_journal->checkins().get(bare.id).value();
    QVERIFY(!c.anxiety && !c.energy && !c.sleep);
}

void TestRepositories::checkinRangeChecks()
{
    MoodCheckin c;
    c.at = kaptest::fixedNow();
    c.mood = 11;
    QCOMPARE(m_journal->checkins().add(c).code(), ErrorCode::InvalidArgument);
    c.mood = 5;
    c.sleep = -1;
    QCOMPARE(m_journal->checkins().add(c).code(), ErrorCode::InvalidArgument);
    c.sleep.reset();
    c.at = QDateTime();
    QCOMPARE(m_journal->checkins().add(c).code(), ErrorCode::InvalidArgument);
    QCOMPARE(m_journal->checkins().list().value().size(), 0);
}

void TestRepositories::checkinImportKeysAreUnique()
{
    MoodCheckin c;
    c.at = kaptest::fixedNow();
    c.importKey = QStringLiteral("daylio:2026-03-01T08:00");
    QCOMPARE(m_journal->checkins().addImported(c).value(), true);
    MoodCheckin again = c;
    again.id = 0;
    QCOMPARE(m_journal->checkins().addImported(again).value(), false);
    QVERIFY(m_journal->checkins().moveToTrash(c.id));
    QCOMPARE(m_journal->checkins().addImported(again).value(), false); // also when trashed
    MoodCheckin manual;
    manual.at = kaptest::fixedNow();
    QCOMPARE(m_journal->checkins().addImported(manual).value(), true); // no key: always added
    QCOMPARE(m_journal->checkins().addImported(manual).value(), true);
    QCOMPARE(m_journal->checkins().get(c.id)->importKey, c.importKey);
}

void TestRepositories::questionnaireStoresComputedTotals()
{
    QuestionnaireResponse phq;
    phq.kind = QuestionnaireKind::Phq9;
    phq.at = at(2026, 2, 2, 9, 0, 3600);
    phq.answers = { 3, 3, 2, 2, 1, 1, 0, 0, 1 };
    QVERIFY(m_journal->questionnaires().add(phq));
    const auto back = m_journal->questionnaires().get(phq.id).value();
    QCOMPARE(back.answers, phq.answers);
    QCOMPARE(back.kind, QuestionnaireKind::Phq9);
    QCOMPARE(back.at, phq.at);
    // The stored total and flag are the scorer's, checked straight in the table.
    auto stmt
        = JournalTestAccess::database(*m_journal).prepare("SELECT total, item9_flag FROM questionnaires WHERE id = ?1");
    QVERIFY(stmt);
    stmt->bind(1, phq.id);
    QVERIFY(stmt->next());
    QCOMPARE(stmt->int32(0), questionnaire::total(phq.kind, phq.answers).value());
    QCOMPARE(stmt->int32(0), 13);
    QCOMPARE(stmt->int32(1), 1);

    phq.answers[8] = 0;
    QVERIFY(m_journal->questionnaires().update(phq));
    auto again
        = JournalTestAccess::database(*m_journal).prepare("SELECT total, item9_flag FROM questionnaires WHERE id = ?1");
    again->bind(1, phq.id);
    QVERIFY(again->next());
    QCOMPARE(again->int32(0), 12);
    QCOMPARE(again->int32(1), 0);

    QuestionnaireResponse gad;
    gad.kind = QuestionnaireKind::Gad7;
    gad.at = at(2026, 2, 2, 9, 5, 3600);
    gad.answers = { 1, 1, 1, 1, 1, 1, 3 };
    QVERIFY(m_journal->questionnaires().add(gad));
    QCOMPARE(m_journal->questionnaires().get(gad.id)->answers, gad.answers);
}

void TestRepositories::questionnaireRefusesIncompleteAnswers()
{
    QuestionnaireResponse r;
    r.kind = QuestionnaireKind::Phq9;
    r.at = kaptest::fixedNow();
    r.answers = { 1, 1, 1 };
    QCOMPARE(m_journal->questionnaires().add(r).code(), ErrorCode::InvalidArgument);
    r.answers = { 0, 0, 0, 0, 0, 0, 0, 0, 4 };
    QCOMPARE(m_journal->questionnaires().add(r).code(), ErrorCode::InvalidArgument);
    r.kind = QuestionnaireKind::Gad7;
    r.answers = { 0, 0, 0, 0, 0, 0, 0, 0, 0 };
    QCOMPARE(m_journal->questionnaires().add(r).code(), ErrorCode::InvalidArgument);
    QCOMPARE(m_journal->questionnaires().list(std::nullopt).value().size(), 0);
}

void TestRepositories::loweredItem9AnswerLeavesTrace()
{
    QuestionnaireResponse phq;
    phq.kind = QuestionnaireKind::Phq9;
    phq.at = at(2026, 2, 2, 9, 0, 3600);
    phq.answers = { 2, 2, 2, 2, 1, 1, 1, 1, 3 };
    QVERIFY(m_journal->questionnaires().add(phq));

    // Edits that keep or raise the answer leave nothing; the flag is still visible by itself.
    phq.answers[0] = 1;
    QVERIFY(m_journal->questionnaires().update(phq));
    QVERIFY(m_journal->questionnaires().item9Changes().value().isEmpty());

    m_clock->set(at(2026, 2, 5, 20, 30, 3600));
    phq.answers[8] = 1;
    QVERIFY(m_journal->questionnaires().update(phq));
    m_clock->set(at(2026, 2, 6, 8, 0, 3600));
    phq.answers[8] = 0;
    QVERIFY(m_journal->questionnaires().update(phq));
    // Lowering an answer that is no longer flagged (0 stays 0) leaves nothing more.
    QVERIFY(m_journal->questionnaires().update(phq));

    const QList<Item9Change> changes = m_journal->questionnaires().item9Changes().value();
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes[0].kind, Item9ChangeKind::AnswerLowered);
    QCOMPARE(changes[0].questionnaireId, std::optional<RecordId>(phq.id));
    QCOMPARE(changes[0].previousAnswer, 3);
    QCOMPARE(changes[0].newAnswer, std::optional<int>(1));
    QCOMPARE(changes[0].answeredAt, phq.at);
    QCOMPARE(changes[0].changedAt, at(2026, 2, 5, 20, 30, 3600));
    QCOMPARE(changes[1].previousAnswer, 1);
    QCOMPARE(changes[1].newAnswer, std::optional<int>(0));
    QCOMPARE(changes[1].changedAt, at(2026, 2, 6, 8, 0, 3600));

    // A period holding either the answer's day or the change's day shows the trace.
    QCOMPARE(m_journal->questionnaires().item9Changes(DayRange { QDate(2026, 2, 1), QDate(2026, 2, 2) })->size(), 2);
    QCOMPARE(m_journal->questionnaires().item9Changes(DayRange { QDate(2026, 2, 6), QDate(2026, 3, 1) })->size(), 1);
    QCOMPARE(m_journal->questionnaires().item9Changes(DayRange { QDate(2026, 2, 3), QDate(2026, 2, 4) })->size(), 0);

    // A failed update (edit conflict) leaves no trace either.
    QuestionnaireResponse stale = phq;
    stale.meta.revision -= 1;
    QCOMPARE(m_journal->questionnaires().update(stale).code(), ErrorCode::Conflict);
    QCOMPARE(m_journal->questionnaires().item9Changes()->size(), 2);
}

void TestRepositories::trashedFlaggedQuestionnaireLeavesTrace()
{
    QuestionnaireResponse flagged;
    flagged.kind = QuestionnaireKind::Phq9;
    flagged.at = at(2026, 3, 1, 9, 0, 0);
    flagged.answers = { 1, 1, 1, 1, 1, 1, 1, 1, 2 };
    QVERIFY(m_journal->questionnaires().add(flagged));
    QuestionnaireResponse plain = flagged;
    plain.answers[8] = 0;
    QVERIFY(m_journal->questionnaires().add(plain));

    m_clock->set(at(2026, 3, 4, 12, 0, 0));
    QVERIFY(m_journal->questionnaires().moveToTrash(plain.id));
    QVERIFY(m_journal->questionnaires().item9Changes()->isEmpty());
    QVERIFY(m_journal->questionnaires().moveToTrash(flagged.id));
    QVERIFY(m_journal->questionnaires().moveToTrash(flagged.id)); // already there: no second trace
    m_clock->set(at(2026, 3, 5, 12, 0, 0));
    QVERIFY(m_journal->trash().restore(EntryKind::Questionnaire, flagged.id)); // the Trash view's path
    m_clock->set(at(2026, 3, 6, 12, 0, 0));
    QVERIFY(m_journal->questionnaires().moveToTrash(flagged.id));
    QVERIFY(m_journal->trash().purge(EntryKind::Questionnaire, flagged.id));

    // The traces outlive the purge.
    const QList<Item9Change> changes = m_journal->questionnaires().item9Changes().value();
    QCOMPARE(changes.size(), 3);
    QCOMPARE(changes[0].kind, Item9ChangeKind::MovedToTrash);
    QCOMPARE(changes[0].changedAt, at(2026, 3, 4, 12, 0, 0));
    QCOMPARE(changes[0].previousAnswer, 2);
    QCOMPARE(changes[0].newAnswer, std::nullopt);
    QCOMPARE(changes[1].kind, Item9ChangeKind::Restored);
    QCOMPARE(changes[2].kind, Item9ChangeKind::MovedToTrash);
    QCOMPARE(changes[2].answeredAt, flagged.at);
    // The purged questionnaire's id may be handed out again: the traces no longer point at it.
    for (const Item9Change& change : changes) {
        QCOMPARE(change.questionnaireId, std::nullopt);
    }
}

void TestRepositories::questionnaireListByKind()
{
    for (int i = 0; i < 3; ++i) {
        QuestionnaireResponse phq;
        phq.kind = QuestionnaireKind::Phq9;
        phq.at = at(2026, 1, 1 + i * 7, 9, 0, 0);
        phq.answers = { 1, 1, 1, 1, 1, 1, 1, 1, 0 };
        QVERIFY(m_journal->questionnaires().add(phq));
    }
    QuestionnaireResponse gad;
    gad.kind = QuestionnaireKind::Gad7;
    gad.at = at(2026, 1, 2, 9, 0, 0);
    gad.answers = { 0, 0, 0, 0, 0, 0, 0 };
    QVERIFY(m_journal->questionnaires().add(gad));
    QCOMPARE(m_journal->questionnaires().list(QuestionnaireKind::Phq9).value().size(), 3);
    QCOMPARE(m_journal->questionnaires().list(QuestionnaireKind::Gad7).value().size(), 1);
    QCOMPARE(m_journal->questionnaires().list(std::nullopt).value().size(), 4);
    ListQuery newest;
    newest.order = SortOrder::NewestFirst;
    newest.limit = 1;
    QCOMPARE(
        m_journal->questionnaires().list(QuestionnaireKind::Phq9, newest).value().first().at, at(2026, 1, 15, 9, 0, 0));
}

void TestRepositories::offsetsSurviveRoundTrip()
{
    // Stored at +05:30, read back as the same instant with the same offset, whatever the
    // machine's own time zone.
    const QDateTime delhi = at(2026, 3, 1, 23, 45, 19800);
    MoodCheckin c;
    c.at = delhi;
    QVERIFY(m_journal->checkins().add(c));
    const QDateTime back = m_journal->checkins().get(c.id)->at;
    QCOMPARE(back.toMSecsSinceEpoch(), delhi.toMSecsSinceEpoch());
    QCOMPARE(back.offsetFromUtc(), 19800);
    QCOMPARE(back.date(), QDate(2026, 3, 1));
    QCOMPARE(back.time(), QTime(23, 45));

    // A time given in a real zone keeps the offset that zone had at that moment (DST).
    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    MoodCheckin summer;
    summer.at = QDateTime(QDate(2026, 7, 1), QTime(12, 0), berlin);
    QVERIFY(m_journal->checkins().add(summer));
    QCOMPARE(m_journal->checkins().get(summer.id)->at.offsetFromUtc(), 7200);
    MoodCheckin winter;
    winter.at = QDateTime(QDate(2026, 1, 1), QTime(12, 0), berlin);
    QVERIFY(m_journal->checkins().add(winter));
    QCOMPARE(m_journal->checkins().get(winter.id)->at.offsetFromUtc(), 3600);
}

void TestRepositories::localDayFollowsEntryOffset()
{
    // Same UTC day, different local days: 2026-03-01 20:30 UTC is already 2 March in Delhi and
    // still 1 March in New York. And across the DST change in Berlin (29 March 2026, 02:00 -> 03:00)
    // an entry at 00:30 local stays on its local day.
    MoodCheckin delhi;
    delhi.at = QDateTime(QDate(2026, 3, 1), QTime(20, 30), QTimeZone::utc()).toOffsetFromUtc(19800);
    delhi.mood = 8;
    MoodCheckin newYork;
    newYork.at = QDateTime(QDate(2026, 3, 1), QTime(20, 30), QTimeZone::utc()).toOffsetFromUtc(-18000);
    newYork.mood = 2;
    const QTimeZone berlin("Europe/Berlin");
    MoodCheckin beforeDst;
    beforeDst.at = QDateTime(QDate(2026, 3, 29), QTime(0, 30), berlin); // +01:00, 23:30 UTC the day before
    beforeDst.mood = 4;
    MoodCheckin afterDst;
    afterDst.at = QDateTime(QDate(2026, 3, 29), QTime(23, 30), berlin); // +02:00, 21:30 UTC
    afterDst.mood = 6;
    for (MoodCheckin* c : { &delhi, &newYork, &beforeDst, &afterDst }) {
        QVERIFY(m_journal->checkins().add(*c));
    }
    auto series = m_journal->checkins().dailySeries();
    QVERIFY(series);
    QCOMPARE(series->size(), 3);
    QCOMPARE(series->at(0).day, QDate(2026, 3, 1));
    QCOMPARE(series->at(0).mood, 2.0);
    QCOMPARE(series->at(1).day, QDate(2026, 3, 2));
    QCOMPARE(series->at(1).mood, 8.0);
    QCOMPARE(series->at(2).day, QDate(2026, 3, 29));
    QCOMPARE(series->at(2).mood, 5.0);
    QCOMPARE(series->at(2).count, 2);

    auto march29 = m_journal->checkins().list(ListQuery { DayRange { QDate(2026, 3, 29), QDate(2026, 3, 29) } });
    QCOMPARE(march29->size(), 2);
    QCOMPARE(march29->at(0).at.offsetFromUtc(), 3600);
    QCOMPARE(march29->at(1).at.offsetFromUtc(), 7200);
}

void TestRepositories::listQueryRangeOrderLimitOffset()
{
    for (int day = 1; day <= 10; ++day) {
        MoodCheckin c;
        c.at = at(2026, 4, day, 9, 0, 3600);
        c.mood = day % 11;
        QVERIFY(m_journal->checkins().add(c));
    }
    auto& repo = m_journal->checkins();
    QCOMPARE(repo.list().value().size(), 10);
    QCOMPARE(repo.list().value().first().at.date(), QDate(2026, 4, 1));

    ListQuery q;
    q.range = DayRange { QDate(2026, 4, 3), QDate(2026, 4, 8) };
    QCOMPARE(repo.list(q).value().size(), 6);
    q.order = SortOrder::NewestFirst;
    QCOMPARE(repo.list(q).value().first().at.date(), QDate(2026, 4, 8));
    q.limit = 2;
    q.offset = 1;
    const auto page = repo.list(q).value();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).at.date(), QDate(2026, 4, 7));
    QCOMPARE(page.at(1).at.date(), QDate(2026, 4, 6));

    ListQuery openStart;
    openStart.range.last = QDate(2026, 4, 2);
    QCOMPARE(repo.list(openStart).value().size(), 2);
    ListQuery openEnd;
    openEnd.range.first = QDate(2026, 4, 9);
    QCOMPARE(repo.list(openEnd).value().size(), 2);
}

void TestRepositories::dailySeriesMeansPerLocalDay()
{
    auto add = [&](QDate day, int hour, int mood, std::optional<int> anxiety, std::optional<int> sleep) {
        MoodCheckin c;
        c.at = QDateTime(day, QTime(hour, 0), QTimeZone(3600));
        c.mood = mood;
        c.anxiety = anxiety;
        c.sleep = sleep;
        auto id = m_journal->checkins().add(c);
        return id ? id.value() : RecordId(0);
    };
    QVERIFY(add(QDate(2026, 5, 1), 8, 4, 6, std::nullopt));
    QVERIFY(add(QDate(2026, 5, 1), 20, 7, std::nullopt, std::nullopt));
    QVERIFY(add(QDate(2026, 5, 1), 22, 7, 2, std::nullopt));
    QVERIFY(add(QDate(2026, 5, 3), 9, 9, std::nullopt, 8));
    const RecordId trashed = add(QDate(2026, 5, 3), 10, 0, 10, 0);
    QVERIFY(trashed);
    QVERIFY(m_journal->checkins().moveToTrash(trashed));

    auto series = m_journal->checkins().dailySeries();
    QVERIFY(series);
    QCOMPARE(series->size(), 2); // 2 May has no data: absent, never zero
    const DailyMood first = series->at(0);
    QCOMPARE(first.day, QDate(2026, 5, 1));
    QCOMPARE(first.mood, 6.0);
    QCOMPARE(first.anxiety, std::optional<double>(4.0)); // mean of the two given, not of three
    QVERIFY(!first.energy.has_value());
    QVERIFY(!first.sleep.has_value());
    QCOMPARE(first.count, 3);
    const DailyMood second = series->at(1);
    QCOMPARE(second.mood, 9.0); // the trashed 0 does not count
    QCOMPARE(second.sleep, std::optional<double>(8.0));
    QCOMPARE(second.count, 1);

    auto ranged = m_journal->checkins().dailySeries(DayRange { QDate(2026, 5, 2), QDate() });
    QCOMPARE(ranged->size(), 1);
    QCOMPARE(ranged->first().day, QDate(2026, 5, 3));
}

void TestRepositories::addSetsMeta()
{
    MoodCheckin c;
    c.at = at(2026, 1, 1, 9, 0, 0);
    auto id = m_journal->checkins().add(c);
    QVERIFY(id);
    QVERIFY(id.value() > 0);
    QCOMPARE(c.id, id.value());
    QCOMPARE(c.meta.revision, 1);
    QCOMPARE(c.meta.createdAt, kaptest::fixedNow());
    QCOMPARE(c.meta.updatedAt, kaptest::fixedNow());
    QVERIFY(!c.meta.deletedAt);
    const MoodCheckin back = m_journal->checkins().get(c.id).value();
    QCOMPARE(back.meta.createdAt, kaptest::fixedNow());
    QCOMPARE(back.meta.revision, 1);
}

void TestRepositories::updateBumpsRevision()
{
    IntegrationNote note;
    note.writtenAt = kaptest::fixedNow();
    note.body = QStringLiteral("first draft");
    QVERIFY(m_journal->notes().add(note));
    m_clock->advanceSeconds(90);
    note.body = QStringLiteral("second draft");
    QVERIFY(m_journal->notes().update(note));
    QCOMPARE(note.meta.revision, 2);
    QCOMPARE(note.meta.updatedAt, kaptest::fixedNow().addSecs(90));
    const IntegrationNote back = m_journal->notes().get(note.id).value();
    QCOMPARE(back.body, QStringLiteral("second draft"));
    QCOMPARE(back.meta.revision, 2);
    QCOMPARE(back.meta.createdAt, kaptest::fixedNow());
    QCOMPARE(back.meta.updatedAt, kaptest::fixedNow().addSecs(90));
}

void TestRepositories::editConflictBetweenTwoCopies()
{
    IntegrationNote original;
    original.writtenAt = kaptest::fixedNow();
    original.body = QStringLiteral("shared");
    QVERIFY(m_journal->notes().add(original));
    // Two windows load the same note.
    IntegrationNote windowA = m_journal->notes().get(original.id).value();
    IntegrationNote windowB = m_journal->notes().get(original.id).value();
    windowA.body = QStringLiteral("A's edit");
    QVERIFY(m_journal->notes().update(windowA));
    windowB.body = QStringLiteral("B's edit");
    const Status conflict = m_journal->notes().update(windowB);
    QCOMPARE(conflict.code(), ErrorCode::Conflict);
    QCOMPARE(windowB.meta.revision, 1); // untouched, so the caller can show both texts
    QCOMPARE(m_journal->notes().get(original.id)->body, QStringLiteral("A's edit"));
    // After reloading, B can save deliberately.
    IntegrationNote reloaded = m_journal->notes().get(original.id).value();
    reloaded.body = windowB.body;
    QVERIFY(m_journal->notes().update(reloaded));
    QCOMPARE(m_journal->notes().get(original.id)->meta.revision, 3);

    // The same contract holds for every kind.
    Session s = fullSession();
    QVERIFY(m_journal->sessions().add(s));
    Session s2 = s;
    QVERIFY(m_journal->sessions().update(s));
    QCOMPARE(m_journal->sessions().update(s2).code(), ErrorCode::Conflict);
    Phase p;
    p.start = QDate(2026, 1, 1);
    QVERIFY(m_journal->phases().add(p));
    Phase p2 = p;
    QVERIFY(m_journal->phases().update(p));
    QCOMPARE(m_journal->phases().update(p2).code(), ErrorCode::Conflict);
    MoodCheckin c;
    c.at = kaptest::fixedNow();
    QVERIFY(m_journal->checkins().add(c));
    MoodCheckin c2 = c;
    QVERIFY(m_journal->checkins().update(c));
    QCOMPARE(m_journal->checkins().update(c2).code(), ErrorCode::Conflict);
    QuestionnaireResponse q;
    q.at = kaptest::fixedNow();
    q.answers = { 0, 0, 0, 0, 0, 0, 0, 0, 0 };
    QVERIFY(m_journal->questionnaires().add(q));
    QuestionnaireResponse q2 = q;
    QVERIFY(m_journal->questionnaires().update(q));
    QCOMPARE(m_journal->questionnaires().update(q2).code(), ErrorCode::Conflict);
}

void TestRepositories::updateOfMissingRecordIsNotFound()
{
    IntegrationNote ghost;
    ghost.id = 999;
    ghost.meta.revision = 1;
    ghost.writtenAt = kaptest::fixedNow();
    QCOMPARE(m_journal->notes().update(ghost).code(), ErrorCode::NotFound);
    QCOMPARE(m_journal->notes().get(999).code(), ErrorCode::NotFound);
    QCOMPARE(m_journal->notes().moveToTrash(999).code(), ErrorCode::NotFound);
    QCOMPARE(m_journal->notes().restore(999).code(), ErrorCode::NotFound);
}

void TestRepositories::trashAndRestore()
{
    IntegrationNote note;
    note.writtenAt = kaptest::fixedNow();
    note.body = QStringLiteral("regret");
    QVERIFY(m_journal->notes().add(note));
    m_clock->advanceSeconds(60);
    QVERIFY(m_journal->notes().moveToTrash(note.id));
    QVERIFY(m_journal->notes().list().value().isEmpty());
    auto trashed = m_journal->notes().get(note.id); // get() still finds it
    QVERIFY(trashed);
    QCOMPARE(trashed->meta.deletedAt, std::optional<QDateTime>(kaptest::fixedNow().addSecs(60)));
    QCOMPARE(trashed->body, QStringLiteral("regret"));
    QVERIFY(m_journal->notes().restore(note.id));
    QVERIFY(!m_journal->notes().get(note.id)->meta.deletedAt);
    QCOMPARE(m_journal->notes().list().value().size(), 1);
}

void TestRepositories::trashListAndPurge()
{
    Session s = fullSession();
    IntegrationNote n;
    n.writtenAt = kaptest::fixedNow();
    n.title = QStringLiteral("To forget");
    MoodCheckin c;
    c.at = kaptest::fixedNow();
    c.mood = 3;
    QuestionnaireResponse q;
    q.at = kaptest::fixedNow();
    q.answers = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };
    Phase p;
    p.start = QDate(2026, 1, 1);
    p.label = QStringLiteral("first course");
    QVERIFY(m_journal->sessions().add(s));
    QVERIFY(m_journal->notes().add(n));
    QVERIFY(m_journal->checkins().add(c));
    QVERIFY(m_journal->questionnaires().add(q));
    QVERIFY(m_journal->phases().add(p));

    QVERIFY(m_journal->trash().list().value().isEmpty());
    int tick = 0;
    for (auto [kind, id] : { std::pair { EntryKind::Phase, p.id }, std::pair { EntryKind::Questionnaire, q.id },
             std::pair { EntryKind::Checkin, c.id }, std::pair { EntryKind::Note, n.id },
             std::pair { EntryKind::Session, s.id } }) {
        m_clock->advanceSeconds(10 * ++tick);
        switch (kind) {
        case EntryKind::Phase:
            QVERIFY(m_journal->phases().moveToTrash(id));
            break;
        case EntryKind::Questionnaire:
            QVERIFY(m_journal->questionnaires().moveToTrash(id));
            break;
        case EntryKind::Checkin:
            QVERIFY(m_journal->checkins().moveToTrash(id));
            break;
        case EntryKind::Note:
            QVERIFY(m_journal->notes().moveToTrash(id));
            break;
        case EntryKind::Session:
            QVERIFY(m_journal->sessions().moveToTrash(id));
            break;
        }
    }
    auto items = m_journal->trash().list();
    QVERIFY(items);
    QCOMPARE(items->size(), 5);
    QCOMPARE(items->at(0).kind, EntryKind::Session); // most recently deleted first
    QCOMPARE(items->at(4).kind, EntryKind::Phase);
    QVERIFY(items->at(1).summary.contains(QStringLiteral("To forget")));
    QVERIFY(items->at(3).summary.contains(QStringLiteral("PHQ9 9")));
    QVERIFY(items->at(2).summary.contains(QStringLiteral("3/10")));
    QVERIFY(items->at(4).summary.contains(QStringLiteral("first course")));

    QVERIFY(m_journal->trash().restore(EntryKind::Checkin, c.id));
    QCOMPARE(m_journal->checkins().list().value().size(), 1);
    QCOMPARE(m_journal->trash().purge(EntryKind::Checkin, c.id).code(), ErrorCode::InvalidArgument); // live
    QCOMPARE(m_journal->trash().purge(EntryKind::Checkin, 12345).code(), ErrorCode::NotFound);
    QVERIFY(m_journal->trash().purge(EntryKind::Questionnaire, q.id));
    QCOMPARE(m_journal->questionnaires().get(q.id).code(), ErrorCode::NotFound);
    QCOMPARE(m_journal->trash().list().value().size(), 3);
    QVERIFY(m_journal->trash().emptyTrash());
    QVERIFY(m_journal->trash().list().value().isEmpty());
    QCOMPARE(m_journal->sessions().get(s.id).code(), ErrorCode::NotFound);
    QCOMPARE(m_journal->phases().get(p.id).code(), ErrorCode::NotFound);
    QVERIFY(m_journal->checkins().get(c.id)); // restored, so it survived
    QVERIFY(m_journal->verify());
}

void TestRepositories::emptyTrashDetachesNotesFromPurgedSession()
{
    Session s = fullSession();
    QVERIFY(m_journal->sessions().add(s));
    IntegrationNote n;
    n.sessionId = s.id;
    n.writtenAt = kaptest::fixedNow();
    n.body = QStringLiteral("kept");
    QVERIFY(m_journal->notes().add(n));
    QVERIFY(m_journal->sessions().moveToTrash(s.id));
    QVERIFY(m_journal->trash().emptyTrash());
    auto kept = m_journal->notes().get(n.id);
    QVERIFY(kept);
    QVERIFY(!kept->sessionId.has_value());
    QCOMPARE(kept->body, QStringLiteral("kept"));
}

void TestRepositories::preferences()
{
    auto& prefs = m_journal->preferences();
    QCOMPARE(prefs.value(QStringLiteral("default.provider"), QStringLiteral("none")), QStringLiteral("none"));
    QVERIFY(prefs.setValue(QStringLiteral("default.provider"), QStringLiteral("Dr. Ødegård")));
    QCOMPARE(prefs.value(QStringLiteral("default.provider")), QStringLiteral("Dr. Ødegård"));
    QVERIFY(prefs.setValue(QStringLiteral("default.provider"), QStringLiteral("Clinic B")));
    QCOMPARE(prefs.value(QStringLiteral("default.provider")), QStringLiteral("Clinic B"));
    QVERIFY(prefs.remove(QStringLiteral("default.provider")));
    QCOMPARE(prefs.value(QStringLiteral("default.provider"), QStringLiteral("gone")), QStringLiteral("gone"));
}

void TestRepositories::timelineMergesKindsNewestFirst()
{
    Session s = fullSession();
    s.occurredAt = at(2026, 6, 1, 10, 0, 0);
    IntegrationNote n;
    n.writtenAt = at(2026, 6, 2, 10, 0, 0);
    MoodCheckin c;
    c.at = at(2026, 6, 3, 10, 0, 0);
    QuestionnaireResponse q;
    q.at = at(2026, 6, 4, 10, 0, 0);
    q.answers = { 0, 0, 0, 0, 0, 0, 0, 0, 0 };
    MoodCheckin gone;
    gone.at = at(2026, 6, 5, 10, 0, 0);
    QVERIFY(m_journal->sessions().add(s));
    QVERIFY(m_journal->notes().add(n));
    QVERIFY(m_journal->checkins().add(c));
    QVERIFY(m_journal->questionnaires().add(q));
    QVERIFY(m_journal->checkins().add(gone));
    QVERIFY(m_journal->checkins().moveToTrash(gone.id));

    auto page = m_journal->timeline().page(TimelineQuery {});
    QVERIFY(page);
    QCOMPARE(page->size(), 4);
    QCOMPARE(page->at(0).kind, EntryKind::Questionnaire);
    QCOMPARE(page->at(1).kind, EntryKind::Checkin);
    QCOMPARE(page->at(2).kind, EntryKind::Note);
    QCOMPARE(page->at(3).kind, EntryKind::Session);
    QCOMPARE(std::get<Session>(page->at(3).record).provider, s.provider);
    QCOMPARE(std::get<QuestionnaireResponse>(page->at(0).record).id, q.id);
    QCOMPARE(page->at(1).at, c.at);
}

void TestRepositories::timelinePagingAndFilters()
{
    for (int i = 0; i < 30; ++i) {
        MoodCheckin c;
        c.at = at(2026, 7, 1, 8, 0, 7200).addSecs(i * 3600 * 12); // twice a day
        c.mood = i % 11;
        QVERIFY(m_journal->checkins().add(c));
        if (i % 5 == 0) {
            IntegrationNote n;
            n.writtenAt = c.at.addSecs(60);
            QVERIFY(m_journal->notes().add(n));
        }
    }
    TimelineQuery query;
    query.limit = 7;
    QList<QDateTime> seen;
    for (;;) {
        auto page = m_journal->timeline().page(query);
        QVERIFY(page);
        if (page->isEmpty()) {
            break;
        }
        QVERIFY(page->size() <= 7);
        for (const TimelineEntry& entry : page.value()) {
            if (!seen.isEmpty()) {
                QVERIFY(entry.at < seen.last());
            }
            seen.append(entry.at);
        }
        query.before = page->last().at;
    }
    QCOMPARE(seen.size(), 36);

    TimelineQuery notesOnly;
    notesOnly.kinds = { EntryKind::Note };
    QCOMPARE(m_journal->timeline().page(notesOnly).value().size(), 6);
    TimelineQuery phasesOnly;
    phasesOnly.kinds = { EntryKind::Phase };
    QVERIFY(m_journal->timeline().page(phasesOnly).value().isEmpty());

    TimelineQuery oneDay;
    oneDay.range = DayRange { QDate(2026, 7, 3), QDate(2026, 7, 3) };
    const auto day = m_journal->timeline().page(oneDay).value();
    QCOMPARE(day.size(), 3); // 08:00 and 20:00 check-ins, and the 20:01 note (i = 5)
    for (const TimelineEntry& entry : day) {
        QCOMPARE(entry.at.date(), QDate(2026, 7, 3));
    }
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
