// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "PassphraseGenerator.h"

#include "PassphraseWords.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>

#include <sodium.h>

#include <cmath>

namespace kap {

namespace {
const QSet<QString>& wordSet()
{
    static const QSet<QString> set = [] {
        QSet<QString> s;
        for (const char* w : passphraseWords()) {
            s.insert(QString::fromLatin1(w));
        }
        return s;
    }();
    return set;
}

bool isSequential(const QString& text)
{
    if (text.size() < 3) {
        return false;
    }
    bool up = true;
    bool down = true;
    bool same = true;
    for (qsizetype i = 1; i < text.size(); ++i) {
        const int d = text.at(i).unicode() - text.at(i - 1).unicode();
        up = up && d == 1;
        down = down && d == -1;
        same = same && d == 0;
    }
    return up || down || same;
}
} // namespace

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

double PassphraseGenerator::estimateBits(const QString& password)
{
    if (password.isEmpty()) {
        return 0;
    }
    const QStringList parts = password.split(QRegularExpression(QStringLiteral("[\\s\\-_.]+")), Qt::SkipEmptyParts);
    bool allWords = parts.size() >= 2;
    for (const QString& p : parts) {
        allWords = allWords && wordSet().contains(p.toLower());
    }
    if (allWords) {
        return double(parts.size()) * std::log2(double(passphraseWords().size()));
    }
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool other = false;
    for (QChar c : password) {
        if (c.isLower()) {
            lower = true;
        } else if (c.isUpper()) {
            upper = true;
        } else if (c.isDigit()) {
            digit = true;
        } else {
            other = true;
        }
    }
    const int alphabet = (lower ? 26 : 0) + (upper ? 26 : 0) + (digit ? 10 : 0) + (other ? 33 : 0);
    double bits = double(password.size()) * std::log2(double(std::max(alphabet, 2)));
    if (isSequential(password)) {
        bits /= 2;
    }
    return bits;
}

PassphraseGenerator::Strength PassphraseGenerator::strength(const QString& password)
{
    if (password.isEmpty()) {
        return Strength::Empty;
    }
    const double bits = estimateBits(password);
    if (bits < 40) {
        return Strength::Weak;
    }
    if (bits < 50) {
        return Strength::Fair;
    }
    if (bits < 64) {
        return Strength::Good;
    }
    return Strength::Strong;
}

} // namespace kap
