// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The journal file itself: creating, opening, locking, changing the passphrase, and every kind of
// bad input (SECURITY.md 2-7, 14). Each failure must be a clear error code and leave the file
// byte-for-byte as it was.

#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "storage/Journal.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SessionRepository.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace kap;

namespace {

const QString Marker = QStringLiteral("Zebra-marmalade-7731 what stood out: the blue room");
const QString UnicodeMarker = QStringLiteral("Überraschung-Ørsted-東京-4412");

IntegrationNote noteWith(const QString& body)
{
    IntegrationNote note;
    note.writtenAt = kaptest::fixedNow();
    note.title = QStringLiteral("Integration");
    note.body = body;
    return note;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

/// Starts journal_writer in `mode`, feeding `passphrases` on stdin, and waits for its first line.
std::unique_ptr<QProcess> startHelper(const QString& mode, const QString& path, const QStringList& passphrases,
    const QStringList& extra = {}, bool closeStdin = false)
{
    auto process = std::make_unique<QProcess>();
    process->setProgram(kaptest::helperPath(QStringLiteral("journal_writer")));
    process->setArguments(QStringList { mode, path } + extra);
    process->start();
    if (!process->waitForStarted(10000)) {
        return nullptr;
    }
    for (const QString& passphrase : passphrases) {
        process->write(passphrase.toUtf8() + '\n');
    }
    if (closeStdin) {
        process->closeWriteChannel();
    }
    return process;
}

QByteArray readLine(QProcess& process)
{
    while (!process.canReadLine()) {
        if (!process.waitForReadyRead(10000)) {
            return {};
        }
    }
    return process.readLine().trimmed();
}

} // namespace

class TestJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createAndReopen();
    void createRefusesExistingFile();
    void createdFilesAndFoldersArePrivate();
    void headerIsNeverPlainSqlite();
    void noPlaintextInFilesAfterSave();
    void noPlaintextInJournalFileDuringTransaction();
    void sqlcipherShellNeedsTheRawKey();
    void wrongPassphraseLeavesFileUntouched();
    void wrongPassphrasesNeverCreateFiles();
    void emptyPassphraseIsRefused();
    void truncatedFileIsRefused_data();
    void truncatedFileIsRefused();
    void randomBytesAreNotAJournal();
    void plaintextSqliteIsRefused();
    void folderIsNotAJournal();
    void missingPathIsNotFound();
    void unwritableLocationIsRefused();
    void readOnlyFolderIsRefused();
    void readOnlyFileIsRefused();
    void secondOpenInSameProcessIsRefused();
    void secondProcessIsRefused();
    void lockIsReleasedOnClose();
    void changePassphrase();
    void changePassphraseChecksInput();
    void verifyPassesOnHealthyJournal();
    void verifyReportsBrokenReferences();
    void copyToWritesEncryptedBackup();
    void secondConnectionSharesTheFileSafely();
};

void TestJournal::createAndReopen()
{
    QTemporaryDir dir;
    RecordId id = 0;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        QCOMPARE(journal->schemaVersion(), Schema::currentVersion());
        QCOMPARE(journal->kdfParams(), KdfParams::fastForTests());
        IntegrationNote note = noteWith(Marker);
        auto added = journal->notes().add(note);
        QVERIFY(added);
        id = added.value();
    }
    auto journal = kaptest::openJournal(dir.filePath(QStringLiteral("test.kapj")));
    QVERIFY(journal);
    auto note = journal->notes().get(id);
    QVERIFY(note);
    QCOMPARE(note->body, Marker);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("test.kapj.creating"))));
}

void TestJournal::createRefusesExistingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("taken.kapj"));
    writeFile(path, "someone else's file");
    const auto before = kaptest::snapshot(path);
    auto created = Journal::create(
        path, SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), kaptest::testOptions());
    QCOMPARE(created.code(), ErrorCode::AlreadyExists);
    QCOMPARE(kaptest::snapshot(path), before);
}

