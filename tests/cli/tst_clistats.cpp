// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `kapjournal-cli stats` end to end: a journal with a hand-made course (written through the storage
// API with the fast KDF), the real executable run with QProcess, its JSON read back. The numbers are
// checked twice: against figures worked out by hand from DOMAIN.md's rules, and against what
// trends::statistics::compute() gives for the same journal (the Trends page's own numbers).
#include "statistics/TrendsCalculator.h"
#include "statistics/TrendsStatistics.h"
#include "storage/CheckinRepository.h"
#include "storage/Entities.h"
#include "storage/Journal.h"
#include "storage/OffsetTime.h"
#include "storage/PhaseRepository.h"
#include "storage/Questionnaire.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "tests/support/TestSupport.h"
#include "text/CourseText.h"
#include "text/TrendsText.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kap;

namespace {

/// What one run of the tool produced.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Day 0 of the course: the first induction session.
const QDate Day0(2026, 1, 5);
constexpr int Offset = 3600;

QDate dayAt(int d)
{
    return Day0.addDays(d);
}

QString iso(int d)
{
    return dayAt(d).toString(Qt::ISODate);
}

// The course (days relative to Day0):
// - induction phase 0..11 with six sessions (one block: each within 7 days of the next),
// - maintenance phase from day 12, open-ended, sessions 25, 39, 53, 67, 81 (14 days apart: each
//   measurable alone), 95 and 98 (a block of two) and 120 (no check-ins around it).
const QList<int> InductionSessions { 0, 2, 4, 7, 9, 11 };
const QList<int> MaintenanceSessions { 25, 39, 53, 67, 81, 95, 98, 120 };
constexpr int FirstCheckin = -14;
constexpr int LastCheckin = 110;

/// Daily mood (one check-in a day): 3 before treatment, 5 during the induction, 6 for three days
/// after it, then 4, rising to 7 for the three days after each maintenance session.
int moodOn(int d)
{
    if (d < 0) {
        return 3;
    }
    if (d <= 11) {
        return 5;
    }
    if (d <= 14) {
        return 6;
    }
    for (int s : MaintenanceSessions) {
        if (d - s >= 1 && d - s <= 3) {
            return 7;
        }
    }
    return 4;
}

// PHQ-9: 22 on day -20 (more than 14 days before the first session), 16 on day -10, 18 on day -3
// (the latest in the 14 days before it: the baseline), then 12, 8 (response), 4 (remission),
// 6 (response, remission no longer). Item 9 is always 0.
const QList<std::pair<int, QList<int>>> Phq9Scores {
    { -20, { 3, 3, 3, 3, 3, 3, 2, 2, 0 } },
    { -10, { 2, 2, 2, 2, 2, 2, 2, 2, 0 } },
    { -3, { 3, 3, 2, 2, 2, 2, 2, 2, 0 } },
    { 10, { 2, 2, 2, 2, 1, 1, 1, 1, 0 } },
    { 20, { 1, 1, 1, 1, 1, 1, 1, 1, 0 } },
    { 30, { 1, 1, 1, 1, 0, 0, 0, 0, 0 } },
    { 45, { 1, 1, 1, 1, 1, 1, 0, 0, 0 } },
};
// GAD-7: none before the first session, so the baseline is the first after it (8 on day 2, below
// 10: response and remission are not counted), then 6 on day 40.
const QList<std::pair<int, QList<int>>> Gad7Scores {
    { 2, { 2, 1, 1, 1, 1, 1, 1 } },
    { 40, { 1, 1, 1, 1, 1, 1, 0 } },
};

QString compact(const QJsonValue& value)
{
    if (value.isObject()) {
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    if (value.isArray()) {
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    }
    return QString::fromUtf8(QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact));
}

/// The first place where `actual` differs from `expected` (keys of `expected` only), or empty.
QString difference(const QString& path, const QJsonValue& expected, const QJsonValue& actual)
{
    if (expected.isObject()) {
        if (!actual.isObject()) {
            return QStringLiteral("%1: expected an object, got %2").arg(path, compact(actual));
        }
        const QJsonObject e = expected.toObject();
        const QJsonObject a = actual.toObject();
        for (auto it = e.begin(); it != e.end(); ++it) {
            if (!a.contains(it.key())) {
                return QStringLiteral("%1.%2: missing").arg(path, it.key());
            }
            const QString diff = difference(path + QLatin1Char('.') + it.key(), it.value(), a.value(it.key()));
            if (!diff.isEmpty()) {
                return diff;
            }
        }
        return {};
    }
    if (expected.isArray()) {
        const QJsonArray e = expected.toArray();
        const QJsonArray a = actual.toArray();
        if (!actual.isArray() || a.size() != e.size()) {
            return QStringLiteral("%1: expected %2 items, got %3").arg(path).arg(e.size()).arg(compact(actual));
        }
        for (qsizetype i = 0; i < e.size(); ++i) {
            const QString diff = difference(QStringLiteral("%1[%2]").arg(path).arg(i), e.at(i), a.at(i));
            if (!diff.isEmpty()) {
                return diff;
            }
        }
        return {};
    }
    if (expected != actual) {
        return QStringLiteral("%1: expected %2, got %3").arg(path, compact(expected), compact(actual));
    }
    return {};
}

template <typename T> QJsonValue opt(const std::optional<T>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

QJsonValue dayJson(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue scoreChange(const std::optional<trends::ScoreChange>& change)
{
    if (!change) {
        return QJsonValue(QJsonValue::Null);
    }
    return QJsonObject { { QStringLiteral("first"), change->first }, { QStringLiteral("last"), change->last },
        { QStringLiteral("firstDay"), dayJson(change->firstDay) },
        { QStringLiteral("lastDay"), dayJson(change->lastDay) } };
}

QJsonArray periods(const QList<course::Period>& list)
{
    QJsonArray array;
    for (const course::Period& p : list) {
        array.append(
            QJsonObject { { QStringLiteral("from"), dayJson(p.first) }, { QStringLiteral("to"), dayJson(p.last) } });
    }
    return array;
}

/// What `stats --json` must say about `outcome`, read from compute()'s value.
QJsonObject expectedOutcome(const course::Outcome& outcome)
{
    QJsonObject object { { QStringLiteral("counted"), outcome.counted },
        { QStringLiteral("inResponseNow"), outcome.inResponseNow },
        { QStringLiteral("inRemissionNow"), outcome.inRemissionNow },
        { QStringLiteral("responsePeriods"), periods(outcome.responses) },
        { QStringLiteral("remissionPeriods"), periods(outcome.remissions) },
        { QStringLiteral("change"), opt(outcome.change) },
        { QStringLiteral("changePercent"), opt(outcome.changePercent) } };
    QJsonValue baseline(QJsonValue::Null);
    if (outcome.baseline) {
        QJsonObject b;
        b.insert(QStringLiteral("responseId"), QJsonValue(qint64(outcome.baseline->response.id)));
        b.insert(QStringLiteral("day"), dayJson(outcome.baseline->response.at.date()));
        b.insert(QStringLiteral("total"), outcome.baseline->total);
        b.insert(QStringLiteral("afterTreatmentBegan"), outcome.baseline->afterTreatmentBegan);
        baseline = b;
    }
    object.insert(QStringLiteral("baseline"), baseline);
    QJsonValue latest(QJsonValue::Null);
    if (outcome.latestTotal) {
        QJsonObject l;
        l.insert(QStringLiteral("day"), dayJson(outcome.latestDay));
        l.insert(QStringLiteral("total"), *outcome.latestTotal);
        latest = l;
    }
    object.insert(QStringLiteral("latest"), latest);
    return object;
}

QString outcomeKey(trends::SessionEffect::Outcome outcome)
{
    switch (outcome) {
    case trends::SessionEffect::Outcome::NotEnoughData:
        return QStringLiteral("not_enough_data");
    case trends::SessionEffect::Outcome::NoRise:
        return QStringLiteral("no_rise");
    case trends::SessionEffect::Outcome::Returned:
        return QStringLiteral("returned");
    case trends::SessionEffect::Outcome::StillAbove:
        return QStringLiteral("still_above");
    }
    return {};
}

/// The whole `stats --json` document that compute()'s value implies (every number in it).
QJsonObject expectedDocument(const trends::TrendsData& data)
{
    QJsonArray phases;
    for (const trends::PhaseSummary& s : data.phaseSummaries) {
        phases.append(QJsonObject { { QStringLiteral("id"), QJsonValue(qint64(s.band.id)) },
            { QStringLiteral("kind"), phaseKindKey(s.band.kind) }, { QStringLiteral("label"), s.band.label },
            { QStringLiteral("from"), dayJson(s.band.first) }, { QStringLiteral("to"), dayJson(s.band.last) },
            { QStringLiteral("openEnded"), s.band.openEnded }, { QStringLiteral("sessions"), s.sessions },
            { QStringLiteral("moodDays"), s.moodDays }, { QStringLiteral("meanMood"), opt(s.meanMood) },
            { QStringLiteral("minMood"), opt(s.minMood) }, { QStringLiteral("maxMood"), opt(s.maxMood) },
            { QStringLiteral("meanSessionChange"), opt(s.meanSessionChange) },
            { QStringLiteral("meanWeekChange"), opt(s.meanWeekChange) },
            { QStringLiteral("phq9"), scoreChange(s.phq9) }, { QStringLiteral("gad7"), scoreChange(s.gad7) } });
    }
    QJsonArray effects;
    for (const trends::SessionEffect& e : data.sessionEffects) {
        effects.append(QJsonObject { { QStringLiteral("sessionId"), QJsonValue(qint64(e.sessionId)) },
            { QStringLiteral("day"), dayJson(e.day) }, { QStringLiteral("maintenance"), e.maintenance },
            { QStringLiteral("block"),
                QJsonObject { { QStringLiteral("first"), dayJson(e.blockFirst) },
                    { QStringLiteral("last"), dayJson(e.blockLast) },
                    { QStringLiteral("sessions"), e.blockSessions } } },
            { QStringLiteral("daysBefore"), e.daysBefore }, { QStringLiteral("daysAfter"), e.daysAfter },
            { QStringLiteral("before"), opt(e.meanBefore) }, { QStringLiteral("after"), opt(e.meanAfter) },
            { QStringLiteral("trough"), opt(e.trough) }, { QStringLiteral("outcome"), outcomeKey(e.outcome) },
            { QStringLiteral("returnDay"), opt(e.returnDay) }, { QStringLiteral("daysAbove"), opt(e.daysAbove) },
            { QStringLiteral("daysAboveApproximate"), e.daysAboveApproximate },
            { QStringLiteral("lastDayLooked"), opt(e.lastDayLooked) } });
    }
    const trends::MaintenanceTrend& t = data.maintenanceTrend;
    const QJsonObject trend { { QStringLiteral("sessions"), t.sessions }, { QStringLiteral("tooClose"), t.tooClose },
        { QStringLiteral("tooFewCheckins"), t.tooFewCheckins }, { QStringLiteral("measurable"), t.measurable },
        { QStringLiteral("noRise"), t.noRise }, { QStringLiteral("returned"), t.returned },
        { QStringLiteral("stillAbove"), t.stillAbove }, { QStringLiteral("meanBefore"), opt(t.meanBefore) },
        { QStringLiteral("meanTrough"), opt(t.meanTrough) }, { QStringLiteral("meanDaysAbove"), opt(t.meanDaysAbove) },
        { QStringLiteral("slopeDaysPerSession"), opt(t.slopeDaysPerSession) },
        { QStringLiteral("enough"), t.enough() } };
    return QJsonObject { { QStringLiteral("schema"), QStringLiteral("kapjournal-stats/1") },
        { QStringLiteral("range"),
            QJsonObject { { QStringLiteral("from"), dayJson(data.range.first) },
                { QStringLiteral("to"), dayJson(data.range.last) } } },
        { QStringLiteral("phases"), phases },
        { QStringLiteral("questionnaires"),
            QJsonObject { { QStringLiteral("phq9"), expectedOutcome(data.phq9.outcome) },
                { QStringLiteral("gad7"), expectedOutcome(data.gad7.outcome) } } },
        { QStringLiteral("sessionEffects"), effects }, { QStringLiteral("maintenanceTrend"), trend } };
}

} // namespace

/// `kapjournal-cli stats`, end to end.
class TestCliStats : public QObject
{
    Q_OBJECT

private:
    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
    QString m_passFile;
    QMap<int, RecordId> m_sessionIds; ///< by day
    QMap<int, RecordId> m_phq9Ids; ///< by day

    /// Runs the tool without a controlling terminal (a prompt can never block), with HOME in the
    /// temp dir and the C locale, so numbers and dates are the ones the expectations use.
    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        env.remove(QStringLiteral("LANGUAGE"));
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(m_program, arguments);
        if (!process.waitForStarted(10000)) {
            qWarning("could not start %s", qPrintable(m_program));
            return {};
        }
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            qWarning("kapjournal-cli did not finish");
            return {};
        }
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    Run stats(const QStringList& arguments = {})
    {
        return run(QStringList { QStringLiteral("stats"), QStringLiteral("--journal"), m_journal,
                       QStringLiteral("--passphrase-file"), m_passFile }
            + arguments);
    }

    /// `stats --json` as an object (empty on any failure, with a warning saying why).
    QJsonObject statsJson(const QStringList& arguments = {})
    {
        const Run result = stats(QStringList { QStringLiteral("--json") } + arguments);
        if (result.exitCode != 0) {
            qWarning("stats failed (%d): %s", result.exitCode, qPrintable(result.err));
            return {};
        }
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object: %s", qPrintable(error.errorString()));
            return {};
        }
        return document.object();
    }

