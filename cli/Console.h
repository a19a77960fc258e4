// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliOutcome.h"

#include <QString>
#include <QTextStream>

namespace kap::cli {

/// Standard output and error as UTF-8 text streams. Results go to stdout; messages, warnings and
/// prompts never do (prompts go to the terminal itself), so stdout stays parseable.
class Console
{
public:
    Console();
    ~Console();
    Console(const Console&) = delete;
    Console& operator=(const Console&) = delete;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    /// Prints `failure` as "kapjournal-cli: <message>" on stderr and returns its exit code.
    int fail(const Failure& failure);
    /// Shorthand for fail({exitCode, message}).
    int fail(int exitCode, const QString& message);
    /// Prints a warning line on stderr.
    void warn(const QString& message);

private:
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace kap::cli
