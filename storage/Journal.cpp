// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Why one file of ~970 lines: Journal's one job is the life of a keyed file (create, open, second
// connections, copies, re-key, verify), and each step needs the key that stays private to it. A
// third of the file is helpers used only here (fsync, atomic rename, lock file, keyed open).

#include "storage/Journal.h"

#include "storage/CheckinRepository.h"
#include "storage/CipherFormat.h"
#include "storage/DraftRepository.h"
#include "storage/JournalCopies.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/Preferences.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/RecordRows.h"
#include "storage/SaveTarget.h"
#include "storage/Schema.h"
#include "storage/SearchRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlCipher.h"
#include "storage/TimelineRepository.h"
#include "storage/TrashRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QUrl>
#include <QUuid>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcJournal, "kap.storage.journal")

namespace kap {

namespace {

using cipherformat::PageSize;

QString lockPathFor(const QString& path)
{
    return path + QStringLiteral(".lock");
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

ErrorCode codeForErrno(int err)
{
    switch (err) {
    case EACCES:
    case EPERM:
    case EROFS:
        return ErrorCode::ReadOnly;
    case ENOSPC:
    case EDQUOT:
        return ErrorCode::DiskFull;
    case ENOENT:
    case ENOTDIR:
        return ErrorCode::NotFound;
    case EEXIST:
        return ErrorCode::AlreadyExists;
    default:
        return ErrorCode::Io;
    }
}

Status fsyncPath(const QString& path, bool directory)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), directory ? (O_RDONLY | O_DIRECTORY) : O_RDONLY);
    if (fd < 0) {
        return makeError(codeForErrno(errno), QStringLiteral("open for fsync: %1").arg(errnoText()));
    }
    const int rc = ::fsync(fd);
    const int err = errno;
    ::close(fd);
    if (rc != 0) {
        return makeError(codeForErrno(err), QStringLiteral("fsync failed"));
    }
    return {};
}

/// Creates an empty file with mode 0600 before SQLite touches it, so the journal is never
/// world-readable, whatever the umask.
Status createPrivateEmptyFile(const QString& path)
{
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0) {
        return makeError(codeForErrno(errno), QStringLiteral("create %1: %2").arg(path, errnoText()));
    }
    ::fchmod(fd, 0600);
    ::close(fd);
    return {};
}

/// Renames `from` over `to`, then flushes the folder so that the rename survives a power loss.
/// Once the rename happened the step is done and the new file is what is on disk: a failed flush
/// is a warning (DurabilityUnconfirmed), never an error, so no caller goes back to a state that
/// no longer exists.
Status renameAtomically(const QString& from, const QString& to)
{
    if (::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
        return makeError(codeForErrno(errno), QStringLiteral("rename: %1").arg(errnoText()));
    }
    if (Status synced = fsyncPath(QFileInfo(to).absolutePath(), true); !synced) {
        qCWarning(lcJournal) << "the rename is done, but flushing its folder failed:" << synced.error().detail;
        return Status::withWarning(Warning::DurabilityUnconfirmed);
    }
    return {};
}

Result<std::unique_ptr<QLockFile>> acquireLock(const QString& path)
{
    auto lock = std::make_unique<QLockFile>(lockPathFor(path));
    // Age alone never makes a lock stale: a journal may stay open for days. A lock whose owner
    // died is still detected (QLockFile checks the PID and program name).
    lock->setStaleLockTime(0);
    if (lock->tryLock(0)) {
        filemode::makePrivate(lockPathFor(path)).ok();
        return lock;
    }
    switch (lock->error()) {
    case QLockFile::LockFailedError:
        return makeError(ErrorCode::InUse, QStringLiteral("locked by another process"));
    case QLockFile::PermissionError:
        return makeError(ErrorCode::ReadOnly, QStringLiteral("cannot create the lock file beside the journal"));
    default:
        return makeError(ErrorCode::Io, QStringLiteral("cannot create the lock file"));
    }
}

