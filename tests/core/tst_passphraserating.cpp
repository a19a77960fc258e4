// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The one passphrase-strength rule (passphrase/PassphraseRating, zxcvbn): the app's meter and the
// CLI's refusals both ask it.
#include "passphrase/PassphraseRating.h"

#include <QTest>

using kap::PassphraseRating;

class TestPassphraseRating : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyIsNotAcceptable()
    {
        const PassphraseRating nothing;
        QVERIFY(nothing.isEmpty());
        QVERIFY(!nothing.isAcceptable());
        QVERIFY(nothing.label().isEmpty());
        QVERIFY(!nothing.hint().isEmpty()); // what to type
        QVERIFY(PassphraseRating::rate(QString()).isEmpty());
        QVERIFY(PassphraseRating::rate(QByteArrayView()).isEmpty());
    }

    void scoresFollowThresholds_data()
    {
        QTest::addColumn<double>("bits");
        QTest::addColumn<int>("score");
        QTest::newRow("0") << 0.0 << 0;
        QTest::newRow("just under 1") << PassphraseRating::Score1Bits - 0.1 << 0;
        QTest::newRow("1") << PassphraseRating::Score1Bits << 1;
        QTest::newRow("2") << PassphraseRating::Score2Bits << 2;
        QTest::newRow("3") << PassphraseRating::Score3Bits << 3;
        QTest::newRow("4") << PassphraseRating::Score4Bits << 4;
        QTest::newRow("huge") << 500.0 << 4;
    }
    void scoresFollowThresholds()
    {
        QFETCH(double, bits);
        QFETCH(int, score);
        QCOMPARE(PassphraseRating::scoreForBits(bits), score);
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
        const PassphraseRating rating = PassphraseRating::rate(passphrase);
        QVERIFY(!rating.isEmpty());
        QVERIFY2(rating.score() >= minScore && rating.score() <= maxScore,
            qPrintable(QStringLiteral("score %1 (%2 bits)").arg(rating.score()).arg(rating.entropyBits())));
        QCOMPARE(rating.isAcceptable(), rating.score() >= PassphraseRating::MinimumAcceptableScore);
        QVERIFY(!rating.label().isEmpty());
        // The CLI hands in UTF-8 bytes (SecureBytes): the same verdict.
        const QByteArray utf8 = passphrase.toUtf8();
        QCOMPARE(PassphraseRating::rate(QByteArrayView(utf8)).entropyBits(), rating.entropyBits());
    }

    void weakGetsAdvice()
    {
        const PassphraseRating weak = PassphraseRating::rate(QStringLiteral("password1"));
        QVERIFY(!weak.isAcceptable());
        QCOMPARE(weak.hint(), QStringLiteral("Too easy to guess. Add a few unrelated words."));
        const PassphraseRating longWeak = PassphraseRating::rate(QStringLiteral("aaaaaaaaaaaaaaaaaaaa"));
        QVERIFY(!longWeak.isAcceptable());
        QVERIFY2(longWeak.hint().startsWith(QStringLiteral("Long, but predictable.")), qPrintable(longWeak.hint()));
    }

    void userWordsWeaken()
    {
        const QString phrase = QStringLiteral("riverside clinic");
        const double without = PassphraseRating::rate(phrase, {}).entropyBits();
        const double with
            = PassphraseRating::rate(phrase, { QStringLiteral("riverside"), QStringLiteral("clinic") }).entropyBits();
        QVERIFY2(with < without, "the person's own words count as guessable");
        // The app's own words are guessable by default.
        QVERIFY(PassphraseRating::defaultUserWords().contains(QStringLiteral("ketamine")));
    }

    void longInputIsCutNotRejected()
    {
        // Past MaxEvaluatedCharacters only time is spent; a multi-byte character is never split.
        const QString longText = QString(300, QChar(0x00E9)) + QStringLiteral(" tail");
        const PassphraseRating rating = PassphraseRating::rate(longText);
        QVERIFY(!rating.isEmpty());
        const QByteArray utf8 = longText.toUtf8();
        QCOMPARE(PassphraseRating::rate(QByteArrayView(utf8)).entropyBits(), rating.entropyBits());
    }
};

QTEST_GUILESS_MAIN(TestPassphraseRating)
#include "tst_passphraserating.moc"
