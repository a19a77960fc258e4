// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Kdf.h"

#include <sodium.h>

#include <cstring>

namespace kap {

namespace {
constexpr unsigned char MagicK = 'K';
constexpr unsigned char MagicJ = 'J';
constexpr std::size_t KeyBytes = 32;
// A header is outside input: cap what it may ask for so a crafted file cannot make us allocate
// gigabytes or spin for minutes.
constexpr std::uint8_t MaxOps = 16;
constexpr std::uint8_t MinMemLog2KiB = 3; // 8 KiB, libsodium's floor
constexpr std::uint8_t MaxMemLog2KiB = 20; // 1 GiB
} // namespace

KdfParams KdfParams::production()
{
    // t=4, 256 MiB: measured 0.6 s on the 2-core reference machine (t=3 gave 0.51 s, too close to
    // the 0.5 s floor of the 0.5-1.5 s target in SECURITY.md).
    return KdfParams { 1, 4, 18 };
}

KdfParams KdfParams::fastForTests()
{
    return KdfParams { 1, 1, 13 }; // t=1, 8 MiB: a few milliseconds
}

bool KdfParams::isSupported() const
{
    return format == 1 && opsLimit >= 1 && opsLimit <= MaxOps && memLog2KiB >= MinMemLog2KiB
        && memLog2KiB <= MaxMemLog2KiB;
}

KdfHeader KdfHeader::generate(const KdfParams& params)
{
    if (sodium_init() < 0) {
        std::abort();
    }
    KdfHeader header;
    header.bytes[0] = MagicK;
    header.bytes[1] = MagicJ;
    header.bytes[2] = params.format;
    header.bytes[3] = params.opsLimit;
    header.bytes[4] = params.memLog2KiB;
    randombytes_buf(header.bytes.data() + 5, Size - 5);
    return header;
}

bool KdfHeader::hasMagic(const QByteArray& first16)
{
    return first16.size() >= static_cast<qsizetype>(Size) && static_cast<unsigned char>(first16.at(0)) == MagicK
        && static_cast<unsigned char>(first16.at(1)) == MagicJ;
}

Result<KdfHeader> KdfHeader::parse(const QByteArray& first16)
{
    if (first16.size() < static_cast<qsizetype>(Size)) {
        return makeError(ErrorCode::NotAJournal, QStringLiteral("file shorter than the 16-byte header"));
    }
    if (first16.startsWith(QByteArrayLiteral("SQLite format 3"))) {
        return makeError(ErrorCode::PlaintextDatabase, QStringLiteral("unencrypted SQLite database"));
    }
    if (!hasMagic(first16)) {
        return makeError(ErrorCode::NotAJournal, QStringLiteral("no KAP Journal magic"));
    }
    KdfHeader header;
    std::memcpy(header.bytes.data(), first16.constData(), Size);
    if (header.bytes[2] != 1) {
        return makeError(
            ErrorCode::NewerVersion, QStringLiteral("unknown key-derivation format %1").arg(header.bytes[2]));
    }
    if (!header.params().isSupported()) {
        return makeError(ErrorCode::NotAJournal, QStringLiteral("key-derivation parameters out of range"));
    }
    return header;
}

KdfParams KdfHeader::params() const
{
    return KdfParams { bytes[2], bytes[3], bytes[4] };
}

Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const KdfHeader& header)
{
    if (passphrase.isEmpty()) {
        return makeError(ErrorCode::EmptyPassphrase);
    }
    const KdfParams params = header.params();
    if (!params.isSupported()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unsupported KDF parameters"));
    }
    static_assert(KdfHeader::Size == crypto_pwhash_SALTBYTES);
    SecureBytes key(KeyBytes);
    const int rc = crypto_pwhash(key.data(), key.size(), passphrase.chars(), passphrase.size(), header.bytes.data(),
        params.opsLimit, params.memLimitBytes(), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0) {
        return makeError(ErrorCode::Internal, QStringLiteral("Argon2id failed (out of memory?)"));
    }
    return key;
}

SecureBytes rawKeySpec(const SecureBytes& key, const KdfHeader& header)
{
    // x' + 64 hex + 32 hex + ' ; sodium_bin2hex writes a trailing NUL, hence the +1 scratch.
    constexpr std::size_t SpecSize = 2 + KeyBytes * 2 + KdfHeader::Size * 2 + 1;
    SecureBytes spec(SpecSize + 1);
    char* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, KeyBytes * 2 + 1, key.data(), key.size());
    sodium_bin2hex(out + 2 + KeyBytes * 2, KdfHeader::Size * 2 + 1, header.bytes.data(), KdfHeader::Size);
    out[SpecSize - 1] = '\'';
    out[SpecSize] = '\0';
    SecureBytes trimmed = SecureBytes::fromRaw(spec.data(), SpecSize);
    return trimmed;
}

} // namespace kap
