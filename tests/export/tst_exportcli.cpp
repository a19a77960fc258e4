// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// End to end: the issue-5 commands of kapjournal-cli (import-daylio, report, backup, restore,
// export-json, import-json) run as a process against journals made in temp dirs.
#include "storage/CheckinRepository.h"
#include "storage/NoteRepository.h"
#include "tests/export/SampleJournal.h"
#include "tests/support/TestSupport.h"
#include "transfer/JsonExportFormat.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace kap;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestExportCli : public QObject
{
    Q_OBJECT

    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
    QString m_passFile;
    bool m_obeyPermissions = false; ///< run the tool without root's permission overrides

    Run run(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
        process.setProcessEnvironment(env);
        // No controlling terminal: a prompt fails instead of blocking.
        process.setChildProcessModifier([readOnly = m_obeyPermissions] {
            ::setsid();
            if (readOnly) {
                kaptest::dropFileOverrideBeforeExec();
            }
        });
        process.setWorkingDirectory(m_dir->path()); // for the relative paths below
        process.start(m_program, arguments);
        process.closeWriteChannel();
        if (!process.waitForFinished(120000)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
    }

    Run cli(const QString& command, const QStringList& arguments, const QString& journal = {})
    {
        return run(QStringList { command, QStringLiteral("-j"), journal.isEmpty() ? m_journal : journal,
                       QStringLiteral("--passphrase-file"), m_passFile }
            + arguments);
    }

    QString writeFile(const QString& name, const QByteArray& content)
    {
        const QString path = m_dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size()) {
            qWarning("cannot write %s", qPrintable(path));
        }
        return path;
    }

    static QString pdfText(const QString& file, const QString& password)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), { QStringLiteral("-upw"), password, file, QStringLiteral("-") });
        p.waitForFinished(60000);
        return p.exitCode() == 0 ? QString::fromUtf8(p.readAllStandardOutput()) : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_program = qEnvironmentVariable("KAP_BIN_DIR") + QStringLiteral("/kapjournal-cli");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto journal = kaptest::createJournal(*m_dir);
        QVERIFY(journal && exporttest::populate(*journal));
        m_journal = journal->path();
        m_passFile = writeFile(QStringLiteral("pass"), kaptest::Passphrase.toUtf8() + '\n');
    }

    void importDaylio()
    {
        const QString csv = qEnvironmentVariable("KAP_SHARED_TESTDATA") + QStringLiteral("/daylio/sample.csv");
        Run r = cli(QStringLiteral("import-daylio"), { csv, QStringLiteral("--default-map") });
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(r.err.contains(QLatin1String("--map \"sad=?\"")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("--map \"average=?\"")));
        const QStringList maps = { QStringLiteral("--map"), QStringLiteral("sad=2"), QStringLiteral("--map"),
            QStringLiteral("Average=5"), QStringLiteral("--timezone"), QStringLiteral("Europe/Berlin") };
        r = cli(QStringLiteral("import-daylio"), QStringList { csv } + maps);
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains(QLatin1String("3 entries read: 3 imported, 0 already in the journal.")), qPrintable(r.out));
        r = cli(QStringLiteral("import-daylio"), QStringList { csv } + maps);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("0 imported, 3 already in the journal.")));
        r = cli(QStringLiteral("import-daylio"), { csv, QStringLiteral("--map"), QStringLiteral("sad=12") });
        QCOMPARE(r.exitCode, 4);
        const QString notDaylio = writeFile(QStringLiteral("x.csv"), "a,b\n1,2\n");
        r = cli(QStringLiteral("import-daylio"), { notDaylio });
        QCOMPARE(r.exitCode, 4);
        QVERIFY(r.err.contains(QLatin1String("not a Daylio CSV export")));
    }

    void report()
    {
        IntegrationNote note;
        {
            auto journal = kaptest::openJournal(m_journal);
            QVERIFY(journal);
            note.writtenAt = kaptest::fixedNow();
            note.title = QStringLiteral("For the report");
            note.body = QStringLiteral("Peppermint lantern insight");
            QVERIFY(journal->notes().add(note).ok());
        }
        const QString pdf = m_dir->filePath(QStringLiteral("r.pdf"));
        const QString empty = writeFile(QStringLiteral("empty"), "\n");
        Run r = cli(QStringLiteral("report"), { QStringLiteral("-o"), pdf, QStringLiteral("--password-file"), empty });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFile::exists(pdf));

        const QString pw = writeFile(QStringLiteral("pw"), "river candle piano\n");
        r = cli(QStringLiteral("report"),
            { QStringLiteral("-o"), pdf, QStringLiteral("--password-file"), pw, QStringLiteral("--from"),
                QStringLiteral("2026-01-01"), QStringLiteral("--to"), QStringLiteral("2026-03-02"),
                QStringLiteral("--note"), QString::number(note.id), QStringLiteral("--name"), QStringLiteral("K. L."),
                QStringLiteral("--paper"), QStringLiteral("letter") });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(kaptest::permissions(pdf), 0600);
        QProcess qpdf;
        qpdf.start(QStringLiteral("qpdf"), { QStringLiteral("--requires-password"), pdf });
        qpdf.waitForFinished();
        QCOMPARE(qpdf.exitCode(), 0);
        const QString text = pdfText(pdf, QStringLiteral("river candle piano"));
        QVERIFY(text.contains(QLatin1String("Peppermint lantern insight")));
        QVERIFY(text.contains(QLatin1String("K. L.")));
        QVERIFY(!kaptest::readAll(pdf).contains("Peppermint"));

        const QString generated = m_dir->filePath(QStringLiteral("g.pdf"));
        r = cli(QStringLiteral("report"),
            { QStringLiteral("-o"), generated, QStringLiteral("--generate-password"), QStringLiteral("--preset"),
                QStringLiteral("last-12-weeks") });
        QCOMPARE(r.exitCode, 0);
        const auto match = QRegularExpression(QStringLiteral("separately\\): ([a-z]+(?: [a-z]+){4})\\n")).match(r.out);
        QVERIFY2(match.hasMatch(), qPrintable(r.out));
        // qpdf, not pdftotext: poppler's command-line tools cut passwords at 32 characters, and
        // five words are often longer (PDF readers take up to 127 bytes).
        QProcess check;
        check.start(QStringLiteral("qpdf"),
            { QStringLiteral("--show-encryption"), QStringLiteral("--password=") + match.captured(1), generated });
        check.waitForFinished(60000);
        QCOMPARE(check.exitCode(), 0);
        const QString encryption = QString::fromUtf8(check.readAllStandardOutput());
        QVERIFY(encryption.contains(QLatin1String("Supplied password is user password")));

        r = cli(QStringLiteral("report"),
            { QStringLiteral("-o"), pdf, QStringLiteral("--force"), QStringLiteral("--password-file"), pw,
                QStringLiteral("--note"), QStringLiteral("9999") });
        QCOMPARE(r.exitCode, 4);
    }

    void backupAndRestore()
    {
        const QString target = m_dir->filePath(QStringLiteral("b.kapj"));
        Run r = cli(QStringLiteral("backup"), { target });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(kaptest::permissions(target), 0600);
        QVERIFY(kaptest::openJournal(target));
        r = cli(QStringLiteral("backup"), { target });
        QCOMPARE(r.exitCode, 3); // never overwrites
        r = cli(
            QStringLiteral("backup"), { QStringLiteral("--rolling"), QStringLiteral("--keep"), QStringLiteral("2") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String(".backup")));
        const QString own = writeFile(QStringLiteral("own"), "backup owl meadow kettle\n");
        const QString separate = m_dir->filePath(QStringLiteral("s.kapj"));
        r = cli(QStringLiteral("backup"), { separate, QStringLiteral("--backup-passphrase-file"), own });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(kaptest::openJournal(separate, QStringLiteral("backup owl meadow kettle")));

        // Change the journal, then restore the backup made before.
        {
            auto journal = kaptest::openJournal(m_journal);
            QVERIFY(journal);
            MoodCheckin extra;
            extra.at = kaptest::fixedNow();
            extra.mood = 9;
            QVERIFY(journal->checkins().add(extra).ok());
        }
        r = cli(QStringLiteral("restore"), { target });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("Kept the previous journal as")));
        auto restored = kaptest::openJournal(m_journal);
        QVERIFY(restored);
        QCOMPARE(restored->checkins().list()->size(), 19); // populate's 20 minus the trashed one
    }

    /// The arguments that make `command` write `target`.
    QStringList writing(const QString& command, const QString& target)
    {
        if (command == QLatin1String("report")) {
            const QString pw = writeFile(QStringLiteral("pw"), "river candle piano\n");
            return { QStringLiteral("-o"), target, QStringLiteral("--password-file"), pw };
        }
        if (command == QLatin1String("export-json")) {
            return { QStringLiteral("-o"), target };
        }
        return { target }; // backup
    }

    static QByteArray sha256(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex();
    }

    void neverWritesOverAJournal_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("target"); // relative to the test folder
        QTest::addColumn<bool>("force");
        QTest::addColumn<QString>("why"); // a word the message must contain
        const QList<std::pair<const char*, const char*>> targets {
            { "test.kapj", "journal itself" },
            { "sub/../test.kapj", "journal itself" },
            { "link-to-journal.pdf", "journal itself" },
            { "test.kapj-journal", "belongs to a journal" },
            { "test.kapj.lock", "belongs to a journal" },
            { "test.kapj.creating", "belongs to a journal" },
            { "test.kapj.rekey", "belongs to a journal" },
            { "test.kapj.rekey-journal", "belongs to a journal" },
            { "test.kapj.restoring", "belongs to a journal" },
            { "other.kapj", "journal backup" },
            { "old.backup", "journal backup" },
        };
        for (const char* command : { "report", "export-json", "backup" }) {
            for (const auto& [target, why] : targets) {
                for (const bool force : { false, true }) {
                    QTest::addRow("%s %s%s", command, target, force ? " --force" : "") << QString::fromLatin1(
                        command) << QString::fromLatin1(target) << force << QString::fromLatin1(why);
                }
            }
            QTest::addRow("%s existing file", command)
                << QString::fromLatin1(command) << QStringLiteral("notes.txt") << false << QStringLiteral("--force");
        }
    }

    void neverWritesOverAJournal()
    {
        QFETCH(QString, command);
        QFETCH(QString, target);
        QFETCH(bool, force);
        QFETCH(QString, why);
        QVERIFY(QDir(m_dir->path()).mkdir(QStringLiteral("sub")));
        QVERIFY(QFile::link(m_journal, m_dir->filePath(QStringLiteral("link-to-journal.pdf"))));
        QVERIFY(kaptest::createJournal(*m_dir, QStringLiteral("other.kapj")));
        {
            auto journal = kaptest::openJournal(m_journal);
            QVERIFY(journal);
            QVERIFY(journal->copyTo(m_dir->filePath(QStringLiteral("old.backup"))));
        }
        writeFile(QStringLiteral("notes.txt"), "mine\n");
        QStringList arguments = writing(command, target);
        if (force) {
            arguments << QStringLiteral("--force");
        }
        const QString path = m_dir->filePath(target);
        const QByteArray journalBefore = sha256(m_journal);
        const QByteArray targetBefore = sha256(path);
        const QStringList folderBefore = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::System);

        const Run r = cli(command, arguments);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(why), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Nothing was written"))
                || r.err.contains(QLatin1String("nothing was written")),
            qPrintable(r.err));
        QCOMPARE(sha256(m_journal), journalBefore);
        QCOMPARE(sha256(path), targetBefore);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::System), folderBefore);
        QVERIFY(kaptest::openJournal(m_journal));
    }

    void forceReplacesOrdinaryFiles_data()
    {
        QTest::addColumn<QString>("command");
        for (const char* command : { "report", "export-json", "backup" }) {
            QTest::newRow(command) << QString::fromLatin1(command);
        }
    }

    void forceReplacesOrdinaryFiles()
    {
        QFETCH(QString, command);
        const QString target = writeFile(QStringLiteral("notes.txt"), "mine\n");
        const Run r = cli(command, writing(command, target) << QStringLiteral("--force"));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(kaptest::readAll(target) != "mine\n");
        QCOMPARE(kaptest::permissions(target), 0600);
        // A backup written with --force is a journal file now: it is never replaced again.
        if (command == QLatin1String("backup")) {
            QCOMPARE(cli(command, writing(command, target) << QStringLiteral("--force")).exitCode, 3);
        }
    }

    /// `restore` from a 0400 backup in a 0500 folder: it works, and the backup is byte-identical
    /// with nothing beside it. As root, the tool runs without the capabilities that ignore
    /// permission bits; a probe with the same setup must fail to write there, or the test fails.
    void restoreFromReadOnlyMedia()
    {
        const QString media = m_dir->filePath(QStringLiteral("media"));
        const QString backup = media + QStringLiteral("/journal.backup");
        QVERIFY(QDir().mkpath(media));
        {
            auto journal = kaptest::openJournal(m_journal);
            QVERIFY(journal);
            QVERIFY(journal->copyTo(backup));
            MoodCheckin extra;
            extra.at = kaptest::fixedNow();
            extra.mood = 9;
            QVERIFY(journal->checkins().add(extra).ok());
        }
        QVERIFY(QFile::setPermissions(backup, QFileDevice::ReadOwner));
        QVERIFY(QFile::setPermissions(media, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        const kaptest::FileSnapshot before = kaptest::snapshot(backup);

        m_obeyPermissions = true;
        QProcess probe;
        probe.setChildProcessModifier([] { kaptest::dropFileOverrideBeforeExec(); });
        probe.start(QStringLiteral("/bin/sh"),
            { QStringLiteral("-c"), QStringLiteral("touch \"$1/probe\" 2>/dev/null"), QStringLiteral("sh"), media });
        QVERIFY(probe.waitForFinished(10000));
        QVERIFY2(probe.exitCode() != 0,
            "the read-only setup did not work: a process without CAP_DAC_OVERRIDE could still write in the folder");
        const Run r = cli(QStringLiteral("restore"), { backup });
        m_obeyPermissions = false;
        QVERIFY(QFile::setPermissions(media, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QLatin1String("Kept the previous journal as")), qPrintable(r.out + r.err));
        QVERIFY(r.out.contains(QLatin1String("backup's passphrase")));
        QCOMPARE(kaptest::snapshot(backup), before);
        auto restored = kaptest::openJournal(m_journal);
        QVERIFY(restored);
        QCOMPARE(restored->checkins().list()->size(), 19); // the new check-in is gone again
    }

    void exportAndImportJson()
    {
        Run r = cli(QStringLiteral("export-json"), {});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.err.contains(QLatin1String("NOT encrypted")));
        auto decoded = JsonExportFormat::decode(r.out.toUtf8());
        QVERIFY(decoded.ok());
        QCOMPARE(decoded->sessions.size(), 4);
        const QString file = m_dir->filePath(QStringLiteral("e.json"));
        r = cli(QStringLiteral("export-json"), { QStringLiteral("-o"), file });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(kaptest::permissions(file), 0600);

        r = cli(QStringLiteral("import-json"), { file });
        QCOMPARE(r.exitCode, 4); // not empty
        auto fresh = kaptest::createJournal(*m_dir, QStringLiteral("fresh.kapj"));
        QVERIFY(fresh);
        const QString freshPath = fresh->path();
        fresh.reset();
        r = cli(QStringLiteral("import-json"), { file }, freshPath);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("4 sessions")));
        r = cli(QStringLiteral("export-json"), {}, freshPath);
        auto again = JsonExportFormat::decode(r.out.toUtf8());
        QVERIFY(again.ok());
        QCOMPARE(again->checkins.size(), decoded->checkins.size());
        const QString broken = writeFile(QStringLiteral("broken.json"), "{\"format\":\"kapjournal-export\"");
        r = cli(QStringLiteral("import-json"), { broken }, freshPath);
        QCOMPARE(r.exitCode, 4);
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "tst_exportcli.moc"