    /// Writes the course described at the top of this file into the test journal.
    void writeCourse()
    {
        auto journal = kaptest::openJournal(m_journal);
        QVERIFY(journal);
        Phase induction;
        induction.kind = PhaseKind::Induction;
        induction.label = QStringLiteral("First course");
        induction.start = dayAt(0);
        induction.end = dayAt(11);
        QVERIFY(journal->phases().add(induction));
        Phase maintenance;
        maintenance.kind = PhaseKind::Maintenance;
        maintenance.start = dayAt(12);
        QVERIFY(journal->phases().add(maintenance));

        for (int d : InductionSessions + MaintenanceSessions) {
            Session session;
            session.occurredAt = offsettime::at(dayAt(d), QTime(10, 0), Offset);
            session.route = QStringLiteral("sublingual");
            auto added = journal->sessions().add(session);
            QVERIFY(added);
            m_sessionIds.insert(d, added.value());
        }
        for (int d = FirstCheckin; d <= LastCheckin; ++d) {
            MoodCheckin checkin;
            checkin.at = offsettime::at(dayAt(d), QTime(20, 0), Offset);
            checkin.mood = moodOn(d);
            QVERIFY(journal->checkins().add(checkin));
        }
        for (const auto& [kind, scores] :
            { std::pair { QuestionnaireKind::Phq9, Phq9Scores }, std::pair { QuestionnaireKind::Gad7, Gad7Scores } }) {
            for (const auto& [d, answers] : scores) {
                QuestionnaireResponse response;
                response.kind = kind;
                response.at = offsettime::at(dayAt(d), QTime(9, 0), Offset);
                response.answers = answers;
                auto added = journal->questionnaires().add(response);
                QVERIFY(added);
                if (kind == QuestionnaireKind::Phq9) {
                    m_phq9Ids.insert(d, added.value());
                }
            }
        }
    }

