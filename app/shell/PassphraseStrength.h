// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "passphrase/PassphraseRating.h"

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

namespace kap {

/// The strength meter on the create-journal, change-passphrase, backup and report screens: the
/// QML face of PassphraseRating (passphrase/, the one rule, which the CLI applies too).
///
/// The passphrase is handed in through evaluate() and never stored: only the last rating stays.
class PassphraseStrength : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(double entropyBits READ entropyBits NOTIFY changed)
    Q_PROPERTY(int score READ score NOTIFY changed)
    Q_PROPERTY(bool empty READ isEmpty NOTIFY changed)
    Q_PROPERTY(bool acceptable READ isAcceptable NOTIFY changed)
    Q_PROPERTY(QString label READ label NOTIFY changed)
    Q_PROPERTY(QString hint READ hint NOTIFY changed)
    /// Words that make a passphrase weaker when used (app name, the person's initials...).
    Q_PROPERTY(QStringList userWords READ userWords WRITE setUserWords NOTIFY userWordsChanged)

public:
    explicit PassphraseStrength(QObject* parent = nullptr);

    /// Re-rates `passphrase` (PassphraseRating::rate).
    Q_INVOKABLE void evaluate(const QString& passphrase);
    /// Forgets the last verdict (e.g. when the field is cleared on lock).
    Q_INVOKABLE void reset();

    double entropyBits() const { return m_rating.entropyBits(); }
    int score() const { return m_rating.score(); }
    bool isEmpty() const { return m_rating.isEmpty(); }
    bool isAcceptable() const { return m_rating.isAcceptable(); }
    QString label() const { return m_rating.label(); }
    QString hint() const { return m_rating.hint(); }

    QStringList userWords() const { return m_userWords; }
    void setUserWords(const QStringList& words);

Q_SIGNALS:
    void changed();
    void userWordsChanged();

private:
    QStringList m_userWords = PassphraseRating::defaultUserWords();
    PassphraseRating m_rating;
};

} // namespace kap
