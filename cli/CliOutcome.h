// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"

#include <QString>

#include <utility>
#include <variant>

namespace kap::cli {

/// The documented exit codes of kapjournal-cli (README.md, `kapjournal-cli --help`). Scripts
/// depend on these numbers: never renumber, only add.
enum ExitCode : int {
    ExitOk = 0,
    ExitUsage = 1, ///< unknown command or option, missing argument, no terminal for a prompt
    ExitPassphrase = 2, ///< wrong, empty or too weak passphrase, confirmation differs
    ExitFile = 3, ///< not found, not a journal, corrupted, newer version, in use, read-only, disk full
    ExitInvalidData = 4, ///< a value was rejected (out of range, bad date, unknown record...)
    ExitVerifyFailed = 5, ///< verify found problems
    ExitInternal = 70, ///< a bug (EX_SOFTWARE)
};

/// A failed step: the exit code and the sentence to print on stderr.
struct Failure
{
    int exitCode = ExitInternal;
    QString message;
    ErrorCode code = ErrorCode::None; ///< the storage error behind it, if any
};

/// The exit code for a storage error (ErrorCode) met while opening or changing a journal.
int exitCodeFor(ErrorCode code);
/// A Failure whose sentence comes from ErrorText.
Failure failureFrom(const Error& error);

/// A value or a Failure; the CLI's counterpart of kap::Result.
template <typename T> class [[nodiscard]] Outcome
{
public:
    Outcome(T value) // NOLINT(google-explicit-constructor)
        : m_data(std::move(value))
    {
    }
    Outcome(Failure failure) // NOLINT(google-explicit-constructor)
        : m_data(std::move(failure))
    {
    }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T& value() & { return std::get<T>(m_data); }
    T&& value() && { return std::get<T>(std::move(m_data)); }
    const Failure& failure() const { return std::get<Failure>(m_data); }

private:
    std::variant<T, Failure> m_data;
};

} // namespace kap::cli
