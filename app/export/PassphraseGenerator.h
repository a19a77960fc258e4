// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "PdfEncryptor.h"

#include <QString>

namespace kap {

/// Export passwords: generated passphrases of common words that are easy to read aloud to a
/// therapist, and a rough strength estimate for the password field.
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

    /// Estimated entropy in bits: for a passphrase made only of list words, words × log2(list
    /// size); otherwise length × log2(alphabet in use), halved for obvious patterns (one
    /// repeated character, a run like "1234" or "abcd"). An estimate to guide, not a guarantee.
    static double estimateBits(const QString& password);

    enum class Strength { Empty, Weak, Fair, Good, Strong };
    /// Empty; Weak < 40 bits; Fair < 50; Good < 64; Strong from 64.
    static Strength strength(const QString& password);
};

} // namespace kap
