// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/DemoJournal.h"
#include "storage/CheckinRepository.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/Questionnaire.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SessionRepository.h"
#include "tests/support/TestSupport.h"

#include <QTest>

using kap::DemoJournal;

/// The sample journal looks like a real course (DOMAIN.md): induction of six sessions within three
/// weeks, monthly maintenance, daily check-ins, PHQ-9/GAD-7 every two weeks, improving.
class TestDemoJournal : public QObject
{
    Q_OBJECT

private:
    static DemoJournal::Options options(int days)
    {
        DemoJournal::Options o;
        o.lastDay = QDate(2026, 3, 1);
        o.days = days;
        o.utcOffsetSeconds = 3600;
        return o;
    }

private Q_SLOTS:
    void fourMonthCourse()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        const auto counts = DemoJournal::populate(*journal, options(120));
        QVERIFY2(counts.ok(), qPrintable(counts.ok() ? QString() : counts.error().detail));

        auto phases = journal->phases().list();
        QVERIFY(phases.ok());
        QCOMPARE(phases->size(), 2);
        QCOMPARE(phases->at(0).kind, kap::PhaseKind::Induction);
        QCOMPARE(phases->at(1).kind, kap::PhaseKind::Maintenance);
        QVERIFY(!phases->at(1).end.has_value()); // maintenance continues

        auto sessions = journal->sessions().list();
        QVERIFY(sessions.ok());
        QCOMPARE(sessions->size(), counts->sessions);
        QVERIFY(sessions->size() >= 8 && sessions->size() <= 11);
        int inInduction = 0;
        for (const kap::Session& s : *sessions) {
            QVERIFY(s.doseMg.has_value() && *s.doseMg > 0);
            QVERIFY(s.moodBefore.has_value() && s.moodAfter.has_value());
            QVERIFY(*s.moodAfter >= *s.moodBefore);
            if (phases->at(0).contains(s.occurredAt.date())) {
                ++inInduction;
            }
        }
        QCOMPARE(inInduction, 6);
        // Maintenance sessions are about a month apart.
        for (qsizetype i = 7; i < sessions->size(); ++i) {
            const qint64 gap = sessions->at(i - 1).occurredAt.daysTo(sessions->at(i).occurredAt);
            QVERIFY2(gap >= 25 && gap <= 36, qPrintable(QString::number(gap)));
        }

        auto checkins = journal->checkins().list();
        QVERIFY(checkins.ok());
        QCOMPARE(checkins->size(), counts->checkins);
        QVERIFY(checkins->size() >= 100 && checkins->size() <= 240);
        for (const kap::MoodCheckin& c : *checkins) {
            QVERIFY(c.mood >= 0 && c.mood <= 10);
            QCOMPARE(c.at.offsetFromUtc(), 3600);
        }

        auto phq = journal->questionnaires().list(kap::QuestionnaireKind::Phq9);
        auto gad = journal->questionnaires().list(kap::QuestionnaireKind::Gad7);
        QVERIFY(phq.ok() && gad.ok());
        QCOMPARE(phq->size(), 9); // days 0, 14, ..., 112
        QCOMPARE(gad->size(), 9);
        using namespace kap::questionnaire;
        const int first = *total(kap::QuestionnaireKind::Phq9, phq->first().answers);
        const int last = *total(kap::QuestionnaireKind::Phq9, phq->last().answers);
        QVERIFY2(first >= 15, qPrintable(QString::number(first)));
        QVERIFY2(last < first, qPrintable(QStringLiteral("%1 -> %2").arg(first).arg(last)));
        QVERIFY(item9Flag(phq->first()));
        QVERIFY(!item9Flag(phq->last()));

        auto notes = journal->notes().list();
        QVERIFY(notes.ok());
        QCOMPARE(notes->size(), counts->notes);
        QVERIFY(notes->size() >= 6);
        for (const kap::IntegrationNote& n : *notes) {
            QVERIFY(n.sessionId.has_value());
            QVERIFY(n.body.size() > 80);
        }
    }

    /// Issue 16: "rainy" found nothing in the sample although check-ins say "Rainy, low energy.".
    void sampleCheckinNotesAreSearchable()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        QVERIFY(DemoJournal::populate(*journal, options(120)).ok());
        auto checkins = journal->checkins().list();
        QVERIFY(checkins.ok());
        qsizetype rainy = 0;
        for (const kap::MoodCheckin& c : *checkins) {
            rainy += c.note.contains(QStringLiteral("Rainy")) ? 1 : 0;
        }
        QVERIFY(rainy >= 2);
        auto hits = journal->search().search(QStringLiteral("rainy"), -1);
        QVERIFY(hits.ok());
        QCOMPARE(hits->size(), rainy);
        for (const kap::SearchHit& hit : *hits) {
            QCOMPARE(hit.kind, kap::EntryKind::Checkin);
            QCOMPARE(hit.foundIn, QList<kap::SearchField> { kap::SearchField::CheckinNote });
        }
    }

    void deterministic()
    {
        QTemporaryDir a;
        QTemporaryDir b;
        auto first = kaptest::createJournal(a);
        auto second = kaptest::createJournal(b);
        const auto one = DemoJournal::populate(*first, options(60));
        const auto two = DemoJournal::populate(*second, options(60));
        QVERIFY(one.ok() && two.ok());
        QCOMPARE(one->checkins, two->checkins);
        QCOMPARE(one->sessions, two->sessions);
        auto x = first->checkins().list();
        auto y = second->checkins().list();
        QVERIFY(x.ok() && y.ok());
        QCOMPARE(x->size(), y->size());
        for (qsizetype i = 0; i < x->size(); ++i) {
            QCOMPARE(x->at(i).mood, y->at(i).mood);
            QCOMPARE(x->at(i).at, y->at(i).at);
        }
    }

    void longSpanHasARelapse()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        const auto counts = DemoJournal::populate(*journal, options(3 * 365));
        QVERIFY(counts.ok());
        auto phases = journal->phases().list();
        QVERIFY(phases.ok());
        int inductions = 0;
        for (const kap::Phase& p : *phases) {
            inductions += p.kind == kap::PhaseKind::Induction ? 1 : 0;
        }
        QVERIFY(inductions >= 2);
    }

    void refusesNoDays()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        DemoJournal::Options o = options(0);
        QCOMPARE(DemoJournal::populate(*journal, o).code(), kap::ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestDemoJournal)
#include "tst_demojournal.moc"
