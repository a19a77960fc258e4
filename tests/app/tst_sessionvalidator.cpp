// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/SessionValidator.h"

#include <QTest>
#include <QTimeZone>

using kap::SessionValidator;

/// The session editor's validation: plausible ranges, messages keyed by field, the future-date
/// rule, and the conversion to and from a Session.
class TestSessionValidator : public QObject
{
    Q_OBJECT

private:
    static QDateTime now() { return QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(3600)); }
    static QVariantMap valid()
    {
        return {
            { QStringLiteral("date"), QStringLiteral("2026-03-01") },
            { QStringLiteral("time"), QStringLiteral("14:30") },
            { QStringLiteral("route"), QStringLiteral("sublingual") },
            { QStringLiteral("dose"), QStringLiteral("200") },
        };
    }
    /// One vitals row as the editor gives it.
    static QVariantMap reading(
        const QString& systolic, const QString& diastolic, const QString& moment = QStringLiteral("before"))
    {
        return { { QStringLiteral("moment"), moment }, { QStringLiteral("systolic"), systolic },
            { QStringLiteral("diastolic"), diastolic } };
    }
    static QVariantMap with(const QString& field, const QVariant& value)
    {
        QVariantMap fields = valid();
        fields.insert(field, value);
        return fields;
    }

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale::c()); }

    void validFieldsHaveNoErrors() { QVERIFY(SessionValidator::validate(valid(), now()).isEmpty()); }

    void emptyOptionalFieldsAreFine()
    {
        QVariantMap fields = valid();
        fields.remove(QStringLiteral("dose"));
        fields.insert(QStringLiteral("moodBefore"), QString());
        fields.insert(QStringLiteral("vitals"), QVariantList { reading(QStringLiteral("  "), QString()) });
        QVERIFY(SessionValidator::validate(fields, now()).isEmpty());
        // A reading left blank is dropped, not stored empty.
        QVERIFY(SessionValidator::toSession(fields, now())->vitals.isEmpty());
    }

    void ranges_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("dose 0") << "dose"
                                << "0" << false;
        QTest::newRow("dose negative") << "dose"
                                       << "-5" << false;
        QTest::newRow("dose text") << "dose"
                                   << "lots" << false;
        QTest::newRow("dose fraction") << "dose"
                                       << "0.5" << true;
        QTest::newRow("mg/kg 0") << "dosePerKg"
                                 << "0" << false;
        QTest::newRow("mood 10") << "moodBefore"
                                 << "10" << true;
        QTest::newRow("mood 0") << "moodAfter"
                                << "0" << true;
        QTest::newRow("mood 11") << "moodAfter"
                                 << "11" << false;
        QTest::newRow("mood -1") << "moodBefore"
                                 << "-1" << false;
        QTest::newRow("mood 5.5") << "moodBefore"
                                  << "5.5" << false;
        QTest::newRow("dissociation 10") << "dissociation"
                                         << "10" << true;
        QTest::newRow("dissociation 12") << "dissociation"
                                         << "12" << false;
        QTest::newRow("clinic score 92") << "dissociationClinicScore"
                                         << "92" << true;
        QTest::newRow("clinic score 201") << "dissociationClinicScore"
                                          << "201" << false;
        QTest::newRow("cost negative") << "cost"
                                       << "-1" << false;
        QTest::newRow("cost 450.50") << "cost"
                                     << "450.50" << true;
        QTest::newRow("time 25:00") << "time"
                                    << "25:00" << false;
        QTest::newRow("time 7:05") << "time"
                                   << "7:05" << true;
        QTest::newRow("date nonsense") << "date"
                                       << "2026-02-30" << false;
    }
    void ranges()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        const QVariantMap errors = SessionValidator::validate(with(field, value), now());
        QCOMPARE(!errors.contains(field), ok);
        if (!ok) {
            QVERIFY(!errors.value(field).toString().isEmpty());
        }
    }

    /// The same values as tst_clivalidator's and tst_jsontransfer's sharedLimits: the editor, the
    /// CLI and JSON import all keep Entities.h's and Vitals.h's ranges (they once disagreed: 30-220,
    /// 20-250 and 0-1000 beats a minute).
    void sharedLimits_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("heart rate 19") << "heartRate"
                                       << "19" << false;
        QTest::newRow("heart rate 25") << "heartRate"
                                       << "25" << true;
        QTest::newRow("heart rate 240") << "heartRate"
                                        << "240" << true;
        QTest::newRow("heart rate 251") << "heartRate"
                                        << "251" << false;
        QTest::newRow("dose 10000") << "dose"
                                    << "10000" << true;
        QTest::newRow("dose 10001") << "dose"
                                    << "10001" << false;
        QTest::newRow("mg/kg 100") << "dosePerKg"
                                   << "100" << true;
        QTest::newRow("mg/kg 101") << "dosePerKg"
                                   << "101" << false;
    }
    void sharedLimits()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        QVariantMap fields = valid();
        QString key = field;
        if (field == QLatin1String("heartRate")) {
            fields.insert(QStringLiteral("vitals"),
                QVariantList {
                    QVariantMap { { QStringLiteral("moment"), QStringLiteral("before") }, { field, value } } });
            key = QStringLiteral("vitals.0.heartRate");
        } else {
            fields.insert(field, value);
        }
        const QVariantMap errors = SessionValidator::validate(fields, now());
        QVERIFY2(errors.contains(key) != ok, qPrintable(QStringList(errors.keys()).join(QLatin1Char(' '))));
        QCOMPARE(SessionValidator::toSession(fields, now()).has_value(), ok);
    }

    void bloodPressureRangesAndPairs_data()
    {
        QTest::addColumn<QString>("systolic");
        QTest::addColumn<QString>("diastolic");
        QTest::addColumn<QString>("errorField");
        QTest::newRow("normal") << "120"
                                << "80"
                                << "";
        QTest::newRow("edges") << "60"
                               << "30"
                               << "";
        QTest::newRow("upper edges") << "260"
                                     << "160"
                                     << "";
        QTest::newRow("systolic 59") << "59"
                                     << "40"
                                     << "vitals.0.systolic";
        QTest::newRow("systolic 261") << "261"
                                      << "90"
                                      << "vitals.0.systolic";
        QTest::newRow("diastolic 29") << "120"
                                      << "29"
                                      << "vitals.0.diastolic";
        QTest::newRow("diastolic 161") << "200"
                                       << "161"
                                       << "vitals.0.diastolic";
        QTest::newRow("only systolic") << "120"
                                       << ""
                                       << "vitals.0.diastolic";
        QTest::newRow("only diastolic") << ""
                                        << "80"
                                        << "vitals.0.systolic";
        QTest::newRow("swapped") << "80"
                                 << "120"
                                 << "vitals.0.systolic";
    }
    void bloodPressureRangesAndPairs()
    {
        QFETCH(QString, systolic);
        QFETCH(QString, diastolic);
        QFETCH(QString, errorField);
        QVariantMap fields = valid();
        fields.insert(QStringLiteral("vitals"), QVariantList { reading(systolic, diastolic) });
        const QVariantMap errors = SessionValidator::validate(fields, now());
        if (errorField.isEmpty()) {
            QVERIFY2(errors.isEmpty(), qPrintable(errors.keys().join(u',')));
        } else {
            QCOMPARE(errors.keys(), QStringList { errorField });
        }
    }

    void vitalsRowsAreCheckedOneByOne()
    {
        QVariantMap during = reading(QStringLiteral("141"), QStringLiteral("90"), QStringLiteral("during"));
        during.insert(QStringLiteral("minutes"), QStringLiteral("40"));
        during.insert(QStringLiteral("heartRate"), QStringLiteral("19"));
        QVariantMap discharge = reading(QString(), QString(), QStringLiteral("discharge"));
        discharge.insert(QStringLiteral("minutes"), QStringLiteral("2000"));
        discharge.insert(QStringLiteral("spo2"), QStringLiteral("101"));
        QVariantMap fields = valid();
        fields.insert(QStringLiteral("vitals"),
            QVariantList { reading(QStringLiteral("120"), QStringLiteral("80")), during, discharge });
        const QVariantMap errors = SessionValidator::validate(fields, now());
        QCOMPARE(errors.keys(),
            (QStringList { QStringLiteral("vitals.1.heartRate"), QStringLiteral("vitals.2.minutes"),
                QStringLiteral("vitals.2.spo2") }));
        during.insert(QStringLiteral("heartRate"), QStringLiteral("76"));
        discharge.insert(QStringLiteral("minutes"), QStringLiteral("120"));
        discharge.insert(QStringLiteral("spo2"), QStringLiteral("98"));
        fields.insert(QStringLiteral("vitals"),
            QVariantList { reading(QStringLiteral("120"), QStringLiteral("80")), during, discharge });
        const std::optional<kap::Session> session = SessionValidator::toSession(fields, now());
        QVERIFY(session);
        QCOMPARE(session->vitals.size(), 3);
        QCOMPARE(session->vitals[1], (kap::VitalReading { kap::VitalMoment::During, 40, 141, 90, 76, std::nullopt }));
        QCOMPARE(session->vitals[2].spo2, std::optional<int>(98));
        // toFields gives the rows back as typed.
        const QVariantList rows = SessionValidator::toFields(*session).value(QStringLiteral("vitals")).toList();
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[1].toMap().value(QStringLiteral("minutes")).toString(), QStringLiteral("40"));
        QCOMPARE(rows[2].toMap().value(QStringLiteral("moment")).toString(), QStringLiteral("discharge"));
    }

    void dateAtMostOneDayAhead()
    {
        QVariantMap fields = valid();
        fields.insert(QStringLiteral("date"), QStringLiteral("2026-03-03"));
        fields.insert(QStringLiteral("time"), QStringLiteral("09:30")); // exactly a day ahead
        QVERIFY(SessionValidator::validate(fields, now()).isEmpty());
        fields.insert(QStringLiteral("time"), QStringLiteral("09:31"));
        QVERIFY(SessionValidator::validate(fields, now()).contains(QStringLiteral("date")));
        const QVariantMap nextYear = with(QStringLiteral("date"), QStringLiteral("2027-01-01"));
        QVERIFY(SessionValidator::validate(nextYear, now()).contains(QStringLiteral("date")));
    }

    // Issue 16: a wrong date used to flag the time as well (one combined date-time check).
    void wrongDateFlagsOnlyTheDate_data()
    {
        QTest::addColumn<QString>("date");
        QTest::newRow("nonsense") << "2026-02-30";
        QTest::newRow("letters") << "yesterday";
        QTest::newRow("empty") << "";
    }
    void wrongDateFlagsOnlyTheDate()
    {
        QFETCH(QString, date);
        const QVariantMap errors = SessionValidator::validate(with(QStringLiteral("date"), date), now());
        QCOMPARE(errors.keys(), QStringList { QStringLiteral("date") });
    }
    void wrongTimeFlagsOnlyTheTime()
    {
        const QVariantMap errors
            = SessionValidator::validate(with(QStringLiteral("time"), QStringLiteral("9.30")), now());
        QCOMPARE(errors.keys(), QStringList { QStringLiteral("time") });
    }
    void wrongDateAndTimeFlagBoth()
    {
        QVariantMap fields = with(QStringLiteral("date"), QStringLiteral("2026-13-01"));
        fields.insert(QStringLiteral("time"), QStringLiteral("24:61"));
        const QVariantMap errors = SessionValidator::validate(fields, now());
        QCOMPARE(errors.keys(), QStringList({ QStringLiteral("date"), QStringLiteral("time") }));
    }

    void otherRouteNeedsWords()
    {
        QVariantMap fields = with(QStringLiteral("route"), QStringLiteral("other"));
        QVERIFY(SessionValidator::validate(fields, now()).contains(QStringLiteral("routeOther")));
        fields.insert(QStringLiteral("routeOther"), QStringLiteral("rectal"));
        QVERIFY(SessionValidator::validate(fields, now()).isEmpty());
    }

    void toSessionRefusesInvalidFields()
    {
        QVERIFY(!SessionValidator::toSession(with(QStringLiteral("dose"), QStringLiteral("0")), now()));
    }

    void roundTrip()
    {
        QVariantMap fields = valid();
        fields.insert(QStringLiteral("modality"), QStringLiteral("kap"));
        fields.insert(QStringLiteral("provider"), QStringLiteral("Dr. Rivera"));
        fields.insert(QStringLiteral("moodBefore"), QStringLiteral("3"));
        fields.insert(QStringLiteral("moodAfter"), QStringLiteral("7"));
        fields.insert(QStringLiteral("vitals"), QVariantList { reading(QStringLiteral("128"), QStringLiteral("84")) });
        fields.insert(QStringLiteral("sideEffects"),
            QStringList { QStringLiteral("nausea"), QStringLiteral("nausea"), QStringLiteral("tingling") });
        fields.insert(QStringLiteral("cost"), QStringLiteral("450.5"));
        fields.insert(QStringLiteral("currency"), QStringLiteral("usd"));
        const std::optional<kap::Session> session = SessionValidator::toSession(fields, now());
        QVERIFY(session);
        QCOMPARE(session->occurredAt, QDateTime(QDate(2026, 3, 1), QTime(14, 30), QTimeZone(3600)));
        QCOMPARE(session->occurredAt.offsetFromUtc(), 3600);
        QCOMPARE(session->doseMg, std::optional<double>(200));
        QVERIFY(!session->doseMgPerKg);
        QCOMPARE(session->moodBefore, std::optional<int>(3));
        QCOMPARE(session->vitals.size(), 1);
        QCOMPARE(session->vitals[0].systolic, std::optional<int>(128));
        QVERIFY(!session->vitals[0].heartRate);
        QCOMPARE(session->sideEffects, (QStringList { QStringLiteral("nausea"), QStringLiteral("tingling") }));
        QCOMPARE(session->costCents, std::optional<std::int64_t>(45050));
        QCOMPARE(session->currency, QStringLiteral("USD"));

        const QVariantMap back = SessionValidator::toFields(*session);
        QCOMPARE(back.value(QStringLiteral("date")).toString(), QStringLiteral("2026-03-01"));
        QCOMPARE(back.value(QStringLiteral("time")).toString(), QStringLiteral("14:30"));
        QCOMPARE(back.value(QStringLiteral("dose")).toString(), QStringLiteral("200"));
        QCOMPARE(back.value(QStringLiteral("moodAfter")).toString(), QStringLiteral("7"));
        QCOMPARE(
            back.value(QStringLiteral("vitals")).toList().first().toMap().value(QStringLiteral("heartRate")).toString(),
            QString());
        QCOMPARE(back.value(QStringLiteral("cost")).toString(), QStringLiteral("450.50"));
    }

    void numbersInTheLocaleAndInC()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(SessionValidator::parseNumber(QStringLiteral("0,5")), std::optional<double>(0.5));
        QCOMPARE(SessionValidator::parseNumber(QStringLiteral("0.5")), std::optional<double>(0.5));
        QLocale::setDefault(QLocale::c());
        QVERIFY(!SessionValidator::parseNumber(QStringLiteral("inf")));
        QVERIFY(!SessionValidator::parseNumber(QString()));
    }
};

QTEST_GUILESS_MAIN(TestSessionValidator)
#include "tst_sessionvalidator.moc"
