// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QDateTime>

namespace kap {

/// Where "now" comes from. Storage stamps created/updated times through a Clock so tests can run
/// on a fixed time and stay deterministic.
class Clock
{
public:
    virtual ~Clock() = default;
    /// Now, as a local date-time carrying its UTC offset (Qt::OffsetFromUTC).
    virtual QDateTime now() const = 0;
};

/// The real clock: the system time with the current local UTC offset.
class SystemClock final : public Clock
{
public:
    QDateTime now() const override
    {
        const QDateTime local = QDateTime::currentDateTime();
        return local.toOffsetFromUtc(local.offsetFromUtc());
    }
};

/// A clock that says what it is told; for tests.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime now) : m_now(std::move(now)) { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advanceSeconds(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};

} // namespace kap
