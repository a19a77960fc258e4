// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/PhaseModel.h"
#include "app/trends/TrendsModel.h"
#include "statistics/TreatmentCourse.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "tests/app/JournalModelFixture.h"
#include "text/TrendsText.h"

#include <QAbstractItemModelTester>

using kap::PhaseModel;

/// The Phases page's model: add, edit, check dates, suggest from sessions, trash, lock.
class TestPhaseModel : public QObject
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

    void checkDates()
    {
        PhaseModel model;
        QVERIFY(model.check(QStringLiteral("2026-03-02"), QString()).isEmpty());
        QVERIFY(model.check(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-02")).isEmpty());
        QVERIFY(model.check(QStringLiteral("2026-13-02"), QString()).contains(QStringLiteral("start")));
        QVERIFY(
            model.check(QStringLiteral("2026-03-02"), QStringLiteral("2026-03-01")).contains(QStringLiteral("end")));
        QVERIFY(model.check(QStringLiteral("2026-03-02"), QStringLiteral("soon")).contains(QStringLiteral("end")));
    }

    /// A phase's kind has one word everywhere (issue 15: "Other period", "Other phase" and "Other"
    /// once named the same kind): the Phases page's choices, Trends' band names and its legend.
    void oneWordForEachKind()
    {
        PhaseModel model;
        QStringList choices;
        for (const QVariant& option : model.kindOptions()) {
            choices << option.toMap().value(QStringLiteral("text")).toString();
        }
        QCOMPARE(choices,
            QStringList(
                { QStringLiteral("Induction"), QStringLiteral("Maintenance"), QStringLiteral("Other period") }));
        kap::trends::PhaseBand band;
        band.kind = kap::PhaseKind::Other;
        QCOMPARE(kap::trends::TrendsText::phaseName(band), choices.last());
        band.label = QStringLiteral("Second course");
        QCOMPARE(kap::trends::TrendsText::phaseName(band), QStringLiteral("Second course"));
        // The Trends chart's legend names the two shaded kinds with the same words.
        kap::TrendsModel trends;
        QStringList legend;
        QStringList legendKeys;
        for (const kap::ChartLegendItem& entry : trends.phaseLegend()) {
            legend << entry.label;
            legendKeys << entry.key;
        }
        QCOMPARE(legend, choices.mid(0, 2));
        QCOMPARE(legendKeys, QStringList({ QStringLiteral("induction"), QStringLiteral("maintenance") }));
    }

    void addEditAndTrash()
    {
        PhaseModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model.save(0, QStringLiteral("induction"), QStringLiteral("First course"), QStringLiteral("2026-01-05"),
            QStringLiteral("2026-01-25"), QString()));
        QVERIFY(model.save(
            0, QStringLiteral("maintenance"), QString(), QStringLiteral("2026-01-26"), QString(), QString()));
        QVERIFY(!model.save(0, QStringLiteral("other"), QString(), QStringLiteral("bad"), QString(), QString()));
        QCOMPARE(model.rowCount(), 2);
        // Newest first.
        QCOMPARE(model.index(0, 0).data(PhaseModel::KindRole).toString(), QStringLiteral("maintenance"));
        QCOMPARE(model.index(0, 0).data(PhaseModel::EndRole).toString(), QString());
        QCOMPARE(model.index(1, 0).data(PhaseModel::LabelRole).toString(), QStringLiteral("First course"));
        QCOMPARE(model.index(1, 0).data(PhaseModel::EndRole).toString(), QStringLiteral("2026-01-25"));

        const qint64 id = model.index(1, 0).data(PhaseModel::PhaseIdRole).toLongLong();
        QVERIFY(model.save(id, QStringLiteral("induction"), QStringLiteral("First course"),
            QStringLiteral("2026-01-05"), QStringLiteral("2026-01-28"), QStringLiteral("ended late")));
        QCOMPARE(model.index(1, 0).data(PhaseModel::EndRole).toString(), QStringLiteral("2026-01-28"));
        QCOMPARE(m_journal->phases().get(id)->notes, QStringLiteral("ended late"));

        QVERIFY(model.moveToTrash(id));
        QCOMPARE(model.rowCount(), 1);
        kap::JournalController::instance()->lock();
        QCOMPARE(model.rowCount(), 0);
    }

    void suggestFromSessionsAndApply()
    {
        for (const QDate& day :
            { QDate(2026, 3, 2), QDate(2026, 3, 4), QDate(2026, 3, 6), QDate(2026, 3, 13), QDate(2026, 4, 10) }) {
            kap::Session session;
            session.occurredAt = QDateTime(day, QTime(10, 0), QTimeZone(3600));
            QVERIFY(m_journal->sessions().add(session));
        }
        PhaseModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.refreshSuggestions();
        QCOMPARE(model.suggestions().size(), 2);
        const QVariantMap first = model.suggestions().at(0).toMap();
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("induction"));
        QCOMPARE(first.value(QStringLiteral("start")).toString(), QStringLiteral("2026-03-02"));
        QCOMPARE(first.value(QStringLiteral("end")).toString(), QStringLiteral("2026-03-13"));
        QCOMPARE(model.applySuggestions(), 2);
        QCOMPARE(model.rowCount(), 2);
        // Once stored, they are no longer suggested.
        model.refreshSuggestions();
        QVERIFY(model.suggestions().isEmpty());
    }

    /// A suggested new induction (a relapse) would start a new course with its own baseline; it
    /// does so only once the person adds it.
    void suggestionsChangeNoBaselineUntilAdded()
    {
        for (const QDate& day : { QDate(2026, 1, 5), QDate(2026, 1, 7), QDate(2026, 1, 9), QDate(2026, 2, 10),
                 QDate(2026, 6, 1), QDate(2026, 6, 3), QDate(2026, 6, 5) }) {
            kap::Session session;
            session.occurredAt = QDateTime(day, QTime(15, 0), QTimeZone(3600));
            QVERIFY(m_journal->sessions().add(session));
        }
        for (const auto& [day, each] : { std::pair { QDate(2026, 1, 4), 2 }, std::pair { QDate(2026, 5, 30), 1 } }) {
            kap::QuestionnaireResponse score;
            score.kind = kap::QuestionnaireKind::Phq9;
            score.at = QDateTime(day, QTime(9, 0), QTimeZone(3600));
            score.answers = QList<int>(9, each);
            score.answers[8] = 0;
            QVERIFY(m_journal->questionnaires().add(score));
        }
        auto baselineDayInJune = [this]() {
            const auto courses = kap::course::courses(
                m_journal->phases().list().value(), m_journal->sessions().list(kap::ListQuery {}).value());
            const auto scores = m_journal->questionnaires().list(std::nullopt, kap::ListQuery {}).value();
            const auto outcome
                = kap::course::outcomeOf(kap::QuestionnaireKind::Phq9, courses, scores, QDate(2026, 6, 20));
            return outcome.baseline ? outcome.baseline->response.at.date() : QDate();
        };
        QCOMPARE(baselineDayInJune(), QDate(2026, 1, 4));
        PhaseModel model;
        model.refreshSuggestions();
        QCOMPARE(model.suggestions().size(), 3); // induction, maintenance, induction
        QCOMPARE(baselineDayInJune(), QDate(2026, 1, 4)); // only suggested
        QCOMPARE(model.applySuggestions(), 3);
        QCOMPARE(baselineDayInJune(), QDate(2026, 5, 30)); // the new course's own
    }
};

QTEST_GUILESS_MAIN(TestPhaseModel)
#include "tst_phasemodel.moc"
