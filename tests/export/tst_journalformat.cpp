// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// One journal format on every supported SQLCipher (SECURITY.md requirement 16, issue 11): the
// fixtures written on Debian 12 (SQLCipher 3.4.1) and Debian 13 (SQLCipher 4.6.1) open, read,
// verify, change passphrase, back up and restore on whichever release runs this test; what this
// build writes opens in the release's own `sqlcipher` shell; a file in other cipher settings is
// reported as such, never as a wrong passphrase.

#include "storage/CipherFormat.h"
#include "storage/SqlCipher.h"
#include "tests/export/EntityCompare.h"
#include "tests/export/FormatFixture.h"
#include "tests/support/TestSupport.h"
#include "text/ErrorText.h"
#include "transfer/BackupService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kap;

namespace {

SecureBytes secret(const char* text)
{
    return SecureBytes::fromString(QString::fromUtf8(text));
}

/// The linked SQLCipher's major version (3 on Debian 12, 4 on Debian 13).
int libraryMajor()
{
    sqlite3* handle = nullptr;
    sqlite3_open_v2(":memory:", &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr);
    Database db(handle);
    auto version = db.queryText("PRAGMA cipher_version");
    return version ? version.value().section(QLatin1Char('.'), 0, 0).toInt() : 0;
}

Journal::Options fixtureOptions()
{
    Journal::Options options;
    options.clock = formatfixture::clock();
    return options;
}

QString copyFixture(const QTemporaryDir& dir, const QString& name)
{
    const QString source = qEnvironmentVariable("KAP_TEST_DATA") + QStringLiteral("/format/") + name;
    const QString target = dir.filePath(QStringLiteral("journal.kapj"));
    if (!QFile::copy(source, target)) {
        return {};
    }
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

template <typename T> QStringList diffLists(const QString& what, const QList<T>& a, const QList<T>& b)
{
    if (a.size() != b.size()) {
        return { QStringLiteral("%1: %2 records, expected %3").arg(what).arg(a.size()).arg(b.size()) };
    }
    QStringList d;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a.at(i).id != b.at(i).id) {
            d << QStringLiteral("%1 %2: id").arg(what).arg(i);
        }
        for (const QString& field : exporttest::diff(a.at(i), b.at(i))) {
            d << QStringLiteral("%1 %2: %3").arg(what, QString::number(i), field);
        }
    }
    return d;
}

/// Every record of `actual` against `expected` (a journal just written by FormatFixture.h with
/// this build), field by field, meta included; the trash, the search index and preferences too.
QStringList compareJournals(Journal& actual, Journal& expected)
{
    QStringList d;
    d << diffLists(QStringLiteral("phase"), actual.phases().list().value(), expected.phases().list().value());
    d << diffLists(QStringLiteral("session"), actual.sessions().list().value(), expected.sessions().list().value());
    d << diffLists(QStringLiteral("note"), actual.notes().list().value(), expected.notes().list().value());
    d << diffLists(QStringLiteral("checkin"), actual.checkins().list().value(), expected.checkins().list().value());
    d << diffLists(QStringLiteral("questionnaire"), actual.questionnaires().list(std::nullopt).value(),
        expected.questionnaires().list(std::nullopt).value());
    const auto trashA = actual.trash().list().value();
    const auto trashB = expected.trash().list().value();
    if (trashA.size() != trashB.size()) {
        d << QStringLiteral("trash: %1 items, expected %2").arg(trashA.size()).arg(trashB.size());
    } else {
        for (qsizetype i = 0; i < trashA.size(); ++i) {
            if (trashA.at(i).kind != trashB.at(i).kind || trashA.at(i).id != trashB.at(i).id
                || trashA.at(i).deletedAt != trashB.at(i).deletedAt || trashA.at(i).summary != trashB.at(i).summary) {
                d << QStringLiteral("trash %1").arg(i);
            }
            if (trashA.at(i).kind == EntryKind::Note) {
                d << diffLists(QStringLiteral("trashed note"), QList { actual.notes().get(trashA.at(i).id).value() },
                    QList { expected.notes().get(trashB.at(i).id).value() });
            }
        }
    }
    const auto hitsA = actual.search().search(QStringLiteral("lighthouse")).value();
    const auto hitsB = expected.search().search(QStringLiteral("lighthouse")).value();
    if (hitsA.size() != hitsB.size() || hitsA.isEmpty()) {
        d << QStringLiteral("search: %1 hits, expected %2").arg(hitsA.size()).arg(hitsB.size());
    }
    if (actual.preferences().value(QStringLiteral("fixture.key"))
        != expected.preferences().value(QStringLiteral("fixture.key"))) {
        d << QStringLiteral("preference");
    }
    return d;
}

