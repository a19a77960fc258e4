// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CliApplication.h"

#include "cli/Console.h"
#include "cli/JournalArgument.h"
#include "platform/JournalLocation.h"

#include <QFileInfo>

#include <exception>

namespace kap::cli {

namespace {

QCommandLineOption helpOption()
{
    return QCommandLineOption(
        { QStringLiteral("h"), QStringLiteral("help") }, QCoreApplication::translate("kap::cli", "Show this help."));
}

/// "-j, --journal PATH" for the help text.
QString optionSyntax(const QCommandLineOption& option)
{
    QStringList names;
    for (const QString& name : option.names()) {
        names << (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    }
    QString syntax = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty()) {
        syntax += QLatin1Char(' ') + option.valueName();
    }
    return syntax;
}

/// Two columns: the left padded to `width`, the right wrapped at 100 characters.
QString twoColumns(const QList<std::pair<QString, QString>>& rows)
{
    qsizetype width = 0;
    for (const auto& row : rows) {
        width = std::max(width, row.first.size());
    }
    width = std::min<qsizetype>(width, 32);
    const qsizetype textWidth = std::max<qsizetype>(40, 100 - width - 4);
    QString text;
    for (const auto& [left, right] : rows) {
        QStringList lines;
        QString line;
        for (const QString& word : right.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > textWidth) {
                lines << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        if (!line.isEmpty()) {
            lines << line;
        }
        if (lines.isEmpty()) {
            lines << QString();
        }
        QString first = QStringLiteral("  ") + left;
        if (left.size() > width) {
            text += first + QLatin1Char('\n');
            first = QString(width + 2, QLatin1Char(' '));
        } else {
            first = first.leftJustified(width + 2);
        }
        text += first + QStringLiteral("  ") + lines.first() + QLatin1Char('\n');
        for (qsizetype i = 1; i < lines.size(); ++i) {
            text += QString(width + 4, QLatin1Char(' ')) + lines.at(i) + QLatin1Char('\n');
        }
    }
    return text;
}

/// Wraps each line of `text` at `width` characters (help paragraphs).
QString wrapped(const QString& text, qsizetype width = 100)
{
    QStringList out;
    for (const QString& paragraph : text.split(QLatin1Char('\n'))) {
        QString line;
        for (const QString& word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
                out << line;
                line.clear();
            }
            line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
        }
        out << line;
    }
    return out.join(QLatin1Char('\n'));
}

} // namespace

CliApplication::CliApplication(std::vector<std::unique_ptr<Command>> commands) : m_commands(std::move(commands)) { }

Command* CliApplication::find(const QString& name) const
{
    for (const auto& command : m_commands) {
        if (command->name() == name) {
            return command.get();
        }
    }
    return nullptr;
}

QString CliApplication::exitCodeHelp()
{
    return tr("Exit codes:\n")
        + twoColumns({
            { QStringLiteral("0"), tr("success") },
            { QStringLiteral("1"),
                tr("usage error: unknown command or option, missing argument, no terminal to "
                   "ask for a passphrase, the editor failed") },
            { QStringLiteral("2"),
                tr("wrong or empty passphrase, the two entries differ, or a chosen one is too weak") },
            { QStringLiteral("3"),
                tr("file problem: not found, already exists, not a journal, damaged, from a "
                   "newer version, in use, read-only, disk full, unreadable input file") },
            { QStringLiteral("4"),
                tr("invalid data: a value was rejected (out of range, bad date, no such "
                   "record); nothing was written") },
            { QStringLiteral("5"), tr("verify found problems") },
            { QStringLiteral("70"), tr("internal error (a bug)") },
        });
}

QString CliApplication::globalHelp() const
{
    QString text = wrapped(tr("Usage: kapjournal-cli <command> [JOURNAL] [options] [arguments]\n"
                              "or: kapjournal-cli [--journal PATH] <command> [options] [arguments]\n\n"
                              "KAP Journal on the command line: the encrypted journal for people in ketamine "
                              "treatment.\n"
                              "The journal file comes first after the command (kapjournal-cli list journal.kapj) or "
                              "with --journal PATH. Commands with arguments of their own (search QUERY, delete KIND "
                              "ID, backup TARGET...) take it first only when it ends in .kapj and their arguments "
                              "follow (kapjournal-cli search journal.kapj rain), or the option that stands in for "
                              "them (search journal.kapj --query-file -).\n"
                              "Passphrases are asked on the terminal (no echo) or read with --passphrase-file PATH; "
                              "never from the command line or the environment.\n\n"));
    text += tr("Options:\n");
    text += twoColumns({
        { QStringLiteral("-h, --help"), tr("Show this help; `kapjournal-cli <command> --help` for a command.") },
        { QStringLiteral("-v, --version"), tr("Show the version.") },
        { QStringLiteral("-j, --journal PATH"),
            tr("The journal file (default: %1).").arg(journallocation::defaultPath()) },
    });
    text += tr("\nCommands:\n");
    QList<std::pair<QString, QString>> rows;
    for (const auto& command : m_commands) {
        rows.append({ command->name(), command->summary() });
    }
    text += twoColumns(rows);
    text += QLatin1Char('\n') + exitCodeHelp();
    return text;
}

QList<QCommandLineOption> CliApplication::allOptions(const Command& command)
{
    QList<QCommandLineOption> options = command.options();
    if (command.usesJournal()) {
        options.append(commonoptions::journal());
    }
    if (command.readsPassphrase()) {
        options.append(commonoptions::passphraseFile());
    }
    options.append(helpOption());
    return options;
}

QString CliApplication::commandHelp(const Command& command) const
{
    QString usage = QStringLiteral("kapjournal-cli ") + command.name();
    if (command.usesJournal()) {
        usage += QLatin1Char(' ') + JournalArgument::usage(command);
    }
    usage += tr(" [options]");
    for (const auto& positional : command.positionals()) {
        usage
            += QLatin1Char(' ') + (positional.optional ? QStringLiteral("[%1]").arg(positional.name) : positional.name);
    }
    QString text = tr("Usage: %1\n\n%2\n").arg(usage, command.summary());
    if (!command.details().isEmpty()) {
        text += QLatin1Char('\n') + wrapped(command.details()) + QLatin1Char('\n');
    }
    if (command.usesJournal() || !command.positionals().isEmpty()) {
        text += tr("\nArguments:\n");
        QList<std::pair<QString, QString>> rows;
        if (command.usesJournal()) {
            rows.append({ JournalArgument::usage(command).mid(1).chopped(1), JournalArgument::description(command) });
        }
        for (const auto& positional : command.positionals()) {
            rows.append({ positional.name, positional.description });
        }
        text += twoColumns(rows);
    }
    text += tr("\nOptions:\n");
    QList<std::pair<QString, QString>> rows;
    for (const auto& option : allOptions(command)) {
        rows.append({ optionSyntax(option), option.description() });
    }
    text += twoColumns(rows);
    text += QLatin1Char('\n') + exitCodeHelp();
    return text;
}

int CliApplication::run(const QStringList& arguments, Console& console)
{
    QString globalJournal;
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("-h") || argument == QLatin1String("--help")) {
            console.out() << globalHelp();
            return ExitOk;
        }
        if (argument == QLatin1String("-v") || argument == QLatin1String("--version")) {
            console.out() << QStringLiteral("kapjournal-cli %1\n").arg(QStringLiteral(KAP_VERSION));
            return ExitOk;
        }
        if (argument == QLatin1String("-j") || argument == QLatin1String("--journal")) {
            if (i + 1 >= arguments.size()) {
                return console.fail(ExitUsage, tr("%1 needs a PATH.").arg(argument));
            }
            globalJournal = arguments.at(++i);
            continue;
        }
        if (argument.startsWith(QLatin1String("--journal="))) {
            globalJournal = argument.mid(int(qstrlen("--journal=")));
            continue;
        }
        if (argument.startsWith(QLatin1Char('-'))) {
            return console.fail(
                ExitUsage, tr("Unknown option \"%1\". Run kapjournal-cli --help for the usage.").arg(argument));
        }
        if (argument == QLatin1String("help")) {
            if (i + 1 < arguments.size()) {
                if (const Command* command = find(arguments.at(i + 1))) {
                    console.out() << commandHelp(*command);
                    return ExitOk;
                }
                return console.fail(ExitUsage,
                    tr("Unknown command \"%1\". Run kapjournal-cli --help for the list.").arg(arguments.at(i + 1)));
            }
            console.out() << globalHelp();
            return ExitOk;
        }
        Command* found = find(argument);
        if (!found) {
            return console.fail(
                ExitUsage, tr("Unknown command \"%1\". Run kapjournal-cli --help for the list.").arg(argument));
        }
        try {
            return runCommand(*found, arguments.mid(i + 1), globalJournal, console);
        } catch (const std::exception& error) {
            return console.fail(ExitInternal, tr("Internal error: %1").arg(QString::fromLocal8Bit(error.what())));
        }
    }
    console.err() << globalHelp();
    return ExitUsage;
}

