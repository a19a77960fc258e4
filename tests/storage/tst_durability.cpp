// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Kill -9 durability (SECURITY.md 5 and 14): a child process writes check-ins and reports each
// id once its transaction has committed; it is killed with SIGKILL at pseudo-random points (fixed
// seed, so runs are repeatable). After every kill the journal must open, pass verify(), and hold
// every id that was reported. The same for a passphrase change killed midway: the old or the new
// passphrase opens the journal afterwards, never neither.

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "tests/support/TestSupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTest>

#include <csignal>
#include <sys/types.h>
#include <unistd.h>

using namespace kap;

namespace {

constexpr quint32 Seed = 20261123;
constexpr int WriterKills = 50;
constexpr int WrongPassphraseKills = 5;
constexpr int RekeyKills = 12;

/// Busy-waits `micros` microseconds: QThread::usleep would be just as good, but spinning keeps
/// the timing independent of the scheduler's sleep granularity.
void pause(int micros)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.nsecsElapsed() < qint64(micros) * 1000) { }
}

class Writer
{
public:
    Writer(const QString& mode, const QString& path, const QStringList& passphrases)
    {
        m_process.setProgram(kaptest::helperPath(QStringLiteral("journal_writer")));
        m_process.setArguments({ mode, path });
        m_process.start();
        if (m_process.waitForStarted(10000)) {
            for (const QString& p : passphrases) {
                m_process.write(p.toUtf8() + '\n');
            }
            m_process.waitForBytesWritten(10000);
        }
    }
    ~Writer() { kill(); }

    /// The next line the child printed (empty on timeout or exit).
    QByteArray nextLine()
    {
        while (!m_process.canReadLine()) {
            if (m_process.state() != QProcess::Running && m_process.bytesAvailable() == 0) {
                return {};
            }
            if (!m_process.waitForReadyRead(10000) && !m_process.canReadLine()) {
                return {};
            }
        }
        return m_process.readLine().trimmed();
    }

    /// SIGKILL now (no chance to clean up), then reap the child so its lock is seen as stale.
    void kill()
    {
        if (m_process.state() == QProcess::NotRunning) {
            return;
        }
        ::kill(static_cast<pid_t>(m_process.processId()), SIGKILL);
        m_process.waitForFinished(10000);
        // Lines printed before the kill still count: they were committed.
        while (m_process.canReadLine()) {
            m_late.append(m_process.readLine().trimmed());
        }
    }
    QList<QByteArray> lateLines() const { return m_late; }
    bool running() const { return m_process.state() == QProcess::Running; }

private:
    QProcess m_process;
    QList<QByteArray> m_late;
};

QByteArray sha256(const QString& path)
{
    return QCryptographicHash::hash(kaptest::readAll(path), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestDurability : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void killedWriterLosesNothingCommitted();
    void wrongPassphraseAfterCrashChangesNothingCommitted();
    void wrongPassphraseLeavesHotJournalByteIdentical();
    void killedPassphraseChangeLeavesOneWorkingPassphrase();
};

void TestDurability::killedWriterLosesNothingCommitted()
{
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        path = journal->path();
    }
    QRandomGenerator random(Seed);
    QSet<RecordId> committed;
    int hotJournals = 0;
    for (int round = 0; round < WriterKills; ++round) {
        Writer writer(QStringLiteral("write"), path, { kaptest::Passphrase });
        QCOMPARE(writer.nextLine(), QByteArray("open"));
        const int commits = random.bounded(1, 5);
        for (int i = 0; i < commits; ++i) {
            const QByteArray line = writer.nextLine();
            QVERIFY2(!line.isEmpty(), "writer stopped early");
            committed.insert(line.toLongLong());
        }
        // Land the kill anywhere in the next write: before, during or after its commit.
        pause(random.bounded(0, 15000));
        writer.kill();
        for (const QByteArray& line : writer.lateLines()) {
            committed.insert(line.toLongLong());
        }
        // SECURITY.md 2, "after a crash": neither the file nor a hot rollback journal left by the
        // kill holds the check-in text in the clear.
        QVERIFY(!kaptest::fileContains(path, "durability entry"));
        if (QFileInfo::exists(path + QStringLiteral("-journal"))) {
            ++hotJournals;
            QVERIFY(!kaptest::fileContains(path + QStringLiteral("-journal"), "durability entry"));
        }

        auto journal = kaptest::openJournal(path);
        QVERIFY2(journal, qPrintable(QStringLiteral("round %1: journal does not open").arg(round)));
        QStringList problems;
        QVERIFY2(journal->verify(&problems), qPrintable(problems.join(QLatin1Char('\n'))));
        for (RecordId id : std::as_const(committed)) {
            auto checkin = journal->checkins().get(id);
            QVERIFY2(checkin, qPrintable(QStringLiteral("round %1: committed check-in %2 lost").arg(round).arg(id)));
        }
        QVERIFY(journal->checkins().list().value().size() >= committed.size());
    }
    qInfo("%d kills, %lld committed check-ins checked, %d kills left a hot rollback journal", WriterKills,
        static_cast<long long>(committed.size()), hotJournals);
    QVERIFY(committed.size() >= WriterKills);
}

