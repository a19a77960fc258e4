// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/JournalCopies.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/Schema.h"
#include "tests/support/TestSupport.h"
#include "transfer/BackupService.h"
#include "transfer/OldCopies.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace kap;

/// The copies beside a journal after a passphrase change (SECURITY.md 21): a rolling backup, a
/// before-restore copy, a migration copy at an older schema version, and a backup with its own
/// passphrase. Found with the old passphrase, then re-encrypted, deleted or kept (OldCopies,
/// JournalCopies, Journal::rekeyCopy).
class TestOldCopies : public QObject
{
    Q_OBJECT

    /// The journal and its copies, after the passphrase changed from Passphrase to NewPassphrase.
    struct Fixture
    {
        std::unique_ptr<QTemporaryDir> dir;
        std::unique_ptr<Journal> journal;
        QString rolling;
        QString beforeRestore;
        QString migration;
        QString ownPassphrase;
        QStringList oldOnes() const { return { rolling, beforeRestore, migration }; }
    };

    static inline const QString NewPassphrase = QStringLiteral("a new passphrase nobody knows yet");
    static inline const QString OwnPassphrase = QStringLiteral("the backup's own passphrase");
    static constexpr int OlderVersion = 4;

    static SecureBytes secret(const QString& text) { return SecureBytes::fromString(text); }

    static SecureBytes keySpecFor(const QString& path, const QString& passphrase)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        auto header = KdfHeader::parse(file.read(KdfHeader::Size));
        auto key = header ? deriveKey(secret(passphrase), header.value()) : Result<SecureBytes>(header.error());
        return key ? rawKeySpec(key.value(), header.value()) : SecureBytes();
    }

    static bool opensWith(const QString& path, const QString& passphrase)
    {
        const SecureBytes spec = keySpecFor(path, passphrase);
        return !spec.isEmpty() && Journal::checkKey(path, spec).ok();
    }

    /// PRAGMA user_version of a copy, read with the sqlcipher shell (opening it as a Journal
    /// would migrate it).
    static int schemaVersionOf(const QString& path, const QString& passphrase)
    {
        const auto shell = kaptest::runSqlcipher(
            path, kaptest::shellKeyPragma(keySpecFor(path, passphrase)) + "PRAGMA user_version;\n");
        bool ok = false;
        const int version = shell.out.trimmed().toInt(&ok);
        return ok && shell.exitCode == 0 ? version : -1;
    }

    static QStringList leftovers(const QString& folder)
    {
        return QDir(folder).entryList({ QStringLiteral("*.rekey*"), QStringLiteral("*-journal") }, QDir::Files);
    }

    /// A journal at schema version 4, a note, an upgrade to the current version (which keeps the
    /// migration copy at version 4), a rolling backup, a backup with its own passphrase, a restore
    /// of the rolling backup (which keeps the before-restore copy), then the passphrase change.
    static Fixture makeFixture()
    {
        Fixture f;
        f.dir = std::make_unique<QTemporaryDir>();
        const QString path = f.dir->filePath(QStringLiteral("test.kapj"));
        {
            Journal::Options older = kaptest::testOptions();
            older.migrations = Schema::migrations();
            older.migrations.resize(OlderVersion);
            auto created = Journal::create(path, secret(kaptest::Passphrase), KdfParams::fastForTests(), older);
            if (!created) {
                qWarning() << "create failed:" << created.error().detail;
                return f;
            }
            IntegrationNote note;
            note.writtenAt = kaptest::fixedNow();
            note.title = QStringLiteral("lighthouse");
            if (!created.value()->notes().add(note)) {
                return f;
            }
        }
        auto journal = kaptest::openJournal(path); // upgrades, keeping the migration copy
        if (!journal) {
            return f;
        }
        const auto migrations = JournalCopies::list(path, JournalCopy::Kind::MigrationCopy);
        auto rolling = BackupService::rollingBackup(*journal);
        const QString own
            = JournalCopies::newCopyPath(path, JournalCopy::Kind::RollingBackup, kaptest::fixedNow().addSecs(3600));
        if (migrations.size() != 1 || !rolling
            || !BackupService::backupWithPassphrase(
                *journal, own, secret(kaptest::Passphrase), secret(OwnPassphrase), KdfParams::fastForTests())) {
            return f;
        }
        journal.reset();
        QString saved;
        if (!BackupService::restore(
                path, rolling.value(), secret(kaptest::Passphrase), kaptest::testOptions(), &saved)) {
            return f;
        }
        journal = kaptest::openJournal(path);
        if (!journal
            || !journal->changePassphrase(
                secret(kaptest::Passphrase), secret(NewPassphrase), KdfParams::fastForTests())) {
            return f;
        }
        f.journal = std::move(journal);
        f.rolling = rolling.value();
        f.beforeRestore = saved;
        f.migration = migrations.first().path;
        f.ownPassphrase = own;
        return f;
    }

