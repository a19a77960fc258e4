// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes the seed inputs of corpus/journalopen (see fuzz_journalopen.cpp) into a folder:
//
//   make_journalopen_corpus OUT_DIR
//
// Every seed is at most 4 KiB: truncations of a real journal, single bytes flipped in its header,
// data, IV and HMAC, its pages in another order, a journal locked with another passphrase, small
// complete files in the journal format (one of a newer schema version), a plaintext SQLite file
// and an empty file. Journals use the fuzz target's passphrase and the fast test KDF profile; the
// salt is random, so each run writes other bytes of the same shapes.
#include "storage/CipherFormat.h"
#include "storage/Journal.h"
#include "storage/Kdf.h"
#include "storage/NoteRepository.h"
#include "storage/SecureBytes.h"
#include "storage/SqlCipher.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <cstring>

using namespace kap;

namespace {

constexpr char Passphrase[] = "fuzz passphrase"; // as in fuzz_journalopen.cpp
constexpr int PageSize = 1024;
constexpr int Reserved = 48; // per page: IV (16 bytes) first, then the HMAC

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeSeed(const QDir& out, const char* name, const QByteArray& bytes)
{
    QFile file(out.filePath(QLatin1String(name)));
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", name);
        return false;
    }
    return true;
}

/// A real journal (one note) made through Journal::create, as bytes.
QByteArray realJournal(const QTemporaryDir& scratch, const char* name, const char* passphrase)
{
    const QString path = scratch.filePath(QLatin1String(name));
    auto journal
        = Journal::create(path, SecureBytes::fromRaw(passphrase, std::strlen(passphrase)), KdfParams::fastForTests());
    if (!journal) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(journal.error().detail));
        return {};
    }
    IntegrationNote note;
    note.writtenAt = QDateTime::currentDateTime();
    note.title = QStringLiteral("seed");
    note.body = QStringLiteral("a note in a seed journal");
    if (!journal.value()->notes().add(note)) {
        return {};
    }
    journal.value().reset();
    return readFile(path);
}

/// A small file in the journal format with the fuzz passphrase but its own tiny schema, written
/// with the SQLCipher C API; `userVersion` is its schema version.
QByteArray smallKeyedFile(const QTemporaryDir& scratch, const char* name, int userVersion)
{
    const QString path = scratch.filePath(QLatin1String(name));
    const KdfHeader header = KdfHeader::generate(KdfParams::fastForTests());
    auto key = deriveKey(SecureBytes::fromRaw(Passphrase, sizeof(Passphrase) - 1), header);
    if (!key) {
        return {};
    }
    const SecureBytes spec = rawKeySpec(key.value(), header);
    cipherformat::setProcessDefaults();
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_key(db, spec.data(), static_cast<int>(spec.size())) == SQLITE_OK;
    if (ok) {
        cipherformat::applyAfterKey(db);
        const QByteArray sql = "CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('small'); PRAGMA user_version = "
            + QByteArray::number(userVersion) + ';';
        ok = sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    sqlite3_close(db);
    return ok ? readFile(path) : QByteArray();
}

QByteArray plaintextSqlite(const QTemporaryDir& scratch)
{
    const QString path = scratch.filePath(QStringLiteral("plain.db"));
    sqlite3* db = nullptr;
    bool ok = sqlite3_open(QFile::encodeName(path).constData(), &db) == SQLITE_OK
        && sqlite3_exec(db, "PRAGMA page_size = 1024; CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('plain');",
               nullptr, nullptr, nullptr)
            == SQLITE_OK;
    sqlite3_close(db);
    return ok ? readFile(path) : QByteArray();
}

QByteArray flipped(QByteArray bytes, int at)
{
    bytes[at] = static_cast<char>(bytes.at(at) ^ 0x01);
    return bytes;
}

QByteArray pages(const QByteArray& file, std::initializer_list<int> order)
{
    QByteArray out;
    for (int page : order) {
        out += file.mid(qsizetype(page - 1) * PageSize, PageSize);
    }
    return out;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: make_journalopen_corpus OUT_DIR\n");
        return 64;
    }
    QTemporaryDir scratch;
    const QDir out(QFile::decodeName(argv[1]));
    if (!scratch.isValid() || !QDir().mkpath(out.path())) {
        return 1;
    }
    const QByteArray journal = realJournal(scratch, "seed.kapj", Passphrase);
    const QByteArray other = realJournal(scratch, "other.kapj", "another passphrase");
    const QByteArray small = smallKeyedFile(scratch, "small.kapj", 0);
    const QByteArray newer = smallKeyedFile(scratch, "newer.kapj", 999);
    const QByteArray plain = plaintextSqlite(scratch);
    if (journal.size() < 4 * PageSize || other.size() < 4 * PageSize || small.isEmpty() || newer.isEmpty()
        || plain.isEmpty()) {
        std::fprintf(stderr, "could not make the source files\n");
        return 1;
    }
    const QByteArray head = journal.left(4 * PageSize);
    const bool ok = writeSeed(out, "empty", {}) && writeSeed(out, "header-only", journal.left(16))
        && writeSeed(out, "truncated-15-bytes", journal.left(15))
        && writeSeed(out, "truncated-1-page", journal.left(PageSize))
        && writeSeed(out, "truncated-2-pages", journal.left(2 * PageSize)) && writeSeed(out, "truncated-4-pages", head)
        && writeSeed(out, "truncated-mid-page", journal.left(PageSize + 500))
        && writeSeed(out, "flip-salt", flipped(head, 8)) && writeSeed(out, "flip-kdf-cost", flipped(head, 4))
        && writeSeed(out, "flip-page1-data", flipped(head, 100))
        && writeSeed(out, "flip-page1-iv", flipped(head, PageSize - Reserved + 3))
        && writeSeed(out, "flip-page1-hmac", flipped(head, PageSize - Reserved + 20))
        && writeSeed(out, "flip-page2-data", flipped(head, PageSize + 10))
        && writeSeed(out, "shuffled-pages", pages(journal, { 1, 3, 2, 4 }))
        && writeSeed(out, "page1-moved", pages(journal, { 2, 1, 3, 4 }))
        && writeSeed(out, "page1-twice", pages(journal, { 1, 1, 2, 3 }))
        && writeSeed(out, "other-passphrase", other.left(4 * PageSize)) && writeSeed(out, "small-complete", small)
        && writeSeed(out, "small-newer-version", newer) && writeSeed(out, "plaintext-sqlite", plain);
    std::printf("real journal: %lld bytes; seeds written to %s\n", static_cast<long long>(journal.size()),
        qPrintable(out.path()));
    return ok ? 0 : 1;
}
