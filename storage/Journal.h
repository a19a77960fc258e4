// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Clock.h"
#include "storage/Database.h"
#include "storage/Entities.h"
#include "storage/Kdf.h"
#include "storage/Result.h"
#include "storage/Schema.h"
#include "storage/SecureBytes.h"

#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

class QLockFile;

namespace kap {

class PhaseRepository;
class SessionRepository;
class NoteRepository;
class CheckinRepository;
class QuestionnaireRepository;
class TimelineRepository;
class SearchRepository;
class TrashRepository;
class Preferences;
class DraftRepository;

/// Journal::Options::copyBeforeMigration. (A struct of its own: GCC cannot use a default member
/// initializer of a nested struct in the enclosing class's default arguments.)
struct UpgradeCopy
{
    bool keep = true;
};

/// One open, unlocked journal file: an SQLCipher database keyed with an Argon2id-derived raw key
/// (see Kdf.h for the file header). Creating, opening, changing the passphrase and closing follow
/// SECURITY.md; the key lives in secure memory and is wiped when the Journal is destroyed
/// ("locked"). Only one process may have a journal open: a lock file beside it
/// (`<journal>.lock`) refuses a second one, and goes away by itself if the owner dies.
///
/// Not copyable; not thread-safe: use it from one thread at a time.
class Journal
{
public:
    struct Options
    {
        /// Injected clock for created/updated stamps (tests use FixedClock).
        std::shared_ptr<const Clock> clock;
        /// Schema steps; empty means Schema::migrations(). Tests inject extra steps.
        std::vector<Migration> migrations;
        /// Before a schema upgrade, keep a copy of the file as it was (`<journal>.v<N>-<UTC>.bak`,
        /// named by JournalCopies).
        /// Off only for a file that is itself a copy whose original stays untouched (a restore's
        /// staged copy of a backup).
        UpgradeCopy copyBeforeMigration;
    };

    ~Journal();
    Journal(const Journal&) = delete;
    Journal& operator=(const Journal&) = delete;

    /// Creates a new journal at `path` (refused if something exists there). Missing folders are
    /// created with mode 0700, the file with 0600. The file appears at `path` only once complete.
    static Result<std::unique_ptr<Journal>> create(
        const QString& path, const SecureBytes& passphrase, const KdfParams& params, Options options = {});
    /// Opens an existing journal. On any failure the file is left byte-for-byte unchanged.
    static Result<std::unique_ptr<Journal>> open(
        const QString& path, const SecureBytes& passphrase, Options options = {});

    /// Re-encrypts the journal under a new passphrase (and KDF parameters) atomically: a complete
    /// copy is written beside the file and renamed over it, so after a crash at any point either
    /// the old or the new passphrase opens it. `current` must match the passphrase in use.
    Status changePassphrase(const SecureBytes& current, const SecureBytes& next, const KdfParams& params);

    /// Whether `keySpec` (rawKeySpec()) opens the journal-format file at `path`. Read-only: nothing
    /// is written, not even the rollback of a hot journal. WrongPassphrase when it does not.
    static Status checkKey(const QString& path, const SecureBytes& keySpec);

    /// Re-encrypts a journal-format file that is not open (a backup or another copy beside a
    /// journal) from `oldKeySpec` to `newKeySpec`, without migrating it: its schema version stays
    /// as it is. A complete copy under the new key is written to `<path>.rekey`, read back and
    /// flushed, then renamed over the file, so after a crash at any point either the old or the new
    /// key opens it. A file that `oldKeySpec` does not open is left untouched (WrongPassphrase).
    static Status rekeyCopy(const QString& path, const SecureBytes& oldKeySpec, const SecureBytes& newKeySpec);

    /// PRAGMA integrity_check and (where the library has it) cipher_integrity_check. Problems
    /// found are appended to `problems`.
    Status verify(QStringList* problems = nullptr);

    /// Writes an encrypted, consistent copy of the journal to `target` (0600, atomic), keyed like
    /// this journal. Used for backups and before migrations.
    Status copyTo(const QString& target);

