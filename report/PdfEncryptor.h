// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"
#include "storage/SecureBytes.h"

#include <QByteArray>

namespace kap {

/// Encrypts a PDF held in memory with qpdf: AES-256 (security handler R6, AESv3), printing
/// allowed, modification and extraction for reuse disallowed, metadata encrypted. Nothing
/// touches the disk. The owner password is random and thrown away, so the person's password
/// only opens the document and does not grant the owner's rights.
class PdfEncryptor
{
public:
    /// Longest password, in UTF-8 bytes, that every reader tried opens. AES-256 (R6) allows 127,
    /// but Poppler (Evince, Okular, pdftotext; 22.12 on Debian 12 and 25.03 on Debian 13, measured)
    /// says "incorrect password" for a longer one than this, although qpdf accepts it.
    static constexpr qsizetype MaxPasswordBytes = 32;

    /// EmptyPassphrase for an empty password; PassphraseTooLong above MaxPasswordBytes.
    static Status checkPassword(const SecureBytes& password);
    /// checkPassword()'s refusals; InvalidArgument when `pdf` is not a PDF qpdf can read;
    /// Internal for anything else qpdf reports.
    static Result<QByteArray> encrypt(const QByteArray& pdf, const SecureBytes& password);
};

} // namespace kap
