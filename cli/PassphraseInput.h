// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliOutcome.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace kap::cli {

/// Where passphrases come from: the first line of a file given with an option, or a prompt on the
/// controlling terminal with echo turned off. Never argv, never the environment (both are visible
/// to other processes and end up in shell history). Passphrases are read byte by byte straight
/// into SecureBytes; nothing else holds a copy.
///
/// "-" and "/dev/stdin" read standard input itself (file descriptor 0), one line per passphrase,
/// so `printf 'old\nnew\n' | kapjournal-cli change-passphrase --passphrase-file - --new-passphrase-file -`
/// works, and what follows the passphrase line stays available (e.g. `add-note --body-file -`).
class PassphraseInput
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseInput)

public:
    /// Longest accepted passphrase, in bytes.
    static constexpr std::size_t MaxBytes = 4096;

    /// The first line of `path` (without the line break).
    static Outcome<SecureBytes> fromFile(const QString& path);
    /// Asks once on the terminal, without echo.
    static Outcome<SecureBytes> fromTerminal(const QString& prompt);
    /// Asks twice on the terminal (new passphrases); fails when the two differ or it is empty.
    static Outcome<SecureBytes> newFromTerminal(const QString& prompt, const QString& confirmPrompt);
    /// Whether `path` names standard input ("-" or "/dev/stdin").
    static bool isStdin(const QString& path);
};

} // namespace kap::cli
