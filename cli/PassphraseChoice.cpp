// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/PassphraseChoice.h"

#include "passphrase/PassphraseRating.h"

#include <QByteArrayView>

namespace kap::cli {

std::optional<Failure> PassphraseChoice::refuseWeak(const SecureBytes& chosen, Purpose purpose)
{
    const PassphraseRating rating = PassphraseRating::rate(QByteArrayView(chosen.chars(), qsizetype(chosen.size())));
    if (rating.isAcceptable()) {
        return std::nullopt;
    }
    QString refusal;
    switch (purpose) {
    case Purpose::NewJournal:
        refusal = tr("The passphrase is too easy to guess (%1). %2");
        break;
    case Purpose::NewPassphrase:
        refusal = tr("The new passphrase is too easy to guess (%1). %2");
        break;
    case Purpose::Backup:
        refusal = tr("The backup passphrase is too easy to guess (%1). %2");
        break;
    case Purpose::ExportPassword:
        refusal = tr("The export password is too easy to guess (%1). %2");
        break;
    }
    return Failure { ExitPassphrase, refusal.arg(rating.label(), rating.hint()) };
}

} // namespace kap::cli
