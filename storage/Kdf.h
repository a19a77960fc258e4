// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"
#include "storage/SecureBytes.h"

#include <QByteArray>

#include <array>
#include <cstdint>

namespace kap {

/// Argon2id parameters, versioned and stored in the journal file itself.
///
/// SQLCipher 3.4.1 keeps a 16-byte salt in bytes 0-15 of the file. We use that salt to also carry
/// the KDF parameters, so a journal stays one self-describing file and a later release can raise
/// the cost at the next passphrase change without losing the ability to open older files:
///
///   bytes 0-1   'K' 'J'             magic: tells a journal from random bytes or a plain database
///   byte  2     format (1)          1 = Argon2id v1.3 via libsodium crypto_pwhash
///   byte  3     opslimit            Argon2 passes (t)
///   byte  4     log2(memlimit KiB)  e.g. 18 = 256 MiB
///   bytes 5-15  random              88 bits of per-file salt
///
/// All 16 bytes are the Argon2 salt, so the parameters are also bound into the derived key.
struct KdfParams
{
    std::uint8_t format = 1;
    std::uint8_t opsLimit = 3;
    std::uint8_t memLog2KiB = 18;

    /// The cost a release build uses for new journals and passphrase changes (~0.6 s here).
    static KdfParams production();
    /// A cheap profile for tests and benchmarks; only reachable through the API, never through an
    /// environment variable or a setting.
    static KdfParams fastForTests();

    std::size_t memLimitBytes() const { return std::size_t(1024) << memLog2KiB; }
    bool isSupported() const;
    bool operator==(const KdfParams&) const = default;
};

/// The 16-byte file header / salt described above.
struct KdfHeader
{
    static constexpr std::size_t Size = 16;
    std::array<unsigned char, Size> bytes {};

    /// A new header with fresh random salt bytes.
    static KdfHeader generate(const KdfParams& params);
    /// Parses the first 16 bytes of a file. Fails with NotAJournal / PlaintextDatabase.
    static Result<KdfHeader> parse(const QByteArray& first16);
    /// Whether a file's first 16 bytes carry the journal magic, whatever format or parameters
    /// follow (a newer journal is still a journal).
    static bool hasMagic(const QByteArray& first16);

    KdfParams params() const;
};

/// Derives the 32-byte SQLCipher key from a passphrase with Argon2id.
Result<SecureBytes> deriveKey(const SecureBytes& passphrase, const KdfHeader& header);

/// The SQLCipher raw-key string `x'<64 hex key><32 hex salt>'` (99 bytes, in secure memory).
/// Handing SQLCipher the salt explicitly makes it write exactly this salt into bytes 0-15.
SecureBytes rawKeySpec(const SecureBytes& key, const KdfHeader& header);

} // namespace kap
