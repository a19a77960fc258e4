// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "passphrase/PassphraseGenerator.h"

#include "passphrase/PassphraseWords.h"

#include <QStringList>

#include <sodium.h>

namespace kap {

QString PassphraseGenerator::generate(int words, qsizetype maxLength)
{
    if (sodium_init() < 0 || words < 1) {
        return {};
    }
    const auto list = passphraseWords();
    if (list.empty()) {
        return {};
    }
    // A fitting draw comes within a few tries; the bound only stops an impossible request.
    for (int attempt = 0; attempt < 10000; ++attempt) {
        QStringList chosen;
        for (int i = 0; i < words; ++i) {
            chosen.append(QString::fromLatin1(list[randombytes_uniform(std::uint32_t(list.size()))]));
        }
        QString passphrase = chosen.join(QLatin1Char(' '));
        if (passphrase.size() <= maxLength) {
            return passphrase;
        }
    }
    return {};
}

} // namespace kap
