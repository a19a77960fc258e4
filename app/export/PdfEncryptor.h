#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>

namespace kap {

/// Encrypts a PDF held in memory with qpdf: AES-256 (security handler R6, AESv3), printing
/// allowed, modification and extraction for reuse disallowed, metadata encrypted. Nothing
/// touches the disk. The owner password is random and thrown away, so the person's password
/// only opens the document and does not grant the owner's rights.
class PdfEncryptor
{
public:
    /// EmptyPassphrase for an empty password; InvalidArgument when `pdf` is not a PDF qpdf can
    /// read; Internal for anything else qpdf reports.
    static Result<QByteArray> encrypt(const QByteArray& pdf, const SecureBytes& password);
};

} // namespace kap
