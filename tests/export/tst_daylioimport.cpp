#include "CheckinRepository.h"
#include "DaylioImporter.h"
#include "TestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kap;

/// Daylio import into a journal: the person's mood map, tags and notes, time zones, the
/// all-or-nothing refusal of unmapped labels, and idempotent re-import.
class TestDaylioImport : public QObject
{
    Q_OBJECT

    static QByteArray shared(const char* name)
    {
        QFile f(qEnvironmentVariable("KAP_SHARED_TESTDATA") + QStringLiteral("/daylio/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("missing test data %s", name);
        }
        return f.readAll();
    }

private Q_SLOTS:
    void moodMap()
    {
        DaylioMoodMap map = DaylioMoodMap::defaults();
        QCOMPARE(map.score(QStringLiteral("rad")), std::optional<int>(10));
        QCOMPARE(map.score(QStringLiteral("Good ")), std::optional<int>(8));
        QCOMPARE(map.score(QStringLiteral("MEH")), std::optional<int>(5));
        QCOMPARE(map.score(QStringLiteral("bad")), std::optional<int>(3));
        QCOMPARE(map.score(QStringLiteral("awful")), std::optional<int>(0));
        QVERIFY(!map.score(QStringLiteral("sad")));
        QVERIFY(map.parseAssignment(QStringLiteral("ok but sleepy=6")).ok());
        QCOMPARE(map.score(QStringLiteral("OK  but sleepy")), std::optional<int>(6));
        QVERIFY(map.parseAssignment(QStringLiteral("a=b=2")).ok());
        QCOMPARE(map.score(QStringLiteral("a=b")), std::optional<int>(2));
        QVERIFY(!map.parseAssignment(QStringLiteral("sad=11")).ok());
        QVERIFY(!map.parseAssignment(QStringLiteral("sad")).ok());
        QVERIFY(!map.parseAssignment(QStringLiteral("=4")).ok());
        QVERIFY(!map.parseAssignment(QStringLiteral("sad=x")).ok());
        QCOMPARE(
            map.unmapped({ QStringLiteral("rad"), QStringLiteral("sad") }), QStringList({ QStringLiteral("sad") }));
    }

    void unmappedLabelsWriteNothing()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        auto parsed = DaylioParser::parse(shared("sample.csv"));
        QVERIFY(parsed.ok());
        DaylioMoodMap map = DaylioMoodMap::defaults();
        map.set(QStringLiteral("sad"), 2);
        auto result = DaylioImporter::import(*journal, parsed.value(), map);
        QCOMPARE(result.code(), ErrorCode::InvalidArgument);
        QVERIFY(result.error().detail.contains(QLatin1String("average")));
        auto all = journal->checkins().list();
        QVERIFY(all.ok());
        QVERIFY(all->isEmpty());
    }

    void importsSampleAndReimportAddsNothing()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        auto parsed = DaylioParser::parse(shared("sample_multiple_moods.csv"));
        QVERIFY(parsed.ok());
        DaylioMoodMap map = DaylioMoodMap::defaults();
        for (const char* a : { "OK=6", "Refreshed=8", "ok but sleepy=5", "Anxious=3" }) {
            QVERIFY(map.parseAssignment(QString::fromLatin1(a)).ok());
        }
        const QTimeZone zone("Europe/Berlin");
        auto first = DaylioImporter::import(*journal, parsed.value(), map, zone);
        QVERIFY(first.ok());
        QCOMPARE(first->read, 7);
        QCOMPARE(first->imported, 7);
        QCOMPARE(first->alreadyPresent, 0);

        auto all = journal->checkins().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 7);
        // Oldest first: 2020-07-21 07:31 Anxious, "Sleeping" (summer time in Berlin: +02:00).
        const MoodCheckin& oldest = all->first();
        QCOMPARE(oldest.at.date(), QDate(2020, 7, 21));
        QCOMPARE(oldest.at.time(), QTime(7, 31));
        QCOMPARE(oldest.at.offsetFromUtc(), 7200);
        QCOMPARE(oldest.mood, 3);
        QCOMPARE(oldest.tags, QStringList({ QStringLiteral("Sleeping") }));
        QVERIFY(oldest.importKey.startsWith(QLatin1String("daylio:")));
        const MoodCheckin& good = all->at(3);
        QCOMPARE(good.mood, 8);
        QCOMPARE(good.tags, QStringList({ QStringLiteral("movies"), QStringLiteral("good meal") }));

        auto second = DaylioImporter::import(*journal, parsed.value(), map, zone);
        QVERIFY(second.ok());
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->alreadyPresent, 7);
        all = journal->checkins().list();
        QCOMPARE(all->size(), 7);
    }

    void notesIdenticalRowsAndSummary()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        const QByteArray csv
            = "full_date,date,weekday,time,mood,activities,note_title,note\n"
              "2024-03-10,10 March,Sunday,6:50 pm,rad,\"work | gym\",\"Title\",\"Body, \"\"quoted\"\"\"\n"
              "2024-03-10,10 March,Sunday,6:50 pm,rad,\"work | gym\",\"Title\",\"Body, \"\"quoted\"\"\"\n"
              "2024-03-11,11 March,Monday,8:00 am,meh,,,\"only a note\"\n"
              "2024-03-12,12 March,Tuesday,99:00,meh,,,\n";
        auto parsed = DaylioParser::parse(csv);
        QVERIFY(parsed.ok());
        auto result = DaylioImporter::import(*journal, parsed.value(), DaylioMoodMap::defaults(), QTimeZone::utc());
        QVERIFY(result.ok());
        // Two identical rows are two entries (Daylio allows that); both come in, once.
        QCOMPARE(result->imported, 3);
        QCOMPARE(result->skipped.size(), 1);
        const QString summary = result->describe();
        QVERIFY2(summary.contains(QLatin1String("3 imported")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("line 5: time not understood")));
        auto all = journal->checkins().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).note, QStringLiteral("Title\n\nBody, \"quoted\""));
        QCOMPARE(all->at(0).mood, 10);
        QVERIFY(all->at(0).importKey != all->at(1).importKey);
        QCOMPARE(all->at(2).note, QStringLiteral("only a note"));
        auto again = DaylioImporter::import(*journal, parsed.value(), DaylioMoodMap::defaults(), QTimeZone::utc());
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->alreadyPresent, 3);
    }

    void importKeyDependsOnContent()
    {
        DaylioEntry a;
        a.date = QDate(2024, 1, 1);
        a.time = QTime(9, 0);
        a.moodLabel = QStringLiteral("good");
        DaylioEntry b = a;
        QCOMPARE(DaylioImporter::importKey(a, 1), DaylioImporter::importKey(b, 1));
        b.moodLabel = QStringLiteral("Good"); // the same label
        QCOMPARE(DaylioImporter::importKey(a, 1), DaylioImporter::importKey(b, 1));
        b.note = QStringLiteral("x");
        QVERIFY(DaylioImporter::importKey(a, 1) != DaylioImporter::importKey(b, 1));
        // Field boundaries matter: "ab"+"" differs from "a"+"b".
        DaylioEntry c = a;
        DaylioEntry d = a;
        c.noteTitle = QStringLiteral("ab");
        d.noteTitle = QStringLiteral("a");
        d.note = QStringLiteral("b");
        QVERIFY(DaylioImporter::importKey(c, 1) != DaylioImporter::importKey(d, 1));
        QVERIFY(DaylioImporter::importKey(a, 1) != DaylioImporter::importKey(a, 2));
    }
};

QTEST_GUILESS_MAIN(TestDaylioImport)
#include "tst_daylioimport.moc"
