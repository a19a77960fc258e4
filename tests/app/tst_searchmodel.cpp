// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/EntryActions.h"
#include "app/journal/SearchModel.h"
#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/SearchRepository.h"
#include "tests/app/JournalModelFixture.h"
#include "text/SearchText.h"

#include <QAbstractItemModelTester>

using kap::SearchModel;

/// Search as you type: debounced, off the GUI thread, matched words in bold, HTML escaped; check-ins
/// and phases found too, each hit saying where its words were.
class TestSearchModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    kap::Journal* m_journal = nullptr;

    static QString marked(const QString& word)
    {
        return QChar(kap::SearchRepository::MatchStart) + word + QChar(kap::SearchRepository::MatchEnd);
    }
    void addNote(const QString& title, const QString& body, int day)
    {
        kap::IntegrationNote note;
        note.writtenAt = journaltest::at(2026, 3, day);
        note.title = title;
        note.body = body;
        QVERIFY(m_journal->notes().add(note));
    }

private Q_SLOTS:
    void initTestCase() { journaltest::setUpController(); }
    void init()
    {
        m_journal = journaltest::openFresh(m_dir, QStringLiteral("%1.kapj").arg(QTest::currentTestFunction()));
        QVERIFY(m_journal);
    }
    void cleanup() { kap::JournalController::instance()->lock(); }

    void richTextEscapesWhatPeopleWrote()
    {
        const QString snippet = QStringLiteral("<script>alert(1)</script> & ") + marked(QStringLiteral("lake"))
            + QStringLiteral(" \"x\"");
        QCOMPARE(SearchModel::toRichText(snippet),
            QStringLiteral("&lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>lake</b> &quot;x&quot;"));
        QCOMPARE(SearchModel::toPlainText(snippet), QStringLiteral("<script>alert(1)</script> & lake \"x\""));
        // Markers that do not pair up never leave an open tag behind.
        QCOMPARE(SearchModel::toRichText(QChar(kap::SearchRepository::MatchStart) + QStringLiteral("a<b")),
            QStringLiteral("<b>a&lt;b</b>"));
        QCOMPARE(
            SearchModel::toRichText(QChar(kap::SearchRepository::MatchEnd) + QStringLiteral("a")), QStringLiteral("a"));
    }

    void searchesAsYouTypeOffTheGuiThread()
    {
        addNote(QStringLiteral("Walk"), QStringLiteral("I walked by the <lake> & felt calm."), 1);
        addNote(QStringLiteral("Work"), QStringLiteral("Hard day at work."), 2);
        SearchModel model;
        model.setDelay(10);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchModel::finished);
        model.setQuery(QStringLiteral("la"));
        model.setQuery(QStringLiteral("lak")); // typing on: one search for the latest text
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex hit = model.index(0, 0);
        QCOMPARE(hit.data(SearchModel::KindRole).toString(), QStringLiteral("note"));
        QCOMPARE(hit.data(SearchModel::TitleRole).toString(), QStringLiteral("Walk"));
        const QString snippet = hit.data(SearchModel::SnippetRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("<b>")), qPrintable(snippet));
        QVERIFY2(snippet.contains(QStringLiteral("&lt;")), qPrintable(snippet));
        QVERIFY(!snippet.contains(QStringLiteral("<lake>")));
        QVERIFY(!model.isBusy());

        model.setQuery(QString());
        QCOMPARE(model.rowCount(), 0);
    }

    void checkinsAndPhasesSayWhereTheWordsWere()
    {
        kap::MoodCheckin checkin;
        checkin.at = journaltest::at(2026, 3, 4, 8);
        checkin.mood = 3;
        checkin.note = QStringLiteral("Rainy, low energy.");
        QVERIFY(m_journal->checkins().add(checkin));
        kap::Phase phase;
        phase.label = QStringLiteral("Rainy season course");
        phase.start = QDate(2026, 3, 1);
        QVERIFY(m_journal->phases().add(phase));
        addNote(QStringLiteral("Rainy"), QStringLiteral("rainy walk to the bus"), 2);

        SearchModel model;
        model.setDelay(1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchModel::finished);
        model.setQuery(QStringLiteral("rainy"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 3);
        const QModelIndex first = model.index(0, 0); // newest first: the check-in of the 4th
        QCOMPARE(first.data(SearchModel::KindRole).toString(), QStringLiteral("checkin"));
        QCOMPARE(first.data(SearchModel::KindTextRole).toString(), QStringLiteral("Mood check-in"));
        QCOMPARE(first.data(SearchModel::FoundInRole).toString(), QStringLiteral("found in: check-in note"));
        QVERIFY(first.data(SearchModel::TitleRole).toString().isEmpty());
        QCOMPARE(first.data(SearchModel::PlainSnippetRole).toString(), QStringLiteral("Rainy, low energy."));
        const QModelIndex note = model.index(1, 0);
        QCOMPARE(note.data(SearchModel::KindRole).toString(), QStringLiteral("note"));
        QCOMPARE(note.data(SearchModel::FoundInRole).toString(), QStringLiteral("found in: title, text"));
        const QModelIndex course = model.index(2, 0);
        QCOMPARE(course.data(SearchModel::KindRole).toString(), QStringLiteral("phase"));
        QCOMPARE(course.data(SearchModel::TitleRole).toString(), QStringLiteral("Rainy season course"));
        QCOMPARE(course.data(SearchModel::FoundInRole).toString(), QStringLiteral("found in: phase name"));
        QCOMPARE(course.data(SearchModel::WhenTextRole).toString(),
            QLocale().toString(QDate(2026, 3, 1), QLocale::LongFormat));
    }

    void everyFieldHasALabel()
    {
        for (int f = int(kap::SearchField::Title); f <= int(kap::SearchField::PhaseNotes); ++f) {
            const auto field = static_cast<kap::SearchField>(f);
            QVERIFY2(!kap::SearchText::field(field).isEmpty(), qPrintable(kap::searchFieldKey(field)));
            QVERIFY(!kap::searchFieldKey(field).isEmpty());
        }
        QCOMPARE(kap::SearchText::foundIn({}), QString());
        QCOMPARE(kap::SearchText::foundIn(
                     { kap::SearchField::Intention, kap::SearchField::Experience, kap::SearchField::SessionDetails }),
            QStringLiteral("found in: intention, experience, session details"));
    }

    void findsNothingForUnknownWords()
    {
        addNote(QStringLiteral("Lake"), QStringLiteral("calm"), 1);
        SearchModel model;
        model.setDelay(1);
        QSignalSpy finished(&model, &SearchModel::finished);
        model.setQuery(QStringLiteral("mountain \"OR* -"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.errorMessage().isEmpty());
    }

    void searchSeesOnlyWhatTheGuiThreadCommitted()
    {
        // The worker searches on its own connection, never the GUI thread's: a write that is
        // still in progress there (an autosave's transaction) is invisible to it and does not
        // make it fail. On the shared connection it would see the half-done write.
        addNote(QStringLiteral("Lake"), QStringLiteral("calm water"), 1);
        SearchModel model;
        model.setDelay(1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchModel::finished);
        {
            kap::Transaction write(kap::JournalTestAccess::database(*m_journal));
            QVERIFY(write.begun());
            addNote(QStringLiteral("Not saved yet"), QStringLiteral("calm thoughts, still being typed"), 2);
            model.setQuery(QStringLiteral("calm"));
            model.searchNow();
            QVERIFY(finished.wait(10000));
            QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
            QCOMPARE(model.rowCount(), 1);
            QCOMPARE(model.index(0, 0).data(SearchModel::TitleRole).toString(), QStringLiteral("Lake"));
            QVERIFY(write.commit());
        }
        model.searchNow();
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 2);
    }

    void searchesWhileTheGuiThreadWrites()
    {
        // Writes on the GUI thread while searches run on the worker: no errors, and the answer
        // is the one the GUI thread's own connection gives.
        SearchModel model;
        model.setDelay(1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchModel::finished);
        model.setQuery(QStringLiteral("river"));
        int written = 0;
        for (int round = 0; round < 15; ++round) {
            model.searchNow();
            for (int i = 0; i < 3; ++i) {
                ++written;
                addNote(QStringLiteral("River %1").arg(written), QStringLiteral("river stones %1").arg(written),
                    1 + written % 28);
            }
            QVERIFY(finished.wait(10000));
            QVERIFY2(model.errorMessage().isEmpty(), qPrintable(model.errorMessage()));
        }
        model.searchNow();
        QVERIFY(finished.wait(10000));
        const auto direct = m_journal->search().search(QStringLiteral("river"), 100);
        QVERIFY(direct);
        QCOMPARE(direct->size(), written);
        QCOMPARE(model.rowCount(), int(direct->size()));
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row, 0);
            QCOMPARE(index.data(SearchModel::RecordIdRole).toLongLong(), qint64(direct->at(row).id));
            QCOMPARE(index.data(SearchModel::TitleRole).toString(), direct->at(row).title);
            QCOMPARE(index.data(SearchModel::SnippetRole).toString(), SearchModel::toRichText(direct->at(row).snippet));
        }
    }

    void lockClearsResultsAndQuery()
    {
        addNote(QStringLiteral("Lake"), QStringLiteral("calm water"), 1);
        SearchModel model;
        model.setDelay(1);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy finished(&model, &SearchModel::finished);
        model.setQuery(QStringLiteral("calm"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(model.rowCount(), 1);
        model.setQuery(QStringLiteral("water"));
        model.searchNow(); // a search in flight while the journal locks
        kap::JournalController::instance()->lock();
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(model.query().isEmpty());
        QCoreApplication::processEvents(); // the queued answer must not refill the model
        QTest::qWait(50);
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearchModel)
#include "tst_searchmodel.moc"
