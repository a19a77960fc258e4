// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/Console.h"

#include <cstdio>

namespace kap::cli {

Console::Console() : m_out(stdout), m_err(stderr) { }

Console::~Console()
{
    m_out.flush();
    m_err.flush();
}

int Console::fail(const Failure& failure)
{
    m_out.flush();
    m_err << "kapjournal-cli: " << failure.message << Qt::endl;
    return failure.exitCode;
}

int Console::fail(int exitCode, const QString& message)
{
    return fail(Failure { exitCode, message });
}

void Console::warn(const QString& message)
{
    m_out.flush();
    m_err << "kapjournal-cli: " << message << Qt::endl;
}

} // namespace kap::cli
