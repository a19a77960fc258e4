// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDBusConnection>
#include <QDBusUnixFileDescriptor>
#include <QObject>
#include <QString>

class QDBusError;
class QDBusMessage;

namespace kap {

/// Asks for the journal to lock when the desktop locks, as KeePassXC does (SECURITY.md 18):
/// a screen saver's `ActiveChanged(true)` on the session bus (org.freedesktop.ScreenSaver and
/// the GNOME, Xfce and MATE ones), the logind session's `Lock` signal and logind's
/// `PrepareForSleep(true)` before suspend or hibernation on the system bus.
///
/// Before sleep, logind waits for us: while enabled the watcher holds a logind "delay" inhibitor
/// and lets go of it right after lockRequested() has been handled (the lock is synchronous), then
/// takes a new one after resume. logind gives up waiting after InhibitDelayMaxSec (5 s) anyway.
///
/// Follows AppSettings::lockWithDesktop. A missing bus or service is not an error and prints
/// nothing: the watcher then simply never fires.
class DesktopLockWatcher : public QObject
{
    Q_OBJECT

public:
    /// Watches the user's session bus and the system bus.
    explicit DesktopLockWatcher(QObject* parent = nullptr);
    /// Watches the given buses (tests pass private dbus-daemons).
    DesktopLockWatcher(const QDBusConnection& sessionBus, const QDBusConnection& systemBus, QObject* parent = nullptr);
    ~DesktopLockWatcher() override;

    bool isEnabled() const { return m_enabled; }
    /// The logind session object being watched for Lock, empty until logind has answered.
    QString sessionPath() const { return m_sessionPath; }
    /// Whether a logind sleep-delay inhibitor is held right now.
    bool holdsSleepInhibitor() const { return m_inhibitor.isValid(); }

Q_SIGNALS:
    /// The desktop locked or the machine is about to sleep: lock the journal now (synchronously).
    void lockRequested();

private Q_SLOTS:
    void screenSaverActiveChanged(bool active);
    void sessionLocked();
    void prepareForSleep(bool sleeping);
    void sessionFound(const QDBusMessage& reply);
    void inhibitorReceived(const QDBusMessage& reply);
    void sessionNotFound(const QDBusError& error);
    void inhibitorRefused(const QDBusError& error);

private:
    void setEnabled(bool enabled);
    void watchScreenSavers();
    void watchLogind();
    void takeInhibitor();
    void request(const char* reason);

    QDBusConnection m_session;
    QDBusConnection m_system;
    bool m_enabled = true;
    bool m_inhibitorPending = false;
    QString m_sessionPath;
    QDBusUnixFileDescriptor m_inhibitor;
};

} // namespace kap
