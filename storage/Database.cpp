// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Database.h"

#include "storage/SqlCipher.h"

#include <utility>

namespace kap {

Error sqliteError(sqlite3* db, int rc, const QString& context)
{
    const int primary = rc & 0xff;
    ErrorCode code = ErrorCode::Internal;
    switch (primary) {
    case SQLITE_FULL:
        code = ErrorCode::DiskFull;
        break;
    case SQLITE_READONLY:
    case SQLITE_PERM:
        code = ErrorCode::ReadOnly;
        break;
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        code = ErrorCode::Io;
        break;
    case SQLITE_CORRUPT:
        code = ErrorCode::Corrupted;
        break;
    case SQLITE_NOTADB:
        code = ErrorCode::WrongPassphrase;
        break;
    case SQLITE_CONSTRAINT:
    case SQLITE_MISMATCH:
    case SQLITE_RANGE:
        code = ErrorCode::InvalidArgument; // a value the schema refuses (range, reference, unique)
        break;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        code = ErrorCode::InUse;
        break;
    default:
        break;
    }
    const QString message = db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString::fromUtf8(sqlite3_errstr(rc));
    return makeError(code, QStringLiteral("%1: %2 (%3)").arg(context, message).arg(rc));
}

Statement::Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) { }

Statement::~Statement()
{
    if (m_stmt) {
        sqlite3_finalize(m_stmt);
    }
}

Statement::Statement(Statement&& other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
    , m_stmt(std::exchange(other.m_stmt, nullptr))
    , m_status(std::move(other.m_status))
{
}

Statement& Statement::operator=(Statement&& other) noexcept
{
    if (this != &other) {
        if (m_stmt) {
            sqlite3_finalize(m_stmt);
        }
        m_db = std::exchange(other.m_db, nullptr);
        m_stmt = std::exchange(other.m_stmt, nullptr);
        m_status = std::move(other.m_status);
    }
    return *this;
}

Statement& Statement::bind(int index, std::int64_t value)
{
    sqlite3_bind_int64(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, int value)
{
    sqlite3_bind_int(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
    return *this;
}

Statement& Statement::bind(int index, const QString& value)
{
    if (value.isNull()) {
        // An empty QString that was never assigned stays NULL in the database; "" stays "".
        sqlite3_bind_text(m_stmt, index, "", 0, SQLITE_STATIC);
        return *this;
    }
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), static_cast<int>(utf8.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bind(int index, const QByteArray& blob)
{
    sqlite3_bind_blob(m_stmt, index, blob.constData(), static_cast<int>(blob.size()), SQLITE_TRANSIENT);
    return *this;
}

Statement& Statement::bindRawText(int index, const char* data, int size)
{
    sqlite3_bind_text(m_stmt, index, data, size, SQLITE_STATIC);
    return *this;
}

Statement& Statement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
    return *this;
}

bool Statement::next()
{
    if (!m_stmt) {
        m_status = makeError(ErrorCode::Internal, QStringLiteral("statement not prepared"));
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_status = Status();
        return true;
    }
    if (rc == SQLITE_DONE) {
        m_status = Status();
        return false;
    }
    m_status = sqliteError(m_db, rc, QStringLiteral("step"));
    return false;
}

Status Statement::exec()
{
    while (next()) { }
    return m_status;
}

void Statement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_status = Status();
}

bool Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

std::int64_t Statement::int64(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

int Statement::int32(int column) const
{
    return sqlite3_column_int(m_stmt, column);
}

double Statement::real(int column) const
{
    return sqlite3_column_double(m_stmt, column);
}

QString Statement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QString::fromUtf8(data, size) : QString();
}

QByteArray Statement::blob(int column) const
{
    const auto* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
    const int size = sqlite3_column_bytes(m_stmt, column);
    return data ? QByteArray(data, size) : QByteArray();
}

std::optional<int> Statement::optInt(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<int>(int32(column));
}

std::optional<std::int64_t> Statement::optInt64(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<std::int64_t>(int64(column));
}

std::optional<double> Statement::optReal(int column) const
{
    return isNull(column) ? std::nullopt : std::optional<double>(real(column));
}

Database::Database(sqlite3* handle) : m_db(handle) { }

Database::~Database()
{
    close();
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db, rc, QStringLiteral("prepare"));
    }
    return Statement(m_db, stmt);
}

Status Database::exec(const char* sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        return sqliteError(m_db, rc, QStringLiteral("exec"));
    }
    return {};
}

Result<QString> Database::queryText(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    if (stmt->next()) {
        return stmt->text(0);
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return QString();
}

Result<std::int64_t> Database::queryInt(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt) {
        return stmt.error();
    }
    if (stmt->next()) {
        return stmt->int64(0);
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return std::int64_t(0);
}

std::int64_t Database::lastInsertId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int Database::changes() const
{
    return sqlite3_changes(m_db);
}

void Database::close()
{
    if (m_db) {
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

Transaction::Transaction(Database& db) : m_db(db), m_begin(db.exec("BEGIN IMMEDIATE")) { }

Transaction::~Transaction()
{
    if (m_begin.ok() && !m_done) {
        (void)m_db.exec("ROLLBACK");
    }
}

Status Transaction::commit()
{
    if (!m_begin.ok()) {
        return m_begin;
    }
    Status status = m_db.exec("COMMIT");
    if (status.ok()) {
        m_done = true;
    }
    return status;
}

ReadTransaction::ReadTransaction(Database& db) : m_db(db), m_begin(db.exec("BEGIN DEFERRED")) { }

ReadTransaction::~ReadTransaction()
{
    if (m_begin.ok()) {
        (void)m_db.exec("COMMIT"); // nothing was written: this only releases the shared lock
    }
}

} // namespace kap
