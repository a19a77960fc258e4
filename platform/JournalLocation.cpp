// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/JournalLocation.h"

#include <QDir>
#include <QStandardPaths>

namespace kap::journallocation {

QString defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("journal.") + extension());
}

QString extension()
{
    return QStringLiteral("kapj");
}

} // namespace kap::journallocation
