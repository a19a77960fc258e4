// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/CommandTable.h"

namespace kap::cli {

std::vector<std::unique_ptr<Command>> makeAllCommands()
{
    std::vector<std::unique_ptr<Command>> commands;
#define KAP_CLI_MAKE(Name) commands.push_back(make##Name##Command());
    KAP_CLI_COMMANDS(KAP_CLI_MAKE)
#undef KAP_CLI_MAKE
    return commands;
}

} // namespace kap::cli
