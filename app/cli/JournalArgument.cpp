#include "JournalArgument.h"

#include "Command.h"

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

/// Where the positional arguments are, by QCommandLineParser's rules as CliApplication sets them
/// up: "-x" and "--x" are options ("-word" too), "--x=value" carries its value, an option with a
/// value name takes the next word, "--" ends the options, "-" alone is an argument.
QList<qsizetype> positionalIndexes(const QStringList& arguments, const QList<QCommandLineOption>& options)
{
    QList<qsizetype> found;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (optionsEnded || argument == QLatin1String("-") || !argument.startsWith(QLatin1Char('-'))) {
            found.append(i);
            continue;
        }
        if (argument == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const QString name = argument.mid(argument.startsWith(QLatin1String("--")) ? 2 : 1);
        if (!name.contains(QLatin1Char('=')) && takesValue(name, options)) {
            ++i;
        }
    }
    return found;
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
    const QList<qsizetype> positionals = positionalIndexes(arguments, options);
    if (positionals.isEmpty()) {
        return -1;
    }
    const qsizetype first = positionals.constFirst();
    if (!hasOwnArguments(command)) {
        return first;
    }
    const bool looksLikeJournal = arguments.at(first).endsWith(QLatin1String(".kapj"), Qt::CaseInsensitive);
    return looksLikeJournal && positionals.size() >= 2 ? first : -1;
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
                  "command's own arguments follow it.");
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