    /// A second connection to this journal's file with the same key, for one long task on a
    /// worker thread (backup, import, export) while this Journal stays on its own thread. No key
    /// derivation, integrity check or migration (this Journal did them when it opened) and no lock
    /// file (this one holds it). SQLite's file locks order the two connections' transactions
    /// (each waits up to busy_timeout for the other), so neither ever sees half of the other's
    /// work. Holds a copy of the key: destroy it before this Journal closes.
    Result<std::unique_ptr<Journal>> openSecondConnection() const;

    QString path() const { return m_path; }
    KdfParams kdfParams() const { return m_header.params(); }
    int schemaVersion() const;
    const Clock& clock() const { return *m_clock; }

    PhaseRepository& phases();
    SessionRepository& sessions();
    NoteRepository& notes();
    CheckinRepository& checkins();
    QuestionnaireRepository& questionnaires();
    TimelineRepository& timeline();
    SearchRepository& search();
    TrashRepository& trash();
    Preferences& preferences();
    DraftRepository& drafts();

    /// How many records the journal holds, trashed ones included (an import needs an empty one).
    Result<std::int64_t> recordCount();

    /// Sets the created/updated stamps, revision and trash time of a record an import has just
    /// added, so it keeps what its source said. Use inside a JournalTransaction.
    Status restoreRecordMeta(EntryKind kind, RecordId id, const RecordMeta& meta);

    /// The SQLCipher key string that opens this journal, for re-keying the copies kept beside it
    /// to the current passphrase (OldCopies::reencrypt). Secure memory; do not log.
    SecureBytes keySpecForCopies() const { return rawKey(); }

private:
    // Only storage code, the transaction classes below and tests (JournalTestAccess.h) reach the
    // connection and the key: SQL stays in storage/.
    friend struct JournalTestAccess;
    friend class JournalTransaction;
    friend class JournalReadTransaction;

    Database& database() { return *m_db; }
    /// The SQLCipher key string for this journal (x'key+salt'). Secure memory; do not log.
    SecureBytes rawKey() const;

    Journal();
    Status attach(const QString& path, std::unique_ptr<QLockFile> lock, const KdfHeader& header, SecureBytes key,
        Options& options);
    void initRepositories();

    QString m_path;
    KdfHeader m_header;
    SecureBytes m_key;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<Database> m_db;
    std::shared_ptr<const Clock> m_clock;

    std::unique_ptr<PhaseRepository> m_phases;
    std::unique_ptr<SessionRepository> m_sessions;
    std::unique_ptr<NoteRepository> m_notes;
    std::unique_ptr<CheckinRepository> m_checkins;
    std::unique_ptr<QuestionnaireRepository> m_questionnaires;
    std::unique_ptr<TimelineRepository> m_timeline;
    std::unique_ptr<SearchRepository> m_search;
    std::unique_ptr<TrashRepository> m_trash;
    std::unique_ptr<Preferences> m_preferences;
    std::unique_ptr<DraftRepository> m_drafts;
};

/// Several repository writes as one: BEGIN IMMEDIATE on construction, ROLLBACK on destruction
/// unless commit() succeeded, so a task that fails halfway leaves the journal as it was.
class JournalTransaction
{
public:
    explicit JournalTransaction(Journal& journal) : m_transaction(journal.database()) { }

    /// Whether BEGIN succeeded.
    Status begun() const { return m_transaction.begun(); }
    Status commit() { return m_transaction.commit(); }

private:
    Transaction m_transaction;
};

/// Several repository reads that must see one state (another connection's write waits until the
/// end instead of landing between two of them).
class JournalReadTransaction
{
public:
    explicit JournalReadTransaction(Journal& journal) : m_transaction(journal.database()) { }

    /// Whether BEGIN succeeded.
    Status begun() const { return m_transaction.begun(); }

private:
    ReadTransaction m_transaction;
};

/// Restrictive permissions for everything the app writes: 0600 files, 0700 folders.
namespace filemode {
/// Creates `dir` and any missing parents with mode 0700.
Status ensurePrivateDir(const QString& dir);
/// chmod 0600.
Status makePrivate(const QString& file);
} // namespace filemode

} // namespace kap
