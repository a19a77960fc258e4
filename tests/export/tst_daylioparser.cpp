// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transfer/DaylioImporter.h"
#include "transfer/DaylioParser.h"

#include <QFile>
#include <QTest>

using kap::DaylioImporter;
using kap::DaylioLimits;
using kap::DaylioParser;
using kap::DaylioSkip;

/// The Daylio CSV parser on the shared samples and on files that exercise each trap in
/// DOMAIN.md: header variants, 12/24-hour times, quoting, BOM, trailing spaces, bad rows; and
/// the limits that refuse a hostile file while it is read, each with its message.
class TestDaylioParser : public QObject
{
    Q_OBJECT

    static inline const QByteArray Header = "full_date,date,weekday,time,mood,activities,note_title,note\n";

    /// How a file over a limit is refused: the error detail and the sentence people see.
    struct Refusal
    {
        QString detail;
        QString message;
    };
    static Refusal refusal(const QByteArray& csv, const DaylioLimits& limits)
    {
        auto r = DaylioParser::parse(csv, limits);
        if (r.ok()) {
            return { QStringLiteral("accepted"), {} };
        }
        return { r.error().detail, DaylioImporter::describeParseError(r.error(), limits) };
    }

    static QByteArray shared(const char* name)
    {
        QFile f(qEnvironmentVariable("KAP_SHARED_TESTDATA") + QStringLiteral("/daylio/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("missing test data %s", name);
        }
        return f.readAll();
    }

private Q_SLOTS:
    void sampleWithCustomMoodsAndTrailingSpaces()
    {
        auto r = DaylioParser::parse(shared("sample.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r->variant, kap::DaylioParseResult::Variant::FullDateWithTitle);
        QCOMPARE(r->entries.size(), 3);
        QVERIFY(r->skipped.isEmpty());
        QCOMPARE(r->moodLabels, QStringList({ QStringLiteral("sad"), QStringLiteral("average") }));
        const auto& first = r->entries.at(0);
        QCOMPARE(first.date, QDate(2021, 9, 28));
        QCOMPARE(first.time, QTime(22, 0));
        QCOMPARE(first.moodLabel, QStringLiteral("sad"));
        QCOMPARE(first.activities.size(), 7);
        QCOMPARE(first.activities.first(), QStringLiteral("clean"));
        QCOMPARE(first.activities.last(), QStringLiteral("stomachache"));
        QCOMPARE(r->entries.at(1).activities.first(), QStringLiteral("stressed / frustrated"));
        QCOMPARE(r->entries.at(1).activities.at(2), QStringLiteral("cook"));
        QVERIFY(first.note.isEmpty());
        QCOMPARE(first.line, 2);
    }

    void sampleWith24HourTimesAndNoFinalNewline()
    {
        auto r = DaylioParser::parse(shared("sample_multiple_moods.csv"));
        QVERIFY(r.ok());
        QCOMPARE(r->entries.size(), 7);
        QCOMPARE(r->moodLabels,
            QStringList({ QStringLiteral("OK"), QStringLiteral("Refreshed"), QStringLiteral("good"),
                QStringLiteral("ok but sleepy"), QStringLiteral("bad"), QStringLiteral("Anxious") }));
        QCOMPARE(r->entries.at(0).time, QTime(18, 52));
        QCOMPARE(r->entries.at(2).activities, QStringList({ QStringLiteral("Sleeping") }));
        QCOMPARE(r->entries.at(3).activities, QStringList({ QStringLiteral("movies"), QStringLiteral("good meal") }));
        QCOMPARE(r->entries.last().date, QDate(2020, 7, 21));
        QCOMPARE(r->entries.last().time, QTime(7, 31));
        QVERIFY(r->entries.at(5).activities.isEmpty());
    }

    void parseTime_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("expected");
        QTest::newRow("pm") << "6:50 pm" << QTime(18, 50);
        QTest::newRow("PM caps") << "10:00 PM" << QTime(22, 0);
        QTest::newRow("no space") << "6:50pm" << QTime(18, 50);
        QTest::newRow("dots") << "6:50 p.m." << QTime(18, 50);
        QTest::newRow("noon") << "12:05 pm" << QTime(12, 5);
        QTest::newRow("midnight") << "12:05 am" << QTime(0, 5);
        QTest::newRow("am") << "9:15 am" << QTime(9, 15);
        QTest::newRow("24h") << "14:58" << QTime(14, 58);
        QTest::newRow("24h leading zero") << "08:13" << QTime(8, 13);
        QTest::newRow("seconds") << "14:58:07" << QTime(14, 58, 7);
        QTest::newRow("spaces") << "  7:01  " << QTime(7, 1);
        QTest::newRow("13 pm") << "13:00 pm" << QTime();
        QTest::newRow("0 am") << "0:10 am" << QTime();
        QTest::newRow("25h") << "25:00" << QTime();
        QTest::newRow("minutes") << "10:60" << QTime();
        QTest::newRow("text") << "noon" << QTime();
        QTest::newRow("empty") << "" << QTime();
    }

    void parseTime()
    {
        QFETCH(QString, text);
        QFETCH(QTime, expected);
        QCOMPARE(DaylioParser::parseTime(text), expected);
    }

    void quotingBomCrlfAndMixedTimes()
    {
        QByteArray csv = "\xEF\xBB\xBF"
                         "full_date,date,weekday,time,mood,activities,note_title,note\r\n"
                         "2024-03-10,10 March,Sunday,6:50 pm,rad ,\"work | gym\",\"Title, with comma\","
                         "\"Line one\r\nline \"\"two\"\", still\"\r\n"
                         "2024-03-10,10 March,Sunday,14:58,Meh,,,\r\n"
                         "2024-03-11,11 March,Monday,12:00 am,m\xC3\xBC"
                         "de,\"caf\xC3\xA9 | \",\"\",\"<br>\"\r\n";
        auto r = DaylioParser::parse(csv);
        QVERIFY(r.ok());
        QCOMPARE(r->entries.size(), 3);
        const auto& a = r->entries.at(0);
        QCOMPARE(a.time, QTime(18, 50));
        QCOMPARE(a.moodLabel, QStringLiteral("rad"));
        QCOMPARE(a.activities, QStringList({ QStringLiteral("work"), QStringLiteral("gym") }));
        QCOMPARE(a.noteTitle, QStringLiteral("Title, with comma"));
        QCOMPARE(a.note, QStringLiteral("Line one\nline \"two\", still"));
        QCOMPARE(r->entries.at(1).time, QTime(14, 58));
        QCOMPARE(r->entries.at(1).line, 4); // the quoted line break counts
        QCOMPARE(r->entries.at(2).moodLabel, QStringLiteral("müde"));
        QCOMPARE(r->entries.at(2).time, QTime(0, 0));
        QCOMPARE(r->entries.at(2).activities, QStringList({ QStringLiteral("café") }));
        QVERIFY(r->entries.at(2).note.isEmpty());
        QCOMPARE(r->moodLabels, QStringList({ QStringLiteral("rad"), QStringLiteral("Meh"), QStringLiteral("müde") }));
    }

    void olderYearAndDateVariant()
    {
        const QByteArray csv = "year,date,weekday,time,mood,activities,note\n"
                               "2018,28 September,Friday,6:50 pm,good,\"a | b\",\"hello\"\n"
                               "2018,Sep 3,Monday,07:05,awful,,\n"
                               "2018,31 February,Monday,07:05,awful,,\n";
        auto r = DaylioParser::parse(csv);
        QVERIFY(r.ok());
        QCOMPARE(r->variant, kap::DaylioParseResult::Variant::YearAndDate);
        QCOMPARE(r->entries.size(), 2);
        QCOMPARE(r->entries.at(0).date, QDate(2018, 9, 28));
        QCOMPARE(r->entries.at(0).note, QStringLiteral("hello"));
        QCOMPARE(r->entries.at(1).date, QDate(2018, 9, 3));
        QCOMPARE(r->skipped.size(), 1);
        QCOMPARE(r->skipped.at(0).line, 4);
        QCOMPARE(r->skipped.at(0).reason, DaylioSkip::Reason::BadDate);
    }

    void fullDateWithoutNoteTitle()
    {
        const QByteArray csv = "full_date,date,weekday,time,mood,activities,note\n"
                               "2022-01-02,2 January,Sunday,9:00 am,meh,family,\"a note\"\n";
        auto r = DaylioParser::parse(csv);
        QVERIFY(r.ok());
        QCOMPARE(r->variant, kap::DaylioParseResult::Variant::FullDateNoTitle);
        QCOMPARE(r->entries.size(), 1);
        QVERIFY(r->entries.at(0).noteTitle.isEmpty());
        QCOMPARE(r->entries.at(0).note, QStringLiteral("a note"));
    }

    void badRowsAreSkippedWithReasons()
    {
        const QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n"
                               "2022-01-02,2 January,Sunday,9:00 am,meh,,,\n"
                               "2022-13-02,x,Sunday,9:00 am,meh,,,\n"
                               "2022-01-03,x,Monday,soon,meh,,,\n"
                               "2022-01-04,x,Tuesday,9:00,  ,,,\n"
                               "2022-01-05,x,Wednesday,9:00\n"
                               "2022-01-06,x,Thursday,9:00,good,,,,extra\n"
                               "\n"
                               "2022-01-07,x,Friday,9:00,good,,,,\n";
        auto r = DaylioParser::parse(csv);
        QVERIFY(r.ok());
        QCOMPARE(r->entries.size(), 2);
        QCOMPARE(r->entries.at(1).line, 9);
        QCOMPARE(r->skipped.size(), 5);
        QCOMPARE(r->skipped.at(0).reason, DaylioSkip::Reason::BadDate);
        QCOMPARE(r->skipped.at(1).reason, DaylioSkip::Reason::BadTime);
        QCOMPARE(r->skipped.at(2).reason, DaylioSkip::Reason::EmptyMood);
        QCOMPARE(r->skipped.at(3).reason, DaylioSkip::Reason::WrongFieldCount);
        QCOMPARE(r->skipped.at(4).reason, DaylioSkip::Reason::WrongFieldCount);
        QCOMPARE(r->skipped.at(4).line, 7);
    }

    void refusesWhatIsNotDaylio_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("detail");
        QTest::newRow("empty") << QByteArray() << "empty";
        QTest::newRow("bom only") << QByteArray("\xEF\xBB\xBF \n") << "empty";
        QTest::newRow("other csv") << QByteArray("a,b,c\n1,2,3\n") << "not_daylio";
        QTest::newRow("binary") << QByteArray("\x00\x01\x02\xff", 4) << "not_daylio";
        QTest::newRow("open quote") << QByteArray("full_date,time,mood\n2020-01-01,\"9:00,x\n") << "unterminated_quote";
    }

    void refusesWhatIsNotDaylio()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, detail);
        auto r = DaylioParser::parse(input);
        QVERIFY(!r.ok());
        QCOMPARE(r.code(), kap::ErrorCode::InvalidArgument);
        QCOMPARE(r.error().detail, detail);
    }

    void tooLargeIsRefused()
    {
        DaylioLimits limits;
        limits.inputBytes = 128;
        const QByteArray csv = Header + "2022-01-02,x,Sunday,9:00,meh,,,\n";
        QVERIFY(csv.size() < 128);
        const QByteArray exact = csv + QByteArray(128 - csv.size(), '\n');
        QVERIFY2(DaylioParser::parse(exact, limits).ok(), "exactly at the limit is read");
        const Refusal r = refusal(exact + '\n', limits);
        QCOMPARE(r.detail, QStringLiteral("too_large"));
        QVERIFY2(r.message.contains(QLatin1String("larger than 128 bytes")), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("Nothing was imported")));
        // The default limit is stated in the message too.
        const auto tooLarge = kap::makeError(kap::ErrorCode::InvalidArgument, QStringLiteral("too_large"));
        QVERIFY(DaylioImporter::describeParseError(tooLarge).contains(QLatin1String("64 MiB")));
    }

    void fieldsPerRecordLimit()
    {
        DaylioLimits limits;
        limits.fieldsPerRecord = 9;
        // A stray trailing comma (9 fields) is tolerated as before; 10 fields reach the limit.
        const QByteArray ok = Header + "2022-01-02,x,Sunday,9:00,meh,,,,\n";
        QVERIFY(DaylioParser::parse(ok, limits).ok());
        const Refusal r = refusal(ok + "2022-01-03,x,Monday,9:00,meh,,,,,\n", limits);
        QCOMPARE(r.detail, QStringLiteral("fields_per_record:3"));
        QVERIFY2(r.message.contains(QLatin1String("Line 3 has more than 9 columns")), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("Nothing was imported")));
        // Commas alone, however many: refused on the first line, at the default limit of 64.
        const Refusal commas = refusal(QByteArray(100000, ','), DaylioLimits());
        QCOMPARE(commas.detail, QStringLiteral("fields_per_record:1"));
        QVERIFY2(commas.message.contains(QLatin1String("Line 1 has more than 64 columns")), qPrintable(commas.message));
    }

    void fieldLengthLimit()
    {
        DaylioLimits limits;
        limits.fieldBytes = 10;
        const QByteArray atLimit = Header + "2022-01-02,x,Sunday,9:00,meh,,,\"0123456789\"\n";
        auto read = DaylioParser::parse(atLimit, limits);
        QVERIFY(read.ok());
        QCOMPARE(read->entries.first().note, QStringLiteral("0123456789"));
        // The note starts on line 3 and runs over a quoted line break: the row's first line is named.
        const Refusal r = refusal(atLimit + "2022-01-03,x,Monday,9:00,meh,,,\"01234\n6789A\"\n", limits);
        QCOMPARE(r.detail, QStringLiteral("field_bytes:3"));
        QVERIFY2(r.message.contains(QLatin1String("line 3 has a field longer than 10 bytes")), qPrintable(r.message));
    }

    void recordLengthLimit()
    {
        DaylioLimits limits;
        const QByteArray row
            = "2022-01-02,x,Sunday,9:00,meh,a | b,a title,a note that makes the row longer than the header";
        limits.recordBytes = row.size();
        QVERIFY(DaylioParser::parse(Header + row + "\r\n", limits).ok());
        QVERIFY(DaylioParser::parse(Header + row, limits).ok());
        const Refusal r = refusal(Header + "\n\n" + row + "s\n", limits);
        QCOMPARE(r.detail, QStringLiteral("record_bytes:4"));
        QVERIFY2(r.message.contains(QStringLiteral("line 4 is longer than %1 bytes").arg(row.size())),
            qPrintable(r.message));
    }

    void recordCountLimit()
    {
        DaylioLimits limits;
        limits.records = 3;
        // Skipped rows count too: the limit is on what is read.
        const QByteArray three
            = Header + "2022-01-02,x,Sunday,9:00,meh,,,\n" + "bad row\n" + "2022-01-03,x,Monday,9:00,meh,,,\n";
        QVERIFY(DaylioParser::parse(three, limits).ok());
        const Refusal r = refusal(three + "\n2022-01-04,x,Tuesday,9:00,meh,,,\n", limits);
        QCOMPARE(r.detail, QStringLiteral("records:6"));
        QVERIFY2(r.message.contains(QLatin1String("more than 3 rows")), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("line 6")));
    }

    void moodLabelLimit()
    {
        DaylioLimits limits;
        limits.moodLabels = 2;
        const QByteArray two = Header + "2022-01-02,x,Sunday,9:00,meh,,,\n2022-01-03,x,Monday,9:00,Good,,,\n"
            + "2022-01-04,x,Tuesday,9:00,MEH,,,\n";
        QVERIFY(DaylioParser::parse(two, limits).ok());
        const Refusal r = refusal(two + "2022-01-05,x,Wednesday,9:00,rad,,,\n", limits);
        QCOMPARE(r.detail, QStringLiteral("mood_labels:5"));
        QVERIFY2(r.message.contains(QLatin1String("more than 2 different moods")), qPrintable(r.message));
        QVERIFY(r.message.contains(QLatin1String("line 5")));
    }

    void memoryLimit()
    {
        // A row of 100,000 one-letter activities is 200 KB of text but ~6 MB as a list of strings.
        QByteArray activities;
        for (int i = 0; i < 100000; ++i) {
            activities += "a|";
        }
        const QByteArray row = "2022-01-02,x,Sunday,9:00,meh," + activities + ",,\n";
        DaylioLimits limits;
        limits.memoryBytes = 8 * 1024 * 1024;
        QVERIFY(DaylioParser::parse(Header + row, limits).ok());
        const Refusal r = refusal(Header + row + row, limits);
        QCOMPARE(r.detail, QStringLiteral("memory:3"));
        QVERIFY2(r.message.contains(QLatin1String("up to line 3 would take more than 8 MiB of memory")),
            qPrintable(r.message));
    }
};

QTEST_GUILESS_MAIN(TestDaylioParser)
#include "tst_daylioparser.moc"
