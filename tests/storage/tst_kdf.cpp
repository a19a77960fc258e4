// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Known-answer tests for the crypto glue: Argon2id key derivation through our file header, the
// SQLCipher raw-key string, and parsing of the 16-byte header.

#include "storage/Kdf.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <cstring>

using namespace kap;

namespace {

KdfHeader headerFrom(const QByteArray& bytes)
{
    KdfHeader header;
    Q_ASSERT(bytes.size() == static_cast<qsizetype>(KdfHeader::Size));
    std::memcpy(header.bytes.data(), bytes.constData(), KdfHeader::Size);
    return header;
}

QByteArray hex(const SecureBytes& bytes)
{
    return QByteArray(bytes.chars(), static_cast<qsizetype>(bytes.size())).toHex();
}

} // namespace

class TestKdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argon2idKnownAnswers_data();
    void argon2idKnownAnswers();
    void differentSaltGivesDifferentKey();
    void emptyPassphraseIsRefused();
    void rawKeySpecFormat();
    void generatedHeaderCarriesParams();
    void parseRefusesWhatIsNotAJournal_data();
    void parseRefusesWhatIsNotAJournal();
    void productionCostIsInRange();
};

void TestKdf::argon2idKnownAnswers_data()
{
    QTest::addColumn<QByteArray>("passphrase");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("expectedHex");

    // Vectors computed with the Argon2 reference implementation's CLI (Debian package `argon2`,
    // independent of libsodium), Argon2id v1.3, parallelism 1, 32-byte output, the 16 header bytes
    // as the salt:
    //   echo -n "correct horse battery staple" | argon2 $'KJ\x01\x01\x0dabcdefghijk' -id -t 1 -k 8192 -p 1 -l 32 -r
    //   echo -n "correct horse battery staple" | argon2 $'KJ\x01\x04\x12ABCDEFGHIJK' -id -t 4 -k 262144 -p 1 -l 32 -r
    //   echo -n "pässwörd" (UTF-8)              | argon2 $'KJ\x01\x02\x0esalt-salt-s' -id -t 2 -k 16384 -p 1 -l 32 -r
    QTest::newRow("fast profile t=1 m=8MiB")
        << QByteArray("correct horse battery staple")
        << QByteArray("KJ\x01\x01\x0d"
                      "abcdefghijk",
               16)
        << QByteArray("19d3d7aed31dd08da87bea368b2cc4f6b296a2ac8bec7b1a505cfa0d68e7caac");
    QTest::newRow("production profile t=4 m=256MiB")
        << QByteArray("correct horse battery staple")
        << QByteArray("KJ\x01\x04\x12"
                      "ABCDEFGHIJK",
               16)
        << QByteArray("be3ba8f3f982f7091579a0ebe27fb2484a35544938fd49c1d6c20e3603eb3326");
    QTest::newRow("utf-8 passphrase t=2 m=16MiB")
        << QStringLiteral("pässwörd").toUtf8()
        << QByteArray("KJ\x01\x02\x0e"
                      "salt-salt-s",
               16)
        << QByteArray("8ae0453f9ef99ea95b1b666d717513dc1a3e4296018fbebbd5892080af92c22c");
}

void TestKdf::argon2idKnownAnswers()
{
    QFETCH(QByteArray, passphrase);
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, expectedHex);
    auto parsed = KdfHeader::parse(header);
    QVERIFY2(parsed, qPrintable(parsed.ok() ? QString() : parsed.error().detail));
    auto key = deriveKey(
        SecureBytes::fromRaw(passphrase.constData(), static_cast<std::size_t>(passphrase.size())), parsed.value());
    QVERIFY(key);
    QCOMPARE(key->size(), std::size_t(32));
    QCOMPARE(hex(key.value()), expectedHex);
}

void TestKdf::differentSaltGivesDifferentKey()
{
    const SecureBytes passphrase = SecureBytes::fromString(QStringLiteral("same passphrase"));
    const KdfHeader a = KdfHeader::generate(KdfParams::fastForTests());
    const KdfHeader b = KdfHeader::generate(KdfParams::fastForTests());
    QVERIFY(a.bytes != b.bytes);
    auto keyA = deriveKey(passphrase, a);
    auto keyB = deriveKey(passphrase, b);
    QVERIFY(keyA && keyB);
    QVERIFY(!(keyA.value() == keyB.value()));
    auto again = deriveKey(passphrase, a);
    QVERIFY(again && again.value() == keyA.value());
}

