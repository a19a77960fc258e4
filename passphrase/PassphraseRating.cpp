// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passphrase/PassphraseRating.h"

#include <sodium.h>
#include <zxcvbn.h>

#include <cstring>
#include <utility>
#include <vector>

namespace kap {

namespace {

/// Bytes of the first `maxCharacters` characters of `utf8`, and how many characters that is
/// (continuation bytes 10xxxxxx do not start a character).
std::pair<qsizetype, qsizetype> leadingCharacters(QByteArrayView utf8, qsizetype maxCharacters)
{
    qsizetype characters = 0;
    qsizetype bytes = 0;
    for (; bytes < utf8.size(); ++bytes) {
        if ((static_cast<unsigned char>(utf8[bytes]) & 0xC0) != 0x80) {
            if (characters == maxCharacters) {
                break;
            }
            ++characters;
        }
    }
    return { bytes, characters };
}

} // namespace

QStringList PassphraseRating::defaultUserWords()
{
    return { QStringLiteral("kap"), QStringLiteral("ketamine"), QStringLiteral("journal"), QStringLiteral("kapjournal"),
        QStringLiteral("passphrase"), QStringLiteral("password") };
}

PassphraseRating PassphraseRating::rate(QByteArrayView utf8, const QStringList& userWords)
{
    PassphraseRating rating;
    if (utf8.isEmpty() || sodium_init() < 0) {
        return rating;
    }
    const auto [bytes, characters] = leadingCharacters(utf8, MaxEvaluatedCharacters);
    // zxcvbn wants a zero-terminated string: the copy stays in locked memory and is wiped.
    auto* copy = static_cast<char*>(sodium_malloc(std::size_t(bytes) + 1));
    if (!copy) {
        return rating;
    }
    std::memcpy(copy, utf8.data(), std::size_t(bytes));
    copy[bytes] = '\0';

    std::vector<QByteArray> words;
    words.reserve(std::size_t(userWords.size()));
    for (const QString& word : userWords) {
        words.push_back(word.toUtf8());
    }
    std::vector<const char*> dictionary;
    for (const QByteArray& word : words) {
        dictionary.push_back(word.constData());
    }
    dictionary.push_back(nullptr);

    const double bits = ZxcvbnMatch(copy, dictionary.data(), nullptr);
    sodium_free(copy); // wipes before freeing

    rating.m_entropyBits = bits;
    rating.m_score = scoreForBits(bits);
    rating.m_empty = false;
    rating.m_long = characters >= 16;
    return rating;
}

PassphraseRating PassphraseRating::rate(const QString& passphrase, const QStringList& userWords)
{
    QByteArray utf8 = passphrase.left(MaxEvaluatedCharacters).toUtf8();
    const PassphraseRating rating = rate(QByteArrayView(utf8), userWords);
    sodium_memzero(utf8.data(), std::size_t(utf8.size()));
    return rating;
}

int PassphraseRating::scoreForBits(double bits)
{
    if (bits < Score1Bits) {
        return 0;
    }
    if (bits < Score2Bits) {
        return 1;
    }
    if (bits < Score3Bits) {
        return 2;
    }
    if (bits < Score4Bits) {
        return 3;
    }
    return 4;
}

QString PassphraseRating::label() const
{
    if (m_empty) {
        return QString();
    }
    switch (m_score) {
    case 0:
        return tr("Very weak");
    case 1:
        return tr("Weak");
    case 2:
        return tr("Fair");
    case 3:
        return tr("Strong");
    default:
        return tr("Very strong");
    }
}

QString PassphraseRating::hint() const
{
    if (m_empty) {
        return tr("Use four or more unrelated words, or a sentence only you would think of.");
    }
    if (m_score < MinimumAcceptableScore) {
        return m_long ? tr("Long, but predictable. Avoid common phrases, names and keyboard patterns.")
                      : tr("Too easy to guess. Add a few unrelated words.");
    }
    if (m_score < 4) {
        return tr("Good enough. One more unusual word makes it much stronger.");
    }
    return tr("Hard to guess. Make sure you can remember it.");
}

} // namespace kap
