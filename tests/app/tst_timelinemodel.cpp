// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/EntryActions.h"
#include "app/journal/TimelineModel.h"
#include "storage/CheckinRepository.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "tests/app/JournalModelFixture.h"
#include "text/EntryText.h"

#include <QAbstractItemModelTester>
#include <QSet>

using journaltest::at;
using kap::TimelineModel;

/// The timeline: newest first, lazily paged, grouped by week within phases, filtered, cleared on
/// lock, and sound by QAbstractItemModelTester's checks.
class TestTimelineModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kap::Journal* m_journal = nullptr;

    static QString str(const QAbstractItemModel& model, int row, int role)
    {
        return model.data(model.index(row, 0), role).toString();
    }
    void fetchAll(TimelineModel& model)
    {
        while (model.canFetchMore(QModelIndex())) {
            model.fetchMore(QModelIndex());
        }
    }

private Q_SLOTS:
    void initTestCase() { journaltest::setUpController(); }

    void init()
    {
        m_journal = journaltest::openFresh(m_dir, QStringLiteral("%1.kapj").arg(QTest::currentTestFunction()));
        QVERIFY(m_journal);
    }
    void cleanup() { kap::JournalController::instance()->lock(); }

    void emptyJournalHasNoRows()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.canFetchMore(QModelIndex()));
    }

    void pagesNewestFirstWithoutGapsOrDuplicates()
    {
        // 230 check-ins, several sharing the same second so page boundaries fall inside ties.
        for (int i = 0; i < 230; ++i) {
            kap::MoodCheckin checkin;
            checkin.at = at(2026, 1, 1).addSecs((i / 3) * 3600);
            checkin.mood = i % 11;
            QVERIFY(m_journal->checkins().add(checkin));
        }
        TimelineModel model;
        model.setPageSize(50);
        model.clear();
        model.reload();
        QCOMPARE(model.rowCount(), 50);
        QVERIFY(model.canFetchMore(QModelIndex()));
        // The tester fetches more on its own, as a view would.
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 230);
        QSet<qint64> ids;
        QDateTime previous;
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            ids.insert(index.data(TimelineModel::RecordIdRole).toLongLong());
            const QDateTime when = index.data(TimelineModel::AtRole).toDateTime();
            QVERIFY(!previous.isValid() || when <= previous);
            previous = when;
        }
        QCOMPARE(ids.size(), 230);
    }

    void rolesDescribeEachKind()
    {
        kap::Session session;
        session.occurredAt = at(2026, 3, 2, 10);
        session.route = QStringLiteral("sublingual");
        session.doseMg = 200;
        session.moodBefore = 3;
        session.moodAfter = 7;
        session.sideEffects = { QStringLiteral("nausea"), QStringLiteral("tingling") };
        QVERIFY(m_journal->sessions().add(session));
        kap::IntegrationNote note;
        note.writtenAt = at(2026, 3, 3, 20);
        note.sessionId = session.id;
        note.title = QStringLiteral("The lake");
        note.body = QStringLiteral("I saw the lake again.\nIt was calm.");
        note.tags = { QStringLiteral("nature") };
        QVERIFY(m_journal->notes().add(note));
        kap::MoodCheckin checkin;
        checkin.at = at(2026, 3, 4, 8);
        checkin.mood = 6;
        checkin.sleep = 8;
        QVERIFY(m_journal->checkins().add(checkin));
        kap::QuestionnaireResponse phq;
        phq.at = at(2026, 3, 5, 9);
        phq.answers = { 2, 2, 2, 2, 2, 1, 1, 1, 1 };
        QVERIFY(m_journal->questionnaires().add(phq));

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(str(model, 0, TimelineModel::KindRole), QStringLiteral("questionnaire"));
        QCOMPARE(model.index(0, 0).data(TimelineModel::TotalRole).toInt(), 14);
        QCOMPARE(str(model, 0, TimelineModel::BandKeyRole), QStringLiteral("moderate"));
        QCOMPARE(model.index(0, 0).data(TimelineModel::Item9Role).toBool(), true);
        QCOMPARE(str(model, 1, TimelineModel::KindRole), QStringLiteral("checkin"));
        QCOMPARE(model.index(1, 0).data(TimelineModel::MoodRole).toInt(), 6);
        QCOMPARE(model.index(1, 0).data(TimelineModel::MoodBeforeRole).toInt(), -1);
        QCOMPARE(str(model, 2, TimelineModel::KindRole), QStringLiteral("note"));
        QCOMPARE(str(model, 2, TimelineModel::TitleRole), QStringLiteral("The lake"));
        QCOMPARE(str(model, 2, TimelineModel::ExcerptRole), QStringLiteral("I saw the lake again. It was calm."));
        QCOMPARE(model.index(2, 0).data(TimelineModel::LinkedSessionIdRole).toLongLong(), session.id);
        QVERIFY(!str(model, 2, TimelineModel::LinkedTextRole).isEmpty());
        QCOMPARE(str(model, 3, TimelineModel::KindRole), QStringLiteral("session"));
        QVERIFY(str(model, 3, TimelineModel::TitleRole).contains(QStringLiteral("200")));
        QCOMPARE(model.index(3, 0).data(TimelineModel::MoodBeforeRole).toInt(), 3);
        QCOMPARE(model.index(3, 0).data(TimelineModel::MoodAfterRole).toInt(), 7);
        QCOMPARE(model.index(3, 0).data(TimelineModel::ChipsRole).toStringList(),
            (QStringList { QStringLiteral("Nausea"), QStringLiteral("tingling") }));
        QCOMPARE(model.roleNames().value(TimelineModel::SectionRole), QByteArray("section"));
    }

    // Check-ins are compact rows: a run of check-ins of one day sits under one day line, with
    // the time, the mood and the figures recorded; a session or note breaks the run.
    void checkinsAreCompactRowsUnderOneDayLine()
    {
        const auto addCheckin = [this](QDateTime when, int mood, std::optional<int> anxiety, std::optional<int> sleep,
                                    const QString& note) {
            kap::MoodCheckin checkin;
            checkin.at = when;
            checkin.mood = mood;
            checkin.anxiety = anxiety;
            checkin.sleep = sleep;
            checkin.note = note;
            QVERIFY(m_journal->checkins().add(checkin));
        };
        addCheckin(at(2026, 3, 4, 8), 4, 6, 5, QStringLiteral("Rainy, low energy.\nStayed in."));
        addCheckin(at(2026, 3, 4, 21), 6, std::nullopt, std::nullopt, QString());
        addCheckin(at(2026, 3, 5, 9), 7, 2, std::nullopt, QString());
        kap::IntegrationNote note;
        note.writtenAt = at(2026, 3, 5, 12);
        note.title = QStringLiteral("After the walk");
        QVERIFY(m_journal->notes().add(note));
        addCheckin(at(2026, 3, 5, 18), 5, std::nullopt, std::nullopt, QString());

        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 5);
        const QLocale locale;
        // Newest first: 5 Mar 18:00 check-in, the note, 5 Mar 09:00, 4 Mar 21:00, 4 Mar 08:00.
        QCOMPARE(str(model, 0, TimelineModel::DayLineRole), locale.toString(QDate(2026, 3, 5), QLocale::LongFormat));
        QCOMPARE(str(model, 1, TimelineModel::KindRole), QStringLiteral("note"));
        QCOMPARE(str(model, 1, TimelineModel::DayLineRole), QString()); // notes stay cards
        // After the note a new run starts, even on the same day.
        QCOMPARE(str(model, 2, TimelineModel::DayLineRole), locale.toString(QDate(2026, 3, 5), QLocale::LongFormat));
        QCOMPARE(str(model, 3, TimelineModel::DayLineRole), locale.toString(QDate(2026, 3, 4), QLocale::LongFormat));
        QCOMPARE(str(model, 4, TimelineModel::DayLineRole), QString()); // same day as the row above
        QCOMPARE(str(model, 4, TimelineModel::TimeTextRole), kap::EntryText::shortTime(QTime(8, 0), locale));
        QCOMPARE(str(model, 4, TimelineModel::FiguresRole), QStringLiteral("Anxiety 6 · Sleep 5"));
        QCOMPARE(str(model, 4, TimelineModel::ExcerptRole), QStringLiteral("Rainy, low energy. Stayed in."));
        QCOMPARE(str(model, 3, TimelineModel::FiguresRole), QString());
        QCOMPARE(model.index(3, 0).data(TimelineModel::MoodRole).toInt(), 6);
        QCOMPARE(model.roleNames().value(TimelineModel::DayLineRole), QByteArray("dayLine"));
    }

    // A day's run that spans two pages still has one day line: the first row of a page looks at
    // the last row of the page before.
    void dayLineAcrossPages()
    {
        for (int hour = 8; hour < 12; ++hour) {
            kap::MoodCheckin checkin;
            checkin.at = at(2026, 4, 1, hour);
            checkin.mood = 5;
            QVERIFY(m_journal->checkins().add(checkin));
        }
        TimelineModel model;
        model.setPageSize(2);
        fetchAll(model);
        QCOMPARE(model.rowCount(), 4);
        QVERIFY(!str(model, 0, TimelineModel::DayLineRole).isEmpty());
        for (int row = 1; row < 4; ++row) {
            QCOMPARE(str(model, row, TimelineModel::DayLineRole), QString());
        }
    }

    void timesWithoutSeconds()
    {
        const QTime time(20, 25, 41);
        QCOMPARE(kap::EntryText::shortTime(time, QLocale::c()), QStringLiteral("20:25")); // C says "HH:mm:ss"
        QCOMPARE(kap::EntryText::shortTime(time, QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("20:25"));
        const QString us = kap::EntryText::shortTime(time, QLocale(QLocale::English, QLocale::UnitedStates));
        QVERIFY2(us.startsWith(QStringLiteral("8:25")) && us.contains(QStringLiteral("PM")), qPrintable(us));
        QVERIFY(!us.contains(QStringLiteral("41")));
    }

    void sectionsAreWeeksWithinThePhase()
    {
        kap::Phase induction;
        induction.kind = kap::PhaseKind::Induction;
        induction.start = QDate(2026, 3, 2);
        induction.end = QDate(2026, 3, 22);
        const QList<kap::Phase> phases { induction };
        QVERIFY(
            TimelineModel::sectionFor(QDate(2026, 3, 2), phases, 1).startsWith(QStringLiteral("Induction, week 1")));
        QVERIFY(
            TimelineModel::sectionFor(QDate(2026, 3, 8), phases, 1).startsWith(QStringLiteral("Induction, week 1")));
        QVERIFY(
            TimelineModel::sectionFor(QDate(2026, 3, 9), phases, 1).startsWith(QStringLiteral("Induction, week 2")));
        QVERIFY(
            TimelineModel::sectionFor(QDate(2026, 3, 22), phases, 1).startsWith(QStringLiteral("Induction, week 3")));
        // Outside a phase: the calendar week, starting on the chosen day.
        const QString monday = TimelineModel::sectionFor(QDate(2026, 3, 25), phases, 1);
        QVERIFY(monday.startsWith(QStringLiteral("Week of")));
        QCOMPARE(TimelineModel::sectionFor(QDate(2026, 3, 29), phases, 1), monday); // Sunday, same week
        QVERIFY(TimelineModel::sectionFor(QDate(2026, 3, 29), phases, 7) != monday); // weeks start on Sunday
        // The latest-starting phase wins where two overlap (a second course).
        kap::Phase second = induction;
        second.label = QStringLiteral("Second course");
        second.start = QDate(2026, 3, 16);
        second.end.reset();
        const QString overlapping = TimelineModel::sectionFor(QDate(2026, 3, 17), { induction, second }, 1);
        QVERIFY(overlapping.startsWith(QStringLiteral("Induction (Second course), week 1")));
    }

    void filtersByKindAndPhase()
    {
        kap::Phase induction;
        induction.kind = kap::PhaseKind::Induction;
        induction.start = QDate(2026, 3, 1);
        induction.end = QDate(2026, 3, 10);
        QVERIFY(m_journal->phases().add(induction));
        for (int day = 1; day <= 20; ++day) {
            kap::MoodCheckin checkin;
            checkin.at = at(2026, 3, day);
            QVERIFY(m_journal->checkins().add(checkin));
            if (day % 5 == 0) {
                kap::Session session;
                session.occurredAt = at(2026, 3, day, 15);
                QVERIFY(m_journal->sessions().add(session));
            }
        }
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 24);
        QCOMPARE(model.phaseChoices().size(), 2); // "All phases" and the induction
        model.setKinds({ QStringLiteral("session") });
        QCOMPARE(model.rowCount(), 4);
        model.setPhaseId(induction.id);
        QCOMPARE(model.rowCount(), 2); // March 5 and 10
        model.setKinds({});
        QCOMPARE(model.rowCount(), 12);
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(str(model, row, TimelineModel::SectionRole).startsWith(QStringLiteral("Induction")));
        }
        model.setPhaseId(0);
        QCOMPARE(model.rowCount(), 24);
    }

    void followsChangesAndClearsOnLock()
    {
        kap::MoodCheckin checkin;
        checkin.at = at(2026, 3, 1);
        QVERIFY(m_journal->checkins().add(checkin));
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);

        QVERIFY(kap::EntryActions::instance()->moveToTrash(QStringLiteral("checkin"), checkin.id));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(kap::EntryActions::instance()->restore(QStringLiteral("checkin"), checkin.id));
        QCOMPARE(model.rowCount(), 1);

        kap::JournalController* controller = kap::JournalController::instance();
        const QString path = controller->journalPath();
        controller->lock();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.phaseChoices().isEmpty());
        QVERIFY(!model.canFetchMore(QModelIndex()));

        QSignalSpy unlocked(controller, &kap::JournalController::unlocked);
        controller->unlock(QStringLiteral("correct horse battery staple"));
        QVERIFY(unlocked.wait(30000));
        QCOMPARE(model.rowCount(), 1);
    }

    void tenYearsPageQuickly()
    {
        // Ten years of daily check-ins: the first page and a scroll step read only what is shown.
        {
            kap::Transaction transaction(kap::JournalTestAccess::database(*m_journal));
            for (int day = 0; day < 3650; ++day) {
                kap::MoodCheckin checkin;
                checkin.at = at(2016, 1, 1).addDays(day);
                checkin.mood = day % 11;
                QVERIFY(m_journal->checkins().add(checkin));
            }
            QVERIFY(transaction.commit());
        }
        QElapsedTimer timer;
        timer.start();
        TimelineModel model;
        const qint64 firstPage = timer.restart();
        model.fetchMore(QModelIndex());
        const qint64 nextPage = timer.elapsed();
        QCOMPARE(model.rowCount(), 200);
        qInfo("10 years of check-ins: first page %lld ms, next page %lld ms", firstPage, nextPage);
    }
};

QTEST_GUILESS_MAIN(TestTimelineModel)
#include "tst_timelinemodel.moc"