/// Opens a connection and hands SQLCipher the raw key. Nothing is read or written yet. `path` is a
/// file name, or an SQLite URI when `flags` holds SQLITE_OPEN_URI.
Result<sqlite3*> openKeyed(const QByteArray& path, const SecureBytes& keySpec, int flags)
{
    cipherformat::setProcessDefaults();
    sqlite3* handle = nullptr;
    int rc = sqlite3_open_v2(path.constData(), &handle, flags | SQLITE_OPEN_FULLMUTEX, nullptr);
    if (rc != SQLITE_OK) {
        Error error = sqliteError(handle, rc, QStringLiteral("open"));
        sqlite3_close_v2(handle);
        return error;
    }
    rc = sqlite3_key(handle, keySpec.data(), static_cast<int>(keySpec.size()));
    if (rc != SQLITE_OK) {
        Error error = sqliteError(handle, rc, QStringLiteral("key"));
        sqlite3_close_v2(handle);
        return error;
    }
    cipherformat::applyAfterKey(handle);
    return handle;
}

Result<sqlite3*> openKeyed(const QString& path, const SecureBytes& keySpec, int flags)
{
    return openKeyed(QFile::encodeName(path), keySpec, flags);
}

/// How a read-only key check sees the file.
enum class KeyCheckView {
    /// Under SQLite's file locks, like any reader. A hot journal left by a crash stops it with
    /// SQLITE_READONLY_ROLLBACK: rolling the journal back would be a write.
    Locked,
    /// The file's bytes as they lie (URI parameter `immutable=1`: no locks, the hot journal is not
    /// even looked at, nothing is ever written). Only while we hold the journal's lock file.
    AsOnDisk,
};

Result<sqlite3*> openKeyedReadOnly(const QString& path, const SecureBytes& keySpec, KeyCheckView view)
{
    if (view == KeyCheckView::Locked) {
        return openKeyed(path, keySpec, SQLITE_OPEN_READONLY);
    }
    const QByteArray uri = "file:" + QUrl::toPercentEncoding(QFile::encodeName(path), "/") + "?immutable=1";
    return openKeyed(uri, keySpec, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
}

Status configureConnection(Database& db)
{
    // synchronous=FULL + rollback journal: a committed entry survives a kill -9 or power loss.
    // secure_delete overwrites freed pages; temp_store=MEMORY keeps sort/temp data off the disk.
    // A 16 MiB page cache (SQLite's default is 2 MiB): a search over four full-text indexes
    // otherwise reads and decrypts the same pages again and again (14 ms instead of 2.6 ms for a
    // prefix matching nearly every entry of a 10-year journal). The pages are in this process's
    // memory either way.
    return db.exec("PRAGMA foreign_keys = ON;"
                   "PRAGMA journal_mode = DELETE;"
                   "PRAGMA synchronous = FULL;"
                   "PRAGMA secure_delete = ON;"
                   "PRAGMA temp_store = MEMORY;"
                   "PRAGMA cache_size = -16384;"
                   "PRAGMA busy_timeout = 5000;");
}

Result<KdfHeader> readHeader(const QString& path)
{
    QFileInfo info(path);
    if (!info.exists()) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no file at %1").arg(path));
    }
    if (info.isDir()) {
        return makeError(ErrorCode::NotAJournal, QStringLiteral("%1 is a folder").arg(path));
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return makeError(ErrorCode::ReadOnly, file.errorString());
    }
    const QByteArray first = file.read(KdfHeader::Size);
    auto header = KdfHeader::parse(first);
    if (!header) {
        return header;
    }
    const qint64 size = file.size();
    if (size < PageSize || size % PageSize != 0) {
        return makeError(
            ErrorCode::Corrupted, QStringLiteral("file size %1 is not a whole number of pages (truncated?)").arg(size));
    }
    return header;
}

/// Whether `keySpec` reads the file under any cipher settings other than the journal format's:
/// then the file is in another layout (SQLCipher 4's defaults, say), not locked with another
/// passphrase.
///
/// Always on the bytes as they lie (immutable=1): without an HMAC (SQLCipher 1.x's layout) a wrong
/// key "decrypts" page 1 into noise, and when the noise says WAL (byte 19 = 2, one time in 256)
/// a connection under SQLite's locks creates -wal and -shm beside the journal, read-only or not.
/// An immutable connection takes no locks and so never opens a WAL (SECURITY.md 4).
bool readsWithOtherSettings(const QString& path, const SecureBytes& keySpec)
{
    for (const char* settings : cipherformat::alternativeSettings()) {
        auto handle = openKeyedReadOnly(path, keySpec, KeyCheckView::AsOnDisk);
        if (!handle) {
            return false;
        }
        Database db(handle.value());
        if (db.exec(settings) && db.queryInt("SELECT count(*) FROM sqlite_master")) {
            return true;
        }
    }
    return false;
}

