// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/PdfEncryptor.h"

// qpdf 11: use std::shared_ptr everywhere and do not warn about the PointerHolder transition.
#define POINTERHOLDER_TRANSITION 4

#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFWriter.hh>

#include <sodium.h>

#include <exception>
#include <string>

namespace kap {

namespace {
// qpdf takes passwords as C strings; ours are NUL-free UTF-8 (R6 uses UTF-8 passwords).
std::string toStdString(const SecureBytes& bytes)
{
    return std::string(bytes.chars(), bytes.size());
}

void wipe(std::string& s)
{
    if (!s.empty()) {
        sodium_memzero(s.data(), s.size());
    }
    s.clear();
}
} // namespace

Status PdfEncryptor::checkPassword(const SecureBytes& password)
{
    if (password.isEmpty()) {
        return makeError(ErrorCode::EmptyPassphrase, QStringLiteral("export password is empty"));
    }
    if (qsizetype(password.size()) > MaxPasswordBytes) {
        return makeError(ErrorCode::PassphraseTooLong,
            QStringLiteral("export password is %1 bytes, at most %2").arg(password.size()).arg(MaxPasswordBytes));
    }
    return {};
}

Result<QByteArray> PdfEncryptor::encrypt(const QByteArray& pdf, const SecureBytes& password)
{
    if (Status usable = checkPassword(password); !usable) {
        return usable.error();
    }
    for (std::size_t i = 0; i < password.size(); ++i) {
        if (password.data()[i] == 0) {
            return makeError(ErrorCode::InvalidArgument, QStringLiteral("password contains NUL"));
        }
    }
    if (sodium_init() < 0) {
        return makeError(ErrorCode::Internal, QStringLiteral("libsodium init failed"));
    }
    unsigned char ownerRaw[32];
    randombytes_buf(ownerRaw, sizeof ownerRaw);
    char ownerHex[sizeof ownerRaw * 2 + 1];
    sodium_bin2hex(ownerHex, sizeof ownerHex, ownerRaw, sizeof ownerRaw);
    sodium_memzero(ownerRaw, sizeof ownerRaw);

    std::string user = toStdString(password);
    QByteArray out;
    Error failure;
    try {
        QPDF doc;
        doc.setSuppressWarnings(true);
        doc.processMemoryFile("report", pdf.constData(), std::size_t(pdf.size()));
        QPDFWriter writer(doc);
        writer.setOutputMemory();
        writer.setR6EncryptionParameters(user.c_str(), ownerHex,
            true, // accessibility (screen readers)
            false, // extract for reuse
            false, // assemble
            false, // annotate and fill forms
            false, // fill forms
            false, // other modification
            qpdf_r3p_full, // printing allowed
            true); // encrypt metadata
        writer.write();
        const auto buffer = writer.getBufferSharedPointer();
        out = QByteArray(reinterpret_cast<const char*>(buffer->getBuffer()), qsizetype(buffer->getSize()));
    } catch (const QPDFExc& e) {
        failure = makeError(ErrorCode::InvalidArgument, QStringLiteral("qpdf: cannot read input PDF"));
    } catch (const std::exception& e) {
        failure = makeError(ErrorCode::Internal, QStringLiteral("qpdf: %1").arg(QString::fromUtf8(e.what())));
    }
    wipe(user);
    sodium_memzero(ownerHex, sizeof ownerHex);
    if (failure.code != ErrorCode::None) {
        return failure;
    }
    return out;
}

} // namespace kap
