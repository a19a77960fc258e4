// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "cli/CliOutcome.h"

#include <QCoreApplication>
#include <QString>

namespace kap::cli {

/// Reads free text (a note body, an experience) from a file or from standard input ("-" or
/// /dev/stdin). UTF-8 only; the raw bytes are wiped after decoding because they are journal
/// content.
class TextInput
{
    Q_DECLARE_TR_FUNCTIONS(TextInput)

public:
    /// Upper limit for one text, so a wrong file name (a disk image...) fails quickly.
    static constexpr qint64 MaxBytes = 8 * 1024 * 1024;

    /// The whole text, with trailing line breaks removed. Fails with ExitFile when the file
    /// cannot be read, ExitInvalidData when it is not UTF-8 or too large.
    static Outcome<QString> read(const QString& path);
    /// A quick check before asking for a passphrase: does `path` name a readable file (or stdin)?
    static std::optional<Failure> checkReadable(const QString& path);
};

} // namespace kap::cli