/// The outcome of reading the schema with a key on a read-only connection.
struct KeyProbe
{
    Status status;
    int extendedCode = SQLITE_OK; ///< SQLite's extended result code of a failed read
};

KeyProbe probeKey(const QString& path, const SecureBytes& keySpec, KeyCheckView view)
{
    auto handle = openKeyedReadOnly(path, keySpec, view);
    if (!handle) {
        return { handle.error() };
    }
    Database db(handle.value());
    if (Status settings = cipherformat::check(db); !settings) {
        return { settings };
    }
    auto count = db.queryInt("SELECT count(*) FROM sqlite_master");
    if (count) {
        return {};
    }
    return { count.error(), sqlite3_extended_errcode(db.handle()) };
}

/// Checks the key on a read-only connection first, so that a wrong passphrase can never lead
/// SQLite to write anything (SECURITY.md 4), above all not a rollback of a hot journal.
Status verifyKeyReadOnly(const QString& path, const SecureBytes& keySpec)
{
    KeyCheckView view = KeyCheckView::Locked;
    KeyProbe probe = probeKey(path, keySpec, view);
    if (probe.extendedCode == SQLITE_READONLY_ROLLBACK) {
        // A hot journal from a crash. Page 1 on disk is encrypted with the journal's key
        // whatever the crash left (SQLite writes whole pages), so the key is checked against
        // the bytes as they lie; only once it is known good does the read-write connection roll
        // the journal back. (Not covered: a page 1 torn by a power loss on a disk without atomic
        // sector writes; then even the right key fails here and nothing is written.)
        view = KeyCheckView::AsOnDisk;
        probe = probeKey(path, keySpec, view);
        if (probe.status.code() == ErrorCode::Corrupted) {
            // Page 1 decrypted, so the key is right; the crash left other pages half-way, which
            // the rollback mends (and quickCheck() judges afterwards).
            return {};
        }
    }
    // A wrong key fails on page 1 (SQLITE_NOTADB -> WrongPassphrase), and so does the right key
    // on a file in another cipher layout: a person must never be told their passphrase is wrong
    // when it is not. SQLITE_CORRUPT means page 1 decrypted fine, so the key is right and the
    // file is damaged (e.g. truncated): keep that distinction too.
    if (probe.status.code() == ErrorCode::WrongPassphrase && readsWithOtherSettings(path, keySpec)) {
        return makeError(
            ErrorCode::CipherMismatch, QStringLiteral("the key reads the file with other cipher settings"));
    }
    return probe.status;
}

Status quickCheck(Database& db)
{
    auto stmt = db.prepare("PRAGMA quick_check");
    if (!stmt) {
        return makeError(ErrorCode::Corrupted, stmt.error().detail);
    }
    QStringList problems;
    while (stmt->next()) {
        const QString line = stmt->text(0);
        if (line != QLatin1String("ok")) {
            problems << line;
        }
    }
    if (!stmt->status()) {
        return makeError(ErrorCode::Corrupted, stmt->status().error().detail);
    }
    if (!problems.isEmpty()) {
        return makeError(ErrorCode::Corrupted, problems.join(QLatin1Char('\n')));
    }
    return {};
}

