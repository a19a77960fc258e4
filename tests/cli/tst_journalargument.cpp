// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// `kapjournal-cli COMMAND [JOURNAL] ...`: which argument is the journal (JournalArgument::find),
// without a process. tst_cli runs the same rule end to end.

#include "cli/CommandTable.h"
#include "cli/JournalArgument.h"

#include <QTemporaryDir>
#include <QTest>

using namespace kap::cli;

class TestJournalArgument : public QObject
{
    Q_OBJECT

private:
    static std::unique_ptr<Command> command(const QString& name)
    {
        for (auto& candidate : makeAllCommands()) {
            if (candidate->name() == name) {
                return std::move(candidate);
            }
        }
        return nullptr;
    }

    /// The options CliApplication gives the command (its own, --journal, --passphrase-file).
    static QList<QCommandLineOption> optionsOf(const Command& command)
    {
        return command.options()
            + QList<QCommandLineOption> { commonoptions::journal(), commonoptions::passphraseFile() };
    }

private Q_SLOTS:
    void find_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("expected");

        // Commands without arguments of their own: the positional argument, whatever its name.
        QTest::newRow("list") << "list" << QStringList { "journal.kapj" } << 0;
        QTest::newRow("list, any name") << "list" << QStringList { "my-journal.db" } << 0;
        QTest::newRow("list, after options") << "list" << QStringList { "--json", "--kind", "checkin", "j.kapj" } << 3;
        QTest::newRow("list, option value is not it") << "list" << QStringList { "--kind", "j.kapj" } << -1;
        QTest::newRow("list, --opt=value") << "list" << QStringList { "--kind=checkin", "j" } << 1;
        QTest::newRow("list, after --") << "list" << QStringList { "--json", "--", "-odd-name.kapj" } << 2;
        QTest::newRow("list, none") << "list" << QStringList { "--json" } << -1;
        QTest::newRow("add-checkin") << "add-checkin" << QStringList { "j.kapj", "--mood", "5" } << 0;
        QTest::newRow("add-note, title value") << "add-note" << QStringList { "--title", "x.kapj", "j" } << 2;
        QTest::newRow("create") << "create" << QStringList { "new.kapj" } << 0;

        // Commands with arguments of their own: only a .kapj file followed by them.
        QTest::newRow("search journal query") << "search" << QStringList { "j.kapj", "rain" } << 0;
        QTest::newRow("search query") << "search" << QStringList { "rain" } << -1;
        QTest::newRow("search word ending in .kapj") << "search" << QStringList { "j.kapj" } << -1;
        QTest::newRow("search, not .kapj") << "search" << QStringList { "journal.db", "rain" } << -1;
        QTest::newRow("search, upper case") << "search" << QStringList { "J.KAPJ", "rain" } << 0;
        QTest::newRow("search, --limit value") << "search" << QStringList { "--limit", "5", "j.kapj", "rain" } << 2;
        QTest::newRow("search journal, --query-file") << "search" << QStringList { "j.kapj", "--query-file", "-" } << 0;
        QTest::newRow("search, --query-file=, journal")
            << "search" << QStringList { "--query-file=q.txt", "j.kapj" } << 1;
        QTest::newRow("search, --query-file value only") << "search" << QStringList { "--query-file", "j.kapj" } << -1;
        QTest::newRow("backup target") << "backup" << QStringList { "copy.kapj" } << -1;
        QTest::newRow("backup journal target") << "backup" << QStringList { "j.kapj", "copy.kapj" } << 0;
        QTest::newRow("backup journal --rolling") << "backup" << QStringList { "j.kapj", "--rolling" } << 0;
        QTest::newRow("delete journal kind id") << "delete" << QStringList { "j.kapj", "note", "3" } << 0;
        QTest::newRow("delete kind id") << "delete" << QStringList { "note", "3" } << -1;
        QTest::newRow("restore backup") << "restore" << QStringList { "old.kapj" } << -1;
        QTest::newRow("restore journal backup") << "restore" << QStringList { "j.kapj", "old.kapj.bak" } << 0;
        QTest::newRow("import-json journal file") << "import-json" << QStringList { "j.kapj", "export.json" } << 0;
    }

    void find()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, arguments);
        QFETCH(int, expected);
        const auto found = this->command(command);
        QVERIFY2(found, qPrintable(command));
        QCOMPARE(JournalArgument::find(*found, arguments, optionsOf(*found)), qsizetype(expected));
    }

    void samePath()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString journal = dir.filePath(QStringLiteral("j.kapj"));
        QFile file(journal);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        const QString link = dir.filePath(QStringLiteral("link.kapj"));
        QVERIFY(QFile::link(journal, link));
        QVERIFY(JournalArgument::samePath(journal, dir.filePath(QStringLiteral("sub/../j.kapj"))));
        QVERIFY(JournalArgument::samePath(journal, link));
        QVERIFY(!JournalArgument::samePath(journal, dir.filePath(QStringLiteral("other.kapj"))));
        QVERIFY(
            !JournalArgument::samePath(dir.filePath(QStringLiteral("a.kapj")), dir.filePath(QStringLiteral("b.kapj"))));
    }
};

QTEST_GUILESS_MAIN(TestJournalArgument)
#include "tst_journalargument.moc"