void TestJournal::createdFilesAndFoldersArePrivate()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("made/for/me/journal.kapj"));
    auto created = Journal::create(
        path, SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), kaptest::testOptions());
    QVERIFY(created);
    auto& journal = *created.value();
    QCOMPARE(kaptest::permissions(path), 0600);
    QCOMPARE(kaptest::permissions(path + QStringLiteral(".lock")), 0600);
    QCOMPARE(kaptest::permissions(dir.filePath(QStringLiteral("made"))), 0700);
    QCOMPARE(kaptest::permissions(dir.filePath(QStringLiteral("made/for"))), 0700);
    QCOMPARE(kaptest::permissions(dir.filePath(QStringLiteral("made/for/me"))), 0700);

    // The rollback journal SQLite creates during a write transaction is private too.
    {
        Transaction tx(JournalTestAccess::database(journal));
        QVERIFY(tx.begun());
        IntegrationNote note = noteWith(Marker);
        QVERIFY(journal.notes().add(note));
        QVERIFY(QFileInfo::exists(path + QStringLiteral("-journal")));
        QCOMPARE(kaptest::permissions(path + QStringLiteral("-journal")), 0600);
        QVERIFY(tx.commit());
    }
    const QString backup = dir.filePath(QStringLiteral("backups/b1.kapj"));
    QVERIFY(journal.copyTo(backup));
    QCOMPARE(kaptest::permissions(backup), 0600);
    QCOMPARE(kaptest::permissions(dir.filePath(QStringLiteral("backups"))), 0700);
}

void TestJournal::headerIsNeverPlainSqlite()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    const QString path = journal->path();
    auto headOf = [](const QString& file) { return kaptest::readAll(file).left(16); };
    QVERIFY(!headOf(path).startsWith("SQLite format 3"));
    QVERIFY(headOf(path).startsWith("KJ"));
    QVERIFY(journal->changePassphrase(SecureBytes::fromString(kaptest::Passphrase),
        SecureBytes::fromString(QStringLiteral("another one")), KdfParams::fastForTests()));
    QVERIFY(headOf(path).startsWith("KJ"));
    const QString copy = dir.filePath(QStringLiteral("copy.kapj"));
    QVERIFY(journal->copyTo(copy));
    QVERIFY(headOf(copy).startsWith("KJ"));
}

void TestJournal::noPlaintextInFilesAfterSave()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    IntegrationNote note = noteWith(Marker + QLatin1Char(' ') + UnicodeMarker);
    note.tags = { QStringLiteral("tag-quokka-5512") };
    QVERIFY(journal->notes().add(note));
    MoodCheckin checkin;
    checkin.at = kaptest::fixedNow();
    checkin.note = QStringLiteral("checkin-narwhal-9981");
    QVERIFY(journal->checkins().add(checkin));
    note.body += QStringLiteral(" edited-ocelot-3390");
    QVERIFY(journal->notes().update(note));

    const QString path = journal->path();
    for (const QByteArray& needle : { Marker.toUtf8(), UnicodeMarker.toUtf8(), QByteArray("tag-quokka-5512"),
             QByteArray("checkin-narwhal-9981"), QByteArray("edited-ocelot-3390"), QByteArray("Zebra-marmalade") }) {
        QVERIFY2(!kaptest::fileContains(path, needle), needle.constData());
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
    // The text is really in there: a sanity check that the search above could have found it.
    QVERIFY(journal->notes().get(note.id)->body.contains(Marker));
}

void TestJournal::noPlaintextInJournalFileDuringTransaction()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    const QString path = journal->path();
    const QString rollback = path + QStringLiteral("-journal");
    // Enough text to spill over many pages, and an edit of existing text so the rollback journal
    // holds old page images that contain it.
    QString longBody;
    for (int i = 0; i < 200; ++i) {
        longBody += Marker + QLatin1Char(' ');
    }
    IntegrationNote first = noteWith(longBody);
    QVERIFY(journal->notes().add(first));
    {
        Transaction tx(JournalTestAccess::database(*journal));
        QVERIFY(tx.begun());
        first.body = UnicodeMarker + QStringLiteral(" replaced");
        QVERIFY(journal->notes().update(first));
        IntegrationNote second = noteWith(longBody + UnicodeMarker);
        QVERIFY(journal->notes().add(second));
        QVERIFY(QFileInfo::exists(rollback));
        QVERIFY(QFileInfo(rollback).size() > 0);
        for (const QString& file : { path, rollback }) {
            QVERIFY2(!kaptest::fileContains(file, Marker.toUtf8()), qPrintable(file));
            QVERIFY2(!kaptest::fileContains(file, UnicodeMarker.toUtf8()), qPrintable(file));
            QVERIFY2(!kaptest::fileContains(file, "Zebra-marmalade"), qPrintable(file));
        }
        // tx goes out of scope without commit: rolled back.
    }
    QCOMPARE(journal->notes().get(first.id)->body, longBody);
    QVERIFY(!kaptest::fileContains(path, "Zebra-marmalade"));
}

