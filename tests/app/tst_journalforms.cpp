// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/CheckinForm.h"
#include "app/journal/NoteForm.h"
#include "app/journal/QuestionnaireForm.h"
#include "app/journal/SessionForm.h"
#include "storage/CheckinRepository.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/Preferences.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "tests/app/JournalModelFixture.h"

using journaltest::at;

/// The editors' C++ state: session defaults, validation and conflicts; notes saved continuously
/// and before locking; the quick check-in; questionnaire scoring, item 9 and the baseline.
class TestJournalForms : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kap::Journal* m_journal = nullptr;

private Q_SLOTS:
    void initTestCase() { journaltest::setUpController(); }
    void init()
    {
        m_journal = journaltest::openFresh(m_dir, QStringLiteral("%1.kapj").arg(QTest::currentTestFunction()));
        QVERIFY(m_journal);
    }
    void cleanup() { kap::JournalController::instance()->lock(); }

    void firstSessionUsesPreferencesThenTheLastSession()
    {
        QVERIFY(
            m_journal->preferences().setValue(QStringLiteral("defaults.session.provider"), QStringLiteral("Clinic A")));
        QVERIFY(m_journal->preferences().setValue(QStringLiteral("defaults.session.route"), QStringLiteral("im")));
        kap::SessionForm form;
        form.openNew();
        QCOMPARE(form.fields().value(QStringLiteral("provider")).toString(), QStringLiteral("Clinic A"));
        QCOMPARE(form.fields().value(QStringLiteral("route")).toString(), QStringLiteral("im"));
        QVERIFY(!form.usedLastSession());
        QVERIFY(!form.fields().value(QStringLiteral("date")).toString().isEmpty());

        form.setField(QStringLiteral("route"), QStringLiteral("sublingual"));
        form.setField(QStringLiteral("dose"), QStringLiteral("250"));
        form.setField(QStringLiteral("provider"), QStringLiteral("Dr. Rivera"));
        form.setField(QStringLiteral("setting"), QStringLiteral("home"));
        form.setField(QStringLiteral("moodBefore"), QStringLiteral("3"));
        form.setField(QStringLiteral("intention"), QStringLiteral("Be kind to myself"));
        QSignalSpy saved(&form, &kap::SessionForm::saved);
        QVERIFY(form.save());
        QCOMPARE(saved.count(), 1);
        QVERIFY(form.recordId() > 0);

        kap::SessionForm next;
        next.openNew();
        QVERIFY(next.usedLastSession());
        QCOMPARE(next.fields().value(QStringLiteral("route")).toString(), QStringLiteral("sublingual"));
        QCOMPARE(next.fields().value(QStringLiteral("dose")).toString(), QStringLiteral("250"));
        QCOMPARE(next.fields().value(QStringLiteral("provider")).toString(), QStringLiteral("Dr. Rivera"));
        QCOMPARE(next.fields().value(QStringLiteral("setting")).toString(), QStringLiteral("home"));
        // Only the "same as last time" fields carry over.
        QCOMPARE(next.fields().value(QStringLiteral("moodBefore")).toString(), QString());
        QCOMPARE(next.fields().value(QStringLiteral("intention")).toString(), QString());
    }

    void invalidSessionIsNotSaved()
    {
        kap::SessionForm form;
        form.openNew();
        form.setField(QStringLiteral("dose"), QStringLiteral("0"));
        form.addVital(QStringLiteral("before"));
        form.setVital(0, QStringLiteral("heartRate"), QStringLiteral("400"));
        QVERIFY(!form.isValid());
        QVERIFY(form.errors().contains(QStringLiteral("dose")));
        QVERIFY(form.errors().contains(QStringLiteral("vitals.0.heartRate")));
        QVERIFY(!form.save());
        QVERIFY(!form.errorMessage().isEmpty());
        QCOMPARE(m_journal->sessions().list()->size(), 0);
        form.setField(QStringLiteral("dose"), QStringLiteral("0.5"));
        form.setVital(0, QStringLiteral("heartRate"), QStringLiteral("72"));
        // The quick choices fill in the time: about 40 minutes, discharge after two hours.
        form.addVital(QStringLiteral("during"));
        form.addVital(QStringLiteral("discharge"));
        const QVariantList rows = form.fields().value(QStringLiteral("vitals")).toList();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].toMap().value(QStringLiteral("minutes")).toString(), QStringLiteral("40"));
        QCOMPARE(rows[2].toMap().value(QStringLiteral("minutes")).toString(), QStringLiteral("120"));
        form.setVital(1, QStringLiteral("systolic"), QStringLiteral("141"));
        form.setVital(1, QStringLiteral("diastolic"), QStringLiteral("90"));
        form.removeVital(2); // left empty: removed
        QVERIFY(form.isValid());
        QVERIFY(form.save());
        const auto saved = m_journal->sessions().get(form.recordId());
        QVERIFY(saved);
        QCOMPARE(saved->vitals.size(), 2);
        QCOMPARE(saved->vitals[1], (kap::VitalReading { kap::VitalMoment::During, 40, 141, 90, {}, {} }));
    }

    void conflictKeepsTypedText()
    {
        kap::Session session;
        session.occurredAt = at(2026, 3, 1);
        session.intention = QStringLiteral("original");
        QVERIFY(m_journal->sessions().add(session));

        kap::SessionForm form;
        QVERIFY(form.openEdit(session.id));
        form.setField(QStringLiteral("intention"), QStringLiteral("my new words"));

        kap::Session elsewhere = m_journal->sessions().get(session.id).value();
        elsewhere.intention = QStringLiteral("changed in another window");
        QVERIFY(m_journal->sessions().update(elsewhere));

        QVERIFY(!form.save());
        QVERIFY(form.conflict());
        QCOMPARE(form.fields().value(QStringLiteral("intention")).toString(), QStringLiteral("my new words"));
        QVERIFY(form.saveOverwriting());
        QVERIFY(!form.conflict());
        QCOMPARE(m_journal->sessions().get(session.id)->intention, QStringLiteral("my new words"));
    }

    void noteIsSavedContinuouslyAndLinkedToTheLatestSession()
    {
        kap::Session older;
        older.occurredAt = at(2026, 2, 1);
        QVERIFY(m_journal->sessions().add(older));
        kap::Session latest;
        latest.occurredAt = at(2026, 3, 1);
        QVERIFY(m_journal->sessions().add(latest));

        kap::NoteForm form;
        form.setSaveDelay(20);
        form.openNew();
        QCOMPARE(form.sessionId(), latest.id);
        QCOMPARE(form.sessionChoices().size(), 3); // "No session" and the two sessions
        QCOMPARE(form.recordId(), 0);

        QSignalSpy saved(&form, &kap::NoteForm::saved);
        form.setTitle(QStringLiteral("After the second session"));
        form.setBody(QStringLiteral("What stood out? The colours."));
        QVERIFY(form.isDirty());
        QVERIFY(saved.wait(5000));
        QVERIFY(form.recordId() > 0);
        QVERIFY(!form.isDirty());
        QCOMPARE(m_journal->notes().get(form.recordId())->body, QStringLiteral("What stood out? The colours."));
        QCOMPARE(m_journal->notes().get(form.recordId())->sessionId, std::optional<kap::RecordId>(latest.id));

        form.setBody(QStringLiteral("What stood out? The colours, and the silence."));
        form.setTagsText(QStringLiteral("colour, silence, colour ,"));
        QVERIFY(saved.wait(5000));
        const kap::IntegrationNote stored = m_journal->notes().get(form.recordId()).value();
        QCOMPARE(stored.body, QStringLiteral("What stood out? The colours, and the silence."));
        QCOMPARE(stored.tags, (QStringList { QStringLiteral("colour"), QStringLiteral("silence") }));
        QCOMPARE(m_journal->notes().list()->size(), 1); // updated, not added again
        QCOMPARE(form.wordCount(), 8);
    }

    void lockSavesWhatIsPending()
    {
        kap::NoteForm form;
        form.setSaveDelay(60000); // the debounce never fires in this test
        form.openNew();
        form.setBody(QStringLiteral("typed just before the lock"));
        QVERIFY(form.isDirty());
        kap::JournalController* controller = kap::JournalController::instance();
        controller->lock();
        QCOMPARE(form.body(), QString()); // nothing stays in memory

        QSignalSpy unlocked(controller, &kap::JournalController::unlocked);
        controller->unlock(QStringLiteral("correct horse battery staple"));
        QVERIFY(unlocked.wait(30000));
        const QList<kap::IntegrationNote> notes = controller->journal()->notes().list().value();
        QCOMPARE(notes.size(), 1);
        QCOMPARE(notes.first().body, QStringLiteral("typed just before the lock"));
    }

    void emptyNoteIsNotStored()
    {
        kap::NoteForm form;
        form.openNew();
        form.setTitle(QStringLiteral("  "));
        QVERIFY(form.flush());
        QCOMPARE(m_journal->notes().list()->size(), 0);
    }

    void wordsAndTags()
    {
        QCOMPARE(kap::NoteForm::countWords(QString()), 0);
        QCOMPARE(kap::NoteForm::countWords(QStringLiteral("  one, two;three\n four's  ")), 4);
        QCOMPARE(kap::NoteForm::countWords(QStringLiteral("éà über 42")), 3);
        QCOMPARE(kap::NoteForm::parseTags(QStringLiteral(" a ,b,,A, c  d ")),
            (QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c d") }));
    }

    void checkinIsQuick()
    {
        kap::CheckinForm form;
        form.openNew();
        QCOMPARE(form.mood(), 5);
        QCOMPARE(form.anxiety(), -1);
        form.setMood(8);
        form.setSleep(6);
        form.setNote(QStringLiteral("slept well"));
        form.setMood(42); // clamped
        QCOMPARE(form.mood(), 10);
        QVERIFY(form.save());
        const kap::MoodCheckin stored = m_journal->checkins().get(form.recordId()).value();
        QCOMPARE(stored.mood, 10);
        QCOMPARE(stored.sleep, std::optional<int>(6));
        QVERIFY(!stored.anxiety);
        QCOMPARE(stored.note, QStringLiteral("slept well"));
    }

    void questionnaireScoresThroughQuestionnaireH()
    {
        kap::QuestionnaireForm form;
        form.openNew(QStringLiteral("phq9"));
        QCOMPARE(form.items().size(), 9);
        QCOMPARE(form.options().size(), 4);
        QCOMPARE(form.options().at(2).toMap().value(QStringLiteral("text")).toString(),
            QStringLiteral("More than half the days"));
        QVERIFY(form.stem().startsWith(QStringLiteral("Over the last 2 weeks")));
        QVERIFY(!form.isComplete());
        QCOMPARE(form.total(), -1);
        QVERIFY(!form.save());

        // No session and no phase yet: there is no course, so nothing to compare with.
        for (int i = 0; i < 9; ++i) {
            form.setAnswer(i, 1);
        }
        QCOMPARE(form.baselineTotal(), -1);
        QVERIFY(form.comparisonText().startsWith(QStringLiteral("No treatment course has begun yet.")));
        // An induction starting tomorrow: this score, the latest before it, is the baseline.
        const QDate today = QDate::currentDate();
        kap::Phase planned;
        planned.start = today.addDays(1);
        QVERIFY(m_journal->phases().add(planned));
        form.openNew(QStringLiteral("phq9"));

        QSignalSpy answers(&form, &kap::QuestionnaireForm::answersChanged);
        form.setAnswer(8, 1); // item 9 first: the flag rises before anything else is answered
        QVERIFY(form.item9Flag());
        form.setAnswer(8, 0);
        QVERIFY(!form.item9Flag());
        for (int i = 0; i < 9; ++i) {
            form.setAnswer(i, 2);
        }
        QVERIFY(form.isComplete());
        QCOMPARE(form.total(), 18);
        QCOMPARE(form.bandKey(), QStringLiteral("moderately_severe"));
        QVERIFY(form.item9Flag());
        QCOMPARE(form.baselineTotal(), -1); // this one becomes the baseline
        QVERIFY2(form.comparisonText().startsWith(QStringLiteral("This is the baseline of this course")),
            qPrintable(form.comparisonText()));
        // The unscored difficulty question is kept and never counted.
        QCOMPARE(form.difficulty(), -1);
        QCOMPARE(form.difficultyOptions().size(), 4);
        form.setDifficulty(2);
        QCOMPARE(form.total(), 18);
        QVERIFY(form.save());
        QVERIFY(m_journal->questionnaires().get(form.recordId()));
        QCOMPARE(m_journal->questionnaires().get(form.recordId())->difficulty, std::optional<int>(2));
        kap::QuestionnaireForm reopened;
        QVERIFY(reopened.openEdit(form.recordId()));
        QCOMPARE(reopened.difficulty(), 2);

        // The course began 10 days ago instead; the score saved above was taken 12 days ago.
        QVERIFY(m_journal->phases().moveToTrash(planned.id));
        auto saved = m_journal->questionnaires().get(form.recordId());
        QVERIFY(saved);
        saved->at = journaltest::at(today.year(), today.month(), today.day()).addDays(-12);
        QVERIFY(m_journal->questionnaires().update(*saved));
        kap::Phase induction;
        induction.start = today.addDays(-10);
        QVERIFY(m_journal->phases().add(induction));
        kap::Session first;
        first.occurredAt = journaltest::at(today.year(), today.month(), today.day(), 15).addDays(-10);
        first.route = QStringLiteral("sublingual");
        QVERIFY(m_journal->sessions().add(first));

        // Now: 4 after a baseline of 18 is a response and a remission.
        kap::QuestionnaireForm later;
        later.openNew(QStringLiteral("phq9"));
        for (int i = 0; i < 9; ++i) {
            later.setAnswer(i, i < 4 ? 1 : 0);
        }
        QCOMPARE(later.total(), 4);
        QCOMPARE(later.baselineTotal(), 18);
        QVERIFY(later.isResponse());
        QVERIFY(later.isRemission());
        QVERIFY2(later.comparisonText().contains(QStringLiteral("this counts as remission")),
            qPrintable(later.comparisonText()));
        // 9 is a response (down by half) but not a remission.
        later.setAnswer(4, 3);
        later.setAnswer(5, 2);
        QCOMPARE(later.total(), 9);
        QVERIFY(later.isResponse());
        QVERIFY(!later.isRemission());
        later.setAnswer(6, 1);
        QVERIFY(!later.isResponse());
    }

    void baselineRestartsWithANewInduction()
    {
        kap::QuestionnaireResponse first;
        first.kind = kap::QuestionnaireKind::Gad7;
        first.at = at(2025, 1, 10);
        first.answers = { 3, 3, 3, 3, 3, 3, 3 };
        QVERIFY(m_journal->questionnaires().add(first));
        kap::Phase induction;
        induction.start = QDate(2025, 6, 1);
        QVERIFY(m_journal->phases().add(induction));
        kap::Session firstOfCourse;
        firstOfCourse.occurredAt = at(2025, 6, 3);
        firstOfCourse.route = QStringLiteral("sublingual");
        QVERIFY(m_journal->sessions().add(firstOfCourse));
        kap::QuestionnaireResponse courseStart;
        courseStart.kind = kap::QuestionnaireKind::Gad7;
        courseStart.at = at(2025, 6, 2);
        courseStart.answers = { 2, 2, 2, 2, 2, 2, 2 };
        QVERIFY(m_journal->questionnaires().add(courseStart));

        kap::QuestionnaireForm form;
        form.openNew(QStringLiteral("gad7"));
        QCOMPARE(form.items().size(), 7);
        QCOMPARE(form.baselineTotal(), 14);
        for (int i = 0; i < 7; ++i) {
            form.setAnswer(i, 1);
        }
        QCOMPARE(form.total(), 7);
        QCOMPARE(form.bandKey(), QStringLiteral("mild"));
        QVERIFY(form.isResponse());
        QVERIFY(!form.isRemission()); // 7 is not below 5
        form.setAnswer(0, 0);
        form.setAnswer(1, 0);
        form.setAnswer(2, 0);
        QCOMPARE(form.total(), 4);
        QVERIFY(form.isRemission()); // GAD-7 remission counts as PHQ-9's does
        QVERIFY(!form.item9Flag());
    }

    void formsForgetOnLock()
    {
        kap::SessionForm session;
        session.openNew();
        session.setField(QStringLiteral("intention"), QStringLiteral("private"));
        kap::CheckinForm checkin;
        checkin.setNote(QStringLiteral("private"));
        kap::QuestionnaireForm questionnaire;
        questionnaire.openNew(QStringLiteral("phq9"));
        questionnaire.setAnswer(8, 2);
        kap::JournalController::instance()->lock();
        QCOMPARE(session.fields().value(QStringLiteral("intention")).toString(), QString());
        QCOMPARE(checkin.note(), QString());
        QCOMPARE(questionnaire.answeredCount(), 0);
        QVERIFY(!questionnaire.item9Flag());
    }
};

QTEST_GUILESS_MAIN(TestJournalForms)
#include "tst_journalforms.moc"
