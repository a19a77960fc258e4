// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"

#include <QtGlobal>

#include <span>

struct sqlite3;

namespace kap {

class Database;

/// The one journal format on every supported SQLCipher (SECURITY.md requirement 16): the SQLCipher
/// 3.x layout - 1 KiB pages, AES-256-CBC, per-page HMAC-SHA1 (its key derived with
/// PBKDF2-HMAC-SHA1), no plaintext header - keyed with our raw Argon2id key and salt. Debian 12's
/// SQLCipher 3.4.1 writes it by default; SQLCipher 4.x writes it only when told, and ignores the
/// per-connection `cipher_compatibility` until a key is set. So journals and backups move between
/// the two releases, and what the library reports back is all we trust.
namespace cipherformat {

/// Bytes per page in the journal format; a journal file is a whole number of them.
constexpr qint64 PageSize = 1024;

/// Makes SQLCipher 4.x use the 3.x settings for every connection opened from now on, ATTACHed
/// backup and re-key targets included (`cipher_default_compatibility`), and silences 4.x's own
/// logging to stderr. Runs once per process, before the first journal connection; safe to call
/// from any thread and again.
void setProcessDefaults();

/// For a connection whose key was just set: per-connection 3.x compatibility as well (4.x; 3.4.1
/// ignores the unknown PRAGMA and has the 3.x settings anyway).
void applyAfterKey(sqlite3* handle);

/// Reads back the cipher settings of `schema` ("main" or an ATTACHed database's name) and refuses
/// anything but the journal format with ErrorCode::CipherMismatch. Also refuses a library without
/// the codec (it would write plaintext).
Status check(Database& db, const char* schema = "main");

/// The alternative settings to try after the journal format failed with a key we believe is right:
/// if one of them reads the file, the file is in another cipher layout, not locked with another
/// passphrase. Each entry is SQL to run right after the key. Includes only what the linked library
/// can read (SQLCipher 4 defaults, 4 KiB pages, SQLCipher 1's layout without HMAC).
std::span<const char* const> alternativeSettings();

} // namespace cipherformat
} // namespace kap
