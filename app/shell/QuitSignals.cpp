// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/QuitSignals.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcQuitSignals, "kap.shell.signals")

namespace kap {

namespace {

// The pipe's ends, shared with the signal handler (plain ints: the handler may touch nothing else).
int s_readFd = -1;
volatile std::sig_atomic_t s_writeFd = -1;

extern "C" void onQuitSignal(int signal)
{
    const int savedErrno = errno;
    const unsigned char byte = static_cast<unsigned char>(signal);
    // Non-blocking: if the pipe is full, enough bytes are already waiting to quit.
    [[maybe_unused]] const ssize_t written = ::write(s_writeFd, &byte, 1);
    errno = savedErrno;
}

} // namespace

QuitSignals::QuitSignals(QObject* parent) : QObject(parent)
{
    Q_ASSERT(s_readFd < 0); // one instance per process
    int fds[2];
    if (::pipe2(fds, O_CLOEXEC | O_NONBLOCK) != 0) {
        qCWarning(lcQuitSignals) << "no pipe for signal handling; SIGTERM ends the app without saving";
        return;
    }
    s_readFd = fds[0];
    s_writeFd = fds[1];
    m_notifier = new QSocketNotifier(s_readFd, QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitSignals::readPending);

    for (std::size_t i = 0; i < Signals.size(); ++i) {
        SigAction current = {};
        if (::sigaction(Signals[i], nullptr, &current) == 0 && current.sa_handler == SIG_IGN) {
            continue; // ignored by whoever started us (nohup, a background job): keep it so
        }
        SigAction action = {};
        action.sa_handler = onQuitSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        m_installed[i] = ::sigaction(Signals[i], &action, &m_previous[i]) == 0;
    }
}

QuitSignals::~QuitSignals()
{
    for (std::size_t i = 0; i < Signals.size(); ++i) {
        if (m_installed[i]) {
            ::sigaction(Signals[i], &m_previous[i], nullptr);
        }
    }
    if (m_notifier) {
        delete m_notifier;
        m_notifier = nullptr;
        const int writeFd = s_writeFd;
        s_writeFd = -1;
        ::close(writeFd);
        ::close(s_readFd);
        s_readFd = -1;
    }
}

void QuitSignals::readPending()
{
    unsigned char buffer[16];
    ssize_t count = 0;
    while ((count = ::read(s_readFd, buffer, sizeof buffer)) > 0) {
        for (ssize_t i = 0; i < count; ++i) {
            Q_EMIT received(int(buffer[i]));
        }
    }
    // From the event loop, never from the handler: aboutToQuit then saves and locks. Calling it
    // again while already quitting is harmless.
    QCoreApplication::quit();
}

} // namespace kap
