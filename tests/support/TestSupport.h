// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Clock.h"
#include "storage/Journal.h"
#include "storage/Kdf.h"
#include "storage/SecureBytes.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <QMetaType>

#include <memory>

// Error codes as QTest data columns.
Q_DECLARE_METATYPE(kap::ErrorCode)

/// Small helpers shared by the tests: temporary journals with the fast KDF profile, a fixed
/// clock, file helpers. Tests never touch the user's real data folders.
namespace kaptest {

/// The passphrase the tests use unless they need another one.
inline const QString Passphrase = QStringLiteral("correct horse battery staple");

/// 2026-03-02 09:30 at UTC+01:00: a fixed "now" for deterministic stamps.
QDateTime fixedNow();
std::shared_ptr<kap::FixedClock> fixedClock();

/// Creates a journal in `dir` with the fast KDF profile and a fixed clock. Fails the test on error
/// (use QVERIFY(journal) after calling).
std::unique_ptr<kap::Journal> createJournal(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.kapj"),
    const QString& passphrase = Passphrase);
std::unique_ptr<kap::Journal> openJournal(const QString& path, const QString& passphrase = Passphrase);

QByteArray readAll(const QString& path);
/// Octal permission bits of a file (e.g. 0600).
int permissions(const QString& path);

/// The options createJournal()/openJournal() use: a fixed clock.
kap::Journal::Options testOptions();

/// Whether the file's raw bytes contain `needle` (what `grep -a` would find). False when absent.
bool fileContains(const QString& path, const QByteArray& needle);

/// A file's bytes and modification time plus its folder's listing: equal snapshots before and
/// after an operation mean it modified nothing (no rewrite, no leftover files).
struct FileSnapshot
{
    bool exists = false;
    QByteArray bytes;
    QDateTime modified;
    QStringList folderEntries;
    bool operator==(const FileSnapshot&) const = default;
};
FileSnapshot snapshot(const QString& path);

/// Runs the `sqlcipher` command-line shell on `database` with `sql` fed on stdin (never argv, so
/// keys do not show in the process list).
struct ShellResult
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};
ShellResult runSqlcipher(const QString& database, const QByteArray& sql);
/// `PRAGMA key = "x'...'";` for the shell, from JournalTestAccess::rawKey(), followed by the PRAGMA that
/// makes SQLCipher 4.x read the journal format (3.4.1 ignores it); their own output is discarded.
QByteArray shellKeyPragma(const kap::Journal& journal);
/// The same from a raw key string (rawKeySpec()).
QByteArray shellKeyPragma(const kap::SecureBytes& rawKeySpec);

/// A helper executable built into the tests folder beside the test executables.
QString helperPath(const QString& name);

/// Makes permission bits count for the calling thread even when the tests run as root (as in
/// CI), so that a 0500 folder or a 0400 file really is read-only for the code under test: drops
/// CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH and CAP_FOWNER from this thread's effective set
/// (capabilities are per thread; storage runs on the calling thread) and raises them again when
/// destroyed. Without those capabilities it does nothing. Check ok() and setupError().
class NoFileOverride
{
public:
    NoFileOverride();
    ~NoFileOverride();
    NoFileOverride(const NoFileOverride&) = delete;
    NoFileOverride& operator=(const NoFileOverride&) = delete;
    bool ok() const { return m_error.isEmpty(); }
    QString setupError() const { return m_error; }

private:
    bool m_dropped = false;
    QString m_error;
};

/// For QProcess::setChildProcessModifier: removes the same capabilities from the bounding set
/// before exec, so the program run (even as root) obeys permission bits. Async-signal-safe.
void dropFileOverrideBeforeExec();

/// Empty when this thread cannot create a file in `folder` (what the read-only tests need);
/// else why not, for a test failure that says its setup did not work.
QString writableReason(const QString& folder);

} // namespace kaptest
