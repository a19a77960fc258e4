// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/JournalArgument.h"

#include "cli/Command.h"

#include <QDir>
#include <QFileInfo>

namespace kap::cli {

namespace {

bool takesValue(const QString& name, const QList<QCommandLineOption>& options)
{
    for (const QCommandLineOption& option : options) {
        if (option.names().contains(name)) {
            return !option.valueName().isEmpty();
        }
    }
    return false;
}

/// The words of a command line by QCommandLineParser's rules as CliApplication sets them up:
/// "-x" and "--x" are options ("-word" too), "--x=value" carries its value, an option with a
/// value name takes the next word, "--" ends the options, "-" alone is an argument.
struct Words
{
    QList<qsizetype> positionals; ///< indexes of the positional arguments
    QStringList options; ///< the names of the options given
};

Words split(const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    Words words;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || argument == QLatin1String("-") || !argument.startsWith(QLatin1Char('-'))) {
            words.positionals.append(i);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        words.options.append(name.left(equals));
        if (equals < 0 && takesValue(name, options)) {
            ++i;
        }
    }
    return words;
}

/// Whether an option that stands in for one of the command's arguments was given.
bool standInGiven(const Command& command, const QStringList& given, const QList<QCommandLineOption>& options)
{
    for (const Command::Positional& positional : command.positionals()) {
        if (positional.standIn.isEmpty()) {
            continue;
        }
        for (const QCommandLineOption& option : options) {
            if (option.names().contains(positional.standIn)) {
                for (const QString& name : option.names()) {
                    if (given.contains(name)) {
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

bool hasOwnArguments(const Command& command)
{
    return !command.positionals().isEmpty();
}

} // namespace

qsizetype JournalArgument::find(
    const Command& command, const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    if (!command.usesJournal()) {
        return -1;
    }
    const Words words = split(arguments, options);
    if (words.positionals.isEmpty()) {
        return -1;
    }
    const qsizetype first = words.positionals.constFirst();
    if (!hasOwnArguments(command)) {
        return first;
    }
    const bool looksLikeJournal = arguments.at(first).endsWith(QLatin1String(".kapj"), Qt::CaseInsensitive);
    const bool ownArgumentsFollow = words.positionals.size() >= 2 || standInGiven(command, words.options, options);
    return looksLikeJournal && ownArgumentsFollow ? first : -1;
}

bool JournalArgument::samePath(const QString& a, const QString& b)
{
    const QFileInfo first(a);
    const QFileInfo second(b);
    if (QDir::cleanPath(first.absoluteFilePath()) == QDir::cleanPath(second.absoluteFilePath())) {
        return true;
    }
    const QString canonical = first.canonicalFilePath();
    return !canonical.isEmpty() && canonical == second.canonicalFilePath();
}

QString JournalArgument::usage(const Command& command)
{
    return hasOwnArguments(command) ? QStringLiteral("[JOURNAL.kapj]") : QStringLiteral("[JOURNAL]");
}

QString JournalArgument::description(const Command& command)
{
    if (hasOwnArguments(command)) {
        return tr("The journal file, instead of --journal PATH: taken as the journal when it ends in .kapj and the "
                  "command's own arguments follow it (or the option that stands in for them).");
    }
    return tr("The journal file, instead of --journal PATH.");
}

QString JournalArgument::conflict(const QString& option, const QString& positional)
{
    return tr("Two different journals given: %1 (--journal) and %2. Give the journal once, either as the first "
              "argument or with --journal.")
        .arg(option, positional);
}

} // namespace kap::cli
