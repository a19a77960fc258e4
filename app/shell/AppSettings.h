// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QString>

namespace kap {

/// The app's few unencrypted settings, kept in QSettings: theme, auto-lock minutes, locking with
/// the desktop, first day of the week, how many automatic backups to keep and how long copied
/// text stays on the clipboard. (The last journal's path is kept by
/// JournalController, the window geometry by WindowGeometry.)
///
/// Nothing a person writes goes here: journal content, including default session values, lives in
/// the encrypted journal (JournalController::preference()).
class AppSettings : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    /// "system" (follow the desktop), "light" or "dark".
    Q_PROPERTY(QString theme READ theme WRITE setTheme NOTIFY themeChanged)
    /// Minutes without input before the journal locks itself; 0 = never.
    Q_PROPERTY(int autoLockMinutes READ autoLockMinutes WRITE setAutoLockMinutes NOTIFY autoLockMinutesChanged)
    /// Lock the journal when the desktop locks or the computer goes to sleep (DesktopLockWatcher).
    Q_PROPERTY(bool lockWithDesktop READ lockWithDesktop WRITE setLockWithDesktop NOTIFY lockWithDesktopChanged)
    /// 1 = Monday ... 7 = Sunday (Qt::DayOfWeek); defaults to the locale's.
    Q_PROPERTY(int weekStart READ weekStart WRITE setWeekStart NOTIFY weekStartChanged)
    /// How many automatic backups next to the journal to keep (AutomaticBackup); 0 = none are made.
    Q_PROPERTY(int automaticBackups READ automaticBackups WRITE setAutomaticBackups NOTIFY automaticBackupsChanged)
    /// Seconds after which text copied or selected in the app leaves the clipboard (SecureClipboard).
    Q_PROPERTY(int clipboardClearSeconds READ clipboardClearSeconds WRITE setClipboardClearSeconds NOTIFY
            clipboardClearSecondsChanged)
    /// Not stored: true when Qt Quick draws in software (QT_QUICK_BACKEND=software, or no OpenGL as
    /// offscreen). The Material style's popup shadows are shader effects, and without shaders the
    /// whole popup background disappears, so popups then go flat (Material.elevation 0). Main.qml
    /// sets it from the window's GraphicsInfo.
    Q_PROPERTY(bool plainPopups MEMBER m_plainPopups NOTIFY plainPopupsChanged)

public:
    static constexpr int DefaultAutoLockMinutes = 5;
    static constexpr int MaxAutoLockMinutes = 240;
    static constexpr int DefaultAutomaticBackups = 7;
    static constexpr int MaxAutomaticBackups = 100;
    static constexpr int DefaultClipboardClearSeconds = 30;
    static constexpr int MinClipboardClearSeconds = 5;
    static constexpr int MaxClipboardClearSeconds = 600;

    // No default argument: Qt 6.4 would build the QML singleton with it and ignore create().
    explicit AppSettings(QObject* parent);

    static AppSettings* instance();
    static AppSettings* create(QQmlEngine* qmlEngine, QJSEngine* jsEngine);

    QString theme() const { return m_theme; }
    void setTheme(const QString& theme);
    int autoLockMinutes() const { return m_autoLockMinutes; }
    void setAutoLockMinutes(int minutes);
    bool lockWithDesktop() const { return m_lockWithDesktop; }
    void setLockWithDesktop(bool enabled);
    int weekStart() const { return m_weekStart; }
    void setWeekStart(int day);
    int automaticBackups() const { return m_automaticBackups; }
    void setAutomaticBackups(int count);
    int clipboardClearSeconds() const { return m_clipboardClearSeconds; }
    void setClipboardClearSeconds(int seconds);

    /// Re-reads everything from QSettings (tests switch HOME between cases).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void themeChanged();
    void autoLockMinutesChanged();
    void lockWithDesktopChanged();
    void weekStartChanged();
    void automaticBackupsChanged();
    void clipboardClearSecondsChanged();
    void plainPopupsChanged();

private:
    void store(const QString& key, const QVariant& value);

    QString m_theme;
    int m_autoLockMinutes = DefaultAutoLockMinutes;
    bool m_lockWithDesktop = true;
    int m_weekStart = 1;
    int m_automaticBackups = DefaultAutomaticBackups;
    int m_clipboardClearSeconds = DefaultClipboardClearSeconds;
    bool m_plainPopups = false;
};

} // namespace kap
