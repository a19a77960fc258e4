// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// kapjournal-cli's free-text options end to end (TextOptions, TextEditor): every --X TEXT has a
// --X-file PATH companion that reads a file or standard input, inline text warns about the shell
// history, the sources of one value exclude each other, and --edit runs $EDITOR on a private file
// in XDG_RUNTIME_DIR that is gone afterwards. The real executable runs with QProcess against a
// journal made with the fast KDF profile.
#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/SessionRepository.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <linux/magic.h>
#include <sys/statfs.h>
#include <unistd.h>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// A text with a non-ASCII letter, as people write.
const QString Text = QStringLiteral("Quiet harbour at dawn, caf\u00e9 after");

/// "Added <kind> <id>" for each command.
const QHash<QString, QString> AddedKind { { QStringLiteral("add-note"), QStringLiteral("note") },
    { QStringLiteral("add-checkin"), QStringLiteral("check-in") },
    { QStringLiteral("add-phase"), QStringLiteral("phase") },
    { QStringLiteral("add-session"), QStringLiteral("session") } };

/// What each command needs besides its texts.
QStringList requiredArguments(const QString& command)
{
    if (command == QLatin1String("add-checkin")) {
        return { QStringLiteral("--mood"), QStringLiteral("6") };
    }
    if (command == QLatin1String("add-phase")) {
        return { QStringLiteral("--kind"), QStringLiteral("other"), QStringLiteral("--start"),
            QStringLiteral("2026-01-05") };
    }
    return {};
}

} // namespace

/// Free text on the command line, from files, standard input and the editor.
class TestCliText : public QObject
{
    Q_OBJECT

private:
    QString m_program;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_runtimeDir; ///< XDG_RUNTIME_DIR for the tool (0700)
    QString m_journal;
    QString m_passFile;

    Run run(const QStringList& arguments, const QByteArray& input = {}, const QHash<QString, QString>& env = {},
        const QStringList& unset = {})
    {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HOME"), m_dir->path());
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir->path());
        // The test decides which editor runs; the developer's own never opens.
        environment.remove(QStringLiteral("EDITOR"));
        environment.remove(QStringLiteral("VISUAL"));
        for (auto it = env.cbegin(); it != env.cend(); ++it) {
            environment.insert(it.key(), it.value());
        }
        for (const QString& name : unset) {
            environment.remove(name);
        }
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([] { ::setsid(); }); // no terminal: nothing can prompt
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

