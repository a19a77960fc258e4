// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/PassphraseStrength.h"

namespace kap {

PassphraseStrength::PassphraseStrength(QObject* parent) : QObject(parent) { }

void PassphraseStrength::evaluate(const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        reset();
        return;
    }
    m_rating = PassphraseRating::rate(passphrase, m_userWords);
    Q_EMIT changed();
}

void PassphraseStrength::reset()
{
    if (m_rating.isEmpty()) {
        return;
    }
    m_rating = PassphraseRating();
    Q_EMIT changed();
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
