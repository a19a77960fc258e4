// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/Command.h"

#include <memory>
#include <vector>

namespace kap::cli {

// The registered commands, in the order `kapjournal-cli --help` lists them. To add a command,
// write <Name>Command.cpp defining make<Name>Command() and add one X(<Name>) line here
// (README.md, "Adding a command").
#define KAP_CLI_COMMANDS(X)                                                                                            \
    X(Create)                                                                                                          \
    X(AddCheckin)                                                                                                      \
    X(AddSession)                                                                                                      \
    X(AddNote)                                                                                                         \
    X(AddPhase)                                                                                                        \
    X(AddQuestionnaire)                                                                                                \
    X(List)                                                                                                            \
    X(Search)                                                                                                          \
    X(Stats)                                                                                                           \
    X(Delete)                                                                                                          \
    X(Trash)                                                                                                           \
    X(Untrash)                                                                                                         \
    X(ChangePassphrase)                                                                                                \
    X(Verify)                                                                                                          \
    X(Report)                                                                                                          \
    X(Backup)                                                                                                          \
    X(Restore)                                                                                                         \
    X(ImportDaylio)                                                                                                    \
    X(ExportJson)                                                                                                      \
    X(ImportJson)

#define KAP_CLI_DECLARE_FACTORY(Name) std::unique_ptr<Command> make##Name##Command();
KAP_CLI_COMMANDS(KAP_CLI_DECLARE_FACTORY)
#undef KAP_CLI_DECLARE_FACTORY

/// One instance of every registered command.
std::vector<std::unique_ptr<Command>> makeAllCommands();

} // namespace kap::cli