int CliApplication::runCommand(
    Command& command, const QStringList& arguments, const QString& globalJournal, Console& console)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.addOptions(allOptions(command));
    const QString tryHelp = tr("Run kapjournal-cli %1 --help for the usage.").arg(command.name());
    if (!parser.parse(QStringList { QStringLiteral("kapjournal-cli") } + arguments)) {
        return console.fail(ExitUsage, parser.errorText() + QLatin1Char(' ') + tryHelp);
    }
    if (parser.isSet(QStringLiteral("help"))) {
        console.out() << commandHelp(command);
        return ExitOk;
    }
    // `COMMAND JOURNAL ...`: the journal leaves the arguments, so the command sees only its own.
    QString positionalJournal;
    if (const qsizetype at = JournalArgument::find(command, arguments, allOptions(command)); at >= 0) {
        positionalJournal = arguments.at(at);
        QStringList own = arguments;
        own.removeAt(at);
        if (!parser.parse(QStringList { QStringLiteral("kapjournal-cli") } + own)) {
            return console.fail(ExitUsage, parser.errorText() + QLatin1Char(' ') + tryHelp);
        }
    }

    // Positional arguments: the required ones first; the last may be optional.
    const auto positionals = command.positionals();
    qsizetype required = 0;
    for (const auto& positional : positionals) {
        required += positional.optional ? 0 : 1;
    }
    const qsizetype given = parser.positionalArguments().size();
    if (given < required) {
        return console.fail(ExitUsage, tr("Missing %1. %2").arg(positionals.at(given).name, tryHelp));
    }
    if (given > positionals.size()) {
        return console.fail(ExitUsage,
            tr("Unexpected argument \"%1\" (quote text that contains spaces). %2")
                .arg(parser.positionalArguments().at(positionals.size()), tryHelp));
    }

    QString journalPath = globalJournal;
    if (command.usesJournal() && parser.isSet(commonoptions::journal())) {
        journalPath = parser.value(commonoptions::journal());
    }
    if (!positionalJournal.isEmpty()) {
        if (!journalPath.isEmpty() && !JournalArgument::samePath(journalPath, positionalJournal)) {
            return console.fail(ExitUsage, JournalArgument::conflict(journalPath, positionalJournal));
        }
        journalPath = positionalJournal;
    }
    if (journalPath.isEmpty()) {
        journalPath = journallocation::defaultPath();
    }
    Invocation invocation(parser, QFileInfo(journalPath).absoluteFilePath(), console);
    const int code = command.run(invocation);
    console.out().flush();
    return code;
}

} // namespace kap::cli