void TestJournal::sqlcipherShellNeedsTheRawKey()
{
    QTemporaryDir dir;
    QByteArray keyPragma;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        IntegrationNote note = noteWith(Marker);
        QVERIFY(journal->notes().add(note));
        keyPragma = kaptest::shellKeyPragma(*journal);
        path = journal->path();
    }
    const qsizetype keyLine = keyPragma.indexOf("PRAGMA key = \"x'");
    QVERIFY(keyLine > 0);
    QCOMPARE(keyPragma.indexOf('\n', keyLine) + 1 - keyLine, qsizetype(14 + 99 + 3));

    const auto keyed = kaptest::runSqlcipher(path, keyPragma + "SELECT body FROM notes;\n");
    QCOMPARE(keyed.exitCode, 0);
    QVERIFY2(keyed.out.contains(Marker.toUtf8()), keyed.err.constData());

    const auto unkeyed = kaptest::runSqlcipher(path, "SELECT body FROM notes;\n");
    QVERIFY(!unkeyed.out.contains(Marker.toUtf8()));
    QVERIFY2(unkeyed.err.contains("not a database"), unkeyed.err.constData());

    QByteArray wrongKey = keyPragma;
    const qsizetype digit = keyLine + 20; // one hex digit of the key
    wrongKey[digit] = wrongKey[digit] == 'a' ? 'b' : 'a';
    const auto wrong = kaptest::runSqlcipher(path, wrongKey + "SELECT body FROM notes;\n");
    QVERIFY(!wrong.out.contains(Marker.toUtf8()));
    QVERIFY2(wrong.err.contains("not a database"), wrong.err.constData());
}

void TestJournal::wrongPassphraseLeavesFileUntouched()
{
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        IntegrationNote note = noteWith(Marker);
        QVERIFY(journal->notes().add(note));
        path = journal->path();
    }
    const auto before = kaptest::snapshot(path);
    QTest::qWait(20); // a rewrite would show in the modification time
    for (const QString& wrong : { QStringLiteral("Correct horse battery staple"), QStringLiteral("x"),
             kaptest::Passphrase + QLatin1Char(' ') }) {
        auto opened = Journal::open(path, SecureBytes::fromString(wrong), kaptest::testOptions());
        QCOMPARE(opened.code(), ErrorCode::WrongPassphrase);
    }
    const auto after = kaptest::snapshot(path);
    QCOMPARE(after.bytes, before.bytes);
    QCOMPARE(after.modified, before.modified);
    QVERIFY2(after.folderEntries == before.folderEntries, qPrintable(after.folderEntries.join(QLatin1Char(' '))));
    QVERIFY(kaptest::openJournal(path));
}

// A wrong key read without an HMAC (the SQLCipher 1.x layout, tried to tell "another layout" from
// "wrong passphrase") turns page 1 into noise, which says WAL one time in 256: under SQLite's locks
// that created -wal and -shm beside the journal (seen in about 2 % of runs of the test above).
// 600 wrong passphrases hit that noise with a probability of 90 %; none may leave a file.
void TestJournal::wrongPassphrasesNeverCreateFiles()
{
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        path = journal->path();
    }
    const auto before = kaptest::snapshot(path);
    for (int i = 0; i < 600; ++i) {
        const QString wrong = QStringLiteral("wrong passphrase %1").arg(i);
        auto opened = Journal::open(path, SecureBytes::fromString(wrong), kaptest::testOptions());
        QCOMPARE(opened.code(), ErrorCode::WrongPassphrase);
        const QStringList entries = kaptest::snapshot(path).folderEntries;
        QVERIFY2(entries == before.folderEntries, qPrintable(wrong + QStringLiteral(": ") + entries.join(u' ')));
    }
    QCOMPARE(kaptest::snapshot(path).bytes, before.bytes);
}

