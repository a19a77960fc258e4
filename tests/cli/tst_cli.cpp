// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// kapjournal-cli end to end: runs the executable with QProcess against journals made in temporary
// folders. Most journals are made through the library with the fast KDF profile (the file header
// carries the parameters, so the CLI opens them quickly); one test creates a journal with the CLI
// and the production KDF.
#include "storage/CheckinRepository.h"
#include "storage/Entities.h"
#include "storage/Journal.h"
#include "storage/Kdf.h"
#include "storage/NoteRepository.h"
#include "storage/OffsetTime.h"
#include "storage/SessionRepository.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace {

/// What one run of the tool produced.
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

const QStringList AllCommands { QStringLiteral("create"), QStringLiteral("add-checkin"), QStringLiteral("add-session"),
    QStringLiteral("add-note"), QStringLiteral("add-phase"), QStringLiteral("add-questionnaire"),
    QStringLiteral("list"), QStringLiteral("search"), QStringLiteral("delete"), QStringLiteral("trash"),
    QStringLiteral("untrash"), QStringLiteral("change-passphrase"), QStringLiteral("verify") };

/// Runs the tool on a pseudo-terminal, as a person at a terminal would, to test the prompt.
class TerminalSession
{
public:
    TerminalSession(const QString& program, const QStringList& arguments)
    {
        // Everything exec needs is prepared before fork (only async-signal-safe calls after it).
        m_argvData << QFile::encodeName(program);
        for (const QString& argument : arguments) {
            m_argvData << argument.toUtf8();
        }
        for (QByteArray& item : m_argvData) {
            m_argv.push_back(item.data());
        }
        m_argv.push_back(nullptr);
        m_pid = ::forkpty(&m_master, nullptr, nullptr, nullptr);
        if (m_pid == 0) {
            ::execv(m_argv[0], m_argv.data());
            ::_exit(127);
        }
    }
    ~TerminalSession()
    {
        if (m_pid > 0 && !m_reaped) {
            ::kill(m_pid, SIGKILL);
            ::waitpid(m_pid, nullptr, 0);
        }
        if (m_master >= 0) {
            ::close(m_master);
        }
    }

    bool started() const { return m_pid > 0 && m_master >= 0; }
    const QByteArray& transcript() const { return m_transcript; }

    /// Reads until `text` has appeared in the transcript (true) or 20 s pass / the tool exits.
    bool waitFor(const QByteArray& text)
    {
        for (int rounds = 0; rounds < 200 && !m_transcript.contains(text); ++rounds) {
            if (!readSome(100)) {
                break;
            }
        }
        return m_transcript.contains(text);
    }
    void type(const QByteArray& text)
    {
        QCOMPARE(::write(m_master, text.constData(), size_t(text.size())), text.size());
    }
    /// The terminal's local flags (shared by both sides of the pty).
    tcflag_t localFlags() const
    {
        struct termios settings = {};
        ::tcgetattr(m_master, &settings);
        return settings.c_lflag;
    }
    /// Reads to the end and returns the wait status.
    int finish()
    {
        while (readSome(100)) { }
        int status = 0;
        ::waitpid(m_pid, &status, 0);
        m_reaped = true;
        return status;
    }

private:
    /// False at end of file (the tool exited and closed the terminal).
    bool readSome(int timeoutMs)
    {
        pollfd fd { m_master, POLLIN, 0 };
        const int ready = ::poll(&fd, 1, timeoutMs);
        if (ready == 0) {
            return true;
        }
        char buffer[4096];
        const ssize_t got = ::read(m_master, buffer, sizeof buffer);
        if (got <= 0) {
            return got < 0 && errno == EINTR;
        }
        m_transcript.append(buffer, got);
        return true;
    }

    QList<QByteArray> m_argvData;
    std::vector<char*> m_argv;
    int m_master = -1;
    pid_t m_pid = -1;
    bool m_reaped = false;
    QByteArray m_transcript;
};

} // namespace

/// The command-line tool, end to end.
class TestCli : public QObject
{
    Q_OBJECT

private:
    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_journal;
    QString m_passFile;

