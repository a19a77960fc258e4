// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/CipherFormat.h"

#include "storage/Database.h"
#include "storage/SqlCipher.h"

#include <QByteArray>
#include <QLoggingCategory>

#include <mutex>

Q_LOGGING_CATEGORY(lcCipher, "kap.storage.cipher")

namespace kap::cipherformat {

namespace {

constexpr auto HmacAlgorithm = "HMAC_SHA1";
constexpr auto HmacKdfAlgorithm = "PBKDF2_HMAC_SHA1";

/// "PRAGMA <schema>.<name>", the form SQLCipher accepts for ATTACHed databases too.
QByteArray pragma(const char* schema, const char* name)
{
    return QByteArray("PRAGMA ") + schema + '.' + name;
}

int majorVersion(const QString& cipherVersion)
{
    return cipherVersion.section(QLatin1Char('.'), 0, 0).toInt();
}

Error mismatch(const QString& detail)
{
    return makeError(ErrorCode::CipherMismatch, detail);
}

} // namespace

void setProcessDefaults()
{
    static std::once_flag once;
    std::call_once(once, [] {
        // A scratch connection: the default is process-wide, not tied to the connection that sets
        // it. SQLCipher 3.4.1 does not know the PRAGMA and returns nothing.
        sqlite3* scratch = nullptr;
        if (sqlite3_open_v2(":memory:", &scratch, SQLITE_OPEN_READWRITE | SQLITE_OPEN_MEMORY, nullptr) == SQLITE_OK) {
            if (sqlite3_exec(scratch, "PRAGMA cipher_default_compatibility = 3", nullptr, nullptr, nullptr)
                != SQLITE_OK) {
                qCWarning(lcCipher) << "cipher_default_compatibility failed:" << sqlite3_errmsg(scratch);
            }
            // SQLCipher 4 logs every failed page HMAC (a wrong passphrase) to stderr; we report
            // errors ourselves, in words, and the CLI's stderr is for those. 4.6 logs errors at
            // any level: only filtering out every source stops it.
            sqlite3_exec(
                scratch, "PRAGMA cipher_log_level = NONE; PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);
        }
        sqlite3_close_v2(scratch);
    });
}

void applyAfterKey(sqlite3* handle)
{
    // Errors here would show in check() as wrong settings, which is where they belong.
    sqlite3_exec(handle, "PRAGMA cipher_compatibility = 3", nullptr, nullptr, nullptr);
}

Status check(Database& db, const char* schema)
{
    auto version = db.queryText(pragma(schema, "cipher_version").constData());
    if (!version || version.value().isEmpty()) {
        return makeError(ErrorCode::Internal, QStringLiteral("SQLCipher codec missing: refusing to write plaintext"));
    }
    const int major = majorVersion(version.value());
    if (major < 3) {
        return mismatch(QStringLiteral("SQLCipher %1 is older than 3.x").arg(version.value()));
    }
    auto pageSize = db.queryInt(pragma(schema, "cipher_page_size").constData());
    if (!pageSize || pageSize.value() != PageSize) {
        const QString problem = QStringLiteral("%1: cipher page size %2, expected %3");
        return mismatch(problem.arg(QLatin1String(schema)).arg(pageSize ? pageSize.value() : -1).arg(PageSize));
    }
    // 3.4.1 reports cipher_use_hmac and cipher; the algorithms (always SHA1 there) and the
    // plaintext header (always none) only exist as settings from 4.0 on.
    auto useHmac = db.queryText(pragma(schema, "cipher_use_hmac").constData());
    if (useHmac && !useHmac.value().isEmpty() && useHmac.value() != QLatin1String("1")) {
        return mismatch(QStringLiteral("%1: HMAC off").arg(QLatin1String(schema)));
    }
    auto cipher = db.queryText(pragma(schema, "cipher").constData());
    if (cipher && !cipher.value().isEmpty()
        && !cipher.value().contains(QLatin1String("AES-256-CBC"), Qt::CaseInsensitive)) {
        return mismatch(QStringLiteral("%1: cipher %2").arg(QLatin1String(schema), cipher.value()));
    }
    if (major >= 4) {
        auto hmac = db.queryText(pragma(schema, "cipher_hmac_algorithm").constData());
        if (!hmac || hmac.value() != QLatin1String(HmacAlgorithm)) {
            return mismatch(QStringLiteral("%1: HMAC %2").arg(QLatin1String(schema), hmac ? hmac.value() : QString()));
        }
        auto kdf = db.queryText(pragma(schema, "cipher_kdf_algorithm").constData());
        if (!kdf || kdf.value() != QLatin1String(HmacKdfAlgorithm)) {
            return mismatch(QStringLiteral("%1: KDF %2").arg(QLatin1String(schema), kdf ? kdf.value() : QString()));
        }
        auto header = db.queryInt(pragma(schema, "cipher_plaintext_header_size").constData());
        if (!header || header.value() != 0) {
            return mismatch(QStringLiteral("%1: plaintext header").arg(QLatin1String(schema)));
        }
    }
    return {};
}

std::span<const char* const> alternativeSettings()
{
    static constexpr const char* alternatives[] = {
        "PRAGMA cipher_compatibility = 4", // SQLCipher 4's defaults (4.x only; 3.4.1 ignores it)
        "PRAGMA cipher_page_size = 4096", // the 3.x layout with larger pages
        "PRAGMA cipher_use_hmac = OFF", // SQLCipher 1.x: no per-page HMAC
    };
    return alternatives;
}

} // namespace kap::cipherformat
