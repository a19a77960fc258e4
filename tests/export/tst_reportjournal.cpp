// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportCollector.h"
#include "report/ReportExporter.h"
#include "statistics/TrendsStatistics.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "tests/export/SampleJournal.h"
#include "tests/support/TestSupport.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace kap;

namespace {
const QString Password = QStringLiteral("maple harbor violin seven cloud");

QString pdfText(const QString& file, const QString& password)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), password, file, QStringLiteral("-") });
    p.waitForFinished(60000);
    // NFKC turns typographic ligatures ("ﬁ") back into letters.
    return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC)
                             : QString();
}
} // namespace

/// The report from a real journal: only sessions in the range and only the notes the person
/// picked reach the PDF; the baseline comes from the start of the course.
class TestReportJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onlyWhatWasChosen()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal && exporttest::populate(*journal));
        // A session outside the range with a dose found nowhere else.
        Session outside = exporttest::fullSession(QDate(2025, 11, 3), 987);
        QVERIFY(journal->sessions().add(outside).ok());
        IntegrationNote chosen;
        chosen.writtenAt = exporttest::local(QDate(2026, 1, 10), QTime(20, 0), 60);
        chosen.title = QStringLiteral("Chosen");
        chosen.body = QStringLiteral("Saffron kingfisher over the water");
        IntegrationNote notChosen;
        notChosen.writtenAt = exporttest::local(QDate(2026, 1, 11), QTime(20, 0), 60);
        notChosen.title = QStringLiteral("Private");
        notChosen.body = QStringLiteral("Walrus tambourine secret");
        QVERIFY(journal->notes().add(chosen).ok());
        QVERIFY(journal->notes().add(notChosen).ok());

        ReportOptions options;
        options.range = DayRange { QDate(2026, 1, 1), QDate(2026, 3, 1) };
        options.displayName = QStringLiteral("A. B.");
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        options.noteIds = { chosen.id };
        const QString file = dir.filePath(QStringLiteral("report.pdf"));
        QVERIFY(ReportExporter::exportReport(*journal, options, SecureBytes::fromString(Password), file).ok());
        QCOMPARE(kaptest::permissions(file), 0600);

        const QString text = pdfText(file, Password);
        QVERIFY(!text.isEmpty());
        QVERIFY(text.contains(QLatin1String("Sessions (3)"))); // two KAP + one IV; the trashed one is not shown
        QVERIFY(text.contains(QLatin1String("111 mg")));
        QVERIFY(text.contains(QLatin1String("port"))); // route "other" in the person's words
        QVERIFY(!text.contains(QLatin1String("987")));
        QVERIFY(!text.contains(QLatin1String("123 mg"))); // trashed session
        QVERIFY(text.contains(QLatin1String("Saffron kingfisher over the water")));
        QVERIFY(!text.contains(QLatin1String("Walrus")));
        QVERIFY(!text.contains(QLatin1String("The lighthouse again"))); // a note not picked
        const QByteArray bytes = kaptest::readAll(file);
        QVERIFY(!bytes.contains("Saffron"));
        QVERIFY(!bytes.contains("A. B."));

        // No notes by default.
        options.noteIds.clear();
        QVERIFY(ReportExporter::exportReport(*journal, options, SecureBytes::fromString(Password), file).ok());
        const QString plain = pdfText(file, Password);
        QVERIFY(!plain.contains(QLatin1String("Saffron")));
        QVERIFY(!plain.contains(QLatin1String("Integration notes")));
    }

    void trashedOrMissingNotesAreRefused()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        IntegrationNote note;
        note.writtenAt = kaptest::fixedNow();
        note.body = QStringLiteral("x");
        QVERIFY(journal->notes().add(note).ok());
        QVERIFY(journal->notes().moveToTrash(note.id).ok());
        ReportOptions options;
        options.range = DayRange { QDate(2026, 1, 1), QDate(2026, 3, 1) };
        options.noteIds = { note.id };
        QCOMPARE(ReportCollector::collect(*journal, options).code(), ErrorCode::NotFound);
        options.noteIds = { 4242 };
        QCOMPARE(ReportCollector::collect(*journal, options).code(), ErrorCode::NotFound);
        const QString file = dir.filePath(QStringLiteral("r.pdf"));
        QCOMPARE(
            ReportExporter::exportReport(*journal, options, SecureBytes(), file).code(), ErrorCode::EmptyPassphrase);
        QVERIFY(!QFile::exists(file));
    }

    void baselineIsTheLatestScoreBeforeTheCourse()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal && exporttest::populate(*journal));
        // An older score from before this course does not count as its baseline.
        QuestionnaireResponse old;
        old.kind = QuestionnaireKind::Phq9;
        old.at = exporttest::local(QDate(2025, 6, 1), QTime(9, 0), 60);
        old.answers = { 3, 3, 3, 3, 3, 3, 3, 3, 0 };
        QVERIFY(journal->questionnaires().add(old).ok());
        ReportOptions options;
        options.range = DayRange { QDate(2026, 2, 1), QDate(2026, 3, 1) };
        auto data = ReportCollector::collect(*journal, options);
        QVERIFY(data.ok());
        QVERIFY(data->baseline(QuestionnaireKind::Phq9).has_value());
        // Before the range, in the 14 days before the course's first session.
        QCOMPARE(data->baseline(QuestionnaireKind::Phq9)->at.date(), QDate(2026, 1, 4));
        QVERIFY(!data->phq9Outcome.baseline->afterTreatmentBegan);
        QCOMPARE(data->questionnaires.size(), 1); // 15 Feb PHQ-9 (that day's GAD-7 is in the trash)
        QVERIFY(data->notes.isEmpty());
        QCOMPARE(data->sessions.size(), 1);
        QCOMPARE(data->phases.size(), 1); // maintenance only
    }

    // The report and the Trends page pick the same baseline (TreatmentCourse): with two scores in
    // the two weeks before the first session, the latest of them.
    void reportAndTrendsShareTheBaselineRule()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        Phase induction;
        induction.kind = PhaseKind::Induction;
        induction.start = QDate(2026, 1, 15);
        induction.end = QDate(2026, 2, 5);
        QVERIFY(journal->phases().add(induction).ok());
        Session firstSession;
        firstSession.occurredAt = exporttest::local(QDate(2026, 1, 15), QTime(14, 0), 60);
        firstSession.route = QStringLiteral("sublingual");
        QVERIFY(journal->sessions().add(firstSession).ok());
        auto score = [&](QDate day, int each) {
            QuestionnaireResponse response;
            response.kind = QuestionnaireKind::Phq9;
            response.at = exporttest::local(day, QTime(9, 0), 60);
            response.answers = { each, each, each, each, each, each, each, each, 0 };
            return journal->questionnaires().add(response);
        };
        QVERIFY(score(QDate(2025, 12, 20), 3).ok()); // before the course opens: never the baseline
        QVERIFY(score(QDate(2026, 1, 3), 2).ok()); // 12 days before the first session
        const auto latest = score(QDate(2026, 1, 12), 3); // 3 days before: the baseline
        QVERIFY(latest.ok());
        QVERIFY(score(QDate(2026, 2, 20), 1).ok());

        ReportOptions options;
        options.range = DayRange { QDate(2026, 2, 1), QDate(2026, 3, 1) };
        auto data = ReportCollector::collect(*journal, options);
        QVERIFY(data.ok());
        QVERIFY(data->baseline(QuestionnaireKind::Phq9).has_value());
        QCOMPARE(data->baseline(QuestionnaireKind::Phq9)->id, latest.value());
        QVERIFY(data->phq9Outcome.inResponseNow); // 24 -> 8: down by two thirds
        QVERIFY(!data->phq9Outcome.inRemissionNow); // 8 is not below 5

        auto all = journal->questionnaires().list(QuestionnaireKind::Phq9, ListQuery {});
        QVERIFY(all.ok());
        auto phases = journal->phases().list();
        QVERIFY(phases.ok());
        auto sessions = journal->sessions().list(ListQuery {});
        QVERIFY(sessions.ok());
        const auto series = trends::statistics::questionnaireSeries(QuestionnaireKind::Phq9, all.value(),
            course::courses(phases.value(), sessions.value()), DayRange { QDate(2025, 12, 1), QDate(2026, 3, 1) });
        RecordId trendsBaseline = 0;
        for (const auto& point : series.points) {
            if (point.baseline) {
                trendsBaseline = point.id;
            }
        }
        QCOMPARE(trendsBaseline, latest.value());
    }
};

QTEST_MAIN(TestReportJournal)
#include "tst_reportjournal.moc"
