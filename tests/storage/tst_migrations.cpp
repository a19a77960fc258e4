// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Schema migrations: an empty keyed file (version 0) grows to the current schema; an upgrade of
// an existing journal takes an encrypted backup first and runs each step in a transaction, so a
// failing step leaves the file at the previous version; a file from a newer version is refused
// and left byte-for-byte untouched. Version 5 indexes the check-ins and phases a journal already
// holds, so search finds them after the upgrade.

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/SearchRepository.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace kap;

namespace {

IntegrationNote sampleNote()
{
    IntegrationNote note;
    note.writtenAt = kaptest::fixedNow();
    note.title = QStringLiteral("Before the upgrade");
    note.body = QStringLiteral("Persimmon-lantern-5150 must survive every migration");
    return note;
}

/// A journal file at schema version 0: keyed like a journal (our header as the salt) but with no
/// tables yet, written by the sqlcipher shell, i.e. by code that is not ours.
QString makeVersionZeroFile(const QTemporaryDir& dir)
{
    const QString path = dir.filePath(QStringLiteral("v0.kapj"));
    const KdfHeader header = KdfHeader::generate(KdfParams::fastForTests());
    auto key = deriveKey(SecureBytes::fromString(kaptest::Passphrase), header);
    if (!key) {
        return {};
    }
    const SecureBytes spec = rawKeySpec(key.value(), header);
    const QByteArray sql = kaptest::shellKeyPragma(spec) + "CREATE TABLE scratch (x); DROP TABLE scratch;\n";
    const auto shell = kaptest::runSqlcipher(path, sql);
    if (shell.exitCode != 0) {
        return {};
    }
    return path;
}

int userVersionViaShell(const QString& path, const QByteArray& keyPragma)
{
    const auto shell = kaptest::runSqlcipher(path, keyPragma + "PRAGMA user_version;\n");
    return shell.exitCode == 0 ? shell.out.trimmed().toInt() : -1;
}

QStringList backupsIn(const QString& folder)
{
    return QDir(folder).entryList({ QStringLiteral("*.bak") }, QDir::Files);
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionZeroFileIsMigratedToCurrent();
    void currentVersionOpensWithoutBackup();
    void upgradeTakesEncryptedBackupFirst();
    void failingStepLeavesPreviousVersion();
    void newerVersionIsRefusedUntouched();
    void versionFourCheckinsAndPhasesAreIndexed();
};

void TestMigrations::versionZeroFileIsMigratedToCurrent()
{
    QTemporaryDir dir;
    const QString path = makeVersionZeroFile(dir);
    QVERIFY(!path.isEmpty());
    QVERIFY(kaptest::readAll(path).startsWith("KJ"));
    auto journal = kaptest::openJournal(path);
    QVERIFY(journal);
    QCOMPARE(journal->schemaVersion(), Schema::currentVersion());
    IntegrationNote note = sampleNote();
    QVERIFY(journal->notes().add(note));
    QCOMPARE(journal->search().search(QStringLiteral("persimmon")).value().size(), 1);
    QVERIFY(journal->verify());
    QVERIFY(backupsIn(dir.path()).isEmpty()); // nothing to back up in an empty file
}

void TestMigrations::currentVersionOpensWithoutBackup()
{
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        path = journal->path();
    }
    auto journal = kaptest::openJournal(path);
    QVERIFY(journal);
    QVERIFY(backupsIn(dir.path()).isEmpty());
}

void TestMigrations::upgradeTakesEncryptedBackupFirst()
{
    QTemporaryDir dir;
    QString path;
    QByteArray keyPragma;
    RecordId id = 0;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        IntegrationNote note = sampleNote();
        id = journal->notes().add(note).value();
        path = journal->path();
        keyPragma = kaptest::shellKeyPragma(*journal);
    }
    Journal::Options options = kaptest::testOptions();
    options.migrations = Schema::migrations();
    options.migrations.push_back(Migration { Schema::currentVersion() + 1, [](Database& db) {
                                                return db.exec("ALTER TABLE notes ADD COLUMN mood_colour TEXT;"
                                                               "CREATE TABLE v2_marker (x INTEGER);");
                                            } });
    auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), options);
    QVERIFY2(opened, opened.ok() ? "" : qPrintable(opened.error().detail));
    auto& journal = *opened.value();
    QCOMPARE(journal.schemaVersion(), Schema::currentVersion() + 1);
    QVERIFY(JournalTestAccess::database(journal).queryInt("SELECT count(*) FROM v2_marker"));
    QCOMPARE(journal.notes().get(id)->body, sampleNote().body);

    const QStringList backups = backupsIn(dir.path());
    QCOMPARE(backups.size(), 1);
    const QString backup = dir.filePath(backups.first());
    const QString expected = path + QStringLiteral(".v%1-20260302T083000Z.bak").arg(Schema::currentVersion());
    QCOMPARE(backup, expected);
    QCOMPARE(kaptest::permissions(backup), 0600);
    QVERIFY(kaptest::readAll(backup).startsWith("KJ"));
    QVERIFY(!kaptest::fileContains(backup, "Persimmon-lantern"));
    // The backup is the old version, readable with the same passphrase (same key and salt).
    QCOMPARE(userVersionViaShell(backup, keyPragma), Schema::currentVersion());
    opened.value().reset();
    auto old = kaptest::openJournal(backup);
    QVERIFY(old);
    QCOMPARE(old->schemaVersion(), Schema::currentVersion());
    QCOMPARE(old->notes().get(id)->body, sampleNote().body);
}

