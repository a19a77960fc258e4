// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/IdleWatcher.h"

#include <QCoreApplication>
#include <QEvent>

#include <algorithm>
#include <ctime>

namespace kap {

namespace {
// The timer is a wake-up call, not the measurement: it fires at most this far apart so a resume
// from suspend (when timers were frozen) is noticed quickly.
constexpr int MaxCheckIntervalMs = 10'000;

bool isUserInput(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
    case QEvent::TabletMove:
    case QEvent::InputMethod:
        return true;
    default:
        return false;
    }
}
} // namespace

IdleWatcher::IdleWatcher(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleWatcher::check);
    m_lastInputMs = nowMs();
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->installEventFilter(this);
    }
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication* app = QCoreApplication::instance()) {
        app->removeEventFilter(this);
    }
}

qint64 IdleWatcher::nowMs()
{
    timespec ts {};
    // CLOCK_BOOTTIME includes time spent suspended; CLOCK_MONOTONIC (QElapsedTimer) does not.
    clock_gettime(CLOCK_BOOTTIME, &ts);
    return qint64(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

void IdleWatcher::setActive(bool active)
{
    if (m_active == active) {
        return;
    }
    m_active = active;
    setFired(false);
    m_lastInputMs = nowMs();
    rearm();
    Q_EMIT activeChanged();
}

void IdleWatcher::setTimeoutMs(int timeoutMs)
{
    if (m_timeoutMs == timeoutMs) {
        return;
    }
    m_timeoutMs = timeoutMs;
    setFired(false);
    rearm();
    Q_EMIT timeoutMsChanged();
}

void IdleWatcher::poke()
{
    m_lastInputMs = nowMs();
    if (m_fired) {
        setFired(false);
        rearm();
    }
}

bool IdleWatcher::eventFilter(QObject* watched, QEvent* event)
{
    // Events reach the filter once per receiver in the delivery chain; recording a time is cheap
    // enough not to care, and the timer is only touched after idle() fired.
    if (isUserInput(event->type())) {
        poke();
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::rearm()
{
    if (!m_active || m_timeoutMs <= 0 || m_fired) {
        m_timer.stop();
        return;
    }
    const qint64 remaining = std::max<qint64>(0, m_lastInputMs + m_timeoutMs - nowMs());
    m_timer.start(int(std::min<qint64>(remaining, MaxCheckIntervalMs)));
}

void IdleWatcher::check()
{
    if (!m_active || m_timeoutMs <= 0 || m_fired) {
        return;
    }
    if (nowMs() - m_lastInputMs >= m_timeoutMs) {
        setFired(true);
        Q_EMIT idle();
        return;
    }
    rearm();
}

void IdleWatcher::setFired(bool fired)
{
    if (m_fired == fired) {
        return;
    }
    m_fired = fired;
    Q_EMIT idleNowChanged();
}

} // namespace kap