void TestJournal::emptyPassphraseIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.kapj"));
    auto created = Journal::create(path, SecureBytes(), KdfParams::fastForTests(), kaptest::testOptions());
    QCOMPARE(created.code(), ErrorCode::EmptyPassphrase);
    QVERIFY(!QFileInfo::exists(path));
    QVERIFY(QDir(dir.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    const QString existing = journal->path();
    journal.reset();
    const auto before = kaptest::snapshot(existing);
    auto opened = Journal::open(existing, SecureBytes::fromString(QString()), kaptest::testOptions());
    QCOMPARE(opened.code(), ErrorCode::EmptyPassphrase);
    QCOMPARE(kaptest::snapshot(existing), before);
}

void TestJournal::truncatedFileIsRefused_data()
{
    QTest::addColumn<int>("keepBytes");
    QTest::addColumn<ErrorCode>("expected");
    QTest::newRow("inside the first page") << 600 << ErrorCode::Corrupted;
    QTest::newRow("half a page") << 2 * 1024 + 512 << ErrorCode::Corrupted;
    QTest::newRow("whole pages missing") << 4 * 1024 << ErrorCode::Corrupted;
    QTest::newRow("header only") << 16 << ErrorCode::Corrupted;
}

void TestJournal::truncatedFileIsRefused()
{
    QFETCH(int, keepBytes);
    QFETCH(ErrorCode, expected);
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        for (int i = 0; i < 20; ++i) {
            IntegrationNote note = noteWith(Marker.repeated(20));
            QVERIFY(journal->notes().add(note));
        }
        path = journal->path();
    }
    QVERIFY(QFileInfo(path).size() > keepBytes);
    QVERIFY(QFile::resize(path, keepBytes));
    const auto before = kaptest::snapshot(path);
    auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QVERIFY(!opened);
    QVERIFY2(opened.code() == expected, qPrintable(opened.error().detail));
    QCOMPARE(kaptest::snapshot(path), before);
}

void TestJournal::randomBytesAreNotAJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("noise.kapj"));
    QByteArray noise(8192, '\0');
    QRandomGenerator generator(42);
    for (char& byte : noise) {
        byte = static_cast<char>(generator.bounded(256));
    }
    noise[0] = 'R'; // never the magic by chance
    writeFile(path, noise);
    const auto before = kaptest::snapshot(path);
    auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QCOMPARE(opened.code(), ErrorCode::NotAJournal);
    QCOMPARE(kaptest::snapshot(path), before);

    // Random bytes behind a valid-looking header: the key cannot be checked, so it reads as a
    // wrong passphrase; still nothing is written.
    noise.replace(0, 5, QByteArray("KJ\x01\x01\x0d", 5));
    writeFile(path, noise);
    const auto withMagic = kaptest::snapshot(path);
    auto again = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QCOMPARE(again.code(), ErrorCode::WrongPassphrase);
    QCOMPARE(kaptest::snapshot(path), withMagic);
}

void TestJournal::plaintextSqliteIsRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    // The sqlcipher shell without a key writes an ordinary, unencrypted SQLite file.
    const auto made = kaptest::runSqlcipher(path, "CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('hi');\n");
    QCOMPARE(made.exitCode, 0);
    QVERIFY(kaptest::readAll(path).startsWith("SQLite format 3"));
    const auto before = kaptest::snapshot(path);
    auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QCOMPARE(opened.code(), ErrorCode::PlaintextDatabase);
    QCOMPARE(kaptest::snapshot(path), before);
}

void TestJournal::folderIsNotAJournal()
{
    QTemporaryDir dir;
    auto opened = Journal::open(dir.path(), SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QCOMPARE(opened.code(), ErrorCode::NotAJournal);
}

void TestJournal::missingPathIsNotFound()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("nowhere/journal.kapj"));
    auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QCOMPARE(opened.code(), ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("nowhere"))));
}

void TestJournal::unwritableLocationIsRefused()
{
    // /proc refuses new files and folders even to root, so this is a real failure everywhere.
    const QString path = QStringLiteral("/proc/kapjournal-test-%1/journal.kapj").arg(::getpid());
    auto created = Journal::create(
        path, SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), kaptest::testOptions());
    QVERIFY(!created);
    QVERIFY2(created.code() == ErrorCode::ReadOnly || created.code() == ErrorCode::NotFound,
        qPrintable(created.error().detail));
    QVERIFY(!QFileInfo::exists(path));

    const QString inProc = QStringLiteral("/proc/self/journal.kapj");
    auto direct = Journal::create(
        inProc, SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), kaptest::testOptions());
    QVERIFY(!direct);
    QVERIFY(!QFileInfo::exists(inProc));
}

