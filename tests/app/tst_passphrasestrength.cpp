// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The strength meter's QML type: a thin face of PassphraseRating (its rule is tested in
// tests/core/tst_passphraserating.cpp).
#include "app/shell/PassphraseStrength.h"

#include <QSignalSpy>
#include <QTest>

using kap::PassphraseRating;
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
        QCOMPARE(strength.userWords(), PassphraseRating::defaultUserWords());
    }

    void showsTheRulesVerdict_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("common password") << QStringLiteral("password");
        QTest::newRow("keyboard walk") << QStringLiteral("qwertyuiop");
        QTest::newRow("three words") << QStringLiteral("sunrise lantern pebble");
        QTest::newRow("six words") << QStringLiteral("violet harbour quietly folds seven maps");
    }
    void showsTheRulesVerdict()
    {
        QFETCH(QString, passphrase);
        PassphraseStrength strength;
        strength.evaluate(passphrase);
        const PassphraseRating rating = PassphraseRating::rate(passphrase);
        QVERIFY(!strength.isEmpty());
        QCOMPARE(strength.entropyBits(), rating.entropyBits());
        QCOMPARE(strength.score(), rating.score());
        QCOMPARE(strength.isAcceptable(), rating.isAcceptable());
        QCOMPARE(strength.label(), rating.label());
        QCOMPARE(strength.hint(), rating.hint());
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
