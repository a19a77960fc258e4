// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/DesktopLockWatcher.h"

#include "app/shell/AppSettings.h"

#include <QDBusError>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QLoggingCategory>

#include <array>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcDesktopLock, "kap.shell.desktoplock", QtInfoMsg)

namespace kap {

namespace {

const QString Login1Service = QStringLiteral("org.freedesktop.login1");
const QString Login1Path = QStringLiteral("/org/freedesktop/login1");
const QString Login1Manager = QStringLiteral("org.freedesktop.login1.Manager");
const QString Login1Session = QStringLiteral("org.freedesktop.login1.Session");

// Service and interface of each screen saver that says when the screen locks. The object path
// differs between desktops (KDE uses /ScreenSaver and /org/freedesktop/ScreenSaver), so any path.
const std::array<const char*, 4> ScreenSavers = {
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.xfce.ScreenSaver",
    "org.mate.ScreenSaver",
};

} // namespace

DesktopLockWatcher::DesktopLockWatcher(QObject* parent)
    : DesktopLockWatcher(QDBusConnection::sessionBus(), QDBusConnection::systemBus(), parent)
{
}

DesktopLockWatcher::DesktopLockWatcher(
    const QDBusConnection& sessionBus, const QDBusConnection& systemBus, QObject* parent)
    : QObject(parent), m_session(sessionBus), m_system(systemBus)
{
    AppSettings* settings = AppSettings::instance();
    m_enabled = settings->lockWithDesktop();
    connect(settings, &AppSettings::lockWithDesktopChanged, this,
        [this, settings]() { setEnabled(settings->lockWithDesktop()); });
    watchScreenSavers();
    watchLogind();
    if (m_enabled) {
        takeInhibitor();
    }
}

DesktopLockWatcher::~DesktopLockWatcher() = default;

void DesktopLockWatcher::setEnabled(bool enabled)
{
    if (m_enabled == enabled) {
        return;
    }
    m_enabled = enabled;
    if (enabled) {
        takeInhibitor();
    } else {
        m_inhibitor = QDBusUnixFileDescriptor(); // closes it: logind no longer waits for us
    }
}

void DesktopLockWatcher::watchScreenSavers()
{
    if (!m_session.isConnected()) {
        return;
    }
    for (const char* screenSaver : ScreenSavers) {
        const QString name = QString::fromLatin1(screenSaver);
        m_session.connect(
            name, QString(), name, QStringLiteral("ActiveChanged"), this, SLOT(screenSaverActiveChanged(bool)));
    }
}

void DesktopLockWatcher::watchLogind()
{
    if (!m_system.isConnected()) {
        return;
    }
    m_system.connect(
        Login1Service, Login1Path, Login1Manager, QStringLiteral("PrepareForSleep"), this, SLOT(prepareForSleep(bool)));

    // Our logind session: the one the desktop put in the environment, else the one this process
    // belongs to. Outside any session (a systemd user service) both fail, quietly.
    const QString sessionId = qEnvironmentVariable("XDG_SESSION_ID");
    QDBusMessage call;
    if (!sessionId.isEmpty()) {
        call = QDBusMessage::createMethodCall(Login1Service, Login1Path, Login1Manager, QStringLiteral("GetSession"));
        call << sessionId;
    } else {
        call = QDBusMessage::createMethodCall(
            Login1Service, Login1Path, Login1Manager, QStringLiteral("GetSessionByPID"));
        call << uint(::getpid());
    }
    m_system.callWithCallback(call, this, SLOT(sessionFound(QDBusMessage)), SLOT(sessionNotFound(QDBusError)));
}

void DesktopLockWatcher::sessionFound(const QDBusMessage& reply)
{
    if (reply.arguments().isEmpty()) {
        return;
    }
    const QString path = qvariant_cast<QDBusObjectPath>(reply.arguments().constFirst()).path();
    if (path.isEmpty() || path == m_sessionPath) {
        return;
    }
    m_system.connect(Login1Service, path, Login1Session, QStringLiteral("Lock"), this, SLOT(sessionLocked()));
    m_sessionPath = path;
}

void DesktopLockWatcher::takeInhibitor()
{
    if (!m_system.isConnected() || m_inhibitor.isValid() || m_inhibitorPending
        || !(m_system.connectionCapabilities() & QDBusConnection::UnixFileDescriptorPassing)) {
        return;
    }
    QDBusMessage call
        = QDBusMessage::createMethodCall(Login1Service, Login1Path, Login1Manager, QStringLiteral("Inhibit"));
    // Who and why, as `systemd-inhibit --list` shows them to the person.
    const QString why = tr("Locking the journal before the computer sleeps");
    call << QStringLiteral("sleep") << QStringLiteral("KAP Journal") << why << QStringLiteral("delay");
    m_inhibitorPending = m_system.callWithCallback(
        call, this, SLOT(inhibitorReceived(QDBusMessage)), SLOT(inhibitorRefused(QDBusError)));
}

void DesktopLockWatcher::inhibitorReceived(const QDBusMessage& reply)
{
    m_inhibitorPending = false;
    if (!m_enabled || reply.arguments().isEmpty()) {
        return; // switched off meanwhile: the descriptor in the reply closes with it
    }
    m_inhibitor = qvariant_cast<QDBusUnixFileDescriptor>(reply.arguments().constFirst());
}

// No logind, no such session, no permission: the screen savers still count, and nothing is
// wrong with the journal. Not worth a warning.
void DesktopLockWatcher::sessionNotFound(const QDBusError& error)
{
    qCDebug(lcDesktopLock) << "no logind session:" << error.name();
}

void DesktopLockWatcher::inhibitorRefused(const QDBusError& error)
{
    m_inhibitorPending = false;
    qCDebug(lcDesktopLock) << "no sleep inhibitor:" << error.name();
}

void DesktopLockWatcher::screenSaverActiveChanged(bool active)
{
    if (active) {
        request("screen saver active");
    }
}

void DesktopLockWatcher::sessionLocked()
{
    request("session locked");
}

void DesktopLockWatcher::prepareForSleep(bool sleeping)
{
    if (!sleeping) {
        if (m_enabled) {
            takeInhibitor(); // resumed: be ready for the next sleep
        }
        return;
    }
    request("going to sleep");
    // Locked (lockRequested is handled synchronously): logind may go ahead.
    m_inhibitor = QDBusUnixFileDescriptor();
}

void DesktopLockWatcher::request(const char* reason)
{
    if (!m_enabled) {
        return;
    }
    qCDebug(lcDesktopLock) << "lock requested:" << reason;
    Q_EMIT lockRequested();
}

} // namespace kap
