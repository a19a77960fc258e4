// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Preferences.h"

namespace kap {

Preferences::Preferences(Database& db) : m_db(db) { }

QString Preferences::value(const QString& key, const QString& fallback)
{
    auto stmt = m_db.prepare("SELECT value FROM preferences WHERE key = ?1");
    if (!stmt) {
        return fallback;
    }
    stmt->bind(1, key);
    return stmt->next() ? stmt->text(0) : fallback;
}

Status Preferences::setValue(const QString& key, const QString& value)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO preferences (key, value) VALUES (?1, ?2)");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, key).bind(2, value);
    return stmt->exec();
}

Status Preferences::remove(const QString& key)
{
    auto stmt = m_db.prepare("DELETE FROM preferences WHERE key = ?1");
    if (!stmt) {
        return stmt.error();
    }
    stmt->bind(1, key);
    return stmt->exec();
}

Result<QMap<QString, QString>> Preferences::all()
{
    auto stmt = m_db.prepare("SELECT key, value FROM preferences ORDER BY key");
    if (!stmt) {
        return stmt.error();
    }
    QMap<QString, QString> values;
    while (stmt->next()) {
        values.insert(stmt->text(0), stmt->text(1));
    }
    if (!stmt->status()) {
        return stmt->status().error();
    }
    return values;
}

} // namespace kap