    /// Runs the tool without a controlling terminal (setsid), so a prompt can never block the
    /// test: without --passphrase-file the tool must fail instead. HOME and XDG_* point into the
    /// temp dir so the default journal location is never the developer's own.
    Run run(const QStringList& arguments, const QByteArray& input = {},
        const QProcessEnvironment& extraEnv = QProcessEnvironment())
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir->filePath(QStringLiteral("xdg-data")));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir->filePath(QStringLiteral("xdg-config")));
        for (const QString& key : extraEnv.keys()) {
            env.insert(key, extraEnv.value(key));
        }
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(m_program, arguments);
        if (!process.waitForStarted(10000)) {
            qWarning("could not start %s", qPrintable(m_program));
            return {};
        }
        process.write(input);
        process.closeWriteChannel();
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
            qWarning("kapjournal-cli did not finish");
            return {};
        }
        Run result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }

    /// Runs a command on the test journal with the passphrase file.
    Run cli(const QString& command, const QStringList& arguments = {}, const QByteArray& input = {})
    {
        return run(QStringList { command, QStringLiteral("--journal"), m_journal, QStringLiteral("--passphrase-file"),
                       m_passFile }
                + arguments,
            input);
    }

    static void writeFile(const QString& path, const QByteArray& content)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QCOMPARE(file.write(content), content.size());
    }

    /// The id in "Added <kind> <id>".
    static qint64 addedId(const Run& result, const QString& kind)
    {
        // Any line: a warning (the crisis text) may come before it.
        const QRegularExpression added(QStringLiteral("^Added %1 (\\d+)").arg(QRegularExpression::escape(kind)),
            QRegularExpression::MultilineOption);
        const auto match = added.match(result.out);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

    static QJsonObject parseJson(const QString& text)
    {
        QJsonParseError error {};
        const QJsonDocument document = QJsonDocument::fromJson(text.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            qWarning("not a JSON object: %s", qPrintable(error.errorString()));
            return {};
        }
        return document.object();
    }

    /// The record of a list --json item (the JSON export's shape).
    static QJsonObject record(const QJsonValue& item)
    {
        return item.toObject().value(QStringLiteral("record")).toObject();
    }

    /// list --json items: { "kind": ..., "record": {...} }.
    QJsonArray listItems(const QStringList& arguments = {})
    {
        const Run result = cli(QStringLiteral("list"), QStringList { QStringLiteral("--json") } + arguments);
        if (result.exitCode != 0) {
            qWarning("list failed: %s", qPrintable(result.err));
            return {};
        }
        const QJsonObject document = parseJson(result.out);
        if (document.value(QStringLiteral("schema")).toString() != QLatin1String("kapjournal-list/2")) {
            qWarning("wrong schema");
            return {};
        }
        return document.value(QStringLiteral("items")).toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_program = qEnvironmentVariable("KAP_BIN_DIR") + QStringLiteral("/kapjournal-cli");
        QVERIFY2(QFile::exists(m_program), qPrintable(m_program));
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_journal = m_dir->filePath(QStringLiteral("test.kapj"));
        m_passFile = m_dir->filePath(QStringLiteral("pass.txt"));
        writeFile(m_passFile, kaptest::Passphrase.toUtf8() + "\n");
        QVERIFY(kaptest::createJournal(*m_dir) != nullptr); // closed again at once: the CLI must open it
    }

    void helpAndVersion()
    {
        Run result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        for (const QString& command : AllCommands) {
            QVERIFY2(result.out.contains(QStringLiteral("  ") + command + QLatin1Char(' ')), qPrintable(command));
        }
        QVERIFY(result.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(result.out.contains(QStringLiteral("70")));

        result = run({ QStringLiteral("--version") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("kapjournal-cli ")));

        result = run({});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("Usage:")));
    }

    void helpForEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const QString& command : AllCommands) {
            QTest::newRow(qPrintable(command)) << command;
        }
    }
    void helpForEveryCommand()
    {
        QFETCH(QString, command);
        Run result = run({ command, QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: kapjournal-cli ") + command), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("Exit codes:")));
        QVERIFY(result.out.contains(QStringLiteral("--passphrase-file")));
        QVERIFY(result.err.isEmpty());

        result = run({ QStringLiteral("help"), command });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.startsWith(QStringLiteral("Usage: kapjournal-cli ") + command));
    }

    void unknownCommandOrOptionIsUsageError()
    {
        Run result = run({ QStringLiteral("frobnicate") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("Unknown command")));

        result = cli(QStringLiteral("list"), { QStringLiteral("--colour") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("colour")));

        result = cli(QStringLiteral("delete"), { QStringLiteral("note") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("Missing ID")));
    }

    void passphraseNeverFromArgvOrEnvironment()
    {
        const QByteArray before = kaptest::readAll(m_journal);
        // No such option, in either spelling: a usage error before anything is opened.
        Run result = run({ QStringLiteral("list"), QStringLiteral("--journal"), m_journal,
            QStringLiteral("--passphrase"), kaptest::Passphrase });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("Unknown option")));
        result = run({ QStringLiteral("list"), QStringLiteral("--journal"), m_journal,
            QStringLiteral("--passphrase=") + kaptest::Passphrase });
        QCOMPARE(result.exitCode, 1);
        result = run({ QStringLiteral("--passphrase"), kaptest::Passphrase, QStringLiteral("list") });
        QCOMPARE(result.exitCode, 1);

        // Environment variables a user might try are ignored: with no terminal and no
        // --passphrase-file the tool says how to give one and does not unlock.
        QProcessEnvironment env;
        for (const char* name : { "KAPJOURNAL_PASSPHRASE", "KAP_PASSPHRASE", "PASSPHRASE", "KAPJOURNAL_PASSWORD" }) {
            env.insert(QString::fromLatin1(name), kaptest::Passphrase);
        }
        result = run({ QStringLiteral("list"), QStringLiteral("--journal"), m_journal }, {}, env);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("--passphrase-file")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(kaptest::readAll(m_journal), before);
    }

    void createWithProductionKdf()
    {
        const QString path = m_dir->filePath(QStringLiteral("new/folder/created.kapj"));
        Run result = run(
            { QStringLiteral("create"), QStringLiteral("-j"), path, QStringLiteral("--passphrase-file"), m_passFile });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(path));
        QCOMPARE(kaptest::permissions(path), 0600);
        const QByteArray header = kaptest::readAll(path).left(16);
        QVERIFY(header.startsWith("KJ"));
        QVERIFY(!header.startsWith("SQLite format 3"));
        {
            auto journal = kaptest::openJournal(path);
            QVERIFY(journal);
            QCOMPARE(journal->kdfParams(), kap::KdfParams::production());
        }

        // Never overwrites.
        const QByteArray before = kaptest::readAll(path);
        result = run({ QStringLiteral("create"), QStringLiteral("--journal"), path, QStringLiteral("--passphrase-file"),
            m_passFile });
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("already exists")));
        QCOMPARE(kaptest::readAll(path), before);
    }

    void createRefusesEmptyPassphrase()
    {
        const QString path = m_dir->filePath(QStringLiteral("empty.kapj"));
        Run result = run({ QStringLiteral("create"), QStringLiteral("--journal"), path,
                             QStringLiteral("--passphrase-file"), QStringLiteral("-") },
            "\n");
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(QStringLiteral("enter a passphrase")));
        QVERIFY(!QFile::exists(path));
    }

    void createWithoutTerminalOrFileIsUsageError()
    {
        const QString path = m_dir->filePath(QStringLiteral("noterm.kapj"));
        const Run result = run({ QStringLiteral("create"), QStringLiteral("--journal"), path });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("--passphrase-file")));
        QVERIFY(!QFile::exists(path));
    }

    void addCheckinAndListJson()
    {
        const Run result = cli(QStringLiteral("add-checkin"),
            { QStringLiteral("--mood"), QStringLiteral("7"), QStringLiteral("--anxiety"), QStringLiteral("3"),
                QStringLiteral("--energy"), QStringLiteral("5"), QStringLiteral("--sleep"), QStringLiteral("6"),
                QStringLiteral("--at"), QStringLiteral("2026-03-02T09:30+01:00"), QStringLiteral("--note"),
                QStringLiteral("Calmer after the walk"), QStringLiteral("--tags"), QStringLiteral("walk, sun") });
        QCOMPARE(result.exitCode, 0);
        const qint64 id = addedId(result, QStringLiteral("check-in"));
        QVERIFY2(id > 0, qPrintable(result.out));

        const QJsonArray items = listItems();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("checkin"));
        const QJsonObject item = record(items.at(0));
        QCOMPARE(item.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(item.value(QStringLiteral("at")).toString(), QStringLiteral("2026-03-02T09:30:00.000+01:00"));
        QCOMPARE(item.value(QStringLiteral("mood")).toInt(), 7);
        QCOMPARE(item.value(QStringLiteral("anxiety")).toInt(), 3);
        QCOMPARE(item.value(QStringLiteral("energy")).toInt(), 5);
        QCOMPARE(item.value(QStringLiteral("sleep")).toInt(), 6);
        QCOMPARE(item.value(QStringLiteral("note")).toString(), QStringLiteral("Calmer after the walk"));
        QCOMPARE(item.value(QStringLiteral("tags")).toArray(),
            QJsonArray({ QStringLiteral("walk"), QStringLiteral("sun") }));
        QCOMPARE(item.value(QStringLiteral("meta")).toObject().value(QStringLiteral("revision")).toInt(), 1);

        // And the library reads the same record.
        auto journal = kaptest::openJournal(m_journal);
        QVERIFY(journal);
        auto checkin = journal->checkins().get(id);
        QVERIFY(checkin);
        QCOMPARE(checkin->mood, 7);
        QCOMPARE(checkin->at.toUTC(), kap::offsettime::utc(QDate(2026, 3, 2), QTime(8, 30)));
        QCOMPARE(checkin->at.offsetFromUtc(), 3600);
    }

    void addCheckinDefaultsToNowAndLeavesOptionalRatingsEmpty()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        const Run result = cli(QStringLiteral("add-checkin"), { QStringLiteral("--mood"), QStringLiteral("0") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject item = record(listItems().at(0));
        QCOMPARE(item.value(QStringLiteral("mood")).toInt(-1), 0);
        QVERIFY(item.value(QStringLiteral("anxiety")).isNull());
        const QDateTime at = QDateTime::fromString(item.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        QVERIFY(at.isValid());
        QVERIFY(at >= before);
        QVERIFY(at <= QDateTime::currentDateTimeUtc().addSecs(1));
    }

    void validationErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        const auto args = [](std::initializer_list<const char*> list) {
            QStringList result;
            for (const char* item : list) {
                result << QString::fromUtf8(item);
            }
            return result;
        };
        QTest::newRow("mood 11") << args({ "add-checkin", "--mood", "11" }) << QStringLiteral("--mood must be");
        QTest::newRow("mood -1") << args({ "add-checkin", "--mood", "-1" }) << QStringLiteral("from 0 to 10");
        QTest::newRow("mood text") << args({ "add-checkin", "--mood", "good" }) << QStringLiteral("--mood must be");
        QTest::newRow("sleep 12") << args({ "add-checkin", "--mood", "5", "--sleep", "12" })
                                  << QStringLiteral("--sleep must be");
        QTest::newRow("bad date") << args({ "add-checkin", "--mood", "5", "--at", "2026-02-30T10:00" })
                                  << QStringLiteral("--at is not a valid date and time");
        QTest::newRow("dose 0") << args({ "add-session", "--dose-mg", "0" }) << QStringLiteral("--dose-mg must be");
        QTest::newRow("dose negative") << args({ "add-session", "--dose-mg", "-50" })
                                       << QStringLiteral("--dose-mg must be");
        QTest::newRow("bp implausible") << args({ "add-session", "--bp-before", "1200/80" })
                                        << QStringLiteral("--bp-before must be a plausible blood pressure");
        QTest::newRow("bp reversed") << args({ "add-session", "--bp-after", "70/120" })
                                     << QStringLiteral("--bp-after must be");
        QTest::newRow("heart rate") << args({ "add-session", "--hr-before", "400" })
                                    << QStringLiteral("--hr-before must be");
        QTest::newRow("vitals moment") << args({ "add-session", "--vitals", "soon 120/80" })
                                       << QStringLiteral("--vitals must look like");
        QTest::newRow("vitals spo2") << args({ "add-session", "--vitals", "during+40 spo2=140" })
                                     << QStringLiteral("--vitals must look like");
        QTest::newRow("vitals empty") << args({ "add-session", "--vitals", "discharge" })
                                      << QStringLiteral("--vitals must look like");
        QTest::newRow("modality") << args({ "add-session", "--modality", "pill" })
                                  << QStringLiteral("--modality must be");
        QTest::newRow("route other without words")
            << args({ "add-session", "--route", "other" }) << QStringLiteral("--route-other");
        QTest::newRow("cost without currency")
            << args({ "add-session", "--cost", "250" }) << QStringLiteral("--currency");
        QTest::newRow("cost format") << args({ "add-session", "--cost", "2.505", "--currency", "USD" })
                                     << QStringLiteral("--cost must be");
        QTest::newRow("currency") << args({ "add-session", "--cost", "2", "--currency", "dollars" })
                                  << QStringLiteral("--currency must be");
        QTest::newRow("phase end before start")
            << args({ "add-phase", "--kind", "induction", "--start", "2026-03-10", "--end", "2026-03-01" })
            << QStringLiteral("--end must not be before --start");
        QTest::newRow("phase kind") << args({ "add-phase", "--kind", "loading", "--start", "2026-03-10" })
                                    << QStringLiteral("--kind must be");
        QTest::newRow("phq9 too few") << args({ "add-questionnaire", "--kind", "phq9", "--answers", "0,1,2" })
                                      << QStringLiteral("9 answers");
        QTest::newRow("gad7 answer 4") << args({ "add-questionnaire", "--kind", "gad7", "--answers", "0,1,2,3,4,0,0" })
                                       << QStringLiteral("7 answers from 0 to 3");
        QTest::newRow("list kind") << args({ "list", "--kind", "dream" }) << QStringLiteral("--kind must be");
        QTest::newRow("list range") << args({ "list", "--from", "2026-03-10", "--to", "2026-03-01" })
                                    << QStringLiteral("--to must not be before --from");
        QTest::newRow("note session id") << args({ "add-note", "--session", "x", "--body", "b" })
                                         << QStringLiteral("--session must be");
        QTest::newRow("delete kind") << args({ "delete", "dream", "1" }) << QStringLiteral("KIND must be");
    }
    void validationErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const QByteArray before = kaptest::readAll(m_journal);
        const Run result = cli(arguments.takeFirst(), arguments);
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
        QCOMPARE(kaptest::readAll(m_journal), before);
    }

    void allProblemsReportedAtOnce()
    {
        const Run result = cli(QStringLiteral("add-session"),
            { QStringLiteral("--mood-before"), QStringLiteral("12"), QStringLiteral("--dose-mg"),
                QStringLiteral("0") });
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains(QStringLiteral("--mood-before")));
        QVERIFY(result.err.contains(QStringLiteral("--dose-mg")));
    }

    void missingRequiredOptionIsUsageError()
    {
        QCOMPARE(cli(QStringLiteral("add-checkin")).exitCode, 1);
        QCOMPARE(
            cli(QStringLiteral("add-phase"), { QStringLiteral("--kind"), QStringLiteral("induction") }).exitCode, 1);
        QCOMPARE(
            cli(QStringLiteral("add-questionnaire"), { QStringLiteral("--kind"), QStringLiteral("phq9") }).exitCode, 1);
        QCOMPARE(cli(QStringLiteral("add-note"), { QStringLiteral("--title"), QStringLiteral("t") }).exitCode, 1);
    }

    void addSessionWithEveryField()
    {
        const Run result = cli(QStringLiteral("add-session"),
            { QStringLiteral("--at"), QStringLiteral("2026-03-03T14:00-05:00"), QStringLiteral("--modality"),
                QStringLiteral("kap"), QStringLiteral("--route-other"), QStringLiteral("buccal film"),
                QStringLiteral("--dose-mg"), QStringLiteral("150.5"), QStringLiteral("--dose-mg-per-kg"),
                QStringLiteral("0.5"), QStringLiteral("--provider"), QStringLiteral("Riverside Clinic"),
                QStringLiteral("--setting"), QStringLiteral("home"), QStringLiteral("--present"),
                QStringLiteral("sitter"), QStringLiteral("--intention"), QStringLiteral("Be gentle with myself"),
                QStringLiteral("--mood-before"), QStringLiteral("3"), QStringLiteral("--mood-after"),
                QStringLiteral("6"), QStringLiteral("--bp-before"), QStringLiteral("120/80"),
                QStringLiteral("--hr-before"), QStringLiteral("72"), QStringLiteral("--bp-after"),
                QStringLiteral("135/85"), QStringLiteral("--hr-after"), QStringLiteral("80"),
                QStringLiteral("--vitals"), QStringLiteral("during+40 141/90 hr=77 spo2=96"),
                QStringLiteral("--vitals"), QStringLiteral("discharge+130 124/82"),
                QStringLiteral("--dissociation-clinic"), QStringLiteral("14"), QStringLiteral("--dissociation-scale"),
                QStringLiteral("CADSS"), QStringLiteral("--dissociation"), QStringLiteral("7"),
                QStringLiteral("--side-effects"), QStringLiteral("nausea,dizziness"), QStringLiteral("--experience"),
                QStringLiteral("Floating over a quiet lake"), QStringLiteral("--cost"), QStringLiteral("250.00"),
                QStringLiteral("--currency"), QStringLiteral("usd") });
        QCOMPARE(result.exitCode, 0);
        const qint64 id = addedId(result, QStringLiteral("session"));
        QVERIFY2(id > 0, qPrintable(result.out + result.err));

        {
            auto journal = kaptest::openJournal(m_journal);
            QVERIFY(journal);
            auto session = journal->sessions().get(id);
            QVERIFY(session);
            QCOMPARE(session->occurredAt.toUTC(), kap::offsettime::utc(QDate(2026, 3, 3), QTime(19, 0)));
            QCOMPARE(session->occurredAt.offsetFromUtc(), -5 * 3600);
            QCOMPARE(session->modality, QStringLiteral("kap"));
            QCOMPARE(session->route, QStringLiteral("other"));
            QCOMPARE(session->routeOther, QStringLiteral("buccal film"));
            QCOMPARE(session->doseMg, 150.5);
            QCOMPARE(session->doseMgPerKg, 0.5);
            QCOMPARE(session->provider, QStringLiteral("Riverside Clinic"));
            QCOMPARE(session->setting, QStringLiteral("home"));
            QCOMPARE(session->present, QStringLiteral("sitter"));
            QCOMPARE(session->intention, QStringLiteral("Be gentle with myself"));
            QCOMPARE(session->moodBefore, 3);
            QCOMPARE(session->moodAfter, 6);
            using kap::VitalMoment;
            using kap::VitalReading;
            const QList<VitalReading> expected { VitalReading { VitalMoment::Before, std::nullopt, 120, 80, 72, {} },
                VitalReading { VitalMoment::After, std::nullopt, 135, 85, 80, {} },
                VitalReading { VitalMoment::During, 40, 141, 90, 77, 96 },
                VitalReading { VitalMoment::Discharge, 130, 124, 82, {}, {} } };
            QCOMPARE(session->vitals, expected);
            QCOMPARE(session->dissociationClinicScore, 14);
            QCOMPARE(session->dissociationClinicScale, QStringLiteral("CADSS"));
            QCOMPARE(session->dissociation, 7);
            QCOMPARE(session->sideEffects, QStringList({ QStringLiteral("nausea"), QStringLiteral("dizziness") }));
            QCOMPARE(session->experience, QStringLiteral("Floating over a quiet lake"));
            QCOMPARE(session->costCents, std::int64_t(25000));
            QCOMPARE(session->currency, QStringLiteral("USD"));
        }

        const QJsonArray items = listItems({ QStringLiteral("--kind"), QStringLiteral("session") });
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("session"));
        const QJsonObject item = record(items.at(0));
        QCOMPARE(item.value(QStringLiteral("occurredAt")).toString(), QStringLiteral("2026-03-03T14:00:00.000-05:00"));
        QCOMPARE(item.value(QStringLiteral("routeOther")).toString(), QStringLiteral("buccal film"));
        QCOMPARE(item.value(QStringLiteral("doseMg")).toDouble(), 150.5);
        const QJsonArray vitals = item.value(QStringLiteral("vitals")).toArray();
        QCOMPARE(vitals.size(), 4);
        QCOMPARE(vitals.at(0).toObject().value(QStringLiteral("systolic")).toInt(), 120);
        QCOMPARE(vitals.at(1).toObject().value(QStringLiteral("diastolic")).toInt(), 85);
        QCOMPARE(vitals.at(2).toObject().value(QStringLiteral("moment")).toString(), QStringLiteral("during"));
        QCOMPARE(vitals.at(2).toObject().value(QStringLiteral("minutesAfterDose")).toInt(), 40);
        QCOMPARE(vitals.at(2).toObject().value(QStringLiteral("spo2")).toInt(), 96);
        QCOMPARE(item.value(QStringLiteral("dissociationClinicScale")).toString(), QStringLiteral("CADSS"));
        QCOMPARE(item.value(QStringLiteral("costCents")).toInteger(), 25000);
        QCOMPARE(item.value(QStringLiteral("sideEffects")).toArray().size(), 2);
    }

    void addSessionExperienceFromFile()
    {
        const QString file = m_dir->filePath(QStringLiteral("experience.txt"));
        writeFile(file, "Line one\nLine two with \xc3\xa9\n");
        const Run result = cli(QStringLiteral("add-session"), { QStringLiteral("--experience-file"), file });
        QCOMPARE(result.exitCode, 0);
        auto journal = kaptest::openJournal(m_journal);
        QVERIFY(journal);
        auto session = journal->sessions().get(addedId(result, QStringLiteral("session")));
        QVERIFY(session);
        QCOMPARE(session->experience, QStringLiteral("Line one\nLine two with \u00e9"));
    }

    void addNoteLinkedToSessionWithBodyFromStdin()
    {
        Run result
            = cli(QStringLiteral("add-session"), { QStringLiteral("--at"), QStringLiteral("2026-03-02T10:00+01:00") });
        QCOMPARE(result.exitCode, 0);
        const qint64 sessionId = addedId(result, QStringLiteral("session"));

        // Passphrase and body both from standard input: first line, then the rest.
        result = run({ QStringLiteral("add-note"), QStringLiteral("-j"), m_journal, QStringLiteral("--passphrase-file"),
                         QStringLiteral("-"), QStringLiteral("--session"), QString::number(sessionId),
                         QStringLiteral("--title"), QStringLiteral("Integration"), QStringLiteral("--body-file"),
                         QStringLiteral("-"), QStringLiteral("--tags"), QStringLiteral("insight") },
            kaptest::Passphrase.toUtf8() + "\nI remembered the lighthouse.\nSecond paragraph.\n");
        QCOMPARE(result.exitCode, 0);
        const qint64 noteId = addedId(result, QStringLiteral("note"));
        QVERIFY2(noteId > 0, qPrintable(result.out + result.err));

        const QJsonArray items = listItems({ QStringLiteral("--kind"), QStringLiteral("note") });
        QCOMPARE(items.size(), 1);
        const QJsonObject note = record(items.at(0));
        QCOMPARE(note.value(QStringLiteral("sessionId")).toInteger(), sessionId);
        QCOMPARE(note.value(QStringLiteral("title")).toString(), QStringLiteral("Integration"));
        QCOMPARE(note.value(QStringLiteral("body")).toString(),
            QStringLiteral("I remembered the lighthouse.\nSecond paragraph."));
        QCOMPARE(note.value(QStringLiteral("tags")).toArray(), QJsonArray({ QStringLiteral("insight") }));

        // --latest-session links to the newest session.
        result = cli(QStringLiteral("add-note"),
            { QStringLiteral("--latest-session"), QStringLiteral("--body"), QStringLiteral("Later thoughts") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("(session %1)").arg(sessionId)));

        // A session that does not exist is refused and nothing is written.
        const QByteArray before = kaptest::readAll(m_journal);
        result = cli(QStringLiteral("add-note"),
            { QStringLiteral("--session"), QStringLiteral("999"), QStringLiteral("--body"), QStringLiteral("x") });
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains(QStringLiteral("no session 999")));
        QCOMPARE(kaptest::readAll(m_journal), before);
    }

    void addNoteFreeStandingAndLatestWithoutSessions()
    {
        Run result = cli(QStringLiteral("add-note"),
            { QStringLiteral("--latest-session"), QStringLiteral("--body"), QStringLiteral("x") });
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains(QStringLiteral("no session yet")));
        result = cli(QStringLiteral("add-note"),
            { QStringLiteral("--body"), QStringLiteral("Just a thought"), QStringLiteral("--at"),
                QStringLiteral("2026-03-05T21:00+01:00") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject note = record(listItems().at(0));
        QVERIFY(note.value(QStringLiteral("sessionId")).isNull());
        QCOMPARE(note.value(QStringLiteral("writtenAt")).toString(), QStringLiteral("2026-03-05T21:00:00.000+01:00"));
    }

    void searchFindsNotesAndSessions()
    {
        QCOMPARE(cli(QStringLiteral("add-note"),
                     { QStringLiteral("--title"), QStringLiteral("Lighthouse"), QStringLiteral("--body"),
                         QStringLiteral("The lighthouse keeper waved") })
                     .exitCode,
            0);
        QCOMPARE(cli(QStringLiteral("add-note"), { QStringLiteral("--body"), QStringLiteral("Nothing about the sea") })
                     .exitCode,
            0);
        Run result = cli(QStringLiteral("search"), { QStringLiteral("lighth"), QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject document = parseJson(result.out);
        QCOMPARE(document.value(QStringLiteral("schema")).toString(), QStringLiteral("kapjournal-search/1"));
        const QJsonArray items = document.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Lighthouse"));
        const QString snippet = items.at(0).toObject().value(QStringLiteral("snippet")).toString();
        QVERIFY(snippet.contains(QStringLiteral("Lighthouse"), Qt::CaseInsensitive));
        QVERIFY(!snippet.contains(QChar(0xE000))); // the match markers are not in the JSON

        // Every word must match; text output marks the matched word.
        result = cli(QStringLiteral("search"), { QStringLiteral("keeper waved") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("[keeper]")), qPrintable(result.out));
        QCOMPARE(result.out.count(QLatin1Char('\n')), 1);
        result = cli(QStringLiteral("search"), { QStringLiteral("keeper sea") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Nothing found")));

        // Session text is searched too.
        result = cli(QStringLiteral("add-session"),
            { QStringLiteral("--intention"), QStringLiteral("Watch the ferry"), QStringLiteral("--experience"),
                QStringLiteral("Everything felt like a slow ferry crossing") });
        QCOMPARE(result.exitCode, 0);
        const qint64 sessionId = addedId(result, QStringLiteral("session"));
        result = cli(QStringLiteral("search"), { QStringLiteral("ferry"), QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        const QJsonArray sessionHits = parseJson(result.out).value(QStringLiteral("items")).toArray();
        QCOMPARE(sessionHits.size(), 1);
        QCOMPARE(sessionHits.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("session"));
        QCOMPARE(sessionHits.at(0).toObject().value(QStringLiteral("id")).toInteger(), sessionId);

        result = cli(QStringLiteral("search"), { QStringLiteral("volcano") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Nothing found")));

        // FTS syntax in the query is harmless.
        result = cli(QStringLiteral("search"), { QStringLiteral("\"light* OR NEAR("), QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(parseJson(result.out).contains(QStringLiteral("items")));
    }

    void addPhaseAndListOverlap()
    {
        Run result = cli(QStringLiteral("add-phase"),
            { QStringLiteral("--kind"), QStringLiteral("induction"), QStringLiteral("--start"),
                QStringLiteral("2026-03-01"), QStringLiteral("--end"), QStringLiteral("2026-03-20"),
                QStringLiteral("--label"), QStringLiteral("First course") });
        QCOMPARE(result.exitCode, 0);
        const qint64 induction = addedId(result, QStringLiteral("phase"));
        result = cli(QStringLiteral("add-phase"),
            { QStringLiteral("--kind"), QStringLiteral("maintenance"), QStringLiteral("--start"),
                QStringLiteral("2026-03-21") });
        QCOMPARE(result.exitCode, 0);
        const qint64 maintenance = addedId(result, QStringLiteral("phase"));

        QJsonArray items = listItems({ QStringLiteral("--kind"), QStringLiteral("phase") });
        QCOMPARE(items.size(), 2);
        QCOMPARE(record(items.at(0)).value(QStringLiteral("id")).toInteger(), induction);
        QCOMPARE(record(items.at(0)).value(QStringLiteral("kind")).toString(), QStringLiteral("induction"));
        QCOMPARE(record(items.at(0)).value(QStringLiteral("end")).toString(), QStringLiteral("2026-03-20"));
        QCOMPARE(record(items.at(0)).value(QStringLiteral("label")).toString(), QStringLiteral("First course"));
        QVERIFY(record(items.at(1)).value(QStringLiteral("end")).isNull());

        items = listItems({ QStringLiteral("--kind"), QStringLiteral("phase"), QStringLiteral("--from"),
            QStringLiteral("2026-04-01") });
        QCOMPARE(items.size(), 1);
        QCOMPARE(record(items.at(0)).value(QStringLiteral("id")).toInteger(), maintenance);
    }

    void addQuestionnaireScoresAndWarnsOnItem9()
    {
        Run result = cli(QStringLiteral("add-questionnaire"),
            { QStringLiteral("--kind"), QStringLiteral("phq9"), QStringLiteral("--answers"),
                QStringLiteral("2,2,1,2,1,2,1,2,1"), QStringLiteral("--at"),
                QStringLiteral("2026-03-02T20:00+01:00") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(addedId(result, QStringLiteral("questionnaire")) > 0);
        QVERIFY2(result.out.contains(QStringLiteral("total 14 of 27, moderate")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("988")));
        QVERIFY(result.out.contains(QStringLiteral("not monitored")));
        QVERIFY(result.out.contains(QStringLiteral("emergency")));
        QVERIFY(result.out.contains(QStringLiteral("findahelpline.com")));
        // Before saving: the crisis text comes first...
        QVERIFY(result.out.indexOf(QStringLiteral("988")) < result.out.indexOf(QStringLiteral("Added questionnaire")));
        // ...and is shown even when the save cannot happen (a wrong passphrase).
        const QString wrongPass = m_dir->filePath(QStringLiteral("wrong-pass"));
        writeFile(wrongPass, "not the passphrase\n");
        const Run unsaved = run({ QStringLiteral("add-questionnaire"), QStringLiteral("--journal"), m_journal,
            QStringLiteral("--passphrase-file"), wrongPass, QStringLiteral("--kind"), QStringLiteral("phq9"),
            QStringLiteral("--answers"), QStringLiteral("0,0,0,0,0,0,0,0,1") });
        QVERIFY(unsaved.exitCode != 0);
        QVERIFY2(unsaved.out.contains(QStringLiteral("988")), qPrintable(unsaved.out));

        result = cli(QStringLiteral("add-questionnaire"),
            { QStringLiteral("--kind"), QStringLiteral("gad7"), QStringLiteral("--answers"),
                QStringLiteral("3,3,3,3,3,3,3"), QStringLiteral("--at"), QStringLiteral("2026-03-03T20:00+01:00") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("total 21 of 21, severe")));
        QVERIFY(!result.out.contains(QStringLiteral("988")));

        result = cli(QStringLiteral("add-questionnaire"),
            { QStringLiteral("--kind"), QStringLiteral("phq9"), QStringLiteral("--answers"),
                QStringLiteral("0,0,0,0,0,0,0,0,0"), QStringLiteral("--at"),
                QStringLiteral("2026-03-04T20:00+01:00") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("total 0 of 27, minimal")));
        QVERIFY(!result.out.contains(QStringLiteral("988")));

        const QJsonArray items = listItems({ QStringLiteral("--kind"), QStringLiteral("questionnaire") });
        QCOMPARE(items.size(), 3);
        const QJsonObject first = record(items.at(0));
        QCOMPARE(first.value(QStringLiteral("kind")).toString(), QStringLiteral("phq9"));
        QCOMPARE(first.value(QStringLiteral("total")).toInt(), 14);
        QCOMPARE(first.value(QStringLiteral("severity")).toString(), QStringLiteral("moderate"));
        QCOMPARE(first.value(QStringLiteral("item9Flag")).toBool(), true);
        QCOMPARE(first.value(QStringLiteral("answers")).toArray().size(), 9);
        QCOMPARE(record(items.at(1)).value(QStringLiteral("severity")).toString(), QStringLiteral("severe"));
        QCOMPARE(record(items.at(1)).value(QStringLiteral("item9Flag")).toBool(), false);

        // Output into a pipe nobody reads any more (`| head -1` after its line): the first write
        // raises SIGPIPE, which must not end the process before the save.
        int fds[2] = { -1, -1 };
        QVERIFY(::pipe(fds) == 0);
        ::close(fds[0]); // nobody will ever read
        const int writeEnd = fds[1];
        QProcess closed;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir->path());
        closed.setProcessEnvironment(env);
        closed.setChildProcessModifier([writeEnd] { ::dup2(writeEnd, STDOUT_FILENO); });
        closed.start(m_program,
            { QStringLiteral("add-questionnaire"), QStringLiteral("--journal"), m_journal,
                QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--kind"), QStringLiteral("phq9"),
                QStringLiteral("--answers"), QStringLiteral("1,1,1,1,1,1,1,1,1"), QStringLiteral("--at"),
                QStringLiteral("2026-03-05T20:00+01:00") });
        const bool started = closed.waitForStarted(10000);
        ::close(writeEnd);
        QVERIFY(started);
        QVERIFY(closed.waitForFinished(60000));
        QCOMPARE(closed.exitStatus(), QProcess::NormalExit);
        QCOMPARE(listItems({ QStringLiteral("--kind"), QStringLiteral("questionnaire") }).size(), 4);
    }

    /// One JSON shape per record type: each record's object in `list --json` equals the same
    /// record's object in `export-json` (JsonExportFormat::toJson makes both).
    void listJsonRecordsEqualExportJson()
    {
        const QList<QStringList> adds {
            { QStringLiteral("add-phase"), QStringLiteral("--kind"), QStringLiteral("induction"),
                QStringLiteral("--start"), QStringLiteral("2026-03-01"), QStringLiteral("--end"),
                QStringLiteral("2026-03-20"), QStringLiteral("--label"), QStringLiteral("First course") },
            { QStringLiteral("add-session"), QStringLiteral("--at"), QStringLiteral("2026-03-03T09:00-05:00"),
                QStringLiteral("--modality"), QStringLiteral("kap"), QStringLiteral("--route"),
                QStringLiteral("sublingual"), QStringLiteral("--dose-mg"), QStringLiteral("150.5"),
                QStringLiteral("--vitals"), QStringLiteral("during+40 141/90 hr=77 spo2=96"),
                QStringLiteral("--side-effects"), QStringLiteral("nausea"), QStringLiteral("--cost"),
                QStringLiteral("250.00"), QStringLiteral("--currency"), QStringLiteral("usd") },
            { QStringLiteral("add-note"), QStringLiteral("--latest-session"), QStringLiteral("--title"),
                QStringLiteral("After"), QStringLiteral("--body"), QStringLiteral("Quiet"), QStringLiteral("--tags"),
                QStringLiteral("calm") },
            { QStringLiteral("add-checkin"), QStringLiteral("--mood"), QStringLiteral("6"), QStringLiteral("--at"),
                QStringLiteral("2026-03-04T08:15+01:00"), QStringLiteral("--sleep"), QStringLiteral("7") },
            { QStringLiteral("add-questionnaire"), QStringLiteral("--kind"), QStringLiteral("gad7"),
                QStringLiteral("--answers"), QStringLiteral("1,2,1,0,1,2,1"), QStringLiteral("--at"),
                QStringLiteral("2026-03-05T20:00+01:00") },
        };
        for (const QStringList& add : adds) {
            const Run added = cli(add.first(), add.mid(1));
            QVERIFY2(added.exitCode == 0, qPrintable(add.first() + QLatin1Char(' ') + added.err));
        }

        const Run exported = cli(QStringLiteral("export-json"));
        QCOMPARE(exported.exitCode, 0);
        const QJsonObject document = parseJson(exported.out);
        QCOMPARE(document.value(QStringLiteral("format")).toString(), QStringLiteral("kapjournal-export"));
        const QHash<QString, QString> listOf { { QStringLiteral("phase"), QStringLiteral("phases") },
            { QStringLiteral("session"), QStringLiteral("sessions") },
            { QStringLiteral("note"), QStringLiteral("notes") },
            { QStringLiteral("checkin"), QStringLiteral("checkins") },
            { QStringLiteral("questionnaire"), QStringLiteral("questionnaires") } };

        const QJsonArray items = listItems();
        QCOMPARE(items.size(), 5);
        QSet<QString> kinds;
        for (const QJsonValue& item : items) {
            const QString kind = item.toObject().value(QStringLiteral("kind")).toString();
            QVERIFY2(listOf.contains(kind), qPrintable(kind));
            kinds.insert(kind);
            const QJsonObject listed = record(item);
            const QJsonArray exportedList = document.value(listOf.value(kind)).toArray();
            QCOMPARE(exportedList.size(), 1);
            QCOMPARE(listed, exportedList.at(0).toObject());
        }
        QCOMPARE(kinds.size(), 5);
    }

    /// The app's strength rule holds on the command line too: a weak chosen passphrase or password
    /// is refused (exit 2, the rule's advice, nothing written) by create, change-passphrase, backup
    /// with its own passphrase and report; a strong one goes through (create and change-passphrase
    /// with strong ones: createWithProductionKdf, changePassphrase).
    void weakChosenPassphraseIsRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("refusal");
        QTest::newRow("create") << QStringLiteral("create") << QStringLiteral("The passphrase is too easy to guess");
        QTest::newRow("change-passphrase")
            << QStringLiteral("change-passphrase") << QStringLiteral("The new passphrase is too easy to guess");
        QTest::newRow("backup") << QStringLiteral("backup")
                                << QStringLiteral("The backup passphrase is too easy to guess");
        QTest::newRow("report") << QStringLiteral("report")
                                << QStringLiteral("The export password is too easy to guess");
    }
    void weakChosenPassphraseIsRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, refusal);
        const QString weak = m_dir->filePath(QStringLiteral("weak.txt"));
        writeFile(weak, "password1\n");
        const QString strong = m_dir->filePath(QStringLiteral("strong.txt"));
        writeFile(strong, "violet export kettle meadow\n"); // also fits a PDF password
        const QString target = m_dir->filePath(QStringLiteral("target"));
        const auto arguments = [&](const QString& chosen) -> QStringList {
            if (command == QLatin1String("create")) {
                return { command, QStringLiteral("--journal"), target, QStringLiteral("--passphrase-file"), chosen };
            }
            QStringList base { command, QStringLiteral("--journal"), m_journal, QStringLiteral("--passphrase-file"),
                m_passFile };
            if (command == QLatin1String("change-passphrase")) {
                return base << QStringLiteral("--new-passphrase-file") << chosen;
            }
            if (command == QLatin1String("backup")) {
                return base << target << QStringLiteral("--backup-passphrase-file") << chosen;
            }
            return base << QStringLiteral("-o") << target << QStringLiteral("--password-file") << chosen;
        };
        const QByteArray before = kaptest::readAll(m_journal);
        Run result = run(arguments(weak));
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(refusal), qPrintable(result.err));
        // The rule's own words: its label and its advice.
        QVERIFY2(result.err.contains(QStringLiteral("(Very weak). Too easy to guess. Add a few unrelated words.")),
            qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(kaptest::readAll(m_journal), before);
        QVERIFY(kaptest::openJournal(m_journal) != nullptr); // the old passphrase still opens it

        if (command == QLatin1String("create") || command == QLatin1String("change-passphrase")) {
            return; // strong ones: createWithProductionKdf, changePassphrase (each costs a production KDF)
        }
        result = run(arguments(strong));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFileInfo::exists(target));
    }

    void listFiltersByKindAndRange()
    {
        for (const char* at : { "2026-03-01T08:00+01:00", "2026-03-02T08:00+01:00", "2026-03-03T08:00+01:00" }) {
            QCOMPARE(
                cli(QStringLiteral("add-checkin"),
                    { QStringLiteral("--mood"), QStringLiteral("5"), QStringLiteral("--at"), QString::fromUtf8(at) })
                    .exitCode,
                0);
        }
        QCOMPARE(cli(QStringLiteral("add-note"),
                     { QStringLiteral("--body"), QStringLiteral("n"), QStringLiteral("--at"),
                         QStringLiteral("2026-03-02T12:00+01:00") })
                     .exitCode,
            0);
        QCOMPARE(listItems().size(), 4);
        QJsonArray items = listItems({ QStringLiteral("--from"), QStringLiteral("2026-03-02"), QStringLiteral("--to"),
            QStringLiteral("2026-03-02") });
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("checkin"));
        QCOMPARE(items.at(1).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("note"));
        items = listItems({ QStringLiteral("--kind"), QStringLiteral("checkin"), QStringLiteral("--from"),
            QStringLiteral("2026-03-02") });
        QCOMPARE(items.size(), 2);
        // Repeated and comma-separated --kind.
        QCOMPARE(listItems({ QStringLiteral("--kind"), QStringLiteral("note"), QStringLiteral("--kind"),
                               QStringLiteral("session,phase") })
                     .size(),
            1);

        // Oldest first in the text output too.
        const Run result = cli(QStringLiteral("list"));
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        QVERIFY(lines.at(0).startsWith(QStringLiteral("2026-03-01 08:00")));
        QVERIFY(lines.at(3).startsWith(QStringLiteral("2026-03-03 08:00")));
    }

    void wrongPassphraseExits2AndLeavesFileUnchanged()
    {
        const QByteArray before = kaptest::readAll(m_journal);
        const QString wrong = m_dir->filePath(QStringLiteral("wrong.txt"));
        writeFile(wrong, "not the passphrase\n");
        for (const QStringList& arguments : { QStringList { QStringLiteral("list") },
                 QStringList { QStringLiteral("add-checkin"), QStringLiteral("--mood"), QStringLiteral("5") },
                 QStringList { QStringLiteral("verify") } }) {
            const Run result = run(arguments
                + QStringList { QStringLiteral("--journal"), m_journal, QStringLiteral("--passphrase-file"), wrong });
            QCOMPARE(result.exitCode, 2);
            QVERIFY2(result.err.contains(QStringLiteral("does not open this journal")), qPrintable(result.err));
            // One sentence, no library log lines (SQLCipher 4 logs every failed HMAC unless told not to).
            QVERIFY2(!result.err.trimmed().contains(QLatin1Char('\n')), qPrintable(result.err));
            QVERIFY(result.out.isEmpty());
            QCOMPARE(kaptest::readAll(m_journal), before);
        }
        QVERIFY(!QFile::exists(m_journal + QStringLiteral("-journal")));
    }

    void fileProblemsExit3()
    {
        Run result = run({ QStringLiteral("list"), QStringLiteral("--journal"),
            m_dir->filePath(QStringLiteral("none.kapj")), QStringLiteral("--passphrase-file"), m_passFile });
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("There is no journal")));

        const QString random = m_dir->filePath(QStringLiteral("random.kapj"));
        QByteArray noise(4096, '\0');
        for (int i = 0; i < noise.size(); ++i) {
            noise[i] = char((i * 7919 + 13) % 251);
        }
        writeFile(random, noise);
        result = run({ QStringLiteral("list"), QStringLiteral("--journal"), random, QStringLiteral("--passphrase-file"),
            m_passFile });
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("not a KAP Journal")), qPrintable(result.err));
        QCOMPARE(kaptest::readAll(random), noise);

        result = cli(QStringLiteral("list"), {});
        QCOMPARE(result.exitCode, 0);
        result = run({ QStringLiteral("list"), QStringLiteral("--journal"), m_journal,
            QStringLiteral("--passphrase-file"), m_dir->filePath(QStringLiteral("missing-pass.txt")) });
        QCOMPARE(result.exitCode, 3);
        QVERIFY(result.err.contains(QStringLiteral("passphrase file")));
    }

    void journalInUseExits3()
    {
        auto journal = kaptest::openJournal(m_journal);
        QVERIFY(journal);
        const Run result = cli(QStringLiteral("list"));
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("already open")), qPrintable(result.err));
    }

    void globalJournalOptionBeforeCommand()
    {
        const Run result = run({ QStringLiteral("--journal"), m_journal, QStringLiteral("list"),
            QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(parseJson(result.out).value(QStringLiteral("schema")).toString(), QStringLiteral("kapjournal-list/2"));
    }

    void verifyOk()
    {
        QCOMPARE(cli(QStringLiteral("add-checkin"), { QStringLiteral("--mood"), QStringLiteral("6") }).exitCode, 0);
        const Run result = cli(QStringLiteral("verify"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("No problems found")));
    }

    void verifyReportsDamage()
    {
        {
            auto journal = kaptest::openJournal(m_journal);
            QVERIFY(journal);
            for (int i = 0; i < 40; ++i) {
                kap::IntegrationNote note;
                note.writtenAt = kaptest::fixedNow().addDays(i);
                note.body = QStringLiteral("Note %1 ").arg(i) + QString(600, QLatin1Char('x'));
                QVERIFY(journal->notes().add(note));
            }
        }
        QCOMPARE(cli(QStringLiteral("verify")).exitCode, 0);
        // Flip one byte inside the last page (in use: the notes just written).
        QFile file(m_journal);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 offset = file.size() - 500;
        QVERIFY(file.seek(offset));
        char byte = 0;
        QVERIFY(file.getChar(&byte));
        QVERIFY(file.seek(offset));
        QVERIFY(file.putChar(char(byte ^ 0x5a)));
        file.close();

        const Run result = cli(QStringLiteral("verify"));
        QCOMPARE(result.exitCode, 5);
        QVERIFY2(result.err.contains(QStringLiteral("damaged")) || result.out.contains(QStringLiteral("Problems")),
            qPrintable(result.err + result.out));
        QCOMPARE(cli(QStringLiteral("list")).exitCode, 3);
    }

    void changePassphrase()
    {
        QCOMPARE(cli(QStringLiteral("add-checkin"), { QStringLiteral("--mood"), QStringLiteral("4") }).exitCode, 0);
        const QString newPass = m_dir->filePath(QStringLiteral("new.txt"));
        writeFile(newPass, "a brand new passphrase\n");

        // Wrong current passphrase: exit 2, nothing changed.
        const QByteArray before = kaptest::readAll(m_journal);
        Run result = run({ QStringLiteral("change-passphrase"), QStringLiteral("--journal"), m_journal,
            QStringLiteral("--passphrase-file"), newPass, QStringLiteral("--new-passphrase-file"), m_passFile });
        QCOMPARE(result.exitCode, 2);
        QCOMPARE(kaptest::readAll(m_journal), before);

        result = cli(QStringLiteral("change-passphrase"), { QStringLiteral("--new-passphrase-file"), newPass });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("Changed the passphrase")));

        QCOMPARE(cli(QStringLiteral("list")).exitCode, 2);
        result = run({ QStringLiteral("list"), QStringLiteral("--journal"), m_journal,
            QStringLiteral("--passphrase-file"), newPass, QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(parseJson(result.out).value(QStringLiteral("items")).toArray().size(), 1);

        // Both passphrases from standard input, one line each; an empty new one is refused.
        result = run({ QStringLiteral("change-passphrase"), QStringLiteral("--journal"), m_journal,
                         QStringLiteral("--passphrase-file"), QStringLiteral("/dev/stdin"),
                         QStringLiteral("--new-passphrase-file"), QStringLiteral("/dev/stdin") },
            "a brand new passphrase\n\n");
        QCOMPARE(result.exitCode, 2);
        result = run({ QStringLiteral("change-passphrase"), QStringLiteral("--journal"), m_journal,
                         QStringLiteral("--passphrase-file"), QStringLiteral("-"),
                         QStringLiteral("--new-passphrase-file"), QStringLiteral("-") },
            "a brand new passphrase\n" + kaptest::Passphrase.toUtf8() + "\n");
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(cli(QStringLiteral("verify")).exitCode, 0);
    }

    /// Copies of the journal beside it, keyed with `passphrase` (the journal's at the time).
    QStringList makeCopies(const QString& passphrase, const QStringList& names)
    {
        auto journal = kaptest::openJournal(m_journal, passphrase);
        if (!journal) {
            return {};
        }
        QStringList made;
        for (const QString& name : names) {
            const QString path = m_dir->filePath(name);
            if (!journal->copyTo(path)) {
                return {};
            }
            made << path;
        }
        return made;
    }

    static bool opensWith(const QString& path, const QString& passphrase)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            return false;
        }
        auto header = kap::KdfHeader::parse(file.read(kap::KdfHeader::Size));
        auto key = header ? kap::deriveKey(kap::SecureBytes::fromString(passphrase), header.value())
                          : kap::Result<kap::SecureBytes>(header.error());
        return key && kap::Journal::checkKey(path, kap::rawKeySpec(key.value(), header.value())).ok();
    }

    /// change-passphrase from `from` to `to` with `extra` options.
    Run changeFromTo(const QString& from, const QString& to, const QStringList& extra = {})
    {
        const QString fromFile = m_dir->filePath(QStringLiteral("from.txt"));
        const QString toFile = m_dir->filePath(QStringLiteral("to.txt"));
        writeFile(fromFile, from.toUtf8() + "\n");
        writeFile(toFile, to.toUtf8() + "\n");
        return run(QStringList { QStringLiteral("change-passphrase"), QStringLiteral("--journal"), m_journal,
                       QStringLiteral("--passphrase-file"), fromFile, QStringLiteral("--new-passphrase-file"), toFile }
            + extra);
    }

    /// --old-copies: the copies beside the journal that the old passphrase opens are counted
    /// (no option), kept, re-encrypted or deleted; a copy with its own passphrase is never touched.
    void changePassphraseOldCopies()
    {
        const QString p1 = QStringLiteral("first maple lantern orbit");
        const QString p2 = QStringLiteral("second maple lantern orbit");
        const QString p3 = QStringLiteral("third maple lantern orbit");
        const QString p4 = QStringLiteral("fourth maple lantern orbit");
        const QStringList first = makeCopies(kaptest::Passphrase,
            { QStringLiteral("test.kapj.20260101T000000Z.backup"),
                QStringLiteral("test.kapj.20260101T000000Z.before-restore") });
        QCOMPARE(first.size(), 2);
        const QString own = m_dir->filePath(QStringLiteral("test.kapj.20260102T000000Z.backup"));
        QVERIFY(kap::Journal::create(
            own, kap::SecureBytes::fromString(QStringLiteral("its own")), kap::KdfParams::fastForTests()));

        // A wrong choice is refused before anything happens.
        const QByteArray before = kaptest::readAll(m_journal);
        Run result = changeFromTo(kaptest::Passphrase, p1, { QStringLiteral("--old-copies=shred") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QLatin1String("reencrypt, delete or keep")), qPrintable(result.err));
        QCOMPARE(kaptest::readAll(m_journal), before);

        // No option: the number and the files, on stderr; nothing touched.
        result = changeFromTo(kaptest::Passphrase, p1);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(QLatin1String("2 copies beside the journal")), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("--old-copies=reencrypt")));
        for (const QString& copy : first) {
            QVERIFY2(result.err.contains(copy), qPrintable(result.err));
            QVERIFY(opensWith(copy, kaptest::Passphrase));
        }
        QVERIFY(!result.err.contains(own));

        // keep: said, and kept.
        const QStringList second = makeCopies(p1, { QStringLiteral("test.kapj.20260103T000000Z.backup") });
        QCOMPARE(second.size(), 1);
        const QByteArray kept = kaptest::readAll(second.first());
        result = changeFromTo(p1, p2, { QStringLiteral("--old-copies=keep") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("Kept 1 ")), qPrintable(result.out));
        QCOMPARE(kaptest::readAll(second.first()), kept);

        // reencrypt: one copy cannot be (a folder is in the way of its working file): exit 3 naming
        // it, the other is re-encrypted; older copies under other passphrases stay as they are.
        const QStringList third = makeCopies(p2,
            { QStringLiteral("test.kapj.20260104T000000Z.backup"),
                QStringLiteral("test.kapj.v4-20260104T000000Z.bak") });
        QCOMPARE(third.size(), 2);
        QVERIFY(QDir().mkdir(third.at(1) + QStringLiteral(".rekey")));
        result = changeFromTo(p2, p3, { QStringLiteral("--old-copies"), QStringLiteral("reencrypt") });
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.out.contains(QLatin1String("Re-encrypted 1 ")), qPrintable(result.out));
        QVERIFY2(result.err.contains(QLatin1String("could not be re-encrypted")), qPrintable(result.err));
        QVERIFY(result.err.contains(third.at(1)));
        QVERIFY(opensWith(third.at(0), p3));
        QVERIFY(!opensWith(third.at(0), p2));
        QVERIFY(opensWith(third.at(1), p2));
        QVERIFY(opensWith(first.at(0), kaptest::Passphrase));
        QVERIFY(opensWith(own, QStringLiteral("its own")));
        QVERIFY(QDir().rmdir(third.at(1) + QStringLiteral(".rekey")));
        QVERIFY(QFile::remove(third.at(1)));

        // delete: the copy that opens with the old passphrase goes, the others stay.
        result = changeFromTo(p3, p4, { QStringLiteral("--old-copies=delete") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QLatin1String("Deleted 1 ")), qPrintable(result.out));
        QVERIFY(!QFile::exists(third.at(0)));
        QVERIFY(QFile::exists(second.first()));
        QVERIFY(QFile::exists(own));
    }

    /// A directory fsync that fails after a successful rename (injected with an LD_PRELOAD shim):
    /// create, change-passphrase and backup report success (exit 0) with a warning on stderr, and
    /// the file on disk is the new one: the new passphrase opens the journal, the old one fails.
    void failedFolderFlushIsNotAFailure()
    {
        const QString shim = kaptest::helperPath(QStringLiteral("kap_fail_dir_fsync.so"));
        QVERIFY2(QFile::exists(shim), qPrintable(shim));
        QProcessEnvironment env;
        env.insert(QStringLiteral("LD_PRELOAD"), shim);
        env.insert(QStringLiteral("KAP_TEST_FAIL_DIR_FSYNC"), QStringLiteral("1"));
        // Sanitizer builds: the shim is loaded before the ASan runtime; that is fine here.
        const QString asan = qEnvironmentVariable("ASAN_OPTIONS");
        env.insert(QStringLiteral("ASAN_OPTIONS"),
            asan.isEmpty() ? QStringLiteral("verify_asan_link_order=0")
                           : asan + QStringLiteral(":verify_asan_link_order=0"));
        const QString unconfirmed = QStringLiteral("could not confirm that it reached the disk");

        // create: the journal exists and opens; the warning says so instead of a failure.
        const QString created = m_dir->filePath(QStringLiteral("flushless.kapj"));
        Run result = run({ QStringLiteral("create"), QStringLiteral("--journal"), created,
                             QStringLiteral("--passphrase-file"), m_passFile },
            {}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(unconfirmed), qPrintable(result.err)); // also proves the shim is active
        QVERIFY(result.out.contains(QLatin1String("Created the journal")));
        QVERIFY(kaptest::openJournal(created));
        QVERIFY(!QFileInfo::exists(created + QStringLiteral(".creating")));

        // change-passphrase: success, and only the new passphrase opens the file.
        QCOMPARE(cli(QStringLiteral("add-checkin"), { QStringLiteral("--mood"), QStringLiteral("6") }).exitCode, 0);
        const QString newPass = m_dir->filePath(QStringLiteral("new.txt"));
        writeFile(newPass, "flush or no flush\n");
        result = run(
            { QStringLiteral("change-passphrase"), QStringLiteral("--journal"), m_journal,
                QStringLiteral("--passphrase-file"), m_passFile, QStringLiteral("--new-passphrase-file"), newPass },
            {}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QLatin1String("Changed the passphrase")));
        QVERIFY2(result.err.contains(unconfirmed), qPrintable(result.err));
        QVERIFY(result.err.contains(QLatin1String("Only the new passphrase opens the journal now")));
        QCOMPARE(kap::Journal::open(m_journal, kap::SecureBytes::fromString(kaptest::Passphrase)).code(),
            kap::ErrorCode::WrongPassphrase);
        {
            auto reopened = kaptest::openJournal(m_journal, QStringLiteral("flush or no flush"));
            QVERIFY(reopened);
            QCOMPARE(reopened->checkins().list()->size(), 1);
            QVERIFY(reopened->verify());
        }
        QVERIFY(!QFileInfo::exists(m_journal + QStringLiteral(".rekey")));

        // backup: written, opens, with the same warning.
        const QString backup = m_dir->filePath(QStringLiteral("flushless.backup"));
        result = run({ QStringLiteral("backup"), QStringLiteral("--journal"), m_journal,
                         QStringLiteral("--passphrase-file"), newPass, backup },
            {}, env);
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.err.contains(unconfirmed), qPrintable(result.err));
        QVERIFY(kaptest::openJournal(backup, QStringLiteral("flush or no flush")));
    }

    void terminalPromptDoesNotEcho()
    {
        // create asks twice; nothing typed is echoed back.
        const QString path = m_dir->filePath(QStringLiteral("tty.kapj"));
        {
            TerminalSession terminal(m_program, { QStringLiteral("create"), QStringLiteral("--journal"), path });
            QVERIFY(terminal.started());
            QVERIFY2(terminal.waitFor("New passphrase for "), terminal.transcript().constData());
            QVERIFY(!(terminal.localFlags() & ECHO));
            terminal.type("typed at the terminal\n");
            QVERIFY2(terminal.waitFor("The same passphrase again: "), terminal.transcript().constData());
            terminal.type("typed at the terminal\n");
            const int status = terminal.finish();
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 0);
            QVERIFY(!terminal.transcript().contains("typed at"));
            QVERIFY(terminal.localFlags() & ECHO); // put back
        }
        QVERIFY(kaptest::openJournal(path, QStringLiteral("typed at the terminal")) != nullptr);

        // Two different entries: exit 2, no file.
        const QString other = m_dir->filePath(QStringLiteral("tty2.kapj"));
        {
            TerminalSession terminal(m_program, { QStringLiteral("create"), QStringLiteral("--journal"), other });
            QVERIFY(terminal.waitFor("New passphrase for "));
            terminal.type("first try\n");
            QVERIFY(terminal.waitFor("again: "));
            terminal.type("second try\n");
            const int status = terminal.finish();
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 2);
            QVERIFY(terminal.transcript().contains("differ"));
        }
        QVERIFY(!QFile::exists(other));

        // Opening asks once (the test journal uses the fast KDF).
        {
            TerminalSession terminal(m_program, { QStringLiteral("verify"), QStringLiteral("--journal"), m_journal });
            QVERIFY(terminal.waitFor("Passphrase for "));
            terminal.type(kaptest::Passphrase.toUtf8() + "\n");
            const int status = terminal.finish();
            QVERIFY(WIFEXITED(status));
            QCOMPARE(WEXITSTATUS(status), 0);
            QVERIFY(terminal.transcript().contains("No problems found"));
            QVERIFY(!terminal.transcript().contains(kaptest::Passphrase.toUtf8()));
        }
    }

    void interruptedPromptRestoresEcho()
    {
        TerminalSession terminal(m_program, { QStringLiteral("list"), QStringLiteral("--journal"), m_journal });
        QVERIFY(terminal.started());
        QVERIFY(terminal.waitFor("Passphrase for "));
        QVERIFY(!(terminal.localFlags() & ECHO));
        terminal.type("half a pass");
        terminal.type("\x03"); // Ctrl+C
        const int status = terminal.finish();
        QVERIFY(WIFSIGNALED(status));
        QCOMPARE(WTERMSIG(status), SIGINT);
        QVERIFY(terminal.localFlags() & ECHO);
    }

    /// `kapjournal-cli COMMAND JOURNAL ...` (no --journal): commands without arguments of their
    /// own take any file name; search and delete take a .kapj file before their own arguments.
    void journalAsFirstArgument()
    {
        const QString note = m_dir->filePath(QStringLiteral("note.txt"));
        writeFile(note, "Rainy, low energy.\n");
        const QStringList pass { QStringLiteral("--passphrase-file"), m_passFile };
        Run result = run(QStringList { QStringLiteral("add-checkin"), m_journal, QStringLiteral("--mood"),
                             QStringLiteral("4"), QStringLiteral("--note-file"), note }
            + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const qint64 checkin = addedId(result, QStringLiteral("check-in"));
        QVERIFY(checkin > 0);
        writeFile(note, "Harbour walks between sessions.\n");
        result = run(
            QStringList { QStringLiteral("add-phase"), m_journal, QStringLiteral("--kind"), QStringLiteral("induction"),
                QStringLiteral("--start"), QStringLiteral("2026-01-05"), QStringLiteral("--notes-file"), note }
            + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        result = run(QStringList { QStringLiteral("list"), m_journal, QStringLiteral("--json") } + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(parseJson(result.out).value(QStringLiteral("items")).toArray().size(), 2);
        // Options before the journal, one of them with a value: only the last word is the journal.
        result = run(QStringList { QStringLiteral("list"), QStringLiteral("--kind"), QStringLiteral("phase"),
                         QStringLiteral("--json"), m_journal }
            + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(parseJson(result.out).value(QStringLiteral("items")).toArray().size(), 1);

        // search JOURNAL QUERY finds check-in notes and phase notes and says where.
        result = run(QStringList { QStringLiteral("search"), m_journal, QStringLiteral("rainy") } + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY2(result.out.contains(QStringLiteral("[Rainy], low energy.  (found in: check-in note)")),
            qPrintable(result.out));
        result = run(
            QStringList { QStringLiteral("search"), m_journal, QStringLiteral("harbour"), QStringLiteral("--json") }
            + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonArray hits = parseJson(result.out).value(QStringLiteral("items")).toArray();
        QCOMPARE(hits.size(), 1);
        const QJsonObject phase = hits.at(0).toObject();
        QCOMPARE(phase.value(QStringLiteral("kind")).toString(), QStringLiteral("phase"));
        QCOMPARE(phase.value(QStringLiteral("at")).toString(), QStringLiteral("2026-01-05"));
        QCOMPARE(phase.value(QStringLiteral("found_in")).toArray(), QJsonArray { QStringLiteral("phase_notes") });
        QCOMPARE(phase.value(QStringLiteral("snippet_field")).toString(), QStringLiteral("phase_notes"));
        // The safe spelling of the query: from a file, after the journal.
        const QString query = m_dir->filePath(QStringLiteral("query.txt"));
        writeFile(query, "low energy\n");
        result = run(QStringList { QStringLiteral("search"), m_journal, QStringLiteral("--query-file"), query,
                         QStringLiteral("--json") }
            + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(parseJson(result.out).value(QStringLiteral("items")).toArray().size(), 1);
        QVERIFY2(!result.err.contains(QStringLiteral("Warning")), qPrintable(result.err)); // nothing inline
        // A query alone is still the query.
        result = cli(QStringLiteral("search"), { QStringLiteral("rainy"), QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(parseJson(result.out).value(QStringLiteral("items")).toArray().size(), 1);

        // delete JOURNAL KIND ID, trash JOURNAL, verify JOURNAL.
        result = run(
            QStringList { QStringLiteral("delete"), m_journal, QStringLiteral("checkin"), QString::number(checkin) }
            + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        result = run(QStringList { QStringLiteral("trash"), m_journal, QStringLiteral("--json") } + pass);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(parseJson(result.out).value(QStringLiteral("items")).toArray().size(), 1);
        result = run(QStringList { QStringLiteral("verify"), m_journal } + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        // Any file name for a command without arguments of its own; a search needs .kapj there.
        const QString plain = m_dir->filePath(QStringLiteral("my-journal"));
        QVERIFY(QFile::copy(m_journal, plain));
        result = run(QStringList { QStringLiteral("list"), plain, QStringLiteral("--json") } + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(parseJson(result.out).value(QStringLiteral("items")).toArray().size(), 1);
        result = run(QStringList { QStringLiteral("search"), plain, QStringLiteral("harbour") } + pass);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Unexpected argument \"harbour\"")), qPrintable(result.err));

        // create JOURNAL.
        const QString created = m_dir->filePath(QStringLiteral("new.kapj"));
        result = run(QStringList { QStringLiteral("create"), created } + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QVERIFY(QFile::exists(created));
    }

    void journalGivenTwice()
    {
        const QString other = m_dir->filePath(QStringLiteral("other.kapj"));
        const QStringList pass { QStringLiteral("--passphrase-file"), m_passFile };
        const auto before = kaptest::snapshot(m_journal);
        // Different files: refused before anything is opened or created.
        Run result = run(QStringList { QStringLiteral("list"), m_journal, QStringLiteral("--journal"), other } + pass);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(
                     QStringLiteral("Two different journals given: %1 (--journal) and %2").arg(other, m_journal)),
            qPrintable(result.err));
        result = run(QStringList { QStringLiteral("--journal"), other, QStringLiteral("search"), m_journal,
                         QStringLiteral("rain") }
            + pass);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Two different journals")), qPrintable(result.err));
        result = run(QStringList { QStringLiteral("create"), other, QStringLiteral("--journal"), m_journal } + pass);
        QCOMPARE(result.exitCode, 1);
        QVERIFY(!QFile::exists(other));
        QCOMPARE(kaptest::snapshot(m_journal), before);

        // The same file, spelled two ways, is fine.
        result = run(QStringList { QStringLiteral("list"), m_journal, QStringLiteral("--journal"),
                         m_dir->path() + QStringLiteral("/sub/../test.kapj") }
            + pass);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));

        // One journal per command line.
        result = run(QStringList { QStringLiteral("list"), m_journal, other } + pass);
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Unexpected argument")), qPrintable(result.err));
    }

    void helpSaysBothWaysToGiveTheJournal()
    {
        Run result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("kapjournal-cli <command> [JOURNAL]")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("--journal PATH")));
        QVERIFY(result.out.simplified().contains(QStringLiteral("ends in .kapj"))); // across a line break
        result = run({ QStringLiteral("list"), QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: kapjournal-cli list [JOURNAL] [options]")),
            qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("-j, --journal PATH")));
        result = run({ QStringLiteral("search"), QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: kapjournal-cli search [JOURNAL.kapj] [options] [QUERY]")),
            qPrintable(result.out));
        QVERIFY(result.out.simplified().contains(QStringLiteral("ends in .kapj"))); // across a line break
    }

    void deleteTrashUntrash()
    {
        Run result = cli(QStringLiteral("add-checkin"), { QStringLiteral("--mood"), QStringLiteral("2") });
        const qint64 id = addedId(result, QStringLiteral("check-in"));
        QVERIFY(id > 0);

        result = cli(QStringLiteral("delete"), { QStringLiteral("checkin"), QString::number(id) });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(listItems().isEmpty());
        result = cli(QStringLiteral("trash"), { QStringLiteral("--json") });
        QCOMPARE(result.exitCode, 0);
        const QJsonObject trash = parseJson(result.out);
        QCOMPARE(trash.value(QStringLiteral("schema")).toString(), QStringLiteral("kapjournal-trash/1"));
        const QJsonArray items = trash.value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("checkin"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("id")).toInteger(), id);

        result = cli(QStringLiteral("delete"), { QStringLiteral("checkin"), QString::number(id) });
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains(QStringLiteral("already in the trash")));

        result = cli(QStringLiteral("untrash"), { QStringLiteral("checkin"), QString::number(id) });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(listItems().size(), 1);
        result = cli(QStringLiteral("untrash"), { QStringLiteral("checkin"), QString::number(id) });
        QCOMPARE(result.exitCode, 4);
        result = cli(QStringLiteral("trash"));
        QCOMPARE(result.exitCode, 0);
        QVERIFY(result.out.contains(QStringLiteral("empty")));

        result = cli(QStringLiteral("delete"), { QStringLiteral("session"), QStringLiteral("77") });
        QCOMPARE(result.exitCode, 4);
        QVERIFY(result.err.contains(QStringLiteral("There is no session 77")));
    }

    /// A PHQ-9 with item 9 above 0 goes to the trash only with --confirm-item9 (the app asks);
    /// either way nothing silent happens.
    void deletingAFlaggedPhq9NeedsConfirmation()
    {
        Run result = cli(QStringLiteral("add-questionnaire"),
            { QStringLiteral("--kind"), QStringLiteral("phq9"), QStringLiteral("--answers"),
                QStringLiteral("1,1,1,1,1,1,1,1,2") });
        const qint64 id = addedId(result, QStringLiteral("questionnaire"));
        QVERIFY(id > 0);
        result = cli(QStringLiteral("delete"), { QStringLiteral("questionnaire"), QString::number(id) });
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(result.err.contains(QStringLiteral("item 9 (thoughts of death or self-harm) with 2 of 3")),
            qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("--confirm-item9")));
        QCOMPARE(listItems().size(), 1); // still there

        result = cli(QStringLiteral("delete"),
            { QStringLiteral("questionnaire"), QString::number(id), QStringLiteral("--confirm-item9") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.contains(QStringLiteral("appears in reports")), qPrintable(result.out));
        QVERIFY(listItems().isEmpty());

        // An unflagged questionnaire needs nothing extra.
        result = cli(QStringLiteral("add-questionnaire"),
            { QStringLiteral("--kind"), QStringLiteral("phq9"), QStringLiteral("--answers"),
                QStringLiteral("1,1,1,1,1,1,1,1,0") });
        const qint64 plain = addedId(result, QStringLiteral("questionnaire"));
        result = cli(QStringLiteral("delete"), { QStringLiteral("questionnaire"), QString::number(plain) });
        QCOMPARE(result.exitCode, 0);
        QVERIFY(!result.out.contains(QStringLiteral("appears in reports")));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
