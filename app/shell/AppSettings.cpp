// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/AppSettings.h"

#include <QFileInfo>
#include <QLocale>
#include <QSettings>

#include <algorithm>

namespace kap {

namespace {
const QString ThemeKey = QStringLiteral("ui/theme");
const QString AutoLockKey = QStringLiteral("security/autoLockMinutes");
const QString LockWithDesktopKey = QStringLiteral("security/lockWithDesktop");
const QString WeekStartKey = QStringLiteral("ui/weekStart");
const QString AutomaticBackupsKey = QStringLiteral("backup/automaticKeep");
const QString ClipboardClearKey = QStringLiteral("security/clipboardClearSeconds");
AppSettings* s_instance = nullptr;

QString normalizedTheme(const QString& theme)
{
    if (theme == QLatin1String("light") || theme == QLatin1String("dark")) {
        return theme;
    }
    return QStringLiteral("system");
}
} // namespace

AppSettings::AppSettings(QObject* parent) : QObject(parent)
{
    reload();
}

AppSettings* AppSettings::instance()
{
    if (!s_instance) {
        s_instance = new AppSettings(nullptr);
    }
    return s_instance;
}

AppSettings* AppSettings::create(QQmlEngine*, QJSEngine*)
{
    AppSettings* settings = instance();
    QJSEngine::setObjectOwnership(settings, QJSEngine::CppOwnership);
    return settings;
}

void AppSettings::reload()
{
    const QSettings settings;
    m_theme = normalizedTheme(settings.value(ThemeKey).toString());
    m_autoLockMinutes = std::clamp(settings.value(AutoLockKey, DefaultAutoLockMinutes).toInt(), 0, MaxAutoLockMinutes);
    m_lockWithDesktop = settings.value(LockWithDesktopKey, true).toBool();
    const int localeStart = int(QLocale().firstDayOfWeek());
    m_weekStart = std::clamp(settings.value(WeekStartKey, localeStart).toInt(), 1, 7);
    m_automaticBackups
        = std::clamp(settings.value(AutomaticBackupsKey, DefaultAutomaticBackups).toInt(), 0, MaxAutomaticBackups);
    m_clipboardClearSeconds = std::clamp(settings.value(ClipboardClearKey, DefaultClipboardClearSeconds).toInt(),
        MinClipboardClearSeconds, MaxClipboardClearSeconds);
    Q_EMIT themeChanged();
    Q_EMIT autoLockMinutesChanged();
    Q_EMIT lockWithDesktopChanged();
    Q_EMIT weekStartChanged();
    Q_EMIT automaticBackupsChanged();
    Q_EMIT clipboardClearSecondsChanged();
}

void AppSettings::store(const QString& key, const QVariant& value)
{
    QSettings settings;
    settings.setValue(key, value);
    settings.sync();
    // The settings file holds no content, but SECURITY.md 7 wants everything we write private.
    if (!settings.fileName().isEmpty() && QFileInfo::exists(settings.fileName())) {
        QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
}

void AppSettings::setTheme(const QString& theme)
{
    const QString normalized = normalizedTheme(theme);
    if (m_theme == normalized) {
        return;
    }
    m_theme = normalized;
    store(ThemeKey, m_theme);
    Q_EMIT themeChanged();
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    minutes = std::clamp(minutes, 0, MaxAutoLockMinutes);
    if (m_autoLockMinutes == minutes) {
        return;
    }
    m_autoLockMinutes = minutes;
    store(AutoLockKey, m_autoLockMinutes);
    Q_EMIT autoLockMinutesChanged();
}

void AppSettings::setLockWithDesktop(bool enabled)
{
    if (m_lockWithDesktop == enabled) {
        return;
    }
    m_lockWithDesktop = enabled;
    store(LockWithDesktopKey, m_lockWithDesktop);
    Q_EMIT lockWithDesktopChanged();
}

void AppSettings::setWeekStart(int day)
{
    day = std::clamp(day, 1, 7);
    if (m_weekStart == day) {
        return;
    }
    m_weekStart = day;
    store(WeekStartKey, m_weekStart);
    Q_EMIT weekStartChanged();
}

void AppSettings::setAutomaticBackups(int count)
{
    count = std::clamp(count, 0, MaxAutomaticBackups);
    if (m_automaticBackups == count) {
        return;
    }
    m_automaticBackups = count;
    store(AutomaticBackupsKey, m_automaticBackups);
    Q_EMIT automaticBackupsChanged();
}

void AppSettings::setClipboardClearSeconds(int seconds)
{
    seconds = std::clamp(seconds, MinClipboardClearSeconds, MaxClipboardClearSeconds);
    if (m_clipboardClearSeconds == seconds) {
        return;
    }
    m_clipboardClearSeconds = seconds;
    store(ClipboardClearKey, m_clipboardClearSeconds);
    Q_EMIT clipboardClearSecondsChanged();
}

} // namespace kap