    /// What the Trends page computes for the test journal (opened through the storage API).
    std::optional<trends::TrendsData> computed(trends::RangePreset preset, const DayRange& custom = {})
    {
        auto journal = kaptest::openJournal(m_journal);
        if (!journal) {
            return std::nullopt;
        }
        auto input = trends::TrendsCalculator::load(*journal);
        if (!input) {
            qWarning("load failed: %s", qPrintable(input.error().detail));
            return std::nullopt;
        }
        return trends::statistics::compute(input.value(), preset, custom);
    }

    static QJsonObject effectOn(const QJsonObject& document, int d)
    {
        for (const QJsonValue& effect : document.value(QStringLiteral("sessionEffects")).toArray()) {
            if (effect.toObject().value(QStringLiteral("day")).toString() == iso(d)) {
                return effect.toObject();
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_program = qEnvironmentVariable("KAP_BIN_DIR") + QStringLiteral("/kapjournal-cli");
        QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal = m_dir->filePath(QStringLiteral("test.kapj"));
        m_passFile = m_dir->filePath(QStringLiteral("pass.txt"));
        QFile pass(m_passFile);
        QVERIFY(pass.open(QIODevice::WriteOnly));
        pass.write(kaptest::Passphrase.toUtf8() + "\n");
        pass.close();
        QVERIFY(kaptest::createJournal(*m_dir) != nullptr); // closed again at once: the CLI must open it
        m_sessionIds.clear();
        m_phq9Ids.clear();
    }

    void helpListsStats()
    {
        Run result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("  stats ")), qPrintable(result.out));

        result = run({ QStringLiteral("stats"), QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: kapjournal-cli stats")), qPrintable(result.out));
        for (const char* option : { "--json", "--from", "--to", "--passphrase-file" }) {
            QVERIFY2(result.out.contains(QLatin1String(option)), option);
        }
    }

    /// PHQ-9: the baseline is the latest score in the 14 days before the first session (18 on
    /// day -3), not the 16 before it nor the 22 from before the 14 days; response since day 20,
    /// remission on day 30 only, so now "in response" and not "in remission". GAD-7 has no score
    /// before the first session: its baseline is the first after it, labelled so, and below 10.
    void baselineResponseAndRemission()
    {
        writeCourse();
        QVERIFY(!QTest::currentTestFailed());
        const QJsonObject document = statsJson();
        QCOMPARE(document.value(QStringLiteral("schema")).toString(), QStringLiteral("kapjournal-stats/1"));
        const QJsonObject range = document.value(QStringLiteral("range")).toObject();
        QCOMPARE(range.value(QStringLiteral("from")).toString(), iso(-20));
        QCOMPARE(range.value(QStringLiteral("to")).toString(), iso(120));

        const QJsonObject questionnaires = document.value(QStringLiteral("questionnaires")).toObject();
        const QJsonObject phq9 = questionnaires.value(QStringLiteral("phq9")).toObject();
        const QJsonObject baseline = phq9.value(QStringLiteral("baseline")).toObject();
        QCOMPARE(baseline.value(QStringLiteral("total")).toInt(), 18);
        QCOMPARE(baseline.value(QStringLiteral("day")).toString(), iso(-3));
        QCOMPARE(baseline.value(QStringLiteral("responseId")).toInteger(), qint64(m_phq9Ids.value(-3)));
        QCOMPARE(baseline.value(QStringLiteral("severity")).toString(), QStringLiteral("moderately_severe"));
        QCOMPARE(baseline.value(QStringLiteral("afterTreatmentBegan")), QJsonValue(false));
        const QJsonObject latest = phq9.value(QStringLiteral("latest")).toObject();
        QCOMPARE(latest.value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(latest.value(QStringLiteral("day")).toString(), iso(45));
        QCOMPARE(phq9.value(QStringLiteral("counted")), QJsonValue(true));
        QCOMPARE(phq9.value(QStringLiteral("inResponseNow")), QJsonValue(true));
        QCOMPARE(phq9.value(QStringLiteral("inRemissionNow")), QJsonValue(false));
        QCOMPARE(compact(phq9.value(QStringLiteral("responsePeriods"))),
            QStringLiteral("[{\"from\":\"%1\",\"to\":\"%2\"}]").arg(iso(20), iso(45)));
        QCOMPARE(compact(phq9.value(QStringLiteral("remissionPeriods"))),
            QStringLiteral("[{\"from\":\"%1\",\"to\":\"%2\"}]").arg(iso(30), iso(30)));
        QCOMPARE(phq9.value(QStringLiteral("change")).toInt(), -12);

        const QJsonObject gad7 = questionnaires.value(QStringLiteral("gad7")).toObject();
        const QJsonObject gadBaseline = gad7.value(QStringLiteral("baseline")).toObject();
        QCOMPARE(gadBaseline.value(QStringLiteral("total")).toInt(), 8);
        QCOMPARE(gadBaseline.value(QStringLiteral("day")).toString(), iso(2));
        QCOMPARE(gadBaseline.value(QStringLiteral("afterTreatmentBegan")), QJsonValue(true));
        QCOMPARE(gad7.value(QStringLiteral("latest")).toObject().value(QStringLiteral("total")).toInt(), 6);
        QCOMPARE(gad7.value(QStringLiteral("counted")), QJsonValue(false));
        QCOMPARE(gad7.value(QStringLiteral("inResponseNow")), QJsonValue(false));
        QCOMPARE(gad7.value(QStringLiteral("responsePeriods")).toArray().size(), 0);
        QCOMPARE(gad7.value(QStringLiteral("change")).toInt(), -2);
        QCOMPARE(gad7.value(QStringLiteral("changePercent")).toInt(), -25);
    }

    /// Maintenance sessions 14 days apart with mood 7 for three days after each and 4 otherwise:
    /// back on day 4, above for 3 days. The induction is one block that never came back to the
    /// pre-treatment 3; the sessions on days 95 and 98 are a block; day 120 has no check-ins.
    void sessionEffectsAndMaintenanceTrend()
    {
        writeCourse();
        QVERIFY(!QTest::currentTestFailed());
        const QJsonObject document = statsJson();
        const QJsonArray effects = document.value(QStringLiteral("sessionEffects")).toArray();
        QCOMPARE(effects.size(), InductionSessions.size() + MaintenanceSessions.size());

        const QJsonObject first = effectOn(document, 25);
        QCOMPARE(first.value(QStringLiteral("sessionId")).toInteger(), qint64(m_sessionIds.value(25)));
        QCOMPARE(first.value(QStringLiteral("outcome")).toString(), QStringLiteral("returned"));
        QCOMPARE(first.value(QStringLiteral("daysAbove")).toInt(), 3);
        QCOMPARE(first.value(QStringLiteral("returnDay")).toInt(), 4);
        QCOMPARE(first.value(QStringLiteral("daysAboveApproximate")), QJsonValue(false));
        QCOMPARE(first.value(QStringLiteral("lastDayLooked")), QJsonValue(QJsonValue::Null));
        QCOMPARE(first.value(QStringLiteral("before")).toDouble(), 4.0);
        QCOMPARE(first.value(QStringLiteral("trough")).toDouble(), 4.0);
        QCOMPARE(first.value(QStringLiteral("after")).toDouble(), 37.0 / 7.0);
        QCOMPARE(first.value(QStringLiteral("maintenance")), QJsonValue(true));
        QCOMPARE(first.value(QStringLiteral("phase")).toObject().value(QStringLiteral("kind")).toString(),
            QStringLiteral("maintenance"));
        QCOMPARE(first.value(QStringLiteral("block")).toObject().value(QStringLiteral("sessions")).toInt(), 1);

        const QJsonObject induction = effectOn(document, 4);
        QCOMPARE(induction.value(QStringLiteral("outcome")).toString(), QStringLiteral("still_above"));
        QCOMPARE(induction.value(QStringLiteral("lastDayLooked")).toInt(), 13);
        QCOMPARE(induction.value(QStringLiteral("before")).toDouble(), 3.0);
        QCOMPARE(induction.value(QStringLiteral("maintenance")), QJsonValue(false));
        QCOMPARE(induction.value(QStringLiteral("phase")).toObject().value(QStringLiteral("label")).toString(),
            QStringLiteral("First course"));
        const QJsonObject block = induction.value(QStringLiteral("block")).toObject();
        QCOMPARE(block.value(QStringLiteral("first")).toString(), iso(0));
        QCOMPARE(block.value(QStringLiteral("last")).toString(), iso(11));
        QCOMPARE(block.value(QStringLiteral("sessions")).toInt(), 6);

        QCOMPARE(
            effectOn(document, 98).value(QStringLiteral("block")).toObject().value(QStringLiteral("sessions")).toInt(),
            2);
        const QJsonObject last = effectOn(document, 120);
        QCOMPARE(last.value(QStringLiteral("outcome")).toString(), QStringLiteral("not_enough_data"));
        QCOMPARE(last.value(QStringLiteral("before")), QJsonValue(QJsonValue::Null));
        QCOMPARE(last.value(QStringLiteral("daysAbove")), QJsonValue(QJsonValue::Null));

        const QJsonObject trend = document.value(QStringLiteral("maintenanceTrend")).toObject();
        QCOMPARE(trend.value(QStringLiteral("sessions")).toInt(), 8);
        QCOMPARE(trend.value(QStringLiteral("tooClose")).toInt(), 2);
        QCOMPARE(trend.value(QStringLiteral("tooFewCheckins")).toInt(), 1);
        QCOMPARE(trend.value(QStringLiteral("measurable")).toInt(), 5);
        QCOMPARE(trend.value(QStringLiteral("returned")).toInt(), 5);
        QCOMPARE(trend.value(QStringLiteral("noRise")).toInt(), 0);
        QCOMPARE(trend.value(QStringLiteral("stillAbove")).toInt(), 0);
        QCOMPARE(trend.value(QStringLiteral("meanBefore")).toDouble(), 4.0);
        QCOMPARE(trend.value(QStringLiteral("meanTrough")).toDouble(), 4.0);
        QCOMPARE(trend.value(QStringLiteral("meanDaysAbove")).toDouble(), 3.0);
        QCOMPARE(trend.value(QStringLiteral("slopeDaysPerSession")).toDouble(), 0.0);
        QCOMPARE(trend.value(QStringLiteral("enough")), QJsonValue(true));
    }

    /// One summary per phase, clipped to the range: the open-ended maintenance runs to its end.
    void phaseSummaries()
    {
        writeCourse();
        QVERIFY(!QTest::currentTestFailed());
        const QJsonArray phases = statsJson().value(QStringLiteral("phases")).toArray();
        QCOMPARE(phases.size(), 2);
        const QJsonObject induction = phases.at(0).toObject();
        QCOMPARE(induction.value(QStringLiteral("kind")).toString(), QStringLiteral("induction"));
        QCOMPARE(induction.value(QStringLiteral("label")).toString(), QStringLiteral("First course"));
        QCOMPARE(induction.value(QStringLiteral("from")).toString(), iso(0));
        QCOMPARE(induction.value(QStringLiteral("to")).toString(), iso(11));
        QCOMPARE(induction.value(QStringLiteral("openEnded")), QJsonValue(false));
        QCOMPARE(induction.value(QStringLiteral("sessions")).toInt(), 6);
        QCOMPARE(induction.value(QStringLiteral("moodDays")).toInt(), 12);
        QCOMPARE(induction.value(QStringLiteral("meanMood")).toDouble(), 5.0);
        QCOMPARE(induction.value(QStringLiteral("phq9")).toObject().value(QStringLiteral("first")).toInt(), 12);
        QCOMPARE(induction.value(QStringLiteral("gad7")).toObject().value(QStringLiteral("last")).toInt(), 8);

        const QJsonObject maintenance = phases.at(1).toObject();
        QCOMPARE(maintenance.value(QStringLiteral("kind")).toString(), QStringLiteral("maintenance"));
        QCOMPARE(maintenance.value(QStringLiteral("to")).toString(), iso(120));
        QCOMPARE(maintenance.value(QStringLiteral("openEnded")), QJsonValue(true));
        QCOMPARE(maintenance.value(QStringLiteral("sessions")).toInt(), 8);
        QCOMPARE(maintenance.value(QStringLiteral("moodDays")).toInt(), LastCheckin - 12 + 1);
        const QJsonObject phq9 = maintenance.value(QStringLiteral("phq9")).toObject();
        QCOMPARE(phq9.value(QStringLiteral("first")).toInt(), 8);
        QCOMPARE(phq9.value(QStringLiteral("last")).toInt(), 6);
        QCOMPARE(phq9.value(QStringLiteral("firstDay")).toString(), iso(20));
    }

    /// Every number of `stats --json` is the one trends::statistics::compute() gives for the
    /// same journal, for the whole journal and for a --from/--to range.
    void numbersEqualTrendsStatistics_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("preset");
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::newRow("whole journal") << QStringList() << int(trends::RangePreset::All) << 0 << 0;
        QTest::newRow("from-to") << QStringList { QStringLiteral("--from"), iso(14), QStringLiteral("--to"), iso(35) }
                                 << int(trends::RangePreset::Custom) << 14 << 35;
        QTest::newRow("to only") << QStringList { QStringLiteral("--to"), iso(25) } << int(trends::RangePreset::Custom)
                                 << 0 << 25;
    }
    void numbersEqualTrendsStatistics()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, preset);
        QFETCH(int, from);
        QFETCH(int, to);
        writeCourse();
        QVERIFY(!QTest::currentTestFailed());
        const QJsonObject document = statsJson(arguments);
        QVERIFY(!document.isEmpty());
        const bool custom = preset == int(trends::RangePreset::Custom);
        const DayRange range { custom && arguments.contains(QStringLiteral("--from")) ? dayAt(from) : QDate(),
            custom ? dayAt(to) : QDate() };
        const auto data = computed(trends::RangePreset(preset), range);
        QVERIFY(data);
        QVERIFY(!data->sessionEffects.isEmpty());
        const QString diff = difference(QStringLiteral("stats"), expectedDocument(*data), document);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        // The session effects name the phase the session lies in.
        for (const QJsonValue& effect : document.value(QStringLiteral("sessionEffects")).toArray()) {
            const QJsonObject object = effect.toObject();
            const QString expected = object.value(QStringLiteral("maintenance")).toBool()
                ? QStringLiteral("maintenance")
                : QStringLiteral("induction");
            QCOMPARE(
                object.value(QStringLiteral("phase")).toObject().value(QStringLiteral("kind")).toString(), expected);
        }
    }

