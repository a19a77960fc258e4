// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/NoteRepository.h"
#include "storage/SearchRepository.h"
#include "storage/TrashRepository.h"
#include "tests/export/AddressSpaceLimit.h"
#include "tests/export/EntityCompare.h"
#include "tests/export/SampleJournal.h"
#include "tests/export/SpecialFiles.h"
#include "tests/support/TestSupport.h"
#include "transfer/ImportFile.h"
#include "transfer/JsonExportFormat.h"
#include "transfer/JsonTransfer.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>

using namespace kap;

/// JSON export/import: the documented format, and a full round trip through an empty journal
/// that compares every record field by field (trash, timestamps, revisions and offsets too);
/// reading a file: only a regular one, never more than the limit, and no document that would
/// take more memory than a small multiple of it.
class TestJsonTransfer : public QObject
{
    Q_OBJECT

    static std::unique_ptr<Journal> create(const QTemporaryDir& dir, const QString& name, const QDateTime& now)
    {
        Journal::Options options;
        options.clock = std::make_shared<FixedClock>(now);
        auto journal = Journal::create(
            dir.filePath(name), SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), options);
        return journal ? std::move(journal.value()) : nullptr;
    }

    template <typename T> static void compareLists(const QList<T>& a, const QList<T>& b, const char* what)
    {
        QCOMPARE(a.size(), b.size());
        for (qsizetype i = 0; i < a.size(); ++i) {
            const QStringList d = exporttest::diff(a.at(i), b.at(i));
            const QString fields = d.join(QStringLiteral(", "));
            QVERIFY2(d.isEmpty(),
                qPrintable(QStringLiteral("%1[%2] differs in %3").arg(QLatin1String(what)).arg(i).arg(fields)));
        }
    }

