// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QObject>

#include <array>
#include <csignal>

class QSocketNotifier;

namespace kap {

/// Turns SIGTERM, SIGHUP and SIGINT (logout, shutdown, a closed terminal, Ctrl+C) into an orderly
/// QCoreApplication::quit(): the event loop ends and aboutToQuit runs the final save, the lock and
/// the demo clean-up (JournalController), instead of the process dying mid-sentence.
///
/// The handler only writes the signal number into a pipe (async-signal-safe); a QSocketNotifier
/// reads it on the event loop. The handlers stay installed until this object is destroyed, so a
/// second signal while aboutToQuit is saving is absorbed and cannot cut the save short (SIGKILL
/// still ends the process at once). A signal the process inherited as ignored (`nohup` for SIGHUP,
/// a background job for SIGINT) stays ignored. One instance per process.
class QuitSignals : public QObject
{
    Q_OBJECT

public:
    explicit QuitSignals(QObject* parent = nullptr);
    ~QuitSignals() override;
    QuitSignals(const QuitSignals&) = delete;
    QuitSignals& operator=(const QuitSignals&) = delete;

    /// False when the pipe could not be made (the default actions then still apply).
    bool isActive() const { return m_notifier != nullptr; }

Q_SIGNALS:
    /// A signal arrived; quit() has been called right after this.
    void received(int signal);

private:
    void readPending();

    using SigAction = struct sigaction;
    static constexpr std::array<int, 3> Signals = { SIGTERM, SIGHUP, SIGINT };
    QSocketNotifier* m_notifier = nullptr;
    std::array<SigAction, Signals.size()> m_previous = {};
    std::array<bool, Signals.size()> m_installed = {};
};

} // namespace kap
