// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/PdfEncryptor.h"

#include <QString>

namespace kap {

/// Export passwords: generated passphrases of common words that are easy to read aloud to a
/// therapist. How strong a chosen one is, PassphraseStrength says (one rule for every passphrase).
class PassphraseGenerator
{
public:
    static constexpr int DefaultWords = 5;

    /// `words` words from passphraseWords(), chosen with libsodium's uniform random generator,
    /// joined by single spaces (about 11 bits each: 5 words ≈ 55 bits), drawn again until the
    /// whole is at most `maxLength` characters (PdfEncryptor::MaxPasswordBytes; the words are
    /// ASCII). That keeps about 57 % of the draws, so it costs under one bit. Empty when no draw
    /// fits (a `maxLength` too short for `words` words).
    static QString generate(int words = DefaultWords, qsizetype maxLength = PdfEncryptor::MaxPasswordBytes);
};

} // namespace kap
