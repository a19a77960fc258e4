// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Database.h"
#include "storage/Result.h"

#include <QMap>
#include <QString>

namespace kap {

/// Key/value preferences stored inside the encrypted journal: things like default session values
/// (provider, dose) are journal content and must never go to QSettings.
class Preferences
{
public:
    explicit Preferences(Database& db);

    QString value(const QString& key, const QString& fallback = {});
    Status setValue(const QString& key, const QString& value);
    Status remove(const QString& key);
    /// Every stored key with its value (what a full export carries).
    Result<QMap<QString, QString>> all();

private:
    Database& m_db;
};

} // namespace kap
