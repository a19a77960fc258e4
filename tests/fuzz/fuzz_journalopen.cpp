// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for opening a journal file (SECURITY.md requirements 4 and 14): the bytes are
// written to a file and opened with a fixed passphrase. Any input must give an open journal or a
// clean error (never a crash or a hang), and a failed open must leave the file byte-for-byte as it
// was (checked here by hashing it before and after) with nothing new beside it.
//
// The KDF cost comes from the file's own header; a header asking for more than the fast test
// profile is lowered to it first, so that each run costs milliseconds, not seconds. (The header's
// limits are tested in tst_kdf; here the interest is the file behind it.)
#include "storage/Journal.h"
#include "storage/Kdf.h"
#include "storage/SecureBytes.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

/// The passphrase of the seed journals in corpus/journalopen (make_journalopen_corpus.cpp).
constexpr char Passphrase[] = "fuzz passphrase";

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QByteArray fileSha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return sha256(file.readAll());
}

/// Lowers the Argon2 cost a journal header asks for to the fast test profile (bytes 3 and 4, see
/// Kdf.h); lower values and everything else stay as the fuzzer made them.
void capKdfCost(QByteArray& bytes)
{
    if (!kap::KdfHeader::hasMagic(bytes.left(kap::KdfHeader::Size))) {
        return;
    }
    const kap::KdfParams fast = kap::KdfParams::fastForTests();
    bytes[3] = static_cast<char>(std::min(static_cast<std::uint8_t>(bytes[3]), fast.opsLimit));
    bytes[4] = static_cast<char>(std::min(static_cast<std::uint8_t>(bytes[4]), fast.memLog2KiB));
}

void removeJournalFiles(QDir dir)
{
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden)) {
        dir.remove(name);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    static QTemporaryDir dir;
    if (!dir.isValid()) {
        std::abort();
    }
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    capKdfCost(bytes);
    const QString path = dir.filePath(QStringLiteral("fuzz.kapj"));
    removeJournalFiles(QDir(dir.path()));
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            std::abort();
        }
    }
    const QByteArray before = sha256(bytes);

    auto journal = kap::Journal::open(path, kap::SecureBytes::fromRaw(Passphrase, sizeof(Passphrase) - 1));
    if (!journal) {
        // Every failure names what is wrong (the app words it from the code); Internal would
        // mean a case nobody thought about.
        const kap::ErrorCode code = journal.error().code;
        if (code == kap::ErrorCode::None || code == kap::ErrorCode::Internal) {
            std::fprintf(stderr, "open failed without a clear error: %s\n", qPrintable(journal.error().detail));
            std::abort();
        }
        if (fileSha256(path) != before) {
            std::fprintf(stderr, "a failed open (%s) changed the file\n", qPrintable(journal.error().detail));
            std::abort();
        }
        // Nor may it leave anything beside it (a -wal/-shm, a lock file, a rollback journal).
        const QStringList left = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        if (left != QStringList { QStringLiteral("fuzz.kapj") }) {
            std::fprintf(stderr, "a failed open (%s) left files: %s\n", qPrintable(journal.error().detail),
                qPrintable(left.join(QLatin1Char(' '))));
            std::abort();
        }
    } else {
        // Opened: the file was a journal after all (a seed, or a harmless change). Reading it
        // through must not crash either.
        journal.value()->verify().ok();
        journal.value().reset();
    }
    removeJournalFiles(QDir(dir.path()));
    return 0;
}