/// A file keyed like a journal (our header as the salt, a raw key) but written with `settings`
/// after the key: another cipher layout that the right passphrase decrypts.
QString writeWithOtherSettings(const QTemporaryDir& dir, const char* settings, const SecureBytes& passphrase)
{
    const QString path = dir.filePath(QStringLiteral("other-settings.kapj"));
    const KdfHeader header = KdfHeader::generate(KdfParams::fastForTests());
    auto key = deriveKey(passphrase, header);
    if (!key) {
        return {};
    }
    const SecureBytes spec = rawKeySpec(key.value(), header);
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(
            QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return {};
    }
    Database db(handle);
    sqlite3_key(handle, spec.data(), static_cast<int>(spec.size()));
    if (!db.exec(settings) || !db.exec("CREATE TABLE t (x); INSERT INTO t VALUES ('in another layout');")) {
        return {};
    }
    return path;
}

} // namespace

class TestJournalFormat : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fixtureKeepsEverything_data();
    void fixtureKeepsEverything();
    void fixtureOpensInThisReleasesShell_data();
    void fixtureOpensInThisReleasesShell();
    void newFilesAreTheOneFormat();
    void otherSettingsAreNotAWrongPassphrase_data();
    void otherSettingsAreNotAWrongPassphrase();
    void settingsAreReadBackOnEveryConnection();
};

void TestJournalFormat::initTestCase()
{
    qInfo("linked SQLCipher major version: %d", libraryMajor());
    QVERIFY(libraryMajor() >= 3);
}

void TestJournalFormat::fixtureKeepsEverything_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("written by SQLCipher 3.4.1") << QStringLiteral("journal-sqlcipher-3.4.1.kapj");
    QTest::newRow("written by SQLCipher 4.6.1") << QStringLiteral("journal-sqlcipher-4.6.1.kapj");
}

void TestJournalFormat::fixtureKeepsEverything()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    const QString path = copyFixture(dir, fixture);
    QVERIFY2(!path.isEmpty(), qPrintable(fixture));
    // What the fixture must hold: the same code, run now by this build.
    auto expected = Journal::create(dir.filePath(QStringLiteral("expected.kapj")), secret(formatfixture::Passphrase),
        KdfParams::fastForTests(), fixtureOptions());
    QVERIFY(expected);
    QCOMPARE(formatfixture::write(*expected.value()), QStringList());

    const QString backup = dir.filePath(QStringLiteral("before-change.backup"));
    {
        auto journal = Journal::open(path, secret(formatfixture::Passphrase), fixtureOptions());
        QVERIFY2(journal, qPrintable(journal ? QString() : journal.error().detail));
        QCOMPARE(compareJournals(*journal.value(), *expected.value()), QStringList());
        QStringList problems;
        QVERIFY2(journal.value()->verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
        QVERIFY(BackupService::backup(*journal.value(), backup));
        QVERIFY(journal.value()->changePassphrase(
            secret(formatfixture::Passphrase), secret("a new passphrase for the fixture"), KdfParams::fastForTests()));
        QCOMPARE(compareJournals(*journal.value(), *expected.value()), QStringList());
    }
    {
        auto old = Journal::open(path, secret(formatfixture::Passphrase), fixtureOptions());
        QVERIFY(!old);
        QCOMPARE(old.error().code, ErrorCode::WrongPassphrase);
        auto journal = Journal::open(path, secret("a new passphrase for the fixture"), fixtureOptions());
        QVERIFY(journal);
        QCOMPARE(compareJournals(*journal.value(), *expected.value()), QStringList());
    }
    {
        auto copy = Journal::open(backup, secret(formatfixture::Passphrase), fixtureOptions());
        QVERIFY(copy);
        QCOMPARE(compareJournals(*copy.value(), *expected.value()), QStringList());
    }
    QString savedCurrent;
    QVERIFY(BackupService::restore(path, backup, secret(formatfixture::Passphrase), fixtureOptions(), &savedCurrent));
    QVERIFY(QFileInfo::exists(savedCurrent));
    auto restored = Journal::open(path, secret(formatfixture::Passphrase), fixtureOptions());
    QVERIFY(restored);
    QCOMPARE(compareJournals(*restored.value(), *expected.value()), QStringList());
    QVERIFY(restored.value()->verify());
}