void TestDurability::wrongPassphraseAfterCrashChangesNothingCommitted()
{
    // After a crash the file may carry a hot rollback journal. A wrong passphrase must still be
    // refused as such, and must not damage anything the right passphrase then finds.
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        path = journal->path();
    }
    QRandomGenerator random(Seed + 1);
    QSet<RecordId> committed;
    for (int round = 0; round < WrongPassphraseKills; ++round) {
        Writer writer(QStringLiteral("write"), path, { kaptest::Passphrase });
        QCOMPARE(writer.nextLine(), QByteArray("open"));
        for (int i = 0; i < 3; ++i) {
            committed.insert(writer.nextLine().toLongLong());
        }
        pause(random.bounded(0, 15000));
        writer.kill();
        for (const QByteArray& line : writer.lateLines()) {
            committed.insert(line.toLongLong());
        }
        auto wrong = Journal::open(
            path, SecureBytes::fromString(QStringLiteral("not the passphrase")), kaptest::testOptions());
        QCOMPARE(wrong.code(), ErrorCode::WrongPassphrase);
        auto journal = kaptest::openJournal(path);
        QVERIFY(journal);
        QVERIFY(journal->verify());
        for (RecordId id : std::as_const(committed)) {
            QVERIFY(journal->checkins().get(id));
        }
    }
}

void TestDurability::wrongPassphraseLeavesHotJournalByteIdentical()
{
    // SECURITY.md 4 after a crash: a wrong passphrase must not let SQLite roll the hot journal
    // back (that would rewrite the file and delete the journal); the right one then recovers.
    // The crash is the state of a file and its journal copied in the middle of a transaction
    // whose pages already spilled into the file, which is exactly what a kill at that moment
    // leaves behind.
    QTemporaryDir dir;
    const QString crashed = dir.filePath(QStringLiteral("crashed.kapj"));
    const QString crashedJournal = crashed + QStringLiteral("-journal");
    RecordId committedNote = 0;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        IntegrationNote note;
        note.writtenAt = kaptest::fixedNow();
        note.title = QStringLiteral("written before the crash");
        committedNote = journal->notes().add(note).value();
        const QByteArray committedBytes = kaptest::readAll(journal->path());

        Database& db = JournalTestAccess::database(*journal);
        QVERIFY(db.exec("PRAGMA cache_size = 8")); // a small cache spills into the file early
        QVERIFY(db.exec("BEGIN IMMEDIATE"));
        auto insert = db.prepare("INSERT INTO preferences (key, value) VALUES (?1, ?2)");
        QVERIFY(insert);
        for (int i = 0; i < 200; ++i) {
            insert->bind(1, QStringLiteral("crashed-%1").arg(i)).bind(2, QString(500, QLatin1Char('x')));
            QVERIFY(insert->exec());
            insert->reset();
        }
        QVERIFY2(kaptest::readAll(journal->path()) != committedBytes, "the transaction did not spill into the file");
        QVERIFY(QFile::copy(journal->path(), crashed));
        QVERIFY(QFile::copy(journal->path() + QStringLiteral("-journal"), crashedJournal));
        QVERIFY(db.exec("ROLLBACK"));
    }
    const QByteArray fileHash = sha256(crashed);
    const QByteArray journalHash = sha256(crashedJournal);
    const QStringList entries = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);

    auto wrong
        = Journal::open(crashed, SecureBytes::fromString(QStringLiteral("not the passphrase")), kaptest::testOptions());
    QCOMPARE(wrong.code(), ErrorCode::WrongPassphrase);
    QCOMPARE(sha256(crashed), fileHash);
    QVERIFY(QFileInfo::exists(crashedJournal));
    QCOMPARE(sha256(crashedJournal), journalHash);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), entries);

    auto journal = kaptest::openJournal(crashed);
    QVERIFY(journal);
    QVERIFY(!QFileInfo::exists(crashedJournal)); // rolled back
    QVERIFY(journal->verify());
    QCOMPARE(journal->notes().get(committedNote)->title, QStringLiteral("written before the crash"));
    QCOMPARE(JournalTestAccess::database(*journal)
                 .queryInt("SELECT count(*) FROM preferences WHERE key LIKE 'crashed-%'")
                 .value(),
        0);
}