/// Exports every table of `db` into a new encrypted file at `target` keyed with `keySpec`, then
/// fsyncs it. The caller renames it into place.
Status exportTo(Database& db, const QString& target, const SecureBytes& keySpec, int schemaVersion)
{
    QFile::remove(target + QStringLiteral("-journal")); // see Journal::create
    QFile::remove(target);
    if (Status created = createPrivateEmptyFile(target); !created) {
        return created;
    }
    Status status = [&]() -> Status {
        auto attach = db.prepare("ATTACH DATABASE ?1 AS kap_export KEY ?2");
        if (!attach) {
            return attach.error();
        }
        attach->bind(1, QFileInfo(target).absoluteFilePath());
        attach->bindRawText(2, keySpec.chars(), static_cast<int>(keySpec.size()));
        if (Status attached = attach->exec(); !attached) {
            return attached;
        }
        Status exported = cipherformat::check(db, "kap_export");
        if (exported) {
            exported = db.exec("SELECT sqlcipher_export('kap_export')");
        }
        if (exported) {
            const QByteArray bump = "PRAGMA kap_export.user_version = " + QByteArray::number(schemaVersion);
            exported = db.exec(bump.constData());
        }
        Status detached = db.exec("DETACH DATABASE kap_export");
        if (!exported) {
            return exported;
        }
        return detached;
    }();
    if (status) {
        status = fsyncPath(target, false);
    }
    if (!status) {
        QFile::remove(target);
    }
    return status;
}

/// Opens `target` with `keySpec` and runs quick_check: a copy is trusted only once it reads back.
Status verifyCopy(const QString& target, const SecureBytes& keySpec)
{
    auto handle = openKeyed(target, keySpec, SQLITE_OPEN_READONLY);
    if (!handle) {
        return handle.error();
    }
    Database copy(handle.value());
    if (Status settings = cipherformat::check(copy); !settings) {
        return settings;
    }
    return quickCheck(copy);
}

} // namespace

Journal::Journal() = default;

Journal::~Journal()
{
    // Repositories hold statements on the connection: drop them first, then close, then wipe the
    // key (SecureBytes frees with sodium_free, which zeroes), then release the lock.
    m_drafts.reset();
    m_preferences.reset();
    m_trash.reset();
    m_search.reset();
    m_timeline.reset();
    m_questionnaires.reset();
    m_checkins.reset();
    m_notes.reset();
    m_sessions.reset();
    m_phases.reset();
    if (m_db) {
        m_db->close();
    }
    m_db.reset();
    m_key.clear();
    if (m_lock) {
        m_lock->unlock();
    }
}

Result<std::unique_ptr<Journal>> Journal::create(
    const QString& path, const SecureBytes& passphrase, const KdfParams& params, Options options)
{
    if (passphrase.isEmpty()) {
        return makeError(ErrorCode::EmptyPassphrase);
    }
    if (!params.isSupported()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unsupported KDF parameters"));
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (QFileInfo::exists(absolute) || QFileInfo(absolute).isSymLink()) {
        return makeError(ErrorCode::AlreadyExists, QStringLiteral("%1 exists").arg(absolute));
    }
    if (Status dir = filemode::ensurePrivateDir(QFileInfo(absolute).absolutePath()); !dir) {
        return dir.error();
    }
    auto lock = acquireLock(absolute);
    if (!lock) {
        return lock.error();
    }

    const KdfHeader header = KdfHeader::generate(params);
    auto key = deriveKey(passphrase, header);
    if (!key) {
        return key.error();
    }
    const SecureBytes spec = rawKeySpec(key.value(), header);

    // Build the journal under a temporary name and rename it into place once complete, so a
    // crash never leaves a half-made journal at `path`.
    const QString building = absolute + QStringLiteral(".creating");
    // Leftovers of a creation that crashed: without its rollback journal going too, SQLite would
    // "roll back" old pages into the new file.
    QFile::remove(building + QStringLiteral("-journal"));
    QFile::remove(building);
    if (Status created = createPrivateEmptyFile(building); !created) {
        return created.error();
    }
    Status built = [&]() -> Status {
        auto handle = openKeyed(building, spec, SQLITE_OPEN_READWRITE);
        if (!handle) {
            return handle.error();
        }
        Database db(handle.value());
        if (Status s = cipherformat::check(db); !s) {
            return s;
        }
        if (Status s = configureConnection(db); !s) {
            return s;
        }
        const auto steps = options.migrations.empty() ? Schema::migrations() : options.migrations;
        if (Status s = Schema::migrate(db, steps, {}); !s) {
            return s;
        }
        auto stmt = db.prepare("INSERT INTO meta (key, value) VALUES ('journal_id', ?1), ('created_utc', ?2),"
                               " ('created_by', ?3)");
        if (!stmt) {
            return stmt.error();
        }
        stmt->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces));
        stmt->bind(2, QString::number(QDateTime::currentMSecsSinceEpoch()));
        stmt->bind(3, QStringLiteral("KAP Journal %1").arg(QCoreApplication::applicationVersion()));
        return stmt->exec();
    }();
    if (built) {
        // The header we chose must be what SQLCipher wrote, or we could not reopen the file.
        QFile check(building);
        if (!check.open(QIODevice::ReadOnly)
            || check.read(KdfHeader::Size)
                != QByteArray(reinterpret_cast<const char*>(header.bytes.data()), KdfHeader::Size)) {
            built = makeError(ErrorCode::Internal, QStringLiteral("SQLCipher did not write the expected salt"));
        }
    }
    if (built) {
        built = renameAtomically(building, absolute);
    }
    if (!built) {
        QFile::remove(building);
        return built.error();
    }

    std::unique_ptr<Journal> journal(new Journal());
    if (Status attached = journal->attach(absolute, std::move(lock.value()), header, std::move(key.value()), options);
        !attached) {
        return attached.error();
    }
    Result<std::unique_ptr<Journal>> made(std::move(journal));
    made.setWarning(built.warning()); // the journal exists; only its folder's flush may have failed
    return made;
}