    /// A range ending on day 25: PHQ-9 latest is the 8 of day 20, in response, never in remission.
    void rangeEndsTheStatus()
    {
        writeCourse();
        QVERIFY(!QTest::currentTestFailed());
        const QJsonObject document = statsJson({ QStringLiteral("--to"), iso(25) });
        const QJsonObject phq9
            = document.value(QStringLiteral("questionnaires")).toObject().value(QStringLiteral("phq9")).toObject();
        QCOMPARE(phq9.value(QStringLiteral("latest")).toObject().value(QStringLiteral("total")).toInt(), 8);
        QCOMPARE(phq9.value(QStringLiteral("inResponseNow")), QJsonValue(true));
        QCOMPARE(phq9.value(QStringLiteral("remissionPeriods")).toArray().size(), 0);
        QCOMPARE(document.value(QStringLiteral("range")).toObject().value(QStringLiteral("to")).toString(), iso(25));

        const Run reversed = stats({ QStringLiteral("--from"), iso(30), QStringLiteral("--to"), iso(20) });
        QCOMPARE(reversed.exitCode, 4);
        QVERIFY(reversed.err.contains(QStringLiteral("--to")));
        const Run badDate = stats({ QStringLiteral("--from"), QStringLiteral("yesterday") });
        QCOMPARE(badDate.exitCode, 4);
    }

