// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/CheckinRepository.h"
#include "storage/NoteRepository.h"
#include "storage/Schema.h"
#include "tests/export/SampleJournal.h"
#include "tests/support/TestSupport.h"
#include "transfer/BackupService.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace kap;

/// Encrypted backups (journal passphrase or a separate one), rolling backups, and a restore that
/// verifies first and never replaces the journal without keeping a copy of it.
class TestBackup : public QObject
{
    Q_OBJECT

    static int checkinCount(Journal& journal)
    {
        auto all = journal.checkins().list();
        return all ? int(all->size()) : -1;
    }

    static void addCheckin(Journal& journal, int mood)
    {
        MoodCheckin c;
        c.at = kaptest::fixedNow();
        c.mood = mood;
        QVERIFY(journal.checkins().add(c).ok());
    }

private Q_SLOTS:
    void backupOpensWithTheJournalPassphrase()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal && exporttest::populate(*journal));
        const QString target = dir.filePath(QStringLiteral("backups/one.kapj"));
        QVERIFY(BackupService::backup(*journal, target).ok());
        QCOMPARE(kaptest::permissions(target), 0600);
        const QByteArray bytes = kaptest::readAll(target);
        QVERIFY(!bytes.startsWith("SQLite format 3"));
        QVERIFY(!bytes.contains("lighthouse"));
        auto copy = kaptest::openJournal(target);
        QVERIFY(copy);
        QVERIFY(copy->verify().ok());
        QCOMPARE(checkinCount(*copy), checkinCount(*journal));
    }

    void backupWithItsOwnPassphrase()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal && exporttest::populate(*journal));
        const QString target = dir.filePath(QStringLiteral("separate.kapj"));
        const auto own = SecureBytes::fromString(QStringLiteral("a different backup passphrase"));
        QCOMPARE(BackupService::backupWithPassphrase(
                     *journal, target, SecureBytes::fromString(QStringLiteral("wrong")), own, KdfParams::fastForTests())
                     .code(),
            ErrorCode::WrongPassphrase);
        QVERIFY(!QFile::exists(target));
        QCOMPARE(BackupService::backupWithPassphrase(*journal, target, SecureBytes::fromString(kaptest::Passphrase),
                     SecureBytes(), KdfParams::fastForTests())
                     .code(),
            ErrorCode::EmptyPassphrase);
        const Status backedUp = BackupService::backupWithPassphrase(
            *journal, target, SecureBytes::fromString(kaptest::Passphrase), own, KdfParams::fastForTests());
        QVERIFY(backedUp.ok());
        QCOMPARE(kaptest::permissions(target), 0600);
        QVERIFY(!kaptest::openJournal(target)); // the journal passphrase does not open it
        auto copy = kaptest::openJournal(target, QStringLiteral("a different backup passphrase"));
        QVERIFY(copy);
        QCOMPARE(checkinCount(*copy), checkinCount(*journal));
        copy.reset();
        // Nothing left behind but the backup (and the open journal with its lock).
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        QCOMPARE(left,
            QStringList(
                { QStringLiteral("separate.kapj"), QStringLiteral("test.kapj"), QStringLiteral("test.kapj.lock") }));
    }

    void rollingBackupsKeepTheLastN()
    {
        QTemporaryDir dir;
        Journal::Options options;
        auto clock = std::make_shared<FixedClock>(kaptest::fixedNow());
        options.clock = clock;
        auto created = Journal::create(dir.filePath(QStringLiteral("j.kapj")),
            SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), options);
        QVERIFY(created.ok());
        Journal& journal = *created.value();
        QStringList made;
        for (int i = 0; i < 4; ++i) {
            addCheckin(journal, i);
            auto path = BackupService::rollingBackup(journal, 3);
            QVERIFY(path.ok());
            made.append(path.value());
            clock->advanceSeconds(3600);
        }
        QCOMPARE(QFileInfo(made.first()).fileName(), QStringLiteral("j.kapj.20260302T083000Z.backup"));
        const QList<BackupInfo> list = BackupService::listBackups(journal.path());
        QCOMPARE(list.size(), 3);
        QCOMPARE(list.first().path, made.at(1)); // the oldest went
        QCOMPARE(list.first().createdUtc, QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc()));
        QVERIFY(!QFile::exists(made.first()));
        // Two in the same second get distinct names.
        auto a = BackupService::rollingBackup(journal, 7);
        auto b = BackupService::rollingBackup(journal, 7);
        QVERIFY(a.ok() && b.ok() && a.value() != b.value());
        QCOMPARE(BackupService::listBackups(journal.path()).size(), 5);
    }

    void restoreVerifiesKeepsTheCurrentJournalAndReplaces()
    {
        QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("test.kapj"));
        const QString backupPath = dir.filePath(QStringLiteral("backup.kapj"));
        {
            auto journal = kaptest::createJournal(dir);
            QVERIFY(journal);
            addCheckin(*journal, 1);
            QVERIFY(BackupService::backup(*journal, backupPath).ok());
            addCheckin(*journal, 2); // only in the current journal
            // Open journals cannot be replaced.
            QCOMPARE(
                BackupService::restore(journalPath, backupPath, SecureBytes::fromString(kaptest::Passphrase)).code(),
                ErrorCode::InUse);
        }
        const QByteArray current = kaptest::readAll(journalPath);

        // Wrong passphrase or a damaged backup: nothing changes.
        QCOMPARE(
            BackupService::restore(journalPath, backupPath, SecureBytes::fromString(QStringLiteral("nope"))).code(),
            ErrorCode::WrongPassphrase);
        const QString damaged = dir.filePath(QStringLiteral("damaged.kapj"));
        QByteArray bytes = kaptest::readAll(backupPath);
        bytes.truncate(bytes.size() / 2);
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        QVERIFY(!BackupService::restore(journalPath, damaged, SecureBytes::fromString(kaptest::Passphrase)).ok());
        QCOMPARE(kaptest::readAll(journalPath), current);
        QCOMPARE(BackupService::restore(journalPath, dir.filePath(QStringLiteral("none.kapj")),
                     SecureBytes::fromString(kaptest::Passphrase))
                     .code(),
            ErrorCode::NotFound);
        QCOMPARE(kaptest::readAll(journalPath), current);

        QString saved;
        Journal::Options options;
        options.clock = kaptest::fixedClock();
        const Status restoreStatus = BackupService::restore(
            journalPath, backupPath, SecureBytes::fromString(kaptest::Passphrase), options, &saved);
        QVERIFY(restoreStatus.ok());
        QCOMPARE(QFileInfo(saved).fileName(), QStringLiteral("test.kapj.20260302T083000Z.before-restore"));
        QCOMPARE(kaptest::readAll(saved), current);
        QCOMPARE(kaptest::permissions(saved), 0600);
        QCOMPARE(kaptest::permissions(journalPath), 0600);
        QVERIFY(!QFile::exists(journalPath + QStringLiteral(".restoring")));
        {
            auto restored = kaptest::openJournal(journalPath);
            QVERIFY(restored);
            QCOMPARE(checkinCount(*restored), 1);
            QVERIFY(restored->verify().ok());
        }
        {
            auto before = kaptest::openJournal(saved);
            QVERIFY(before);
            QCOMPARE(checkinCount(*before), 2);
        }
    }

    void restoreInTwoStepsWhileTheJournalIsOpen()
    {
        QTemporaryDir dir;
        const QString journalPath = dir.filePath(QStringLiteral("test.kapj"));
        const QString backupPath = dir.filePath(QStringLiteral("backup.kapj"));
        const QString staging = journalPath + QStringLiteral(".restoring");
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        addCheckin(*journal, 1);
        QVERIFY(BackupService::backup(*journal, backupPath).ok());
        addCheckin(*journal, 2);

        // A wrong passphrase stops the first step; nothing is left beside the journal.
        QCOMPARE(BackupService::prepareRestore(journalPath, backupPath, SecureBytes::fromString(QStringLiteral("no")))
                     .code(),
            ErrorCode::WrongPassphrase);
        QVERIFY(!QFile::exists(staging));
        QCOMPARE(BackupService::prepareRestore(journalPath, journalPath, SecureBytes::fromString(kaptest::Passphrase))
                     .code(),
            ErrorCode::TargetIsJournal);

        // The first step works while the journal is open and leaves it alone.
        auto prepared
            = BackupService::prepareRestore(journalPath, backupPath, SecureBytes::fromString(kaptest::Passphrase));
        QVERIFY(prepared.ok());
        QCOMPARE(prepared.value(), staging);
        QCOMPARE(kaptest::permissions(staging), 0600);
        QCOMPARE(checkinCount(*journal), 2);
        // The second refuses while the journal is open, and keeps the prepared copy.
        QCOMPARE(BackupService::finishRestore(journalPath, staging).code(), ErrorCode::InUse);
        QVERIFY(QFile::exists(staging));
        QCOMPARE(BackupService::finishRestore(journalPath, backupPath).code(), ErrorCode::InvalidArgument);

        journal.reset();
        const QByteArray current = kaptest::readAll(journalPath);
        QString saved;
        Journal::Options options;
        options.clock = kaptest::fixedClock();
        QVERIFY(BackupService::finishRestore(journalPath, staging, options, &saved).ok());
        QVERIFY(!QFile::exists(staging));
        QCOMPARE(kaptest::readAll(saved), current);
        QCOMPARE(kaptest::permissions(saved), 0600);
        {
            auto restored = kaptest::openJournal(journalPath);
            QVERIFY(restored);
            QCOMPARE(checkinCount(*restored), 1);
        }
        auto before = kaptest::openJournal(saved);
        QVERIFY(before);
        QCOMPARE(checkinCount(*before), 2);
    }

    void restoreFromReadOnlyMedia_data()
    {
        QTest::addColumn<bool>("olderSchema");
        QTest::newRow("same schema") << false;
        QTest::newRow("older schema: upgraded on the staged copy") << true;
    }

    /// A 0400 backup in a 0500 folder (a read-only stick, a mounted archive): the restore reads it
    /// as a plain file (no lock file beside it, no schema upgrade in place) and it stays
    /// byte-identical. As root, the restore runs without the capabilities that ignore permission
    /// bits, so the folder really is read-only; a setup that does not achieve that fails.
    void restoreFromReadOnlyMedia()
    {
        QFETCH(bool, olderSchema);
        QTemporaryDir dir;
        const QString media = dir.filePath(QStringLiteral("media"));
        const QString backupPath = media + QStringLiteral("/journal.backup");
        const QString journalPath = dir.filePath(QStringLiteral("test.kapj"));
        {
            Journal::Options options = kaptest::testOptions();
            if (olderSchema) {
                options.migrations = { Schema::migrations().front() }; // the backup stays at version 1
            }
            auto old = Journal::create(dir.filePath(QStringLiteral("old.kapj")),
                SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), options);
            QVERIFY(old);
            QCOMPARE(old.value()->schemaVersion(), olderSchema ? 1 : Schema::currentVersion());
            addCheckin(*old.value(), 3);
            QVERIFY(QDir().mkpath(media));
            QVERIFY(old.value()->copyTo(backupPath));
        }
        {
            auto journal = kaptest::createJournal(dir);
            QVERIFY(journal);
            addCheckin(*journal, 8);
            addCheckin(*journal, 9);
        }
        QVERIFY(QFile::setPermissions(backupPath, QFileDevice::ReadOwner));
        QVERIFY(QFile::setPermissions(media, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const kaptest::FileSnapshot before = kaptest::snapshot(backupPath);

        Status restored;
        QString saved;
        {
            kaptest::NoFileOverride readOnly;
            QVERIFY2(readOnly.ok(), qPrintable(readOnly.setupError()));
            const QString writable = kaptest::writableReason(media);
            QVERIFY2(writable.isEmpty(), qPrintable(writable));
            // A wrong passphrase first: nothing changes anywhere.
            const kaptest::FileSnapshot journalBefore = kaptest::snapshot(journalPath);
            QCOMPARE(BackupService::restore(
                         journalPath, backupPath, SecureBytes::fromString(QStringLiteral("no")), kaptest::testOptions())
                         .code(),
                ErrorCode::WrongPassphrase);
            QCOMPARE(kaptest::snapshot(journalPath), journalBefore);
            restored = BackupService::restore(
                journalPath, backupPath, SecureBytes::fromString(kaptest::Passphrase), kaptest::testOptions(), &saved);
        }
        QVERIFY2(restored.ok(), qPrintable(restored.error().detail));
        QCOMPARE(kaptest::snapshot(backupPath), before); // bytes, time, and no file beside it
        QVERIFY(QFile::setPermissions(media, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));

        auto journal = kaptest::openJournal(journalPath);
        QVERIFY(journal);
        QCOMPARE(checkinCount(*journal), 1);
        QCOMPARE(journal->schemaVersion(), Schema::currentVersion());
        QVERIFY(journal->verify());
        auto previous = kaptest::openJournal(saved);
        QVERIFY(previous);
        QCOMPARE(checkinCount(*previous), 2);
        // The upgrade ran on the staged copy, with no pre-upgrade copy left beside the journal.
        const QStringList leftovers
            = QDir(dir.path()).entryList({ QStringLiteral("*.bak"), QStringLiteral("*.restoring*") });
        QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
