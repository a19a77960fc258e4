// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace kap {

/// The one strength rule for every passphrase and password the person chooses (journal, backup,
/// report; app and CLI alike): how hard it is to guess, estimated with zxcvbn (Debian's
/// libzxcvbn), and whether that is enough.
///
/// A rating keeps only the verdict (entropy in bits, a 0-4 score), never the passphrase. The
/// thresholds are stricter than zxcvbn's web defaults because a stolen journal can be attacked
/// offline for as long as the attacker likes; Argon2id slows each guess, it does not stop them.
class PassphraseRating
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseRating)

public:
    /// Bits of entropy at which each score starts (score 0 below the first).
    static constexpr double Score1Bits = 28.0;
    static constexpr double Score2Bits = 40.0;
    static constexpr double Score3Bits = 56.0;
    static constexpr double Score4Bits = 72.0;
    /// The lowest score accepted for any chosen passphrase or password.
    static constexpr int MinimumAcceptableScore = 2;
    /// zxcvbn only costs time on longer input without changing the verdict ("very strong"), so
    /// the rating stops looking after this many characters.
    static constexpr qsizetype MaxEvaluatedCharacters = 256;

    /// Words that make a passphrase weaker when used (the app's name and what it is about).
    static QStringList defaultUserWords();

    /// Rates UTF-8 text (e.g. a SecureBytes passphrase). The zero-terminated copy zxcvbn needs
    /// lives in locked memory and is wiped before returning.
    static PassphraseRating rate(QByteArrayView utf8, const QStringList& userWords = defaultUserWords());
    static PassphraseRating rate(const QString& passphrase, const QStringList& userWords = defaultUserWords());

    /// The score for a number of bits.
    static int scoreForBits(double bits);

    /// An empty rating: nothing typed yet.
    PassphraseRating() = default;

    bool isEmpty() const { return m_empty; }
    double entropyBits() const { return m_entropyBits; }
    int score() const { return m_score; }
    bool isAcceptable() const { return !m_empty && m_score >= MinimumAcceptableScore; }
    /// "Very weak" … "Very strong"; empty for an empty rating.
    QString label() const;
    /// What to do about it, in a sentence (also what to do when nothing is typed yet).
    QString hint() const;

private:
    double m_entropyBits = 0;
    int m_score = 0;
    bool m_empty = true;
    bool m_long = false;
};

} // namespace kap