private Q_SLOTS:
    void roundTripThroughAnEmptyJournal()
    {
        QTemporaryDir dir;
        auto source = create(dir, QStringLiteral("a.kapj"), kaptest::fixedNow());
        QVERIFY(source);
        QVERIFY(exporttest::populate(*source));
        // Two edits: revision 3, a later updatedAt.
        auto phases = source->phases().list();
        QVERIFY(phases.ok());
        Phase edited = phases->first();
        edited.notes = QStringLiteral("edited once");
        QVERIFY(source->phases().update(edited).ok());
        edited.notes = QStringLiteral("edited twice");
        QVERIFY(source->phases().update(edited).ok());
        // Item-9 traces: one of a lowered answer, two of a questionnaire trashed and then purged.
        QuestionnaireResponse lowered;
        lowered.kind = QuestionnaireKind::Phq9;
        lowered.at = kaptest::fixedNow().addDays(-3);
        lowered.answers = { 1, 1, 1, 1, 1, 1, 1, 1, 2 };
        QVERIFY(source->questionnaires().add(lowered).ok());
        lowered.answers[8] = 0;
        QVERIFY(source->questionnaires().update(lowered).ok());
        QuestionnaireResponse purged = lowered;
        purged.answers[8] = 3;
        QVERIFY(source->questionnaires().add(purged).ok());
        QVERIFY(source->questionnaires().moveToTrash(purged.id).ok());
        QVERIFY(source->trash().purge(EntryKind::Questionnaire, purged.id).ok());

        auto json = JsonTransfer::exportJson(*source);
        QVERIFY(json.ok());
        auto before = JsonTransfer::snapshot(*source);
        QVERIFY(before.ok());

        // The target's clock is a year later: anything not carried over would show.
        auto target = create(dir, QStringLiteral("b.kapj"), kaptest::fixedNow().addYears(1));
        QVERIFY(target);
        QVERIFY(JsonTransfer::importJson(*target, json.value()).ok());
        auto after = JsonTransfer::snapshot(*target);
        QVERIFY(after.ok());

        compareLists(before->phases, after->phases, "phases");
        compareLists(before->sessions, after->sessions, "sessions");
        compareLists(before->notes, after->notes, "notes");
        compareLists(before->checkins, after->checkins, "checkins");
        compareLists(before->questionnaires, after->questionnaires, "questionnaires");
        QCOMPARE(before->preferences, after->preferences);
        QCOMPARE(after->phases.first().meta.revision, 3);
        QCOMPARE(before->item9Changes.size(), 2);
        QCOMPARE(after->item9Changes.size(), 2);
        for (qsizetype i = 0; i < before->item9Changes.size(); ++i) {
            const Item9Change& was = before->item9Changes.at(i);
            const Item9Change& now = after->item9Changes.at(i);
            QCOMPARE(now.kind, was.kind);
            QCOMPARE(now.answeredAt, was.answeredAt);
            QCOMPARE(now.changedAt, was.changedAt);
            QCOMPARE(now.previousAnswer, was.previousAnswer);
            QCOMPARE(now.newAnswer, was.newAnswer);
            QCOMPARE(now.questionnaireId.has_value(), was.questionnaireId.has_value());
        }
        QCOMPARE(after->item9Changes.at(0).newAnswer, std::optional<int>(0));
        // The lowered answer's trace follows its questionnaire to its new id.
        auto tracedQuestionnaire = target->questionnaires().get(*after->item9Changes.at(0).questionnaireId);
        QVERIFY(tracedQuestionnaire.ok());
        QCOMPARE(tracedQuestionnaire->answers, lowered.answers);
        QCOMPARE(after->item9Changes.at(1).kind, Item9ChangeKind::MovedToTrash);
        QCOMPARE(after->item9Changes.at(1).questionnaireId, std::nullopt);

        // Links from notes to sessions follow the renumbered ids.
        for (qsizetype i = 0; i < before->notes.size(); ++i) {
            const auto& was = before->notes.at(i);
            const auto& now = after->notes.at(i);
            QCOMPARE(was.sessionId.has_value(), now.sessionId.has_value());
            if (was.sessionId) {
                auto a = source->sessions().get(*was.sessionId);
                auto b = target->sessions().get(*now.sessionId);
                QVERIFY(a.ok() && b.ok());
                QVERIFY(exporttest::diff(a.value(), b.value()).isEmpty());
            }
        }
        // Imported check-ins and phases are searchable (the index follows every insert).
        auto phaseHits = target->search().search(QStringLiteral("twice"));
        QVERIFY(phaseHits.ok());
        QCOMPARE(phaseHits->size(), 1);
        QCOMPARE(phaseHits->first().kind, EntryKind::Phase);
        QCOMPARE(phaseHits->first().foundIn, QList<SearchField> { SearchField::PhaseNotes });
        auto walkHits = target->search().search(QStringLiteral("walk"), -1);
        QVERIFY(walkHits.ok());
        qsizetype checkinWalks = 0;
        for (const SearchHit& hit : walkHits.value()) {
            if (hit.kind == EntryKind::Checkin) {
                ++checkinWalks;
                QCOMPARE(hit.foundIn, QList<SearchField> { SearchField::Tags });
            }
        }
        QCOMPARE(checkinWalks, 4); // the sample's live check-ins tagged "walk"

        // The trash came along and can be restored like any other.
        auto trash = target->trash().list();
        QVERIFY(trash.ok());
        QCOMPARE(trash->size(), 5); // one of each kind

        // Records were added in id order into an empty journal, so even the ids match: the
        // second export is the first one byte for byte (apart from the export time).
        after->exportedAt = before->exportedAt;
        QCOMPARE(JsonExportFormat::encode(after.value()), json.value());
    }

    void refusesANonEmptyJournal()
    {
        QTemporaryDir dir;
        auto source = create(dir, QStringLiteral("a.kapj"), kaptest::fixedNow());
        QVERIFY(source && exporttest::populate(*source));
        auto json = JsonTransfer::exportJson(*source);
        QVERIFY(json.ok());
        auto target = create(dir, QStringLiteral("b.kapj"), kaptest::fixedNow());
        MoodCheckin one;
        one.at = kaptest::fixedNow();
        one.mood = 5;
        QVERIFY(target->checkins().add(one).ok());
        QVERIFY(target->checkins().moveToTrash(one.id).ok()); // a trashed record counts too
        QCOMPARE(JsonTransfer::importJson(*target, json.value()).code(), ErrorCode::AlreadyExists);
        auto count = JsonTransfer::recordCount(*target);
        QVERIFY(count.ok());
        QCOMPARE(count.value(), 1);
    }

    void documentedLayout()
    {
        QTemporaryDir dir;
        auto source = create(dir, QStringLiteral("a.kapj"), kaptest::fixedNow());
        QVERIFY(source && exporttest::populate(*source));
        auto json = JsonTransfer::exportJson(*source);
        QVERIFY(json.ok());
        const QJsonObject root = QJsonDocument::fromJson(json.value()).object();
        QCOMPARE(root.value(QStringLiteral("format")).toString(), QStringLiteral("kapjournal-export"));
        QCOMPARE(root.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(root.value(QStringLiteral("exportedAt")).toString(), QStringLiteral("2026-03-02T09:30:00.000+01:00"));
        const QJsonObject session = root.value(QStringLiteral("sessions")).toArray().first().toObject();
        for (const char* key :
            { "id", "occurredAt", "modality", "route", "routeOther", "doseMg", "doseMgPerKg", "provider", "setting",
                "present", "intention", "moodBefore", "moodAfter", "vitals", "dissociation", "dissociationClinicScore",
                "dissociationClinicScale", "sideEffects", "experience", "costCents", "currency", "meta" }) {
            QVERIFY2(session.contains(QLatin1String(key)), key);
        }
        QCOMPARE(
            session.value(QStringLiteral("occurredAt")).toString(), QStringLiteral("2026-01-05T10:15:00.000+01:00"));
        const QJsonObject checkin = root.value(QStringLiteral("checkins")).toArray().at(1).toObject();
        QCOMPARE(checkin.value(QStringLiteral("at")).toString().right(6), QStringLiteral("+01:00"));
        QVERIFY(checkin.value(QStringLiteral("anxiety")).isNull());
        const QJsonObject q = root.value(QStringLiteral("questionnaires")).toArray().first().toObject();
        QCOMPARE(q.value(QStringLiteral("total")).toInt(), 17);
    }

    /// The same values as tst_sessionvalidator's and tst_clivalidator's sharedLimits: JSON import
    /// refuses, with the field's path, what the editor and the CLI refuse, and takes what they take.
    void sharedLimits_data()
    {
        QTest::addColumn<QByteArray>("session");
        QTest::addColumn<QString>("refusedField");
        const QString vitals = QStringLiteral("sessions[0].vitals");
        QTest::newRow("heart rate 19") << QByteArray(R"("vitals":[{"moment":"before","heartRate":19}])") << vitals;
        QTest::newRow("heart rate 25") << QByteArray(R"("vitals":[{"moment":"before","heartRate":25}])") << QString();
        QTest::newRow("heart rate 240") << QByteArray(R"("vitals":[{"moment":"before","heartRate":240}])") << QString();
        QTest::newRow("heart rate 251") << QByteArray(R"("vitals":[{"moment":"before","heartRate":251}])") << vitals;
        QTest::newRow("version 1 heart rate 251") << QByteArray(R"("heartRateBefore":251)") << vitals;
        QTest::newRow("dose 0") << QByteArray(R"("doseMg":0)") << "sessions[0].doseMg";
        QTest::newRow("dose 10000") << QByteArray(R"("doseMg":10000)") << QString();
        QTest::newRow("dose 10001") << QByteArray(R"("doseMg":10001)") << "sessions[0].doseMg";
        QTest::newRow("mg/kg 100") << QByteArray(R"("doseMgPerKg":100)") << QString();
        QTest::newRow("mg/kg 101") << QByteArray(R"("doseMgPerKg":101)") << "sessions[0].doseMgPerKg";
    }
    void sharedLimits()
    {
        QFETCH(QByteArray, session);
        QFETCH(QString, refusedField);
        const QByteArray json = R"({"format":"kapjournal-export","version":2,"sessions":[{"id":1,)"
                                R"("occurredAt":"2026-01-01T10:00:00Z",)"
            + session + "}]}";
        auto decoded = JsonExportFormat::decode(json);
        if (refusedField.isEmpty()) {
            QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().detail));
            QCOMPARE(decoded->sessions.size(), 1);
        } else {
            QVERIFY(!decoded.ok());
            QCOMPARE(int(decoded.code()), int(ErrorCode::InvalidArgument));
            QVERIFY2(decoded.error().detail.startsWith(refusedField), qPrintable(decoded.error().detail));
        }
    }

    void decodeRefusesBadInput_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("detail");
        const int invalid = int(ErrorCode::InvalidArgument);
        QTest::newRow("not json") << QByteArray("{") << invalid << "not JSON";
        QTest::newRow("array") << QByteArray("[]") << invalid << "no top-level object";
        QTest::newRow("other format") << QByteArray(R"({"format":"x","version":1})") << invalid << "format";
        QTest::newRow("newer") << QByteArray(R"({"format":"kapjournal-export","version":3})")
                               << int(ErrorCode::NewerVersion) << "version 3";
        QTest::newRow("vitals moment") << QByteArray(
            R"({"format":"kapjournal-export","version":2,"sessions":[{"id":1,"occurredAt":"2026-01-01T10:00:00Z","vitals":[{"moment":"soon","systolic":120,"diastolic":80}]}]})")
                                       << invalid << "sessions[0].vitals";
        QTest::newRow("vitals implausible") << QByteArray(
            R"({"format":"kapjournal-export","version":2,"sessions":[{"id":1,"occurredAt":"2026-01-01T10:00:00Z","vitals":[{"moment":"before","systolic":80,"diastolic":120}]}]})")
                                            << invalid << "implausible";
        QTest::newRow("difficulty 4") << QByteArray(
            R"({"format":"kapjournal-export","version":2,"questionnaires":[{"id":1,"kind":"gad7","at":"2026-01-01T10:00:00Z","answers":[1,1,1,1,1,1,1],"difficulty":4}]})")
                                      << invalid << "difficulty";
        QTest::newRow("item-9 change link") << QByteArray(
            R"({"format":"kapjournal-export","version":2,"item9Changes":[{"id":1,"questionnaireId":7,"change":"trashed","answeredAt":"2026-01-01T10:00:00Z","previousAnswer":2,"newAnswer":null,"changedAt":"2026-01-02T10:00:00Z"}]})")
                                            << invalid << "item9Changes[0].questionnaireId";
        QTest::newRow("item-9 change not lower") << QByteArray(
            R"({"format":"kapjournal-export","version":2,"item9Changes":[{"id":1,"questionnaireId":null,"change":"lowered","answeredAt":"2026-01-01T10:00:00Z","previousAnswer":1,"newAnswer":2,"changedAt":"2026-01-02T10:00:00Z"}]})")
                                                 << invalid << "item9Changes[0].newAnswer";
        QTest::newRow("no offset") << QByteArray(
            R"({"format":"kapjournal-export","version":1,"checkins":[{"id":1,"at":"2026-01-01T10:00:00","mood":5}]})")
                                   << invalid << "checkins[0].at";
        QTest::newRow("mood range") << QByteArray(
            R"({"format":"kapjournal-export","version":1,"checkins":[{"id":1,"at":"2026-01-01T10:00:00Z","mood":11}]})")
                                    << invalid << "checkins[0].mood";
        QTest::newRow("answers") << QByteArray(
            R"({"format":"kapjournal-export","version":1,"questionnaires":[{"id":1,"kind":"gad7","at":"2026-01-01T10:00:00Z","answers":[1,2]}]})")
                                 << invalid << "questionnaires[0].answers";
        QTest::newRow("dangling link") << QByteArray(
            R"({"format":"kapjournal-export","version":1,"notes":[{"id":1,"sessionId":4,"writtenAt":"2026-01-01T10:00:00Z"}]})")
                                       << invalid << "notes[0].sessionId";
        QTest::newRow("phase kind") << QByteArray(
            R"({"format":"kapjournal-export","version":1,"phases":[{"id":1,"kind":"x","start":"2026-01-01"}]})")
                                    << invalid << "phases[0].kind";
        QTest::newRow("string type") << QByteArray(
            R"({"format":"kapjournal-export","version":1,"sessions":[{"id":1,"occurredAt":"2026-01-01T10:00:00Z","provider":5}]})")
                                     << invalid << "sessions[0].provider";
    }

    void exportIsConsistentUnderAConcurrentTrash()
    {
        // Another connection moves notes to the trash and back, over and over, while snapshots
        // are taken: each snapshot must hold every note exactly once (live or trashed).
        QTemporaryDir dir;
        auto journal = create(dir, QStringLiteral("c.kapj"), kaptest::fixedNow());
        QVERIFY(journal);
        QList<RecordId> ids;
        for (int i = 0; i < 20; ++i) {
            IntegrationNote note;
            note.writtenAt = kaptest::fixedNow();
            note.body = QStringLiteral("note %1").arg(i);
            QVERIFY(journal->notes().add(note).ok());
            ids << note.id;
        }
        auto other = journal->openSecondConnection();
        QVERIFY(other.ok());
        std::atomic<bool> stop { false };
        std::atomic<int> toggles { 0 };
        std::thread writer([&] {
            NoteRepository& notes = other.value()->notes();
            while (!stop) {
                for (RecordId id : ids) {
                    if (notes.moveToTrash(id).ok() && notes.restore(id).ok()) {
                        ++toggles;
                    }
                    // A short pause between pairs: without it the writer takes the lock back at
                    // once and the snapshots wait (busy_timeout) instead of running between writes.
                    std::this_thread::sleep_for(std::chrono::microseconds(500));
                }
            }
        });
        QString problem;
        int snapshots = 0;
        // At least 150 snapshots overlapping 200 writes, within 3 s (writes wait for snapshots and
        // the other way round). Without one read transaction this fails within a few snapshots.
        QElapsedTimer elapsed;
        elapsed.start();
        for (; (snapshots < 150 || toggles < 200) && elapsed.elapsed() < 3000 && problem.isEmpty(); ++snapshots) {
            auto snapshot = JsonTransfer::snapshot(*journal);
            if (!snapshot.ok()) {
                problem = snapshot.error().detail;
                break;
            }
            QSet<RecordId> seen;
            for (const IntegrationNote& note : snapshot->notes) {
                seen.insert(note.id);
            }
            if (snapshot->notes.size() != ids.size() || seen.size() != ids.size()) {
                problem = QStringLiteral("snapshot %1: %2 notes, %3 distinct, expected %4")
                              .arg(snapshots)
                              .arg(snapshot->notes.size())
                              .arg(seen.size())
                              .arg(ids.size());
            }
        }
        stop = true;
        writer.join();
        other.value().reset();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(toggles > 0);
        qInfo("%d snapshots against %d trash-and-restore pairs", snapshots, toggles.load());
    }

    /// Files written before version 2 kept one blood pressure and heart rate before and after the
    /// session: they import as a "before" and an "after" reading without a time.
    void versionOneVitalsImportAsReadings()
    {
        const QByteArray json = R"({"format":"kapjournal-export","version":1,"sessions":[{"id":1,
            "occurredAt":"2026-01-01T10:00:00+01:00","systolicBefore":121,"diastolicBefore":79,"heartRateBefore":66,
            "systolicAfter":134,"diastolicAfter":86,"heartRateAfter":null}],
            "questionnaires":[{"id":2,"kind":"gad7","at":"2026-01-01T09:00:00+01:00","answers":[1,1,1,1,1,1,1]}]})";
        auto decoded = JsonExportFormat::decode(json);
        QVERIFY2(decoded.ok(), decoded.ok() ? "" : qPrintable(decoded.error().detail));
        const QList<VitalReading> expected { VitalReading { VitalMoment::Before, std::nullopt, 121, 79, 66, {} },
            VitalReading { VitalMoment::After, std::nullopt, 134, 86, std::nullopt, {} } };
        QCOMPARE(decoded->sessions.first().vitals, expected);
        QVERIFY(!decoded->questionnaires.first().difficulty);

        // Version 2 writes the readings, the clinic score and the difficulty, and reads them back.
        JournalSnapshot snapshot = decoded.value();
        snapshot.sessions.first().vitals.append(VitalReading { VitalMoment::Discharge, 125, 124, 80, 70, 98 });
        snapshot.sessions.first().dissociationClinicScore = 9;
        snapshot.sessions.first().dissociationClinicScale = QStringLiteral("CADSS");
        snapshot.questionnaires.first().difficulty = 1;
        auto again = JsonExportFormat::decode(JsonExportFormat::encode(snapshot));
        QVERIFY(again.ok());
        QCOMPARE(again->sessions.first().vitals, snapshot.sessions.first().vitals);
        QCOMPARE(again->sessions.first().dissociationClinicScore, std::optional<int>(9));
        QCOMPARE(again->sessions.first().dissociationClinicScale, QStringLiteral("CADSS"));
        QCOMPARE(again->questionnaires.first().difficulty, std::optional<int>(1));
    }

    void decodeRefusesBadInput()
    {
        QFETCH(QByteArray, json);
        QFETCH(int, code);
        QFETCH(QString, detail);
        auto r = JsonExportFormat::decode(json);
        QVERIFY(!r.ok());
        QCOMPARE(int(r.code()), code);
        QVERIFY2(r.error().detail.contains(detail), qPrintable(r.error().detail));
    }

    /// An export of the sample journal written to `dir`.
    static QString exportedFile(const QTemporaryDir& dir, QByteArray* json)
    {
        auto journal = create(dir, QStringLiteral("export.kapj"), kaptest::fixedNow());
        if (!journal || !exporttest::populate(*journal)) {
            return {};
        }
        auto exported = JsonTransfer::exportJson(*journal);
        if (!exported) {
            return {};
        }
        *json = exported.value();
        const QString path = dir.filePath(QStringLiteral("export.json"));
        QFile f(path);
        return f.open(QIODevice::WriteOnly) && f.write(*json) == json->size() ? path : QString();
    }

    void readFileRoundTrip()
    {
        QTemporaryDir dir;
        QByteArray json;
        const QString path = exportedFile(dir, &json);
        QVERIFY(!path.isEmpty());
        auto read = JsonTransfer::readFile(path);
        QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().detail));
        auto target = create(dir, QStringLiteral("target.kapj"), kaptest::fixedNow());
        QVERIFY(target);
        QVERIFY(JsonTransfer::restoreInto(*target, read.value()).ok());
        auto after = JsonTransfer::snapshot(*target);
        QVERIFY(after.ok());
        auto decoded = JsonExportFormat::decode(json);
        QVERIFY(decoded.ok());
        compareLists(decoded->sessions, after->sessions, "sessions");
        compareLists(decoded->notes, after->notes, "notes");
        compareLists(decoded->checkins, after->checkins, "checkins");
    }

    void readsUpToTheLimitAndNoMore()
    {
        QTemporaryDir dir;
        QByteArray json;
        const QString path = exportedFile(dir, &json);
        QVERIFY(!path.isEmpty());
        QVERIFY(JsonTransfer::readFile(path, json.size()).ok());
        auto over = JsonTransfer::readFile(path, json.size() - 1);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().detail, QStringLiteral("too_large"));
        const QString message = JsonTransfer::describeFileError(over.error(), json.size() - 1);
        QVERIFY2(message.contains(QStringLiteral("larger than %1,").arg(ImportFile::formatSize(json.size() - 1))),
            qPrintable(message));
    }

    void overTheSizeLimitIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("big.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(JsonExportFormat::MaxInputBytes + 1)); // a sparse file of zero bytes
        f.close();
        auto read = JsonTransfer::readFile(path);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().detail, QStringLiteral("too_large"));
        const QString message = JsonTransfer::describeFileError(read.error());
        QVERIFY2(message.contains(QLatin1String("larger than 64 MiB")), qPrintable(message));
        // The text alone is refused by decode() too, before any parsing.
        QCOMPARE(JsonExportFormat::decode(QByteArray(JsonExportFormat::MaxInputBytes + 1, ' ')).error().detail,
            QStringLiteral("too_large"));
    }

    void refusesWhatIsNotARegularFile()
    {
        QTemporaryDir dir;
        const kaptest::SpecialFiles special(dir);
        QVERIFY(special.ok());
        for (const auto& [what, path] : special.all()) {
            const QString p = path;
            const auto read = kaptest::callWithin<Result<JournalSnapshot>>(
                std::chrono::seconds(20), p, [p]() { return JsonTransfer::readFile(p); });
            QVERIFY2(read.has_value(), what);
            QVERIFY2(!read->ok() && read->error().detail == QLatin1String("not_regular"), what);
            QVERIFY2(
                JsonTransfer::describeFileError(read->error()).contains(QLatin1String("not a regular file")), what);
        }
    }

    void realExportsPassTheStructureCheck()
    {
        // An export at the size limit must not be refused as too complex: its estimate per byte of
        // text stays under the ratio of the two limits (the sample is dense: short records).
        QTemporaryDir dir;
        QByteArray json;
        QVERIFY(!exportedFile(dir, &json).isEmpty());
        const double ratio = double(JsonExportFormat::estimatedDocumentBytes(json)) / double(json.size());
        qInfo("estimated document size: %.1f times the text", ratio);
        QVERIFY(ratio < double(JsonExportFormat::MaxDocumentBytes) / double(JsonExportFormat::MaxInputBytes));
    }

    void structureBombsAreRefusedWithinOneGiB_data()
    {
        QTest::addColumn<QByteArray>("unit");
        QTest::newRow("nested empty arrays") << QByteArray("[[]]");
        QTest::newRow("small objects") << QByteArray("{\"a\":0}");
        QTest::newRow("numbers") << QByteArray("0");
    }

    void structureBombsAreRefusedWithinOneGiB()
    {
        // 64 MiB of these would take 0.5 to 2.3 GiB as a QJsonDocument.
        if constexpr (kaptest::BuiltWithAsan) {
            QSKIP("AddressSanitizer reserves terabytes of shadow memory: an address-space limit cannot be set");
        }
        QFETCH(QByteArray, unit);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.json"));
        {
            QByteArray text = R"({"format":"kapjournal-export","version":2,"phases":[)";
            text.reserve(JsonExportFormat::MaxInputBytes);
            while (text.size() + 2 * unit.size() + 3 <= JsonExportFormat::MaxInputBytes) {
                text += unit + ',';
            }
            text += unit + "]}";
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(text), text.size());
        }
        const kaptest::LimitedRun run = kaptest::runWithAddressSpaceLimit(rlim_t(1) << 30, [path]() {
            auto read = JsonTransfer::readFile(path);
            return read.ok()
                ? QByteArray("accepted")
                : read.error().detail.toUtf8() + '\n' + JsonTransfer::describeFileError(read.error()).toUtf8();
        });
        QVERIFY2(run.exitedNormally, qPrintable(QStringLiteral("the child ended by signal %1").arg(run.signal)));
        QVERIFY2(run.exitCode != 2, "out of memory under the 1 GiB limit");
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.output.startsWith("too_complex\n"), run.output.constData());
        QVERIFY2(run.output.contains("more than 384 MiB of memory"), run.output.constData());
    }
};

QTEST_GUILESS_MAIN(TestJsonTransfer)
#include "tst_jsontransfer.moc"
