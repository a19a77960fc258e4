// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/PassphraseStrength.h"

#include <QSignalSpy>
#include <QTest>

using kap::PassphraseStrength;

class TestPassphraseStrength : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsEmpty()
    {
        PassphraseStrength strength;
        QVERIFY(strength.isEmpty());
        QVERIFY(!strength.isAcceptable());
        QVERIFY(strength.label().isEmpty());
        QVERIFY(!strength.hint().isEmpty());
    }

    void scoresFollowThresholds_data()
    {
        QTest::addColumn<double>("bits");
        QTest::addColumn<int>("score");
        QTest::newRow("0") << 0.0 << 0;
        QTest::newRow("just under 1") << PassphraseStrength::Score1Bits - 0.1 << 0;
        QTest::newRow("1") << PassphraseStrength::Score1Bits << 1;
        QTest::newRow("2") << PassphraseStrength::Score2Bits << 2;
        QTest::newRow("3") << PassphraseStrength::Score3Bits << 3;
        QTest::newRow("4") << PassphraseStrength::Score4Bits << 4;
        QTest::newRow("huge") << 500.0 << 4;
    }
    void scoresFollowThresholds()
    {
        QFETCH(double, bits);
        QFETCH(int, score);
        QCOMPARE(PassphraseStrength::scoreForBits(bits), score);
    }

    void ratesRealPassphrases_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<int>("minScore");
        QTest::addColumn<int>("maxScore");
        QTest::newRow("common password") << QStringLiteral("password") << 0 << 0;
        QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop") << 0 << 1;
        QTest::newRow("date") << QStringLiteral("12/03/1988") << 0 << 1;
        QTest::newRow("three words") << QStringLiteral("sunrise lantern pebble") << 2 << 3;
        QTest::newRow("six words") << QStringLiteral("violet harbour quietly folds seven maps") << 4 << 4;
    }
    void ratesRealPassphrases()
    {
        QFETCH(QString, passphrase);
        QFETCH(int, minScore);
        QFETCH(int, maxScore);
        PassphraseStrength strength;
        strength.evaluate(passphrase);
        QVERIFY(!strength.isEmpty());
        QVERIFY2(strength.score() >= minScore && strength.score() <= maxScore,
            qPrintable(QStringLiteral("score %1 (%2 bits)").arg(strength.score()).arg(strength.entropyBits())));
        QCOMPARE(strength.isAcceptable(), strength.score() >= PassphraseStrength::MinimumAcceptableScore);
        QVERIFY(!strength.label().isEmpty());
    }

    void userWordsWeaken()
    {
        PassphraseStrength strength;
        strength.setUserWords({});
        strength.evaluate(QStringLiteral("riverside clinic"));
        const double without = strength.entropyBits();
        strength.setUserWords({ QStringLiteral("riverside"), QStringLiteral("clinic") });
        strength.evaluate(QStringLiteral("riverside clinic"));
        QVERIFY2(strength.entropyBits() < without, "the person's own words count as guessable");
    }

    void resetAndNotify()
    {
        PassphraseStrength strength;
        QSignalSpy changed(&strength, &PassphraseStrength::changed);
        strength.evaluate(QStringLiteral("abc"));
        QCOMPARE(changed.count(), 1);
        strength.evaluate(QString());
        QCOMPARE(changed.count(), 2);
        QVERIFY(strength.isEmpty());
        QCOMPARE(strength.entropyBits(), 0.0);
        strength.reset(); // already empty: no signal
        QCOMPARE(changed.count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestPassphraseStrength)
#include "tst_passphrasestrength.moc"
