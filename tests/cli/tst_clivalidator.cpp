// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The CLI's input rules, tested directly (tst_cli runs the executable end to end).
#include "cli/Validator.h"
#include "storage/Entities.h"
#include "storage/OffsetTime.h"

#include <QTest>

#include <ctime>

using kap::cli::Validator;

/// Validator's parse functions and option getters.
class TestCliValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // A zone with a non-zero offset and DST (a POSIX rule, so no tz database is needed):
        // "local time" must not be confused with UTC on machines that run in UTC.
        qputenv("TZ", "EST5EDT,M3.2.0,M11.1.0");
        tzset();
        QCOMPARE(QDateTime(QDate(2026, 7, 1), QTime(12, 0)).offsetFromUtc(), -4 * 3600);
        QCOMPARE(QDateTime(QDate(2026, 1, 1), QTime(12, 0)).offsetFromUtc(), -5 * 3600);
    }

    void dateTimeWithOffset()
    {
        const auto parsed = Validator::parseDateTime(QStringLiteral("2026-03-02T09:30+01:00"));
        QVERIFY(parsed);
        QCOMPARE(parsed->offsetFromUtc(), 3600);
        QCOMPARE(parsed->toUTC(), kap::offsettime::utc(QDate(2026, 3, 2), QTime(8, 30)));
        QCOMPARE(parsed->time(), QTime(9, 30));
    }

    void dateTimeVariants_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("utc");
        QTest::addColumn<int>("offset");
        QTest::newRow("seconds") << QStringLiteral("2026-03-02T09:30:15+01:00")
                                 << kap::offsettime::utc(QDate(2026, 3, 2), QTime(8, 30, 15)) << 3600;
        QTest::newRow("Z") << QStringLiteral("2026-03-02T09:30Z")
                           << kap::offsettime::utc(QDate(2026, 3, 2), QTime(9, 30)) << 0;
        QTest::newRow("negative, no colon") << QStringLiteral("2026-03-02T09:30-0530")
                                            << kap::offsettime::utc(QDate(2026, 3, 2), QTime(15, 0)) << -19800;
        QTest::newRow("space and fraction") << QStringLiteral("2026-03-02 09:30:00.250+02")
                                            << kap::offsettime::utc(QDate(2026, 3, 2), QTime(7, 30, 0, 250)) << 7200;
    }
    void dateTimeVariants()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, utc);
        QFETCH(int, offset);
        const auto parsed = Validator::parseDateTime(text);
        QVERIFY(parsed);
        QCOMPARE(parsed->toUTC(), utc);
        QCOMPARE(parsed->offsetFromUtc(), offset);
    }

    void dateTimeWithoutOffsetIsLocal()
    {
        // Summer and winter: the offset in force on that day, kept with the time.
        auto parsed = Validator::parseDateTime(QStringLiteral("2026-07-01T12:00"));
        QVERIFY(parsed);
        QCOMPARE(parsed->toUTC(), kap::offsettime::utc(QDate(2026, 7, 1), QTime(16, 0)));
        QCOMPARE(parsed->offsetFromUtc(), -4 * 3600);
        QCOMPARE(parsed->timeSpec(), Qt::OffsetFromUTC);
        parsed = Validator::parseDateTime(QStringLiteral("2026-01-15 08:00"));
        QVERIFY(parsed);
        QCOMPARE(parsed->offsetFromUtc(), -5 * 3600);
        QCOMPARE(parsed->time(), QTime(8, 0));
    }

    void dateTimeInDstGapRejected()
    {
        // 2026-03-08 02:30 does not exist in this zone (clocks jump from 02:00 to 03:00).
        QVERIFY(!Validator::parseDateTime(QStringLiteral("2026-03-08T02:30")));
    }

    void dateTimeRejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("date only") << QStringLiteral("2026-03-02");
        QTest::newRow("30 February") << QStringLiteral("2026-02-30T10:00+01:00");
        QTest::newRow("hour 25") << QStringLiteral("2026-03-02T25:00");
        QTest::newRow("offset too large") << QStringLiteral("2026-03-02T10:00+15:00");
        QTest::newRow("words") << QStringLiteral("yesterday");
        QTest::newRow("trailing junk") << QStringLiteral("2026-03-02T10:00+01:00x");
    }
    void dateTimeRejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Validator::parseDateTime(text));
    }

    void date()
    {
        QCOMPARE(Validator::parseDate(QStringLiteral("2026-03-02")), QDate(2026, 3, 2));
        QVERIFY(!Validator::parseDate(QStringLiteral("2026-02-29")));
        QVERIFY(!Validator::parseDate(QStringLiteral("2026-3-2")));
        QVERIFY(!Validator::parseDate(QStringLiteral("02.03.2026")));
    }

    void bloodPressure()
    {
        QCOMPARE(Validator::parseBloodPressure(QStringLiteral("120/80")), std::make_pair(120, 80));
        QCOMPARE(Validator::parseBloodPressure(QStringLiteral(" 135 / 85 ")), std::make_pair(135, 85));
        QVERIFY(!Validator::parseBloodPressure(QStringLiteral("1200/80")));
        QVERIFY(!Validator::parseBloodPressure(QStringLiteral("80/120")));
        QVERIFY(!Validator::parseBloodPressure(QStringLiteral("120/20")));
        QVERIFY(!Validator::parseBloodPressure(QStringLiteral("120")));
        QVERIFY(!Validator::parseBloodPressure(QStringLiteral("120-80")));
    }

    void money()
    {
        QCOMPARE(Validator::parseMoneyCents(QStringLiteral("250")), std::int64_t(25000));
        QCOMPARE(Validator::parseMoneyCents(QStringLiteral("250.5")), std::int64_t(25050));
        QCOMPARE(Validator::parseMoneyCents(QStringLiteral("250.05")), std::int64_t(25005));
        QCOMPARE(Validator::parseMoneyCents(QStringLiteral("0")), std::int64_t(0));
        QVERIFY(!Validator::parseMoneyCents(QStringLiteral("-1")));
        QVERIFY(!Validator::parseMoneyCents(QStringLiteral("1.234")));
        QVERIFY(!Validator::parseMoneyCents(QStringLiteral("1,50")));
        QVERIFY(!Validator::parseMoneyCents(QStringLiteral("$5")));
    }

    void integersAndNumbers()
    {
        QCOMPARE(Validator::parseInteger(QStringLiteral("7")), 7);
        QCOMPARE(Validator::parseInteger(QStringLiteral("-3")), -3);
        QVERIFY(!Validator::parseInteger(QStringLiteral("7.5")));
        QVERIFY(!Validator::parseInteger(QStringLiteral("seven")));
        QVERIFY(!Validator::parseInteger(QStringLiteral("99999999999")));
        QCOMPARE(Validator::parseNumber(QStringLiteral("0.5")), 0.5);
        QCOMPARE(Validator::parseNumber(QStringLiteral(".5")), 0.5);
        QVERIFY(!Validator::parseNumber(QStringLiteral("1e400")));
        QVERIFY(!Validator::parseNumber(QStringLiteral("nan")));
        QVERIFY(!Validator::parseNumber(QStringLiteral("0,5")));
    }

    void list()
    {
        QCOMPARE(Validator::parseList({ QStringLiteral(" a, b ,,a"), QStringLiteral("c") }),
            QStringList({ QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") }));
        QVERIFY(Validator::parseList({ QStringLiteral(" , ") }).isEmpty());
    }

    /// The same values as tst_sessionvalidator's and tst_jsontransfer's sharedLimits, through the
    /// options add-session uses: --vitals, --hr-before and --dose-mg / --dose-mg-per-kg.
    void sharedLimits_data()
    {
        QTest::addColumn<QString>("option");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("heart rate 19") << "hr-before"
                                       << "19" << false;
        QTest::newRow("heart rate 25") << "hr-before"
                                       << "25" << true;
        QTest::newRow("heart rate 240") << "hr-before"
                                        << "240" << true;
        QTest::newRow("heart rate 251") << "hr-before"
                                        << "251" << false;
        QTest::newRow("dose 10000") << "dose-mg"
                                    << "10000" << true;
        QTest::newRow("dose 10001") << "dose-mg"
                                    << "10001" << false;
        QTest::newRow("mg/kg 100") << "dose-mg-per-kg"
                                   << "100" << true;
        QTest::newRow("mg/kg 101") << "dose-mg-per-kg"
                                   << "101" << false;
    }
    void sharedLimits()
    {
        QFETCH(QString, option);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QCommandLineParser parser;
        parser.addOption({ option, QString(), QStringLiteral("N") });
        QVERIFY(parser.parse({ QStringLiteral("x"), QStringLiteral("--") + option, value }));
        Validator input(parser);
        if (option == QLatin1String("hr-before")) {
            QCOMPARE(input.integer(option, kap::vitals::HeartRateMin, kap::vitals::HeartRateMax).has_value(), ok);
            QCOMPARE(Validator::parseVitals(QStringLiteral("before hr=") + value).has_value(), ok);
        } else {
            const double max
                = option == QLatin1String("dose-mg") ? kap::limits::DoseMgMax : kap::limits::DoseMgPerKgMax;
            QCOMPARE(input.positiveNumber(option, max).has_value(), ok);
        }
        QCOMPARE(input.ok(), ok);
    }

    void collectsEveryProblem()
    {
        QCommandLineParser parser;
        parser.addOptions({ { QStringLiteral("mood"), QString(), QStringLiteral("N") },
            { QStringLiteral("dose-mg"), QString(), QStringLiteral("MG") },
            { QStringLiteral("setting"), QString(), QStringLiteral("KEY") },
            { QStringLiteral("energy"), QString(), QStringLiteral("N") } });
        QVERIFY(parser.parse({ QStringLiteral("x"), QStringLiteral("--mood"), QStringLiteral("11"),
            QStringLiteral("--dose-mg"), QStringLiteral("0"), QStringLiteral("--setting"), QStringLiteral("Home") }));
        Validator input(parser);
        QVERIFY(!input.integer(QStringLiteral("mood"), 0, 10));
        QVERIFY(!input.positiveNumber(QStringLiteral("dose-mg"), 100));
        QCOMPARE(input.oneOf(QStringLiteral("setting"), { QStringLiteral("clinic"), QStringLiteral("home") }),
            QStringLiteral("home"));
        QVERIFY(!input.integer(QStringLiteral("energy"), 0, 10)); // absent: no value, no problem
        QCOMPARE(input.problems().size(), 2);
        QVERIFY(input.problems().at(0).contains(QStringLiteral("--mood")));
        QVERIFY(input.problems().at(1).contains(QStringLiteral("--dose-mg")));
        QVERIFY(!input.ok());
    }
};

QTEST_GUILESS_MAIN(TestCliValidator)
#include "tst_clivalidator.moc"
