// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>
#include <QStringList>

namespace kap {

/// Estimates how hard a passphrase is to guess (zxcvbn, Debian's libzxcvbn) for the strength meter
/// on the create-journal and change-passphrase screens.
///
/// The passphrase is handed in through evaluate() and never stored: only the verdict (entropy in
/// bits, a 0-4 score and a sentence) stays in the object. The thresholds are stricter than
/// zxcvbn's web defaults because a stolen journal can be attacked offline for as long as the
/// attacker likes; Argon2id slows each guess, it does not stop them.
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
    /// Bits of entropy at which each score starts (score 0 below the first).
    static constexpr double Score1Bits = 28.0;
    static constexpr double Score2Bits = 40.0;
    static constexpr double Score3Bits = 56.0;
    static constexpr double Score4Bits = 72.0;
    /// The lowest score the create screen accepts.
    static constexpr int MinimumAcceptableScore = 2;

    explicit PassphraseStrength(QObject* parent = nullptr);

    /// Re-rates `passphrase`. The UTF-8 copy made for zxcvbn is wiped before returning.
    Q_INVOKABLE void evaluate(const QString& passphrase);
    /// Forgets the last verdict (e.g. when the field is cleared on lock).
    Q_INVOKABLE void reset();

    double entropyBits() const { return m_entropyBits; }
    int score() const { return m_score; }
    bool isEmpty() const { return m_empty; }
    bool isAcceptable() const { return !m_empty && m_score >= MinimumAcceptableScore; }
    QString label() const;
    QString hint() const;

    QStringList userWords() const { return m_userWords; }
    void setUserWords(const QStringList& words);

    /// The score for a number of bits; exposed for tests.
    static int scoreForBits(double bits);

Q_SIGNALS:
    void changed();
    void userWordsChanged();

private:
    QStringList m_userWords;
    double m_entropyBits = 0;
    int m_score = 0;
    bool m_empty = true;
    bool m_long = false;
};

} // namespace kap