Result<std::unique_ptr<Journal>> Journal::open(const QString& path, const SecureBytes& passphrase, Options options)
{
    if (passphrase.isEmpty()) {
        return makeError(ErrorCode::EmptyPassphrase);
    }
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (!QFileInfo::exists(absolute)) {
        return makeError(ErrorCode::NotFound, QStringLiteral("no file at %1").arg(absolute));
    }
    // Look at the header before taking the lock: a folder, a plain database or random bytes are
    // reported as such even from a read-only place.
    if (auto header = readHeader(absolute); !header) {
        return header.error();
    }
    auto lock = acquireLock(absolute);
    if (!lock) {
        return lock.error();
    }
    // Read again under the lock: another process may have changed the passphrase meanwhile.
    auto header = readHeader(absolute);
    if (!header) {
        return header.error();
    }
    auto key = deriveKey(passphrase, header.value());
    if (!key) {
        return key.error();
    }
    if (Status keyOk = verifyKeyReadOnly(absolute, rawKeySpec(key.value(), header.value())); !keyOk) {
        return keyOk.error();
    }
    // Leftovers of an interrupted passphrase change or creation are encrypted, but useless.
    QFile::remove(absolute + QStringLiteral(".rekey-journal"));
    QFile::remove(absolute + QStringLiteral(".rekey"));

    std::unique_ptr<Journal> journal(new Journal());
    if (Status attached
        = journal->attach(absolute, std::move(lock.value()), header.value(), std::move(key.value()), options);
        !attached) {
        return attached.error();
    }
    return journal;
}

Status Journal::attach(
    const QString& path, std::unique_ptr<QLockFile> lock, const KdfHeader& header, SecureBytes key, Options& options)
{
    m_path = path;
    m_lock = std::move(lock);
    m_header = header;
    m_key = std::move(key);
    m_clock = options.clock ? options.clock : std::make_shared<SystemClock>();

    auto handle = openKeyed(m_path, rawKeySpec(m_key, m_header), SQLITE_OPEN_READWRITE);
    if (!handle) {
        return handle.error();
    }
    m_db = std::make_unique<Database>(handle.value());
    // SQLite quietly opens a write-protected file read-only; say so now rather than at the first
    // save, when the person has already typed something.
    if (sqlite3_db_readonly(m_db->handle(), "main") == 1) {
        return makeError(ErrorCode::ReadOnly, QStringLiteral("the journal file is write-protected"));
    }
    if (Status s = cipherformat::check(*m_db); !s) {
        return s;
    }
    if (Status s = configureConnection(*m_db); !s) {
        return s;
    }
    if (Status s = quickCheck(*m_db); !s) {
        return s;
    }
    const auto steps = options.migrations.empty() ? Schema::migrations() : options.migrations;
    std::function<Status(int)> keepCopy;
    if (options.copyBeforeMigration.keep) {
        keepCopy = [this](int fromVersion) {
            const QString target
                = JournalCopies::newCopyPath(m_path, JournalCopy::Kind::MigrationCopy, m_clock->now(), fromVersion);
            return copyTo(target);
        };
    }
    Status migrated = Schema::migrate(*m_db, steps, keepCopy);
    if (!migrated) {
        return migrated;
    }
    initRepositories();
    return {};
}

