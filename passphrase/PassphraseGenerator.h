// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

#include <limits>

namespace kap {

/// Generated passphrases of common words that are easy to read aloud (export passwords read to a
/// therapist). How strong a chosen one is, PassphraseRating says (one rule for every passphrase).
class PassphraseGenerator
{
public:
    static constexpr int DefaultWords = 5;
    static constexpr qsizetype NoLengthLimit = std::numeric_limits<qsizetype>::max();

    /// `words` words from passphraseWords(), chosen with libsodium's uniform random generator,
    /// joined by single spaces (about 11 bits each: 5 words ≈ 55 bits), drawn again until the
    /// whole is at most `maxLength` characters (the words are ASCII, so bytes too; the report
    /// passes PdfEncryptor::MaxPasswordBytes, which keeps about 57 % of 5-word draws, so it costs
    /// under one bit). Empty when no draw fits (a `maxLength` too short for `words` words).
    static QString generate(int words = DefaultWords, qsizetype maxLength = NoLengthLimit);
};

} // namespace kap
