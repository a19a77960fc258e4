// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QDir>
#include <QString>

/// Points HOME and the XDG folders at a temporary directory before the QApplication exists, so
/// UI tests never read or write the real user's settings or journals.
namespace uitest {

inline void useTemporaryHome(const QString& home)
{
    const QByteArray path = QFile::encodeName(home);
    qputenv("HOME", path);
    qputenv("XDG_CONFIG_HOME", path + "/.config");
    qputenv("XDG_DATA_HOME", path + "/.local/share");
    qputenv("XDG_CACHE_HOME", path + "/.cache");
    qputenv("XDG_RUNTIME_DIR", path + "/runtime");
    QDir().mkpath(home + QStringLiteral("/runtime"));
    QFile::setPermissions(
        home + QStringLiteral("/runtime"), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
}

/// Where screenshots go: $KAP_BUILD_DIR/screenshots, or ./screenshots outside ctest.
inline QString screenshotDir()
{
    const QString build = qEnvironmentVariable("KAP_BUILD_DIR");
    return (build.isEmpty() ? QDir::currentPath() : build) + QStringLiteral("/screenshots");
}

} // namespace uitest