void TestKdf::emptyPassphraseIsRefused()
{
    auto key = deriveKey(SecureBytes(), KdfHeader::generate(KdfParams::fastForTests()));
    QCOMPARE(key.code(), ErrorCode::EmptyPassphrase);
}

void TestKdf::rawKeySpecFormat()
{
    // x'<64 hex key><32 hex salt>': SQLCipher's raw key with explicit salt.
    QByteArray keyBytes;
    for (int i = 0; i < 32; ++i) {
        keyBytes.append(static_cast<char>(i * 7 + 1));
    }
    const KdfHeader header = headerFrom(QByteArray("KJ\x01\x01\x0d"
                                                   "0123456789",
        16));
    const SecureBytes spec
        = rawKeySpec(SecureBytes::fromRaw(keyBytes.constData(), static_cast<std::size_t>(keyBytes.size())), header);
    const QByteArray expected = "x'"
                                "01080f161d242b323940474e555c636a71787f868d949ba2a9b0b7bec5ccd3da"
                                "4b4a01010d30313233343536373839"
                                "00'";
    QCOMPARE(spec.size(), std::size_t(99));
    QCOMPARE(QByteArray(spec.chars(), 99), expected);
}

void TestKdf::generatedHeaderCarriesParams()
{
    const KdfParams params { 1, 5, 17 };
    const KdfHeader header = KdfHeader::generate(params);
    QCOMPARE(header.bytes[0], static_cast<unsigned char>(0x4b)); // K
    QCOMPARE(header.bytes[1], static_cast<unsigned char>(0x4a)); // J
    QCOMPARE(header.params(), params);
    auto parsed = KdfHeader::parse(QByteArray(reinterpret_cast<const char*>(header.bytes.data()), 16));
    QVERIFY(parsed);
    QCOMPARE(parsed->params(), params);
    QVERIFY(parsed->bytes == header.bytes);
}

void TestKdf::parseRefusesWhatIsNotAJournal_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("plain sqlite") << QByteArray("SQLite format 3\0", 16) << ErrorCode::PlaintextDatabase;
    QTest::newRow("random bytes") << QByteArray::fromHex("8a1f22c0ffee0102030405060708090a") << ErrorCode::NotAJournal;
    QTest::newRow("short file") << QByteArray("KJ\x01\x01\x0d", 5) << ErrorCode::NotAJournal;
    QTest::newRow("empty file") << QByteArray() << ErrorCode::NotAJournal;
    QTest::newRow("future kdf format") << QByteArray("KJ\x02\x01\x0d"
                                                     "abcdefghijk",
        16) << ErrorCode::NewerVersion;
    QTest::newRow("zero passes") << QByteArray("KJ\x01\x00\x0d"
                                               "abcdefghijk",
        16) << ErrorCode::NotAJournal;
    QTest::newRow("memory too large") << QByteArray("KJ\x01\x01\x1f"
                                                    "abcdefghijk",
        16) << ErrorCode::NotAJournal;
    QTest::newRow("too many passes") << QByteArray("KJ\x01\xff\x0d"
                                                   "abcdefghijk",
        16) << ErrorCode::NotAJournal;
}

void TestKdf::parseRefusesWhatIsNotAJournal()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ErrorCode, expected);
    auto parsed = KdfHeader::parse(bytes);
    QVERIFY(!parsed);
    QCOMPARE(parsed.code(), expected);
}

void TestKdf::productionCostIsInRange()
{
    // SECURITY.md 1: production cost at least t=3 with at least 64 MiB; the fast profile is
    // reachable only through this explicit API.
    const KdfParams production = KdfParams::production();
    QVERIFY(production.isSupported());
    QVERIFY(production.opsLimit >= 3);
    QVERIFY(production.memLimitBytes() >= std::size_t(64) << 20);
    QVERIFY(!(KdfParams::fastForTests() == production));
}

QTEST_GUILESS_MAIN(TestKdf)
#include "tst_kdf.moc"