void Journal::initRepositories()
{
    m_phases = std::make_unique<PhaseRepository>(*m_db, *m_clock);
    m_sessions = std::make_unique<SessionRepository>(*m_db, *m_clock);
    m_notes = std::make_unique<NoteRepository>(*m_db, *m_clock);
    m_checkins = std::make_unique<CheckinRepository>(*m_db, *m_clock);
    m_questionnaires = std::make_unique<QuestionnaireRepository>(*m_db, *m_clock);
    m_timeline = std::make_unique<TimelineRepository>(*m_db);
    m_search = std::make_unique<SearchRepository>(*m_db);
    m_trash = std::make_unique<TrashRepository>(*m_db, *m_clock);
    m_preferences = std::make_unique<Preferences>(*m_db);
    m_drafts = std::make_unique<DraftRepository>(*m_db, *m_clock);
}

int Journal::schemaVersion() const
{
    auto v = Schema::version(*m_db);
    return v ? v.value() : -1;
}

SecureBytes Journal::rawKey() const
{
    return rawKeySpec(m_key, m_header);
}

Result<std::int64_t> Journal::recordCount()
{
    return m_db->queryInt("SELECT (SELECT count(*) FROM phases) + (SELECT count(*) FROM sessions)"
                          " + (SELECT count(*) FROM notes) + (SELECT count(*) FROM checkins)"
                          " + (SELECT count(*) FROM questionnaires) + (SELECT count(*) FROM item9_changes)");
}

Status Journal::restoreRecordMeta(EntryKind kind, RecordId id, const RecordMeta& meta)
{
    return rows::restoreMeta(*m_db, kind, id, meta);
}

Result<std::unique_ptr<Journal>> Journal::openSecondConnection() const
{
    if (!m_db) {
        return makeError(ErrorCode::Internal, QStringLiteral("journal is not open"));
    }
    std::unique_ptr<Journal> other(new Journal());
    other->m_path = m_path;
    other->m_header = m_header;
    other->m_key = SecureBytes::fromRaw(m_key.data(), m_key.size());
    other->m_clock = m_clock;
    auto handle = openKeyed(m_path, rawKeySpec(other->m_key, m_header), SQLITE_OPEN_READWRITE);
    if (!handle) {
        return handle.error();
    }
    other->m_db = std::make_unique<Database>(handle.value());
    if (Status s = cipherformat::check(*other->m_db); !s) {
        return s.error();
    }
    if (Status s = configureConnection(*other->m_db); !s) {
        return s.error();
    }
    // The first read proves the key works on this file; the schema must be the one this Journal
    // migrated to.
    auto version = Schema::version(*other->m_db);
    if (!version) {
        return version.error();
    }
    if (version.value() != schemaVersion()) {
        return makeError(ErrorCode::Internal, QStringLiteral("second connection sees another schema version"));
    }
    other->initRepositories();
    return other;
}

Status Journal::copyTo(const QString& target)
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (SaveTarget::isJournalOrSideFile(absolute, m_path)) {
        return makeError(ErrorCode::TargetIsJournal, QStringLiteral("a copy cannot replace the journal itself"));
    }
    if (Status dir = filemode::ensurePrivateDir(QFileInfo(absolute).absolutePath()); !dir) {
        return dir;
    }
    const QString partial = absolute + QStringLiteral(".partial");
    const SecureBytes spec = rawKey();
    auto version = Schema::version(*m_db);
    if (!version) {
        return version.error();
    }
    if (Status s = exportTo(*m_db, partial, spec, version.value()); !s) {
        return s;
    }
    if (Status s = verifyCopy(partial, spec); !s) {
        QFile::remove(partial);
        return s;
    }
    Status renamed = renameAtomically(partial, absolute);
    if (!renamed) {
        QFile::remove(partial);
    }
    return renamed; // may carry DurabilityUnconfirmed: the copy is in place either way
}