void TestJournalFormat::fixtureOpensInThisReleasesShell_data()
{
    fixtureKeepsEverything_data();
}

void TestJournalFormat::fixtureOpensInThisReleasesShell()
{
    QFETCH(QString, fixture);
    QTemporaryDir dir;
    const QString path = copyFixture(dir, fixture);
    QVERIFY(!path.isEmpty());
    QByteArray keyPragma;
    {
        auto journal = Journal::open(path, secret(formatfixture::Passphrase), fixtureOptions());
        QVERIFY(journal);
        keyPragma = kaptest::shellKeyPragma(*journal.value());
    }
    const auto shell = kaptest::runSqlcipher(path, keyPragma + "SELECT intention FROM sessions ORDER BY id;\n");
    QCOMPARE(shell.exitCode, 0);
    QVERIFY2(shell.out.contains("to meet the grief with kindness"), shell.err.constData());
}

void TestJournalFormat::newFilesAreTheOneFormat()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.kapj"));
    const QString backup = dir.filePath(QStringLiteral("new.backup"));
    QByteArray keyPragma;
    QByteArray rekeyedPragma;
    {
        auto journal
            = Journal::create(path, secret(formatfixture::Passphrase), KdfParams::fastForTests(), fixtureOptions());
        QVERIFY(journal);
        QCOMPARE(formatfixture::write(*journal.value()), QStringList());
        keyPragma = kaptest::shellKeyPragma(*journal.value());
        QVERIFY(BackupService::backup(*journal.value(), backup)); // written through ATTACH
        QVERIFY(journal.value()->changePassphrase(
            secret(formatfixture::Passphrase), secret("rekeyed"), KdfParams::fastForTests())); // ATTACH too
        rekeyedPragma = kaptest::shellKeyPragma(*journal.value());
    }
    const QByteArray settings = "PRAGMA cipher_page_size;\nSELECT count(*) FROM sessions;\n";
    for (const auto& [file, key] : { std::pair { backup, keyPragma }, std::pair { path, rekeyedPragma } }) {
        const auto shell = kaptest::runSqlcipher(file, key + settings);
        QCOMPARE(shell.exitCode, 0);
        QCOMPARE(shell.out, QByteArray("1024\n2\n"));
        if (libraryMajor() >= 4) {
            // The 3.x layout: SQLCipher 4's own defaults cannot read it, the compatibility PRAGMA can.
            const QByteArray keyOnly = QByteArray(key).replace("PRAGMA cipher_compatibility = 3;\n", "");
            const auto defaults = kaptest::runSqlcipher(file, keyOnly + "SELECT count(*) FROM sessions;\n");
            QVERIFY2(defaults.err.contains("not a database"), defaults.err.constData());
            const QByteArray readBack
                = "PRAGMA cipher_hmac_algorithm;\nPRAGMA cipher_kdf_algorithm;\nSELECT count(*) FROM notes;\n";
            const auto algorithms = kaptest::runSqlcipher(file, key + readBack);
            // Two notes: the fixture puts one of them in the trash.
            QCOMPARE(algorithms.out, QByteArray("HMAC_SHA1\nPBKDF2_HMAC_SHA1\n2\n"));
        }
    }
}

