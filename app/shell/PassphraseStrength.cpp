// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/PassphraseStrength.h"

#include "storage/SecureBytes.h"

#include <zxcvbn.h>

#include <vector>

namespace kap {

namespace {
// zxcvbn is a C library that counts bytes; very long inputs only cost time without changing the
// verdict ("very strong"), so the meter stops looking after this many characters.
constexpr qsizetype MaxEvaluatedLength = 256;
} // namespace

PassphraseStrength::PassphraseStrength(QObject* parent) : QObject(parent)
{
    m_userWords = { QStringLiteral("kap"), QStringLiteral("ketamine"), QStringLiteral("journal"),
        QStringLiteral("kapjournal"), QStringLiteral("passphrase"), QStringLiteral("password") };
}

void PassphraseStrength::evaluate(const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        reset();
        return;
    }
    QByteArray utf8 = passphrase.left(MaxEvaluatedLength).toUtf8();
    std::vector<QByteArray> words;
    words.reserve(std::size_t(m_userWords.size()));
    std::vector<const char*> dict;
    for (const QString& word : m_userWords) {
        words.push_back(word.toUtf8());
    }
    for (const QByteArray& word : words) {
        dict.push_back(word.constData());
    }
    dict.push_back(nullptr);

    const double bits = ZxcvbnMatch(utf8.constData(), dict.data(), nullptr);
    SecureBytes::wipe(utf8);

    m_entropyBits = bits;
    m_score = scoreForBits(bits);
    m_empty = false;
    m_long = passphrase.size() >= 16;
    Q_EMIT changed();
}

void PassphraseStrength::reset()
{
    if (m_empty) {
        return;
    }
    m_entropyBits = 0;
    m_score = 0;
    m_empty = true;
    m_long = false;
    Q_EMIT changed();
}

int PassphraseStrength::scoreForBits(double bits)
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

QString PassphraseStrength::label() const
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

QString PassphraseStrength::hint() const
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

void PassphraseStrength::setUserWords(const QStringList& words)
{
    if (m_userWords == words) {
        return;
    }
    m_userWords = words;
    Q_EMIT userWordsChanged();
}

} // namespace kap