Status Journal::changePassphrase(const SecureBytes& current, const SecureBytes& next, const KdfParams& params)
{
    if (next.isEmpty()) {
        return makeError(ErrorCode::EmptyPassphrase);
    }
    if (!params.isSupported()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unsupported KDF parameters"));
    }
    auto currentKey = deriveKey(current, m_header);
    if (!currentKey) {
        return currentKey.error();
    }
    if (!(currentKey.value() == m_key)) {
        return makeError(ErrorCode::WrongPassphrase, QStringLiteral("current passphrase does not match"));
    }

    const KdfHeader nextHeader = KdfHeader::generate(params);
    auto nextKey = deriveKey(next, nextHeader);
    if (!nextKey) {
        return nextKey.error();
    }
    const SecureBytes nextSpec = rawKeySpec(nextKey.value(), nextHeader);
    auto version = Schema::version(*m_db);
    if (!version) {
        return version.error();
    }

    // 1. A complete copy under the new key beside the journal; 2. read it back; 3. rename it over
    // the journal. Until 3 the old file is untouched; rename is atomic, so no crash leaves
    // a journal that neither passphrase opens.
    const QString rekeyed = m_path + QStringLiteral(".rekey");
    if (Status s = exportTo(*m_db, rekeyed, nextSpec, version.value()); !s) {
        return s;
    }
    if (Status s = verifyCopy(rekeyed, nextSpec); !s) {
        QFile::remove(rekeyed);
        return s;
    }

    Options reopen;
    reopen.clock = m_clock;
    // Close our connection (statements first) before the file under it is replaced.
    m_drafts.reset();
    m_preferences.reset();
    m_trash.reset();
    m_search.reset();
    m_timeline.reset();
    m_questionnaires.reset();
    m_checkins.reset();
    m_notes.reset();
    m_sessions.reset();
    m_phases.reset();
    m_db->close();
    m_db.reset();

    Status renamed = renameAtomically(rekeyed, m_path);
    if (!renamed) {
        QFile::remove(rekeyed);
        // Reopen the untouched original so the caller keeps a working journal.
        std::unique_ptr<QLockFile> lock = std::move(m_lock);
        SecureBytes key = std::move(m_key);
        if (Status back = attach(m_path, std::move(lock), m_header, std::move(key), reopen); !back) {
            qCWarning(lcJournal) << "could not reopen the journal after a failed passphrase change";
        }
        return renamed;
    }
    // The renamed file is the journal now, whatever its folder's flush said: go on with its
    // header and the new key (never the old key on the new file).
    std::unique_ptr<QLockFile> lock = std::move(m_lock);
    m_key.clear();
    Status attached = attach(m_path, std::move(lock), nextHeader, std::move(nextKey.value()), reopen);
    attached.addWarning(renamed.warning());
    return attached;
}

Status Journal::checkKey(const QString& path, const SecureBytes& keySpec)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (auto header = readHeader(absolute); !header) {
        return header.error();
    }
    return verifyKeyReadOnly(absolute, keySpec);
}

Status Journal::rekeyCopy(const QString& path, const SecureBytes& oldKeySpec, const SecureBytes& newKeySpec)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    if (Status keyOk = checkKey(absolute, oldKeySpec); !keyOk) {
        return keyOk; // nothing written: a copy with another key stays as it is
    }
    // Nobody else may have the copy open while it is replaced (the lock Journal::open takes).
    auto lock = acquireLock(absolute);
    if (!lock) {
        return lock.error();
    }
    const QString rekeyed = absolute + QStringLiteral(".rekey");
    Status exported = [&]() -> Status {
        auto handle = openKeyed(absolute, oldKeySpec, SQLITE_OPEN_READWRITE);
        if (!handle) {
            return handle.error();
        }
        Database db(handle.value());
        if (Status s = cipherformat::check(db); !s) {
            return s;
        }
        if (Status s = configureConnection(db); !s) {
            return s;
        }
        // The first read rolls back a rollback journal a crash left beside the copy. The version is
        // carried over as it is: a copy is never migrated (a migration copy keeps its old schema).
        auto version = Schema::version(db);
        if (!version) {
            return version.error();
        }
        return exportTo(db, rekeyed, newKeySpec, version.value());
    }();
    if (exported) {
        exported = verifyCopy(rekeyed, newKeySpec);
    }
    if (!exported) {
        QFile::remove(rekeyed);
        return exported;
    }
    // A rollback journal left beside the copy holds pages under the old key; replayed into the new
    // file it would damage it. The read above already rolled a hot one back.
    QFile::remove(absolute + QStringLiteral("-journal"));
    // Until this rename the copy is untouched; after it only the new key opens it.
    Status renamed = renameAtomically(rekeyed, absolute);
    if (!renamed) {
        QFile::remove(rekeyed);
    }
    return renamed; // may carry DurabilityUnconfirmed: the re-keyed copy is in place either way
}