void TestMigrations::failingStepLeavesPreviousVersion()
{
    QTemporaryDir dir;
    QString path;
    QByteArray keyPragma;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        IntegrationNote note = sampleNote();
        QVERIFY(journal->notes().add(note));
        path = journal->path();
        keyPragma = kaptest::shellKeyPragma(*journal);
    }
    Journal::Options options = kaptest::testOptions();
    options.migrations = Schema::migrations();
    options.migrations.push_back(Migration { Schema::currentVersion() + 1, [](Database& db) -> Status {
                                                // Half the step succeeds, then it fails: all of
                                                // it must roll back.
                                                if (Status s = db.exec("CREATE TABLE half_done (x);"
                                                                       "DELETE FROM notes;");
                                                    !s) {
                                                    return s;
                                                }
                                                return makeError(ErrorCode::Internal, QStringLiteral("step failed"));
                                            } });
    auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), options);
    QVERIFY(!opened);
    QCOMPARE(opened.code(), ErrorCode::Internal);
    QVERIFY(!QFileInfo::exists(path + QStringLiteral(".lock")));
    QCOMPARE(backupsIn(dir.path()).size(), 1); // the backup was taken before the step

    QCOMPARE(userVersionViaShell(path, keyPragma), Schema::currentVersion());
    auto journal = kaptest::openJournal(path);
    QVERIFY(journal);
    QCOMPARE(journal->schemaVersion(), Schema::currentVersion());
    QCOMPARE(journal->notes().list().value().size(), 1);
    QVERIFY(!JournalTestAccess::database(*journal).queryInt("SELECT count(*) FROM half_done"));
    QVERIFY(journal->verify());
}

void TestMigrations::newerVersionIsRefusedUntouched()
{
    QTemporaryDir dir;
    QString path;
    QByteArray keyPragma;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        IntegrationNote note = sampleNote();
        QVERIFY(journal->notes().add(note));
        path = journal->path();
        keyPragma = kaptest::shellKeyPragma(*journal);
    }
    const auto bumped = kaptest::runSqlcipher(path, keyPragma + "PRAGMA user_version = 99;\n");
    QCOMPARE(bumped.exitCode, 0);
    QCOMPARE(userVersionViaShell(path, keyPragma), 99);
    const auto before = kaptest::snapshot(path);
    QTest::qWait(20);
    auto opened = Journal::open(path, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions());
    QCOMPARE(opened.code(), ErrorCode::NewerVersion);
    QCOMPARE(kaptest::snapshot(path), before); // bytes, modification time, no backup, no leftovers
}

void TestMigrations::versionFourCheckinsAndPhasesAreIndexed()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v4.kapj"));
    RecordId rainy = 0;
    RecordId trashed = 0;
    RecordId phase = 0;
    {
        Journal::Options options = kaptest::testOptions();
        options.migrations = Schema::migrations();
        options.migrations.resize(4);
        auto created
            = Journal::create(path, SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), options);
        QVERIFY(created);
        Journal& journal = *created.value();
        QCOMPARE(journal.schemaVersion(), 4);
        QVERIFY(
            !JournalTestAccess::database(journal).queryInt("SELECT count(*) FROM checkins_fts")); // no such table yet
        MoodCheckin checkin;
        checkin.at = kaptest::fixedNow();
        checkin.note = QStringLiteral("Rainy, low energy.");
        checkin.tags = { QStringLiteral("gardening") };
        rainy = journal.checkins().add(checkin).value();
        checkin.at = kaptest::fixedNow().addDays(-1);
        checkin.note = QStringLiteral("Rainy again, stayed in.");
        trashed = journal.checkins().add(checkin).value();
        QVERIFY(journal.checkins().moveToTrash(trashed));
        Phase induction;
        induction.label = QStringLiteral("Spring course");
        induction.start = kaptest::fixedNow().date().addDays(-30);
        induction.notes = QStringLiteral("Six infusions at the harbour clinic.");
        phase = journal.phases().add(induction).value();
        QVERIFY(rainy && trashed && phase);
    }
    auto journal = kaptest::openJournal(path);
    QVERIFY(journal);
    QCOMPARE(journal->schemaVersion(), Schema::currentVersion());
    QCOMPARE(backupsIn(dir.path()).size(), 1); // the version-4 copy, taken before the step

    auto hits = journal->search().search(QStringLiteral("rainy"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1); // the trashed one is indexed but left out
    QCOMPARE(hits->first().kind, EntryKind::Checkin);
    QCOMPARE(hits->first().id, rainy);
    QCOMPARE(hits->first().foundIn, QList<SearchField> { SearchField::CheckinNote });
    QCOMPARE(JournalTestAccess::database(*journal).queryInt("SELECT count(*) FROM checkins_fts").value(), 2);
    QCOMPARE(journal->search().search(QStringLiteral("gardening")).value().size(), 1);
    auto phases = journal->search().search(QStringLiteral("harbour"));
    QVERIFY(phases);
    QCOMPARE(phases->size(), 1);
    QCOMPARE(phases->first().kind, EntryKind::Phase);
    QCOMPARE(phases->first().id, phase);
    QCOMPARE(phases->first().foundIn, QList<SearchField> { SearchField::PhaseNotes });
    QCOMPARE(journal->search().search(QStringLiteral("spring course")).value().size(), 1);

    // Restored and new records are found through the triggers.
    QVERIFY(journal->checkins().restore(trashed));
    QCOMPARE(journal->search().search(QStringLiteral("rainy")).value().size(), 2);
    MoodCheckin later;
    later.at = kaptest::fixedNow().addDays(1);
    later.note = QStringLiteral("Rainy but lighter.");
    QVERIFY(journal->checkins().add(later));
    QCOMPARE(journal->search().search(QStringLiteral("rainy")).value().size(), 3);
    QVERIFY(journal->verify());
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
