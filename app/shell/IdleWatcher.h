// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace kap {

/// Notices when the person stops using the app, for the idle auto-lock (SECURITY.md 10).
///
/// An event filter on the application counts keyboard, mouse, wheel and touch input in every
/// window. When `active` and no input arrived for `timeoutMs`, it emits idle() once; the next
/// input re-arms it. Time is measured on the boot clock, which keeps running while the machine
/// sleeps, so a laptop closed for an hour locks the journal as soon as it wakes up.
class IdleWatcher : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    /// Only an active watcher emits idle() (the shell binds it to "journal unlocked").
    Q_PROPERTY(bool active READ isActive WRITE setActive NOTIFY activeChanged)
    /// Milliseconds without input before idle(); 0 or less switches auto-lock off.
    Q_PROPERTY(int timeoutMs READ timeoutMs WRITE setTimeoutMs NOTIFY timeoutMsChanged)
    /// True from idle() until the next input (an idle lock that had to wait retries meanwhile).
    Q_PROPERTY(bool idleNow READ isIdleNow NOTIFY idleNowChanged)

public:
    explicit IdleWatcher(QObject* parent = nullptr);
    ~IdleWatcher() override;

    bool isActive() const { return m_active; }
    void setActive(bool active);
    int timeoutMs() const { return m_timeoutMs; }
    void setTimeoutMs(int timeoutMs);
    bool isIdleNow() const { return m_fired; }

    /// Counts as user input (the shell calls it when it shows or hides a screen by itself).
    Q_INVOKABLE void poke();

Q_SIGNALS:
    void activeChanged();
    void timeoutMsChanged();
    void idleNowChanged();
    /// No input for `timeoutMs` while active.
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    static qint64 nowMs();
    void rearm();
    void check();
    void setFired(bool fired);

    bool m_active = false;
    int m_timeoutMs = 5 * 60 * 1000;
    qint64 m_lastInputMs = 0;
    bool m_fired = false;
    QTimer m_timer;
};

} // namespace kap