    Run cli(const QString& command, const QStringList& arguments, const QByteArray& input = {},
        const QHash<QString, QString>& env = {}, const QStringList& unset = {})
    {
        return run(
            QStringList { command, QStringLiteral("-j"), m_journal, QStringLiteral("--passphrase-file"), m_passFile }
                + requiredArguments(command) + arguments,
            input, env, unset);
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

    /// A fake editor: records the file it was given and that file's mode, then runs `body`.
    QString fakeEditor(const QByteArray& body)
    {
        const QString path = writeFile(QStringLiteral("editor.sh"),
            "#!/bin/sh\nprintf '%s\\n' \"$1\" > '" + QFile::encodeName(m_dir->filePath(QStringLiteral("edited")))
                + "'\nstat -c %a \"$1\" \"$(dirname \"$1\")\" >> '"
                + QFile::encodeName(m_dir->filePath(QStringLiteral("edited"))) + "'\n" + body + "\n");
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        return path;
    }
    /// What the fake editor recorded: the file's path, its mode, its folder's mode.
    QStringList edited() const
    {
        QFile file(m_dir->filePath(QStringLiteral("edited")));
        if (!file.open(QIODevice::ReadOnly)) {
            return {};
        }
        return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

    static qint64 addedId(const Run& result, const QString& command)
    {
        const QRegularExpression added(
            QStringLiteral("^Added %1 (\\d+)").arg(AddedKind.value(command)), QRegularExpression::MultilineOption);
        const auto match = added.match(result.out);
        return match.hasMatch() ? match.captured(1).toLongLong() : -1;
    }

    /// The stored value of `field` in the record `id` that `command` added ("" if not found); a
    /// list (tags, side effects) joined with ", ", so Text comes back as it went in.
    QString stored(const QString& command, const QString& field, qint64 id)
    {
        auto journal = kaptest::openJournal(m_journal);
        if (!journal) {
            return QStringLiteral("<journal does not open>");
        }
        if (command == QLatin1String("add-note")) {
            auto note = journal->notes().get(id);
            if (!note) {
                return {};
            }
            return field == QLatin1String("title") ? note->title
                : field == QLatin1String("tags")   ? note->tags.join(QStringLiteral(", "))
                                                   : note->body;
        }
        if (command == QLatin1String("add-checkin")) {
            auto checkin = journal->checkins().get(id);
            if (!checkin) {
                return {};
            }
            return field == QLatin1String("tags") ? checkin->tags.join(QStringLiteral(", ")) : checkin->note;
        }
        if (command == QLatin1String("add-phase")) {
            auto phase = journal->phases().get(id);
            return !phase ? QString() : field == QLatin1String("label") ? phase->label : phase->notes;
        }
        auto session = journal->sessions().get(id);
        if (!session) {
            return {};
        }
        const QHash<QString, QString> values { { QStringLiteral("route-other"), session->routeOther },
            { QStringLiteral("provider"), session->provider }, { QStringLiteral("present"), session->present },
            { QStringLiteral("intention"), session->intention },
            { QStringLiteral("dissociation-scale"), session->dissociationClinicScale },
            { QStringLiteral("experience"), session->experience },
            { QStringLiteral("side-effects"), session->sideEffects.join(QStringLiteral(", ")) } };
        return values.value(field);
    }

    /// How many records the journal holds (notes, check-ins, phases, sessions).
    qsizetype recordCount()
    {
        auto journal = kaptest::openJournal(m_journal);
        if (!journal) {
            return -1;
        }
        return journal->notes().list()->size() + journal->checkins().list()->size() + journal->phases().list()->size()
            + journal->sessions().list()->size();
    }

    static QString warning(const QString& option)
    {
        return QStringLiteral("Warning: --%1 text may be kept in your shell history; use --%1-file - to read it "
                              "from standard input.")
            .arg(option);
    }

    static void addTextRows()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("field");
        const QList<std::pair<QString, QStringList>> fields {
            { QStringLiteral("add-note"), { QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("tags") } },
            { QStringLiteral("add-checkin"), { QStringLiteral("note"), QStringLiteral("tags") } },
            { QStringLiteral("add-phase"), { QStringLiteral("label"), QStringLiteral("notes") } },
            { QStringLiteral("add-session"),
                { QStringLiteral("route-other"), QStringLiteral("provider"), QStringLiteral("present"),
                    QStringLiteral("intention"), QStringLiteral("dissociation-scale"), QStringLiteral("experience"),
                    QStringLiteral("side-effects") } },
        };
        for (const auto& [command, names] : fields) {
            for (const QString& field : names) {
                QTest::newRow(qPrintable(command + QLatin1Char(' ') + field)) << command << field;
            }
        }
    }

    /// add-note needs a body whatever else is tested.
    static QStringList bodyUnlessTested(const QString& command, const QString& field)
    {
        if (command == QLatin1String("add-note") && field != QLatin1String("body")) {
            return { QStringLiteral("--body-file"), QStringLiteral("/dev/null") };
        }
        return {};
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
        // XDG_RUNTIME_DIR must be in memory, as systemd's /run/user/UID: /dev/shm is tmpfs.
        m_runtimeDir = std::make_unique<QTemporaryDir>(QStringLiteral("/dev/shm/kap-tst-runtime-XXXXXX"));
        QVERIFY(m_dir->isValid() && m_runtimeDir->isValid());
        QVERIFY(QFile::setPermissions(
            m_runtimeDir->path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner)); // 0700, as systemd's
        m_journal = m_dir->filePath(QStringLiteral("test.kapj"));
        m_passFile = writeFile(QStringLiteral("pass.txt"), kaptest::Passphrase.toUtf8() + "\n");
        QVERIFY(kaptest::createJournal(*m_dir) != nullptr);
    }

    void fileOptionReadsAFile_data() { addTextRows(); }
    void fileOptionReadsAFile()
    {
        QFETCH(QString, command);
        QFETCH(QString, field);
        const QString file = writeFile(QStringLiteral("text.txt"), Text.toUtf8() + "\n");
        const Run result = cli(
            command, QStringList { QStringLiteral("--%1-file").arg(field), file } + bodyUnlessTested(command, field));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(stored(command, field, addedId(result, command)), Text);
        QVERIFY2(!result.err.contains(QStringLiteral("shell history")), qPrintable(result.err));
    }

    void fileOptionReadsStandardInput_data() { addTextRows(); }
    void fileOptionReadsStandardInput()
    {
        QFETCH(QString, command);
        QFETCH(QString, field);
        const Run result = cli(command,
            QStringList { QStringLiteral("--%1-file").arg(field), QStringLiteral("-") }
                + bodyUnlessTested(command, field),
            Text.toUtf8() + "\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(stored(command, field, addedId(result, command)), Text);
        QVERIFY2(!result.err.contains(QStringLiteral("shell history")), qPrintable(result.err));
    }

    void inlineTextWarnsWithoutShowingIt_data() { addTextRows(); }
    void inlineTextWarnsWithoutShowingIt()
    {
        QFETCH(QString, command);
        QFETCH(QString, field);
        const Run result
            = cli(command, QStringList { QStringLiteral("--") + field, Text } + bodyUnlessTested(command, field));
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(stored(command, field, addedId(result, command)), Text); // inline still works
        QCOMPARE(result.err, QStringLiteral("kapjournal-cli: ") + warning(field) + QLatin1Char('\n'));
        QVERIFY(!result.err.contains(Text));
        QVERIFY(!result.out.contains(Text));
    }

    void inlineAndFileConflict_data() { addTextRows(); }
    void inlineAndFileConflict()
    {
        QFETCH(QString, command);
        QFETCH(QString, field);
        const qsizetype before = recordCount();
        const Run result = cli(command,
            QStringList {
                QStringLiteral("--") + field, Text, QStringLiteral("--%1-file").arg(field), QStringLiteral("-") }
                + bodyUnlessTested(command, field),
            "other text\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Give either --%1 or --%1-file, not both.").arg(field)),
            qPrintable(result.err));
        QCOMPARE(recordCount(), before);
    }

