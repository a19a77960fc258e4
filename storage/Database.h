// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace kap {

/// Maps an SQLite result code to our error codes (SQLITE_FULL -> DiskFull, ...).
Error sqliteError(sqlite3* db, int rc, const QString& context);

/// A prepared statement (RAII). Bind indexes start at 1, column indexes at 0, as in SQLite.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt);
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value);
    Statement& bind(int index, double value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    /// Binds raw bytes as TEXT without going through QString or copying them (used for key
    /// strings, so no copy lands in SQLite's ordinary heap): `data` must stay valid until the
    /// statement is reset or destroyed.
    Statement& bindRawText(int index, const char* data, int size);
    template <typename T> Statement& bind(int index, const std::optional<T>& value)
    {
        return value ? bind(index, *value) : bindNull(index);
    }

    /// Steps once: true when a row is ready, false when done. Errors go to `error()`.
    bool next();
    /// Runs to completion (for INSERT/UPDATE/DELETE). Returns the outcome.
    Status exec();
    /// The outcome of the last next()/exec().
    Status status() const { return m_status; }
    void reset();

    bool isNull(int column) const;
    std::int64_t int64(int column) const;
    int int32(int column) const;
    double real(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    std::optional<int> optInt(int column) const;
    std::optional<std::int64_t> optInt64(int column) const;
    std::optional<double> optReal(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    Status m_status;
};

/// A thin owner of one SQLCipher connection. Repositories use it to prepare statements; the
/// Journal owns it and decides when it is opened, keyed and closed.
class Database
{
public:
    explicit Database(sqlite3* handle);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    sqlite3* handle() const { return m_db; }

    /// Prepares one statement. A failure here is a programming error or a broken file.
    Result<Statement> prepare(const char* sql);
    /// Executes SQL without results (may hold several statements).
    Status exec(const char* sql);
    /// The first column of the first row as text (empty when there is no row).
    Result<QString> queryText(const char* sql);
    Result<std::int64_t> queryInt(const char* sql);
    std::int64_t lastInsertId() const;
    int changes() const;

    /// Closes the connection (idempotent).
    void close();

private:
    sqlite3* m_db = nullptr;
};

/// BEGIN IMMEDIATE on construction, ROLLBACK on destruction unless commit() succeeded.
class Transaction
{
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    /// Whether BEGIN succeeded.
    Status begun() const { return m_begin; }
    Status commit();

private:
    Database& m_db;
    Status m_begin;
    bool m_done = false;
};

/// A deferred BEGIN on construction, COMMIT on destruction; for a group of reads that must see one
/// state. The first read takes a shared lock that is held to the end, so another connection's
/// write waits (busy_timeout) instead of landing between two of the reads.
class ReadTransaction
{
public:
    explicit ReadTransaction(Database& db);
    ~ReadTransaction();
    ReadTransaction(const ReadTransaction&) = delete;
    ReadTransaction& operator=(const ReadTransaction&) = delete;

    /// Whether BEGIN succeeded.
    Status begun() const { return m_begin; }

private:
    Database& m_db;
    Status m_begin;
};

} // namespace kap