void TestJournalFormat::otherSettingsAreNotAWrongPassphrase_data()
{
    QTest::addColumn<QByteArray>("settings");
    QTest::newRow("4 KiB pages") << QByteArray("PRAGMA cipher_page_size = 4096");
    QTest::newRow("no HMAC (SQLCipher 1 layout)") << QByteArray("PRAGMA cipher_use_hmac = OFF");
    if (libraryMajor() >= 4) {
        QTest::newRow("SQLCipher 4 defaults") << QByteArray("PRAGMA cipher_compatibility = 4");
    }
}

void TestJournalFormat::otherSettingsAreNotAWrongPassphrase()
{
    QFETCH(QByteArray, settings);
    QTemporaryDir dir;
    const QString path = writeWithOtherSettings(dir, settings.constData(), secret(formatfixture::Passphrase));
    QVERIFY(!path.isEmpty());
    const auto before = kaptest::snapshot(path);

    auto right = Journal::open(path, secret(formatfixture::Passphrase), fixtureOptions());
    QVERIFY(!right);
    QCOMPARE(right.error().code, ErrorCode::CipherMismatch);
    const QString sentence = ErrorText::describe(right.error());
    QVERIFY2(sentence.contains(QLatin1String("cipher settings this version cannot read")), qPrintable(sentence));
    QVERIFY(!sentence.contains(QLatin1String("passphrase does not open")));

    auto wrong = Journal::open(path, secret("not the passphrase"), fixtureOptions());
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::WrongPassphrase);
    QCOMPARE(kaptest::snapshot(path), before);
}

void TestJournalFormat::settingsAreReadBackOnEveryConnection()
{
    QTemporaryDir dir;
    const KdfHeader header = KdfHeader::generate(KdfParams::fastForTests());
    auto key = deriveKey(secret(formatfixture::Passphrase), header);
    QVERIFY(key);
    const SecureBytes spec = rawKeySpec(key.value(), header);
    cipherformat::setProcessDefaults();

    sqlite3* handle = nullptr;
    QCOMPARE(sqlite3_open_v2(QFile::encodeName(dir.filePath(QStringLiteral("main.kapj"))).constData(), &handle,
                 SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr),
        SQLITE_OK);
    Database db(handle);
    QCOMPARE(sqlite3_key(handle, spec.data(), static_cast<int>(spec.size())), SQLITE_OK);
    // The process default alone gives a new connection the journal format (no per-connection
    // PRAGMA yet), on SQLCipher 4 as on 3.4.1.
    QVERIFY(cipherformat::check(db));
    cipherformat::applyAfterKey(handle);
    QVERIFY(cipherformat::check(db));

    auto attach = db.prepare("ATTACH DATABASE ?1 AS other KEY ?2");
    QVERIFY(attach);
    attach->bind(1, dir.filePath(QStringLiteral("other.kapj")));
    attach->bindRawText(2, spec.chars(), static_cast<int>(spec.size()));
    QVERIFY(attach->exec());
    QVERIFY(cipherformat::check(db, "other")); // the process default reaches ATTACHed files
    QVERIFY(db.exec("PRAGMA other.cipher_page_size = 4096"));
    const Status other = cipherformat::check(db, "other");
    QVERIFY(!other);
    QCOMPARE(other.error().code, ErrorCode::CipherMismatch);
    QVERIFY(cipherformat::check(db, "main"));

    QVERIFY(db.exec("PRAGMA main.cipher_page_size = 2048"));
    QCOMPARE(cipherformat::check(db).error().code, ErrorCode::CipherMismatch);
}

QTEST_GUILESS_MAIN(TestJournalFormat)
#include "tst_journalformat.moc"
