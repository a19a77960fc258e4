// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

namespace kap::cli {

class Console;

/// The dispatcher: global options (--help, --version, --journal), then the command named by the
/// first word, whose own options it parses and whose --help it prints. Commands come from
/// CommandTable.cpp.
class CliApplication
{
    Q_DECLARE_TR_FUNCTIONS(CliApplication)

public:
    explicit CliApplication(std::vector<std::unique_ptr<Command>> commands);

    /// Runs the tool with `arguments` (argv, program name first) and returns the exit code.
    int run(const QStringList& arguments, Console& console);

    QString globalHelp() const;
    QString commandHelp(const Command& command) const;
    /// The exit-code table printed at the end of every help text.
    static QString exitCodeHelp();

private:
    Command* find(const QString& name) const;
    static QList<QCommandLineOption> allOptions(const Command& command);
    int runCommand(Command& command, const QStringList& arguments, const QString& globalJournal, Console& console);

    std::vector<std::unique_ptr<Command>> m_commands;
};

} // namespace kap::cli
