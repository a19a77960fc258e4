// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliOutcome.h"
#include "storage/SecureBytes.h"

#include <QCoreApplication>

#include <optional>

namespace kap::cli {

/// Applies the app's strength rule (PassphraseRating, zxcvbn) to a passphrase or password the
/// person chooses on the command line. There is no override: what the app refuses, the CLI
/// refuses, with the app's words.
class PassphraseChoice
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseChoice)

public:
    /// What the chosen secret is for; it names the secret in the refusal.
    enum class Purpose {
        NewJournal, ///< create
        NewPassphrase, ///< change-passphrase
        Backup, ///< backup with its own passphrase
        ExportPassword, ///< report with a chosen password
    };

    /// ExitPassphrase with the rating's advice when `chosen` is too easy to guess.
    static std::optional<Failure> refuseWeak(const SecureBytes& chosen, Purpose purpose);
};

} // namespace kap::cli
