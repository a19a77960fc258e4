// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/PassphraseInput.h"

#include <QFile>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <termios.h>
#include <unistd.h>

namespace kap::cli {

namespace {

/// Reads one line from `fd` into secure memory, one byte at a time so nothing after the line is
/// consumed. Returns false when the line is longer than MaxBytes or reading fails.
bool readLine(int fd, SecureBytes& line, bool& tooLong, int& readErrno)
{
    SecureBytes buffer(PassphraseInput::MaxBytes);
    std::size_t length = 0;
    tooLong = false;
    readErrno = 0;
    for (;;) {
        unsigned char byte = 0;
        const ssize_t got = ::read(fd, &byte, 1);
        if (got < 0) {
            if (errno == EINTR) {
                continue;
            }
            readErrno = errno;
            return false;
        }
        if (got == 0 || byte == '\n') {
            break;
        }
        if (length == PassphraseInput::MaxBytes) {
            tooLong = true;
            // Drain the rest of the line so a following read starts on the next line.
            while (::read(fd, &byte, 1) == 1 && byte != '\n') { }
            return false;
        }
        buffer.data()[length++] = byte;
        byte = 0;
    }
    if (length > 0 && buffer.data()[length - 1] == '\r') {
        --length;
    }
    line = SecureBytes::fromRaw(buffer.data(), length);
    return true;
}

// The terminal settings to put back if a signal arrives while echo is off.
int g_ttyFd = -1;
struct termios g_savedTermios = {};

extern "C" void restoreTerminalAndReraise(int signal)
{
    if (g_ttyFd >= 0) {
        ::tcsetattr(g_ttyFd, TCSAFLUSH, &g_savedTermios);
        const char newline = '\n';
        [[maybe_unused]] const ssize_t written = ::write(g_ttyFd, &newline, 1);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

constexpr int GuardedSignals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGTSTP };

} // namespace

bool PassphraseInput::isStdin(const QString& path)
{
    return path == QLatin1String("-") || path == QLatin1String("/dev/stdin");
}

Outcome<SecureBytes> PassphraseInput::fromFile(const QString& path)
{
    int fd = 0;
    bool ownFd = false;
    if (!isStdin(path)) {
        fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            return Failure { ExitFile,
                tr("Cannot read the passphrase file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))) };
        }
        ownFd = true;
    }
    SecureBytes line;
    bool tooLong = false;
    int readErrno = 0;
    const bool ok = readLine(fd, line, tooLong, readErrno);
    if (ownFd) {
        ::close(fd);
    }
    if (!ok) {
        if (tooLong) {
            return Failure { ExitPassphrase,
                tr("The passphrase in %1 is longer than %2 bytes.").arg(path).arg(MaxBytes) };
        }
        return Failure { ExitFile,
            tr("Cannot read the passphrase file %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(readErrno))) };
    }
    return line;
}

Outcome<SecureBytes> PassphraseInput::fromTerminal(const QString& prompt)
{
    const int fd = ::open("/dev/tty", O_RDWR | O_NOCTTY | O_CLOEXEC);
    struct termios saved = {};
    if (fd < 0 || ::tcgetattr(fd, &saved) != 0) {
        if (fd >= 0) {
            ::close(fd);
        }
        return Failure { ExitUsage,
            tr("There is no terminal to ask for the passphrase on. Use --passphrase-file PATH "
               "(PATH may be - for standard input).") };
    }

    // Echo off for the duration of the read; a signal handler puts the terminal back if the
    // person presses Ctrl+C at the prompt.
    g_savedTermios = saved;
    g_ttyFd = fd;
    struct sigaction previous[std::size(GuardedSignals)] {};
    struct sigaction guard = {};
    guard.sa_handler = restoreTerminalAndReraise;
    sigemptyset(&guard.sa_mask);
    for (std::size_t i = 0; i < std::size(GuardedSignals); ++i) {
        ::sigaction(GuardedSignals[i], &guard, &previous[i]);
    }
    struct termios silent = saved;
    silent.c_lflag &= ~tcflag_t(ECHO);
    silent.c_lflag |= ICANON;
    ::tcsetattr(fd, TCSAFLUSH, &silent);
    // The prompt only after echo is off, so nothing typed ahead is shown.
    const QByteArray promptBytes = prompt.toUtf8();
    [[maybe_unused]] const ssize_t written = ::write(fd, promptBytes.constData(), std::size_t(promptBytes.size()));

    SecureBytes line;
    bool tooLong = false;
    int readErrno = 0;
    const bool ok = readLine(fd, line, tooLong, readErrno);

    ::tcsetattr(fd, TCSAFLUSH, &saved);
    for (std::size_t i = 0; i < std::size(GuardedSignals); ++i) {
        ::sigaction(GuardedSignals[i], &previous[i], nullptr);
    }
    g_ttyFd = -1;
    const char newline = '\n';
    [[maybe_unused]] const ssize_t newlineWritten = ::write(fd, &newline, 1);
    ::close(fd);

    if (!ok) {
        if (tooLong) {
            return Failure { ExitPassphrase, tr("The passphrase is longer than %1 bytes.").arg(MaxBytes) };
        }
        return Failure {
            ExitUsage,
            tr("Cannot read the passphrase from the terminal: %1").arg(QString::fromLocal8Bit(std::strerror(readErrno)))
        };
    }
    return line;
}

Outcome<SecureBytes> PassphraseInput::newFromTerminal(const QString& prompt, const QString& confirmPrompt)
{
    auto first = fromTerminal(prompt);
    if (!first) {
        return first.failure();
    }
    if (first.value().isEmpty()) {
        return Failure { ExitPassphrase, tr("The passphrase must not be empty.") };
    }
    auto second = fromTerminal(confirmPrompt);
    if (!second) {
        return second.failure();
    }
    if (!(first.value() == second.value())) {
        return Failure { ExitPassphrase, tr("The two passphrases differ. Nothing was changed.") };
    }
    return std::move(first).value();
}

} // namespace kap::cli
