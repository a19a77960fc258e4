// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/CalendarLocale.h"

#include <QTest>

using kap::CalendarLocale;

/// The calendar popup's locale: the chosen first day of the week in the person's language.
class TestCalendarLocale : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekStartsOnTheChosenDay_data()
    {
        QTest::addColumn<QString>("base");
        QTest::addColumn<int>("day");
        QTest::newRow("en_US from Sunday to Monday") << "en_US" << int(Qt::Monday);
        QTest::newRow("en_GB from Monday to Sunday") << "en_GB" << int(Qt::Sunday);
        QTest::newRow("en_US to Saturday") << "en_US" << int(Qt::Saturday);
        QTest::newRow("fr_FR to Sunday") << "fr_FR" << int(Qt::Sunday);
    }
    void weekStartsOnTheChosenDay()
    {
        QFETCH(QString, base);
        QFETCH(int, day);
        const QLocale chosen = CalendarLocale::withWeekStart(QLocale(base), day);
        QCOMPARE(int(chosen.firstDayOfWeek()), day);
        QCOMPARE(chosen.language(), QLocale(base).language());
        QCOMPARE(chosen.script(), QLocale(base).script());
    }

    // LANG=C: the week may still start on Sunday, in English like the C locale's names.
    void cLocaleUsesEnglish()
    {
        const QLocale chosen = CalendarLocale::withWeekStart(QLocale::c(), Qt::Sunday);
        QCOMPARE(chosen.firstDayOfWeek(), Qt::Sunday);
        QCOMPARE(chosen.language(), QLocale::English);
        QCOMPARE(chosen.standaloneMonthName(1), QLocale::c().standaloneMonthName(1));
        QCOMPARE(CalendarLocale::withWeekStart(QLocale::c(), Qt::Monday), QLocale::c());
    }

    void localeThatAlreadyFitsIsKept()
    {
        QCOMPARE(CalendarLocale::withWeekStart(QLocale(QStringLiteral("en_GB")), Qt::Monday).name(),
            QStringLiteral("en_GB"));
        QCOMPARE(CalendarLocale::withWeekStart(QLocale(QStringLiteral("en_US")), Qt::Sunday).name(),
            QStringLiteral("en_US"));
    }

    // German weeks start on Monday everywhere: the names stay German rather than the week start.
    void languageWinsWhenNoLocaleFits()
    {
        const QLocale chosen = CalendarLocale::withWeekStart(QLocale(QStringLiteral("de_DE")), Qt::Sunday);
        QCOMPARE(chosen.name(), QStringLiteral("de_DE"));
    }

    void dayOutOfRangeKeepsTheBase()
    {
        for (const int day : { 0, 8, -1 }) {
            QCOMPARE(
                CalendarLocale::withWeekStart(QLocale(QStringLiteral("en_US")), day).name(), QStringLiteral("en_US"));
        }
    }

    void defaultLocaleIsTheBase()
    {
        QLocale::setDefault(QLocale(QStringLiteral("en_US")));
        QCOMPARE(CalendarLocale::withWeekStart(Qt::Monday).firstDayOfWeek(), Qt::Monday);
        QCOMPARE(CalendarLocale::withWeekStart(Qt::Monday).language(), QLocale::English);
        QLocale::setDefault(QLocale(QStringLiteral("de_DE")));
        QCOMPARE(CalendarLocale::withWeekStart(Qt::Sunday).language(), QLocale::German);
        QLocale::setDefault(QLocale::c());
    }
};

QTEST_GUILESS_MAIN(TestCalendarLocale)
#include "tst_calendarlocale.moc"