void TestDurability::killedPassphraseChangeLeavesOneWorkingPassphrase()
{
    QTemporaryDir dir;
    QString path;
    RecordId id = 0;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        MoodCheckin checkin;
        checkin.at = kaptest::fixedNow();
        checkin.note = QStringLiteral("survives rekeying");
        id = journal->checkins().add(checkin).value();
        path = journal->path();
    }
    const QStringList passphrases { kaptest::Passphrase, QStringLiteral("second passphrase") };
    int current = 0; // which passphrase is known to open the journal
    QRandomGenerator random(Seed + 2);
    for (int round = 0; round < RekeyKills; ++round) {
        Writer writer(QStringLiteral("rekey"), path, { passphrases[current], passphrases[1 - current] });
        QCOMPARE(writer.nextLine(), QByteArray("open"));
        const int changes = random.bounded(0, 3);
        int confirmed = current;
        for (int i = 0; i < changes; ++i) {
            const QByteArray line = writer.nextLine();
            QVERIFY(line.startsWith("now "));
            confirmed = line.mid(4).toInt() == 1 ? 1 - current : current;
        }
        pause(random.bounded(0, 40000));
        writer.kill();
        for (const QByteArray& line : writer.lateLines()) {
            confirmed = line.mid(4).toInt() == 1 ? 1 - current : current;
        }
        for (const QString& file : { path, path + QStringLiteral(".rekey"), path + QStringLiteral(".rekey-journal") }) {
            QVERIFY2(!kaptest::fileContains(file, "survives rekeying"), qPrintable(file));
        }
        // The last confirmed passphrase opens it, or the next one if its change completed just
        // before the kill; never neither.
        auto confirmedOpen = kaptest::openJournal(path, passphrases[confirmed]);
        int opener = confirmed;
        if (!confirmedOpen) {
            confirmedOpen = kaptest::openJournal(path, passphrases[1 - confirmed]);
            opener = 1 - confirmed;
        }
        QVERIFY2(
            confirmedOpen, qPrintable(QStringLiteral("round %1: neither passphrase opens the journal").arg(round)));
        QVERIFY(confirmedOpen->verify());
        QCOMPARE(confirmedOpen->checkins().get(id)->note, QStringLiteral("survives rekeying"));
        confirmedOpen.reset();
        // And the other one does not.
        QCOMPARE(Journal::open(path, SecureBytes::fromString(passphrases[1 - opener]), kaptest::testOptions()).code(),
            ErrorCode::WrongPassphrase);
        current = opener;
    }
}

QTEST_GUILESS_MAIN(TestDurability)
#include "tst_durability.moc"