void TestJournal::readOnlyFolderIsRefused()
{
    QTemporaryDir dir;
    const QString folder = dir.filePath(QStringLiteral("readonly"));
    QString path;
    {
        Journal::Options options = kaptest::testOptions();
        auto created = Journal::create(folder + QStringLiteral("/journal.kapj"),
            SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), options);
        QVERIFY(created);
        path = created.value()->path();
    }
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0500) == 0);
    const auto before = kaptest::snapshot(path);
    {
        // Root (as in CI) ignores permission bits: this thread gives up the capabilities that
        // allow that, so the folder really is read-only for the opener. If it is not, the test
        // fails rather than passing without having tried.
        kaptest::NoFileOverride readOnly;
        QVERIFY2(readOnly.ok(), qPrintable(readOnly.setupError()));
        const QString writable = kaptest::writableReason(folder);
        QVERIFY2(writable.isEmpty(), qPrintable(writable));
        auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
        QCOMPARE(opened.code(), ErrorCode::ReadOnly);
    }
    QCOMPARE(kaptest::snapshot(path), before);
    QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0700) == 0);
}

void TestJournal::readOnlyFileIsRefused()
{
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        path = journal->path();
    }
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0400) == 0);
    const auto before = kaptest::snapshot(path);
    {
        // As above: the file is read-only for this thread even as root; the folder stays
        // writable (for the lock file).
        kaptest::NoFileOverride readOnly;
        QVERIFY2(readOnly.ok(), qPrintable(readOnly.setupError()));
        const int probe = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CLOEXEC);
        if (probe >= 0) {
            ::close(probe);
            QFAIL("the read-only setup did not work: this thread can still open the 0400 journal for writing");
        }
        auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
        QCOMPARE(opened.code(), ErrorCode::ReadOnly);
    }
    QCOMPARE(kaptest::snapshot(path), before);
    QVERIFY(::chmod(QFile::encodeName(path).constData(), 0600) == 0);
    QVERIFY(kaptest::openJournal(path));
}

void TestJournal::secondOpenInSameProcessIsRefused()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    auto second = Journal::open(journal->path(), SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QCOMPARE(second.code(), ErrorCode::InUse);
}

void TestJournal::secondProcessIsRefused()
{
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        path = journal->path();

        // We hold it: the helper is refused.
        auto helper = startHelper(QStringLiteral("open"), path, { kaptest::Passphrase }, {}, true);
        QVERIFY(helper);
        QVERIFY(helper->waitForFinished(30000));
        QCOMPARE(helper->readAllStandardOutput().trimmed(),
            "error " + QByteArray::number(static_cast<int>(ErrorCode::InUse)));
    }
    // The helper holds it: we are refused, and nothing changes.
    auto holder = startHelper(QStringLiteral("hold"), path, { kaptest::Passphrase });
    QVERIFY(holder);
    QCOMPARE(readLine(*holder), QByteArray("open"));
    const auto before = kaptest::snapshot(path);
    auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QCOMPARE(opened.code(), ErrorCode::InUse);
    QCOMPARE(kaptest::snapshot(path).bytes, before.bytes);
    holder->closeWriteChannel();
    QVERIFY(holder->waitForFinished(30000));
    QCOMPARE(holder->exitCode(), 0);
    QVERIFY(kaptest::openJournal(path));
}

void TestJournal::lockIsReleasedOnClose()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    const QString path = journal->path();
    QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock")));
    journal.reset();
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    QVERIFY(kaptest::openJournal(path));
}

void TestJournal::changePassphrase()
{
    QTemporaryDir dir;
    const QString next = QStringLiteral("a brand new passphrase ✓");
    const KdfParams stronger { 1, 2, 14 };
    QString path;
    RecordId id = 0;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        path = journal->path();
        IntegrationNote note = noteWith(Marker);
        id = journal->notes().add(note).value();
        QVERIFY(journal->changePassphrase(
            SecureBytes::fromString(kaptest::Passphrase), SecureBytes::fromString(next), stronger));
        QCOMPARE(journal->kdfParams(), stronger);
        // Still usable after the switch.
        QCOMPARE(journal->notes().get(id)->body, Marker);
        IntegrationNote later = noteWith(QStringLiteral("after the change"));
        QVERIFY(journal->notes().add(later));
    }
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".rekey")));
    QCOMPARE(Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions()).code(),
        ErrorCode::WrongPassphrase);
    auto reopened = kaptest::openJournal(path, next);
    QVERIFY(reopened);
    QCOMPARE(reopened->kdfParams(), stronger);
    QCOMPARE(reopened->notes().get(id)->body, Marker);
    QCOMPARE(reopened->notes().list().value().size(), 2);
    QVERIFY(reopened->verify());
    QVERIFY(!kaptest::fileContains(path, "Zebra-marmalade"));
}

