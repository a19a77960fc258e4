// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/TextOptions.h"

#include "cli/Console.h"
#include "cli/PassphraseInput.h"
#include "cli/TextEditor.h"
#include "cli/TextInput.h"
#include "storage/SecureBytes.h"

#include <QStringList>

namespace kap::cli {

namespace {

const QString EditOption = QStringLiteral("edit");

} // namespace

TextOptions::TextOptions(QList<TextField> fields, QString editable)
    : m_fields(std::move(fields)), m_editable(std::move(editable))
{
}

TextField TextOptions::tags()
{
    TextField field { QStringLiteral("tags"), tr("Tags, separated by commas."), QStringLiteral("a,b") };
    field.list = true;
    return field;
}

QString TextOptions::fileOption(const QString& name)
{
    return name + QStringLiteral("-file");
}

QList<QCommandLineOption> TextOptions::options() const
{
    QList<QCommandLineOption> options;
    for (const TextField& field : m_fields) {
        if (!field.positional) {
            options.append({ field.name, field.description, field.valueName });
        }
        const QString inlineForm = field.positional ? field.valueName : QStringLiteral("--") + field.name;
        options.append({ fileOption(field.name),
            tr("Like %1, read from PATH (- for standard input), so it stays out of your shell history.")
                .arg(inlineForm),
            QStringLiteral("PATH") });
    }
    if (!m_editable.isEmpty()) {
        options.append({ EditOption,
            tr("Write --%1 in your editor ($EDITOR, else $VISUAL, else editor or vi).").arg(m_editable) });
    }
    return options;
}

QString TextOptions::advice() const
{
    QStringList inlineForms;
    QStringList fileForms;
    for (const TextField& field : m_fields) {
        inlineForms << (field.positional ? field.valueName : QStringLiteral("--") + field.name);
        fileForms << QStringLiteral("--%1 PATH").arg(fileOption(field.name));
    }
    QString text = tr("Text typed on the command line (%1) may be kept in your shell history, and other programs "
                      "can see it while the command runs. Safer: %2 (a PATH of - reads standard input).")
                       .arg(inlineForms.join(QStringLiteral(", ")), fileForms.join(QStringLiteral(", ")));
    if (!m_editable.isEmpty()) {
        text += QLatin1Char(' ')
            + tr("Or --edit, which opens your editor for --%1 on a temporary file in XDG_RUNTIME_DIR that is "
                 "removed afterwards.")
                  .arg(m_editable);
    }
    return text;
}

bool TextOptions::isInline(const QCommandLineParser& parser, const TextField& field) const
{
    return field.positional ? !parser.positionalArguments().isEmpty() : parser.isSet(field.name);
}

bool TextOptions::isGiven(const QCommandLineParser& parser, const QString& name) const
{
    for (const TextField& field : m_fields) {
        if (field.name == name) {
            return isInline(parser, field) || parser.isSet(fileOption(name))
                || (name == m_editable && parser.isSet(EditOption));
        }
    }
    return false;
}

QString TextOptions::historyWarning(const TextField& field)
{
    // Never the text itself: stderr may end up in a log.
    if (field.positional) {
        //: %1 is an argument's name such as QUERY, %2 its option such as query-file
        const QString warning = tr("Warning: the %1 may be kept in your shell history; use --%2 - to read it from "
                                   "standard input.");
        return warning.arg(field.valueName, fileOption(field.name));
    }
    //: %1 is an option such as body, %2 its companion such as body-file
    const QString warning = tr("Warning: --%1 text may be kept in your shell history; use --%2 - to read it from "
                               "standard input.");
    return warning.arg(field.name, fileOption(field.name));
}

std::optional<Failure> TextOptions::check(const QCommandLineParser& parser, Console& console) const
{
    // The warning first: the text is in the history already, whatever happens next.
    for (const TextField& field : m_fields) {
        if (!isInline(parser, field)) {
            continue;
        }
        console.warn(historyWarning(field));
    }

    QStringList stdinReaders;
    for (const TextField& field : m_fields) {
        const QString file = fileOption(field.name);
        if (!parser.isSet(file)) {
            continue;
        }
        if (isInline(parser, field)) {
            const QString inlineForm = field.positional ? field.valueName : QStringLiteral("--") + field.name;
            return Failure { ExitUsage, tr("Give either %1 or --%2, not both.").arg(inlineForm, file) };
        }
        const QString path = parser.value(file);
        if (PassphraseInput::isStdin(path)) {
            stdinReaders << QStringLiteral("--%1 %2").arg(file, path);
        } else if (const auto unreadable = TextInput::checkReadable(path)) {
            return unreadable;
        }
    }
    if (stdinReaders.size() > 1) {
        return Failure { ExitUsage,
            tr("Only one text can come from standard input; got %1. Give the others a file.")
                .arg(stdinReaders.join(tr(" and "))) };
    }
    if (!m_editable.isEmpty() && parser.isSet(EditOption)) {
        if (parser.isSet(m_editable) || parser.isSet(fileOption(m_editable))) {
            return Failure { ExitUsage,
                tr("Give either --edit or --%1 / --%2, not both.").arg(m_editable, fileOption(m_editable)) };
        }
        if (auto folder = TextEditor::privateFolder(QStringLiteral("--") + fileOption(m_editable)); !folder) {
            return folder.failure();
        }
    }
    return std::nullopt;
}

std::optional<Failure> TextOptions::read(
    const QCommandLineParser& parser, const QHash<QString, QString*>& targets) const
{
    for (const TextField& field : m_fields) {
        QString* target = targets.value(field.name);
        Q_ASSERT(target);
        if (!target) {
            continue;
        }
        if (parser.isSet(fileOption(field.name))) {
            auto text = TextInput::read(parser.value(fileOption(field.name)));
            if (!text) {
                return text.failure();
            }
            SecureBytes::wipe(*target);
            *target = std::move(text).value();
            if (field.list) {
                target->replace(QLatin1Char('\r'), QLatin1Char(',')).replace(QLatin1Char('\n'), QLatin1Char(','));
            }
        } else if (field.positional && isInline(parser, field)) {
            *target = parser.positionalArguments().constFirst();
        } else if (isInline(parser, field)) {
            *target = field.list ? parser.values(field.name).join(QLatin1Char(',')) : parser.value(field.name);
        }
    }
    // The editor last: a file that cannot be read fails before anything is typed.
    if (!m_editable.isEmpty() && parser.isSet(EditOption)) {
        auto text
            = TextEditor::edit(m_editable + QStringLiteral(".txt"), QStringLiteral("--") + fileOption(m_editable));
        if (!text) {
            return text.failure();
        }
        QString* target = targets.value(m_editable);
        Q_ASSERT(target);
        if (!target) {
            return Failure { ExitInternal, tr("Internal error: no place for the edited text.") };
        }
        SecureBytes::wipe(*target);
        *target = std::move(text).value();
    }
    return std::nullopt;
}

} // namespace kap::cli