Status Journal::verify(QStringList* problems)
{
    auto collect = [&](const char* sql) -> Status {
        auto stmt = m_db->prepare(sql);
        if (!stmt) {
            return stmt.error();
        }
        bool clean = true;
        while (stmt->next()) {
            const QString line = stmt->text(0);
            if (line != QLatin1String("ok")) {
                clean = false;
                if (problems) {
                    problems->append(line);
                }
            }
        }
        if (!stmt->status()) {
            if (problems) {
                problems->append(stmt->status().error().detail);
            }
            return makeError(ErrorCode::Corrupted, stmt->status().error().detail);
        }
        return clean ? Status() : Status(makeError(ErrorCode::Corrupted, QStringLiteral("integrity check failed")));
    };
    Status integrity = collect("PRAGMA integrity_check");
    // cipher_integrity_check exists from SQLCipher 4 on; 3.4.1 ignores the unknown PRAGMA and
    // returns no rows, which `collect` treats as clean. HMACs are checked on every page read
    // anyway, and integrity_check reads every page.
    Status cipher = collect("PRAGMA cipher_integrity_check");
    Status foreignKeys = [&]() -> Status {
        // The statement form: table-valued pragma functions (pragma_foreign_key_check) only arrived
        // in SQLite 3.16, and SQLCipher 3.4.1 carries 3.15.2.
        auto stmt = m_db->prepare("PRAGMA foreign_key_check");
        if (!stmt) {
            return stmt.error();
        }
        int broken = 0;
        while (stmt->next()) {
            ++broken;
        }
        if (!stmt->status()) {
            return stmt->status();
        }
        if (broken != 0) {
            if (problems) {
                problems->append(QStringLiteral("%1 broken references").arg(broken));
            }
            return makeError(ErrorCode::Corrupted, QStringLiteral("foreign key check failed"));
        }
        return {};
    }();
    if (!integrity) {
        return integrity;
    }
    if (!cipher) {
        return cipher;
    }
    return foreignKeys;
}

PhaseRepository& Journal::phases()
{
    return *m_phases;
}
SessionRepository& Journal::sessions()
{
    return *m_sessions;
}
NoteRepository& Journal::notes()
{
    return *m_notes;
}
CheckinRepository& Journal::checkins()
{
    return *m_checkins;
}
QuestionnaireRepository& Journal::questionnaires()
{
    return *m_questionnaires;
}
TimelineRepository& Journal::timeline()
{
    return *m_timeline;
}
SearchRepository& Journal::search()
{
    return *m_search;
}
TrashRepository& Journal::trash()
{
    return *m_trash;
}
Preferences& Journal::preferences()
{
    return *m_preferences;
}

DraftRepository& Journal::drafts()
{
    return *m_drafts;
}

namespace filemode {

Status ensurePrivateDir(const QString& dir)
{
    QFileInfo info(dir);
    if (info.isDir()) {
        return {};
    }
    if (info.exists()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1 is not a folder").arg(dir));
    }
    // Create missing parents one by one so each folder we make gets 0700.
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath()) {
        if (Status up = ensurePrivateDir(parent); !up) {
            return up;
        }
    }
    if (::mkdir(QFile::encodeName(dir).constData(), 0700) != 0 && errno != EEXIST) {
        return makeError(codeForErrno(errno), QStringLiteral("mkdir %1: %2").arg(dir, errnoText()));
    }
    ::chmod(QFile::encodeName(dir).constData(), 0700);
    return {};
}

Status makePrivate(const QString& file)
{
    if (::chmod(QFile::encodeName(file).constData(), 0600) != 0) {
        return makeError(codeForErrno(errno), QStringLiteral("chmod %1: %2").arg(file, errnoText()));
    }
    return {};
}

} // namespace filemode

} // namespace kap