void TestJournal::changePassphraseChecksInput()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    const auto before = kaptest::readAll(journal->path());
    QCOMPARE(journal
                 ->changePassphrase(SecureBytes::fromString(QStringLiteral("not it")),
                     SecureBytes::fromString(QStringLiteral("new")), KdfParams::fastForTests())
                 .code(),
        ErrorCode::WrongPassphrase);
    QCOMPARE(
        journal->changePassphrase(
                   SecureBytes::fromString(kaptest::Passphrase), SecureBytes(), KdfParams::fastForTests())
            .code(),
        ErrorCode::EmptyPassphrase);
    QCOMPARE(kaptest::readAll(journal->path()), before);
    QVERIFY(journal->verify());
}

void TestJournal::verifyPassesOnHealthyJournal()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    IntegrationNote note = noteWith(Marker);
    QVERIFY(journal->notes().add(note));
    QStringList problems;
    QVERIFY(journal->verify(&problems));
    QVERIFY(problems.isEmpty());
}

void TestJournal::verifyReportsBrokenReferences()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    Session session;
    session.occurredAt = kaptest::fixedNow();
    QVERIFY(journal->sessions().add(session));
    IntegrationNote note = noteWith(Marker);
    note.sessionId = session.id;
    QVERIFY(journal->notes().add(note));
    // Damage the file the way a buggy older version or a hand edit could: bypass the foreign key.
    QVERIFY(JournalTestAccess::database(*journal).exec(
        "PRAGMA foreign_keys = OFF; DELETE FROM sessions; PRAGMA foreign_keys = ON;"));
    QStringList problems;
    QCOMPARE(journal->verify(&problems).code(), ErrorCode::Corrupted);
    QCOMPARE(problems, QStringList { QStringLiteral("1 broken references") });
}

void TestJournal::copyToWritesEncryptedBackup()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    IntegrationNote note = noteWith(Marker);
    QVERIFY(journal->notes().add(note));
    QCOMPARE(journal->copyTo(journal->path()).code(), ErrorCode::TargetIsJournal);
    QCOMPARE(journal->copyTo(journal->path() + QStringLiteral(".lock")).code(), ErrorCode::TargetIsJournal);
    const QString target = dir.filePath(QStringLiteral("backup.kapj"));
    QVERIFY(journal->copyTo(target));
    QVERIFY(!QFileInfo::exists(target + QStringLiteral(".partial")));
    QVERIFY(!kaptest::fileContains(target, "Zebra-marmalade"));
    QVERIFY(kaptest::readAll(target).startsWith("KJ"));
    journal.reset();
    auto copy = kaptest::openJournal(target);
    QVERIFY(copy);
    QCOMPARE(copy->notes().get(note.id)->body, Marker);
    QCOMPARE(copy->schemaVersion(), Schema::currentVersion());
    QVERIFY(copy->verify());
    // The full-text index came along with the tables.
    auto hits = copy->search().search(QStringLiteral("zebra marmalade"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
}

void TestJournal::secondConnectionSharesTheFileSafely()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    IntegrationNote first = noteWith(Marker);
    QVERIFY(journal->notes().add(first));
    auto second = journal->openSecondConnection();
    QVERIFY2(second, qPrintable(second ? QString() : second.error().detail));
    Journal& other = *second.value();
    QCOMPARE(other.path(), journal->path());
    // Each sees what the other committed.
    QCOMPARE(other.notes().get(first.id)->body, Marker);
    IntegrationNote fromSecond = noteWith(UnicodeMarker);
    QVERIFY(other.notes().add(fromSecond));
    QCOMPARE(journal->notes().get(fromSecond.id)->body, UnicodeMarker);
    // A transaction on one is invisible to the other until it commits, and a rollback leaves
    // nothing behind.
    {
        Transaction tx(JournalTestAccess::database(other));
        IntegrationNote pending = noteWith(QStringLiteral("pending"));
        QVERIFY(other.notes().add(pending));
        QCOMPARE(journal->notes().get(pending.id).code(), ErrorCode::NotFound);
    }
    // It needs no lock file of its own, and the journal stays locked for other processes.
    QVERIFY(QFile::exists(journal->path() + QStringLiteral(".lock")));
    second.value().reset();
    QVERIFY(QFile::exists(journal->path() + QStringLiteral(".lock")));
    QVERIFY(journal->verify());
    QVERIFY(!kaptest::fileContains(journal->path(), "Zebra-marmalade"));
}

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