private Q_SLOTS:
    void listsTheCopiesOfThisJournalOnly()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.kapj"));
        const QStringList names = { QStringLiteral("j.kapj.20260302T083000Z.backup"),
            QStringLiteral("j.kapj.20260302T083000Z-1.backup"),
            QStringLiteral("j.kapj.20260302T083000Z.before-restore"), QStringLiteral("j.kapj.v3-20260302T083000Z.bak"),
            // Not copies of j.kapj: side files, other journals' copies, other names.
            QStringLiteral("j.kapj.20260302T083000Z.backup.rekey"),
            QStringLiteral("j.kapj.20260302T083000Z.backup-journal"), QStringLiteral("j.kapj2.20260302T083000Z.backup"),
            QStringLiteral("x.j.kapj.20260302T083000Z.backup"), QStringLiteral("j.kapj.backup"),
            QStringLiteral("j.kapj.v3.bak") };
        for (const QString& name : names) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QList<JournalCopy::Kind> kinds;
        QStringList found;
        for (const JournalCopy& copy : JournalCopies::list(journal)) {
            found << QFileInfo(copy.path).fileName();
            kinds << copy.kind;
        }
        QCOMPARE(found, names.mid(0, 4));
        QCOMPARE(kinds,
            (QList<JournalCopy::Kind> { JournalCopy::Kind::RollingBackup, JournalCopy::Kind::RollingBackup,
                JournalCopy::Kind::BeforeRestore, JournalCopy::Kind::MigrationCopy }));
        QCOMPARE(JournalCopies::list(journal).at(3).createdUtc,
            QDateTime(QDate(2026, 3, 2), QTime(8, 30), QTimeZone::utc()));
        // BackupService's rolling backups are the same list.
        QCOMPARE(BackupService::listBackups(journal).size(), 2);
    }

    void newNamesAreFreeAndListed()
    {
        QTemporaryDir dir;
        const QString journal = dir.filePath(QStringLiteral("j.kapj"));
        const QDateTime when = kaptest::fixedNow();
        const QString first = JournalCopies::newCopyPath(journal, JournalCopy::Kind::BeforeRestore, when);
        QCOMPARE(QFileInfo(first).fileName(), QStringLiteral("j.kapj.20260302T083000Z.before-restore"));
        QFile file(first);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString second = JournalCopies::newCopyPath(journal, JournalCopy::Kind::BeforeRestore, when);
        QCOMPARE(QFileInfo(second).fileName(), QStringLiteral("j.kapj.20260302T083000Z-1.before-restore"));
        QCOMPARE(QFileInfo(JournalCopies::newCopyPath(journal, JournalCopy::Kind::MigrationCopy, when, 4)).fileName(),
            QStringLiteral("j.kapj.v4-20260302T083000Z.bak"));
    }

    void findsTheCopiesTheOldPassphraseOpens()
    {
        Fixture f = makeFixture();
        QVERIFY(f.journal);
        QStringList found;
        for (const JournalCopy& copy : OldCopies::find(f.journal->path(), secret(kaptest::Passphrase))) {
            found << copy.path;
        }
        found.sort();
        QStringList expected = f.oldOnes();
        expected.sort();
        QCOMPARE(found, expected);
        QVERIFY(OldCopies::find(f.journal->path(), secret(QStringLiteral("not it"))).isEmpty());
        QVERIFY(OldCopies::find(f.journal->path(), secret(OwnPassphrase)).size() == 1);
    }

    void reencryptLeavesNoCopyOpeningWithTheOldPassphrase()
    {
        Fixture f = makeFixture();
        QVERIFY(f.journal);
        const QByteArray ownBefore = kaptest::readAll(f.ownPassphrase);
        const OldCopies::Outcome outcome = OldCopies::reencrypt(
            f.journal->path(), secret(kaptest::Passphrase), JournalTestAccess::rawKey(*f.journal));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.changed.size(), 3);
        QCOMPARE(outcome.untouched, QStringList { f.ownPassphrase });

        const QStringList beside = QDir(f.dir->path()).entryList(QDir::Files);
        for (const QString& name : beside) {
            QVERIFY2(!opensWith(f.dir->filePath(name), kaptest::Passphrase), qPrintable(name));
        }
        for (const QString& copy : f.oldOnes()) {
            QVERIFY2(opensWith(copy, NewPassphrase), qPrintable(copy));
            QCOMPARE(kaptest::permissions(copy), 0600);
            QVERIFY(!kaptest::readAll(copy).startsWith("SQLite format 3"));
        }
        QVERIFY(opensWith(f.ownPassphrase, OwnPassphrase));
        QCOMPARE(kaptest::readAll(f.ownPassphrase), ownBefore);
        // Not migrated: the migration copy keeps the version it was made at, the others theirs.
        QCOMPARE(schemaVersionOf(f.migration, NewPassphrase), OlderVersion);
        QCOMPARE(schemaVersionOf(f.rolling, NewPassphrase), Schema::currentVersion());
        const auto note = kaptest::runSqlcipher(
            f.migration, kaptest::shellKeyPragma(JournalTestAccess::rawKey(*f.journal)) + "SELECT title FROM notes;\n");
        QCOMPARE(note.out.trimmed(), QByteArray("lighthouse"));
        QCOMPARE(leftovers(f.dir->path()), QStringList());
        QVERIFY(OldCopies::find(f.journal->path(), secret(kaptest::Passphrase)).isEmpty());
    }

    void removeDeletesOnlyTheCopiesTheOldPassphraseOpens()
    {
        Fixture f = makeFixture();
        QVERIFY(f.journal);
        QFile hot(f.rolling + QStringLiteral("-journal"));
        QVERIFY(hot.open(QIODevice::WriteOnly));
        hot.close();
        const OldCopies::Outcome outcome = OldCopies::remove(f.journal->path(), secret(kaptest::Passphrase));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.changed.size(), 3);
        for (const QString& copy : f.oldOnes()) {
            QVERIFY2(!QFile::exists(copy), qPrintable(copy));
        }
        QVERIFY(!QFile::exists(f.rolling + QStringLiteral("-journal")));
        QVERIFY(opensWith(f.ownPassphrase, OwnPassphrase));
        QVERIFY(QFile::exists(f.journal->path()));
        QCOMPARE(JournalCopies::list(f.journal->path()).size(), 1);
    }

    void keepLeavesThemAsTheyAre()
    {
        Fixture f = makeFixture();
        QVERIFY(f.journal);
        QList<QByteArray> before;
        for (const QString& copy : f.oldOnes()) {
            before << kaptest::readAll(copy);
        }
        // Keeping is calling neither: finding them changes nothing, and they still open.
        QCOMPARE(OldCopies::find(f.journal->path(), secret(kaptest::Passphrase)).size(), 3);
        for (qsizetype i = 0; i < f.oldOnes().size(); ++i) {
            QCOMPARE(kaptest::readAll(f.oldOnes().at(i)), before.at(i));
            QVERIFY(opensWith(f.oldOnes().at(i), kaptest::Passphrase));
        }
        QCOMPARE(leftovers(f.dir->path()), QStringList());
    }

    void aFailureMidwayLeavesEveryCopyOpeningWithOldOrNew()
    {
        Fixture f = makeFixture();
        QVERIFY(f.journal);
        // The before-restore copy's working file cannot be created (a folder is in the way), as
        // if the disk failed half-way through the list.
        QVERIFY(QDir().mkdir(f.beforeRestore + QStringLiteral(".rekey")));
        // A working file an interrupted run left behind is replaced, not trusted.
        QFile stale(f.rolling + QStringLiteral(".rekey"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write(QByteArray(4096, 'x'));
        stale.close();

        OldCopies::Outcome outcome = OldCopies::reencrypt(
            f.journal->path(), secret(kaptest::Passphrase), JournalTestAccess::rawKey(*f.journal));
        QVERIFY(!outcome.ok());
        QCOMPARE(outcome.failed, QStringList { f.beforeRestore });
        QCOMPARE(outcome.firstError.code, ErrorCode::AlreadyExists);
        QCOMPARE(outcome.changed.size(), 2);
        for (const QString& copy : f.oldOnes()) {
            QVERIFY2(opensWith(copy, kaptest::Passphrase) != opensWith(copy, NewPassphrase), qPrintable(copy));
        }
        QVERIFY(opensWith(f.beforeRestore, kaptest::Passphrase));
        QVERIFY(!QFile::exists(f.rolling + QStringLiteral(".rekey")));

        // Once the obstacle is gone, a second run finishes the job.
        QVERIFY(QDir().rmdir(f.beforeRestore + QStringLiteral(".rekey")));
        outcome = OldCopies::reencrypt(
            f.journal->path(), secret(kaptest::Passphrase), JournalTestAccess::rawKey(*f.journal));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.changed, QStringList { f.beforeRestore });
        QVERIFY(OldCopies::find(f.journal->path(), secret(kaptest::Passphrase)).isEmpty());
    }

    void rekeyCopyRefusesAWrongKeyWithoutWriting()
    {
        Fixture f = makeFixture();
        QVERIFY(f.journal);
        const auto before = kaptest::snapshot(f.ownPassphrase);
        const Status status = Journal::rekeyCopy(
            f.ownPassphrase, keySpecFor(f.ownPassphrase, kaptest::Passphrase), JournalTestAccess::rawKey(*f.journal));
        QCOMPARE(status.code(), ErrorCode::WrongPassphrase);
        QCOMPARE(kaptest::snapshot(f.ownPassphrase), before);
    }

    void rekeyCopyRefusesACopyInUse()
    {
        Fixture f = makeFixture();
        QVERIFY(f.journal);
        auto open = kaptest::openJournal(f.rolling, kaptest::Passphrase);
        QVERIFY(open);
        const Status status
            = Journal::rekeyCopy(f.rolling, JournalTestAccess::rawKey(*open), JournalTestAccess::rawKey(*f.journal));
        QCOMPARE(status.code(), ErrorCode::InUse);
        open.reset();
        QVERIFY(opensWith(f.rolling, kaptest::Passphrase));
    }
};

QTEST_GUILESS_MAIN(TestOldCopies)
#include "tst_oldcopies.moc"
