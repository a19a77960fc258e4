// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// SaveTarget (SECURITY.md requirement 19): no report, JSON export, backup or restore may write over
// the open journal, its side files, another journal or a backup, however the path is spelled. Each
// refusal leaves the journal (and the refused file) byte-for-byte as it was.
#include "report/ReportExporter.h"
#include "storage/Journal.h"
#include "storage/SaveTarget.h"
#include "tests/support/TestSupport.h"
#include "text/ErrorText.h"
#include "transfer/BackupService.h"
#include "transfer/JsonTransfer.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kap;

namespace {

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
}

bool isTargetRefusal(ErrorCode code)
{
    return code == ErrorCode::TargetIsJournal || code == ErrorCode::TargetIsJournalSideFile
        || code == ErrorCode::TargetIsJournalFile;
}

} // namespace

class TestSaveTarget : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    QString m_journalPath;
    QString m_otherJournal;
    QString m_backup;
    QString m_plain;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_journal = kaptest::createJournal(m_dir, QStringLiteral("journal.kapj"));
        QVERIFY(m_journal);
        m_journalPath = m_journal->path();
        m_otherJournal = kaptest::createJournal(m_dir, QStringLiteral("other.kapj"))->path();
        m_backup = m_dir.filePath(QStringLiteral("saved.backup"));
        QVERIFY(BackupService::backup(*m_journal, m_backup));
        m_plain = m_dir.filePath(QStringLiteral("notes.txt"));
        QFile plain(m_plain);
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.write("an ordinary file\n");
        plain.close();

        QVERIFY(QDir(m_dir.path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::link(m_journalPath, m_dir.filePath(QStringLiteral("report.pdf"))));
        QVERIFY(QFile::link(m_dir.path(), m_dir.filePath(QStringLiteral("alias"))));
        QVERIFY(::link(QFile::encodeName(m_journalPath).constData(),
                    QFile::encodeName(m_dir.filePath(QStringLiteral("hard.pdf"))).constData())
            == 0);
        // Dangling: writing through it would create the journal's passphrase-change copy.
        QVERIFY(QFile::link(m_journalPath + QStringLiteral(".rekey"), m_dir.filePath(QStringLiteral("dangling.pdf"))));
        QVERIFY(QDir::setCurrent(m_dir.filePath(QStringLiteral("sub"))));
    }

    void cleanupTestCase()
    {
        m_journal.reset();
        QDir::setCurrent(QDir::tempPath());
    }

    void refused_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<ErrorCode>("expected");
        const auto in = [this](const char* name) { return m_dir.filePath(QLatin1String(name)); };
        const ErrorCode journal = ErrorCode::TargetIsJournal;
        const ErrorCode side = ErrorCode::TargetIsJournalSideFile;
        const ErrorCode file = ErrorCode::TargetIsJournalFile;
        QTest::newRow("the journal") << m_journalPath << journal;
        QTest::newRow("relative") << QStringLiteral("../journal.kapj") << journal;
        QTest::newRow("dot-dot") << in("sub/../journal.kapj") << journal;
        QTest::newRow("symlink to it") << in("report.pdf") << journal;
        QTest::newRow("symlinked folder") << in("alias/journal.kapj") << journal;
        QTest::newRow("hard link") << in("hard.pdf") << journal;
        QTest::newRow("-journal") << in("journal.kapj-journal") << side;
        QTest::newRow(".lock (held)") << in("journal.kapj.lock") << side;
        QTest::newRow(".creating") << in("journal.kapj.creating") << side;
        QTest::newRow(".rekey") << in("journal.kapj.rekey") << side;
        QTest::newRow(".rekey-journal") << in("journal.kapj.rekey-journal") << side;
        QTest::newRow(".restoring") << in("journal.kapj.restoring") << side;
        QTest::newRow("relative .lock") << QStringLiteral("../journal.kapj.lock") << side;
        QTest::newRow("dangling symlink to .rekey") << in("dangling.pdf") << side;
        QTest::newRow("another journal") << m_otherJournal << file;
        QTest::newRow("another journal's .lock") << in("other.kapj.lock") << side;
        QTest::newRow("a backup") << m_backup << file;
    }

    void refused()
    {
        QFETCH(QString, target);
        QFETCH(ErrorCode, expected);
        const QByteArray journalBefore = sha256(m_journalPath);
        const QByteArray targetBefore = sha256(target);
        const kaptest::FileSnapshot folderBefore = kaptest::snapshot(m_otherJournal);
        QVERIFY(!journalBefore.isEmpty());

        // The check itself, with and without leave to replace ordinary files.
        const Status replace = SaveTarget::check(target, m_journalPath, SaveTarget::Existing::Replace);
        QCOMPARE(replace.code(), expected);
        QCOMPARE(SaveTarget::check(target, m_journalPath, SaveTarget::Existing::Refuse).code(), expected);
        QVERIFY(!ErrorText::describe(replace.error()).isEmpty());

        // Every writer refuses it.
        QVERIFY(isTargetRefusal(ReportExporter::writePrivate(target, "%PDF-1.7 not really").code()));
        ReportOptions options;
        options.range = DayRange { QDate(2026, 1, 1), QDate(2026, 3, 1) };
        QCOMPARE(
            ReportExporter::exportReport(*m_journal, options, SecureBytes::fromString(QStringLiteral("pw")), target)
                .code(),
            expected);
        QCOMPARE(BackupService::backup(*m_journal, target).code(), expected);
        QCOMPARE(BackupService::backupWithPassphrase(*m_journal, target, SecureBytes::fromString(kaptest::Passphrase),
                     SecureBytes::fromString(QStringLiteral("own")), KdfParams::fastForTests())
                     .code(),
            expected);
        auto json = JsonTransfer::exportJson(*m_journal);
        QVERIFY(json);
        QVERIFY(isTargetRefusal(ReportExporter::writePrivate(target, json.value()).code()));

        // Nothing changed: not the journal, not the refused file, no file left over.
        QCOMPARE(sha256(m_journalPath), journalBefore);
        QCOMPARE(sha256(target), targetBefore);
        QCOMPARE(kaptest::snapshot(m_otherJournal), folderBefore);
        QVERIFY(m_journal->verify());
    }

    void ordinaryFiles()
    {
        // New files are fine; an existing ordinary file only when replacing was allowed.
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.pdf"));
        QVERIFY(SaveTarget::check(fresh, m_journalPath, SaveTarget::Existing::Refuse));
        QVERIFY(SaveTarget::check(m_plain, m_journalPath, SaveTarget::Existing::Replace));
        QCOMPARE(
            SaveTarget::check(m_plain, m_journalPath, SaveTarget::Existing::Refuse).code(), ErrorCode::AlreadyExists);
        QCOMPARE(
            SaveTarget::check(m_dir.filePath(QStringLiteral("sub")), m_journalPath).code(), ErrorCode::AlreadyExists);
        // A name that merely starts like a side file of something that is not a journal.
        QVERIFY(SaveTarget::check(m_dir.filePath(QStringLiteral("notes.txt.lock")), m_journalPath));
        QVERIFY(ReportExporter::writePrivate(m_plain, "replaced"));
        QCOMPARE(kaptest::readAll(m_plain), QByteArray("replaced"));
    }

    void restoreRefusesTheJournalAsBackup()
    {
        const QByteArray before = sha256(m_journalPath);
        for (const QString& backup : { m_journalPath, m_dir.filePath(QStringLiteral("report.pdf")),
                 m_dir.filePath(QStringLiteral("hard.pdf")), QStringLiteral("../journal.kapj") }) {
            QCOMPARE(BackupService::prepareRestore(m_journalPath, backup, SecureBytes::fromString(kaptest::Passphrase))
                         .code(),
                ErrorCode::TargetIsJournal);
        }
        QVERIFY(!QFile::exists(m_journalPath + QStringLiteral(".restoring")));
        QCOMPARE(sha256(m_journalPath), before);
    }
};

QTEST_GUILESS_MAIN(TestSaveTarget)
#include "tst_savetarget.moc"