    /// The text output uses the app's own sentences (CourseText, TrendsText) and fits 80 columns.
    void textSaysWhatTheAppSays()
    {
        writeCourse();
        QVERIFY(!QTest::currentTestFailed());
        const Run result = stats();
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.err.isEmpty());
        for (const QString& line : result.out.split(QLatin1Char('\n'))) {
            QVERIFY2(line.size() <= 80, qPrintable(line));
        }
        const auto data = computed(trends::RangePreset::All);
        QVERIFY(data);
        const QLocale c = QLocale::c();
        const QString isoFormat = QStringLiteral("yyyy-MM-dd");
        const QString flat = result.out.simplified();
        const QStringList expected {
            course::CourseText::baseline(*data->phq9.outcome.baseline, c, isoFormat),
            course::CourseText::baseline(*data->gad7.outcome.baseline, c, isoFormat),
            course::CourseText::status(data->phq9.outcome, c, isoFormat),
            course::CourseText::status(data->gad7.outcome, c, isoFormat),
            trends::TrendsText::maintenanceTrend(data->maintenanceTrend, c),
            course::CourseText::baselineRule(),
            course::CourseText::outcomeRule(),
            trends::TrendsText::sessionEffectRule(),
        };
        for (const QString& sentence : expected) {
            QVERIFY2(flat.contains(sentence.simplified()), qPrintable(sentence));
        }
        for (const trends::SessionEffect& effect : data->sessionEffects) {
            if (!effect.inBlock()) {
                QVERIFY2(flat.contains(trends::TrendsText::sessionEffect(effect, c)),
                    qPrintable(trends::TrendsText::sessionEffect(effect, c)));
            }
        }
        // A block is described once, at its first session (the induction: six sessions).
        const QString block = trends::TrendsText::sessionEffect(data->sessionEffects.first(), c).simplified();
        QVERIFY(data->sessionEffects.first().inBlock());
        QCOMPARE(flat.count(block), 1);
        QCOMPARE(flat.count(QStringLiteral("Measured with the block above.")), 5 + 1);
        // The hand-worked values behind those sentences.
        QVERIFY(flat.contains(QStringLiteral("baseline 18 on %1").arg(iso(-3))));
        QVERIFY(flat.contains(QStringLiteral("baseline 8 on %1, taken after treatment began").arg(iso(2))));
        QVERIFY(flat.contains(QStringLiteral("in response since %1; remission %2, not now").arg(iso(20), iso(30))));
        QVERIFY(flat.contains(QStringLiteral("Above the earlier level for 3 days (back on day 4)")));
        QVERIFY(flat.contains(QStringLiteral("Discuss timing with your provider.")));
        // Phase lines: name, days, sessions, days with check-ins, mean mood, first and last scores.
        QVERIFY2(flat.contains(QStringLiteral("First course: %1 – %2").arg(iso(0), iso(11))), qPrintable(result.out));
        QVERIFY(flat.contains(QStringLiteral("sessions 6, days with check-ins 12, mean mood 5.0")));
        QVERIFY(flat.contains(QStringLiteral("PHQ-9 8 → 6")));
        // A session-effect row: day, phase, 3 days before, 7 days before, 7 days after.
        QVERIFY2(flat.contains(QStringLiteral("%1 Maintenance 4.0 4.0 5.3").arg(iso(25))), qPrintable(result.out));
    }

    /// An empty journal: a valid document with nothing in it; no guessed numbers.
    void emptyJournal()
    {
        const QJsonObject document = statsJson();
        QCOMPARE(document.value(QStringLiteral("schema")).toString(), QStringLiteral("kapjournal-stats/1"));
        QCOMPARE(document.value(QStringLiteral("phases")).toArray().size(), 0);
        QCOMPARE(document.value(QStringLiteral("sessionEffects")).toArray().size(), 0);
        const QJsonObject phq9
            = document.value(QStringLiteral("questionnaires")).toObject().value(QStringLiteral("phq9")).toObject();
        QCOMPARE(phq9.value(QStringLiteral("baseline")), QJsonValue(QJsonValue::Null));
        QCOMPARE(phq9.value(QStringLiteral("latest")), QJsonValue(QJsonValue::Null));
        QCOMPARE(phq9.value(QStringLiteral("change")), QJsonValue(QJsonValue::Null));
        QCOMPARE(
            document.value(QStringLiteral("maintenanceTrend")).toObject().value(QStringLiteral("sessions")).toInt(), 0);

        const Run text = stats();
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(course::CourseText::status(course::Outcome::empty(QuestionnaireKind::Phq9))));
        QVERIFY(text.out.contains(trends::TrendsText::maintenanceTrend({})));
    }

    /// The usual failures: no journal (3), a wrong passphrase (2).
    void failures()
    {
        Run result = run({ QStringLiteral("stats"), QStringLiteral("--journal"),
            m_dir->filePath(QStringLiteral("missing.kapj")), QStringLiteral("--passphrase-file"), m_passFile });
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.out.isEmpty());

        const QString wrong = m_dir->filePath(QStringLiteral("wrong.txt"));
        QFile file(wrong);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not the passphrase\n");
        file.close();
        result = run({ QStringLiteral("stats"), QStringLiteral("--journal"), m_journal,
            QStringLiteral("--passphrase-file"), wrong, QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_clistats.moc"