    void listFileHasOneItemPerLineOrCommas()
    {
        const QString file = writeFile(QStringLiteral("tags.txt"), "calm\r\ngrief, insight\n\ncalm\n");
        Run result = cli(QStringLiteral("add-checkin"), { QStringLiteral("--tags-file"), file });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(stored(QStringLiteral("add-checkin"), QStringLiteral("tags"),
                     addedId(result, QStringLiteral("add-checkin"))),
            QStringLiteral("calm, grief, insight"));
        // Inline, the option is still repeatable.
        result = cli(QStringLiteral("add-session"),
            { QStringLiteral("--side-effects"), QStringLiteral("nausea"), QStringLiteral("--side-effects"),
                QStringLiteral("headache,urinary") });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(stored(QStringLiteral("add-session"), QStringLiteral("side-effects"),
                     addedId(result, QStringLiteral("add-session"))),
            QStringLiteral("nausea, headache, urinary"));
        QCOMPARE(result.err,
            QStringLiteral("kapjournal-cli: ") + warning(QStringLiteral("side-effects")) + QLatin1Char('\n'));
    }

    void onlyOneTextFromStandardInput()
    {
        const qsizetype before = recordCount();
        const Run result = cli(QStringLiteral("add-note"),
            { QStringLiteral("--title-file"), QStringLiteral("-"), QStringLiteral("--body-file"),
                QStringLiteral("/dev/stdin") },
            "a\nb\n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Only one text can come from standard input; got --title-file - "
                                                    "and --body-file /dev/stdin.")),
            qPrintable(result.err));
        QCOMPARE(recordCount(), before);
    }

    void passphraseLineThenTextFromStandardInput()
    {
        // The documented pipe: passphrase on line 1, the text after it.
        const Run result = run({ QStringLiteral("add-checkin"), QStringLiteral("-j"), m_journal,
                                   QStringLiteral("--passphrase-file"), QStringLiteral("-"), QStringLiteral("--mood"),
                                   QStringLiteral("4"), QStringLiteral("--note-file"), QStringLiteral("-") },
            kaptest::Passphrase.toUtf8() + "\n" + Text.toUtf8() + "\nline two\n");
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(stored(QStringLiteral("add-checkin"), QStringLiteral("note"),
                     addedId(result, QStringLiteral("add-checkin"))),
            Text + QStringLiteral("\nline two"));
    }

    void unreadableFileFailsBeforeThePassphrase()
    {
        const Run result = run({ QStringLiteral("add-note"), QStringLiteral("-j"), m_journal,
            QStringLiteral("--body-file"), m_dir->filePath(QStringLiteral("missing.txt")) });
        QCOMPARE(result.exitCode, 3);
        QVERIFY2(result.err.contains(QStringLiteral("missing.txt")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("passphrase"), Qt::CaseInsensitive));
    }

    void searchQueryFromFileOrStandardInput()
    {
        QCOMPARE(cli(QStringLiteral("add-note"), { QStringLiteral("--body-file"), QStringLiteral("-") },
                     "The lighthouse keeper waved\n")
                     .exitCode,
            0);
        const QString queryFile = writeFile(QStringLiteral("query.txt"), "lighthouse\nkeeper\n");
        for (const QString& source : { queryFile, QStringLiteral("-") }) {
            const Run result = cli(QStringLiteral("search"),
                { QStringLiteral("--query-file"), source, QStringLiteral("--json") }, "lighthouse keeper\n");
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            const QJsonObject document = QJsonDocument::fromJson(result.out.toUtf8()).object();
            QCOMPARE(document.value(QStringLiteral("items")).toArray().size(), 1);
            QCOMPARE(document.value(QStringLiteral("query")).toString(), QStringLiteral("lighthouse keeper"));
            QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
        }

        Run result = cli(QStringLiteral("search"), { QStringLiteral("lighthouse") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.err,
            QStringLiteral("kapjournal-cli: Warning: the QUERY may be kept in your shell history; use --query-file - "
                           "to read it from standard input.\n"));

        result = cli(
            QStringLiteral("search"), { QStringLiteral("lighthouse"), QStringLiteral("--query-file"), queryFile });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Give either QUERY or --query-file, not both.")),
            qPrintable(result.err));

        result = cli(QStringLiteral("search"), {});
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("--query-file")));
        result = cli(QStringLiteral("search"), { QStringLiteral("--query-file"), QStringLiteral("-") }, "  \n");
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(QStringLiteral("at least one word")));
    }

    void reportNameFromFileOrStandardInput()
    {
        const QString passwordFile = writeFile(QStringLiteral("export.txt"), "violet export kettle meadow\n");
        const QString nameFile = writeFile(QStringLiteral("name.txt"), "K. L. on disk\n");
        const QList<std::pair<QString, QByteArray>> sources { { nameFile, {} },
            { QStringLiteral("-"), "K. L. on stdin\n" } };
        for (const auto& [source, input] : sources) {
            const QString pdf = m_dir->filePath(QStringLiteral("report-%1.pdf").arg(input.isEmpty() ? 1 : 2));
            const Run result = cli(QStringLiteral("report"),
                { QStringLiteral("-o"), pdf, QStringLiteral("--password-file"), passwordFile,
                    QStringLiteral("--name-file"), source },
                input);
            QVERIFY2(result.exitCode == 0, qPrintable(result.err));
            QVERIFY2(!result.err.contains(QStringLiteral("shell history")), qPrintable(result.err));
            QProcess text;
            text.start(QStringLiteral("pdftotext"),
                { QStringLiteral("-upw"), QStringLiteral("violet export kettle meadow"), pdf, QStringLiteral("-") });
            QVERIFY(text.waitForFinished(30000));
            QCOMPARE(text.exitCode(), 0);
            const QString expected
                = input.isEmpty() ? QStringLiteral("K. L. on disk") : QStringLiteral("K. L. on stdin");
            QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).contains(expected), qPrintable(expected));
        }
        const Run result = cli(QStringLiteral("report"),
            { QStringLiteral("-o"), m_dir->filePath(QStringLiteral("r3.pdf")), QStringLiteral("--password-file"),
                passwordFile, QStringLiteral("--name"), QStringLiteral("K. L."), QStringLiteral("--name-file"),
                nameFile });
        QCOMPARE(result.exitCode, 1);
        QVERIFY(result.err.contains(warning(QStringLiteral("name"))));
        QVERIFY(result.err.contains(QStringLiteral("Give either --name or --name-file, not both.")));
        QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("r3.pdf"))));
    }

    void editorWritesTheText_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("field");
        QTest::newRow("add-note") << QStringLiteral("add-note") << QStringLiteral("body");
        QTest::newRow("add-checkin") << QStringLiteral("add-checkin") << QStringLiteral("note");
        QTest::newRow("add-phase") << QStringLiteral("add-phase") << QStringLiteral("notes");
        QTest::newRow("add-session") << QStringLiteral("add-session") << QStringLiteral("experience");
    }
    void editorWritesTheText()
    {
        QFETCH(QString, command);
        QFETCH(QString, field);
        // The editor also leaves a backup beside the file, as emacs does: it must go too.
        const QString editor
            = fakeEditor("printf '%s\\nsecond line\\n' '" + Text.toUtf8() + "' > \"$1\"\ncp \"$1\" \"$1~\"");
        const Run result = cli(command, { QStringLiteral("--edit") }, {}, { { QStringLiteral("EDITOR"), editor } });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(stored(command, field, addedId(result, command)), Text + QStringLiteral("\nsecond line"));
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));

        const QStringList record = edited();
        QCOMPARE(record.size(), 3);
        const QString file = record.at(0);
        QVERIFY2(file.startsWith(m_runtimeDir->path() + QLatin1Char('/')), qPrintable(file));
        QCOMPARE(QFileInfo(file).fileName(), field + QStringLiteral(".txt"));
        QCOMPARE(record.at(1), QStringLiteral("600")); // the file
        QCOMPARE(record.at(2), QStringLiteral("700")); // its folder
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(!QFileInfo::exists(QFileInfo(file).path()));
        QVERIFY(QDir(m_runtimeDir->path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void editorFromVisualWhenEditorIsUnset()
    {
        const QString editor = fakeEditor("echo 'From VISUAL' > \"$1\"");
        const Run result = cli(
            QStringLiteral("add-note"), { QStringLiteral("--edit") }, {}, { { QStringLiteral("VISUAL"), editor } });
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        QCOMPARE(
            stored(QStringLiteral("add-note"), QStringLiteral("body"), addedId(result, QStringLiteral("add-note"))),
            QStringLiteral("From VISUAL"));
        // $EDITOR wins over $VISUAL; a command line with arguments is run by the shell, as git does.
        const QString other = writeFile(QStringLiteral("other.sh"), "#!/bin/sh\necho \"From $1\" > \"$2\"\n");
        QFile::setPermissions(other, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const Run second = cli(QStringLiteral("add-note"), { QStringLiteral("--edit") }, {},
            { { QStringLiteral("VISUAL"), editor }, { QStringLiteral("EDITOR"), other + QStringLiteral(" EDITOR") } });
        QVERIFY2(second.exitCode == 0, qPrintable(second.err));
        QCOMPARE(
            stored(QStringLiteral("add-note"), QStringLiteral("body"), addedId(second, QStringLiteral("add-note"))),
            QStringLiteral("From EDITOR"));
    }

    void editorFailingSavesNothing()
    {
        const qsizetype before = recordCount();
        const QByteArray journalBefore = kaptest::readAll(m_journal);
        Run result = cli(QStringLiteral("add-note"), { QStringLiteral("--edit") }, {},
            { { QStringLiteral("EDITOR"), fakeEditor("echo 'half written' > \"$1\"\nexit 3") } });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(
            result.err.contains(QStringLiteral("exited with status 3; nothing was saved")), qPrintable(result.err));
        QVERIFY(!result.err.contains(QStringLiteral("half written")));
        QCOMPARE(edited().size(), 3);
        QVERIFY(!QFileInfo::exists(edited().at(0)));
        QVERIFY(QDir(m_runtimeDir->path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

        // Left empty (or only blank lines): nothing saved either.
        result = cli(QStringLiteral("add-session"), { QStringLiteral("--edit") }, {},
            { { QStringLiteral("EDITOR"), fakeEditor("printf '\\n  \\n' > \"$1\"") } });
        QCOMPARE(result.exitCode, 4);
        QVERIFY2(
            result.err.contains(QStringLiteral("The text is empty, so nothing was saved.")), qPrintable(result.err));
        QVERIFY(QDir(m_runtimeDir->path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));

        result = cli(QStringLiteral("add-checkin"), { QStringLiteral("--edit") }, {},
            { { QStringLiteral("EDITOR"), m_dir->filePath(QStringLiteral("no-such-editor")) } });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("exited with status 127")), qPrintable(result.err));

        QCOMPARE(recordCount(), before);
        QCOMPARE(kaptest::readAll(m_journal), journalBefore);
    }

    void editNeedsAPrivateRuntimeFolder()
    {
        const QString editor = fakeEditor("echo text > \"$1\"");
        Run result = cli(QStringLiteral("add-note"), { QStringLiteral("--edit") }, {},
            { { QStringLiteral("EDITOR"), editor } }, { QStringLiteral("XDG_RUNTIME_DIR") });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("XDG_RUNTIME_DIR")), qPrintable(result.err));
        QVERIFY(result.err.contains(QStringLiteral("--body-file -")));
        QVERIFY(edited().isEmpty()); // the editor never ran

        QVERIFY(QFile::setPermissions(m_runtimeDir->path(),
            QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
        result = cli(
            QStringLiteral("add-note"), { QStringLiteral("--edit") }, {}, { { QStringLiteral("EDITOR"), editor } });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("only you can open")), qPrintable(result.err));
        QVERIFY(edited().isEmpty());

        // A private folder on disk: the text would be written to disk, so no.
        QString onDisk;
        for (const QString& candidate : { qEnvironmentVariable("KAP_BUILD_DIR"), m_dir->path(), QDir::homePath() }) {
            struct statfs fileSystem = {};
            if (!candidate.isEmpty() && ::statfs(QFile::encodeName(candidate).constData(), &fileSystem) == 0
                && fileSystem.f_type != TMPFS_MAGIC && fileSystem.f_type != RAMFS_MAGIC) {
                onDisk = candidate;
                break;
            }
        }
        QVERIFY2(!onDisk.isEmpty(), "no folder on disk to test with");
        QTemporaryDir diskFolder(onDisk + QStringLiteral("/kap-tst-runtime-XXXXXX"));
        QVERIFY(diskFolder.isValid());
        result = cli(QStringLiteral("add-note"), { QStringLiteral("--edit") }, {},
            { { QStringLiteral("EDITOR"), editor }, { QStringLiteral("XDG_RUNTIME_DIR"), diskFolder.path() } });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("not kept in memory")), qPrintable(result.err));
        QVERIFY(edited().isEmpty());
        QVERIFY(QDir(diskFolder.path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void editConflictsWithTheOtherSources()
    {
        const Run result = cli(QStringLiteral("add-note"),
            { QStringLiteral("--edit"), QStringLiteral("--body-file"), QStringLiteral("-") }, "x\n",
            { { QStringLiteral("EDITOR"), fakeEditor("echo text > \"$1\"") } });
        QCOMPARE(result.exitCode, 1);
        QVERIFY2(result.err.contains(QStringLiteral("Give either --edit or --body / --body-file, not both.")),
            qPrintable(result.err));
        QVERIFY(edited().isEmpty());
    }

    void terminatedWhileEditingLeavesNoText()
    {
        const QString marker = m_dir->filePath(QStringLiteral("editing"));
        const QString editor
            = fakeEditor("echo 'typed so far' > \"$1\"\ntouch '" + QFile::encodeName(marker) + "'\nexec sleep 30");
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_runtimeDir->path());
        environment.insert(QStringLiteral("EDITOR"), editor);
        process.setProcessEnvironment(environment);
        process.setChildProcessModifier([] { ::setsid(); });
        process.start(m_program,
            { QStringLiteral("add-note"), QStringLiteral("-j"), m_journal, QStringLiteral("--passphrase-file"),
                m_passFile, QStringLiteral("--edit") });
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(marker), 30000);
        const QString file = edited().value(0);
        QVERIFY(QFileInfo::exists(file));
        const auto pid = pid_t(process.processId());
        QVERIFY(pid > 0);
        ::kill(pid, SIGTERM);
        QVERIFY(process.waitForFinished(10000));
        ::kill(-pid, SIGKILL); // the editor's sleep, if it outlived the tool (its own session: setsid)
        QCOMPARE(process.exitStatus(), QProcess::CrashExit); // died of SIGTERM, as without the clean-up
        QVERIFY(!QFileInfo::exists(file));
        QVERIFY(QDir(m_runtimeDir->path()).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
        QCOMPARE(recordCount(), 0);
    }

    void helpRecommendsTheSafeWays_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("safe");
        const auto safe = [](const QStringList& names, bool edit) {
            QStringList options;
            for (const QString& name : names) {
                options << QStringLiteral("--%1-file PATH").arg(name);
            }
            if (edit) {
                options << QStringLiteral("--edit");
            }
            return options;
        };
        QTest::newRow("add-note") << QStringLiteral(
            "add-note") << safe({ QStringLiteral("title"), QStringLiteral("body"), QStringLiteral("tags") }, true);
        QTest::newRow("add-checkin") << QStringLiteral("add-checkin")
                                     << safe({ QStringLiteral("note"), QStringLiteral("tags") }, true);
        QTest::newRow("add-phase") << QStringLiteral("add-phase")
                                   << safe({ QStringLiteral("label"), QStringLiteral("notes") }, true);
        QTest::newRow("add-session") << QStringLiteral("add-session")
                                     << safe({ QStringLiteral("route-other"), QStringLiteral("provider"),
                                                 QStringLiteral("present"), QStringLiteral("intention"),
                                                 QStringLiteral("dissociation-scale"), QStringLiteral("experience"),
                                                 QStringLiteral("side-effects") },
                                            true);
        QTest::newRow("search") << QStringLiteral("search") << safe({ QStringLiteral("query") }, false);
        QTest::newRow("report") << QStringLiteral("report") << safe({ QStringLiteral("name") }, false);
    }
    void helpRecommendsTheSafeWays()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, safe);
        const Run result = run({ command, QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        const QString help = result.out.simplified();
        QVERIFY2(help.contains(QStringLiteral("may be kept in your shell history")), qPrintable(result.out));
        for (const QString& option : safe) {
            QVERIFY2(help.contains(option), qPrintable(option));
        }
    }
};

QTEST_GUILESS_MAIN(TestCliText)
#include "tst_clitext.moc"
