// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Runs a piece of a test in a child process whose address space is capped (setrlimit RLIMIT_AS),
// so that a test shows a hostile input is refused without ever needing more memory than that:
// an allocation over the cap fails in the child (std::bad_alloc, or a crash) and the test sees it.

#include <QByteArray>
#include <QFile>

#include <functional>

#include <cerrno>
#include <csignal>
#include <new>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

// AddressSanitizer reserves terabytes of shadow memory up front: an address-space cap cannot work.
#if defined(__SANITIZE_ADDRESS__)
#define KAP_TEST_WITH_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define KAP_TEST_WITH_ASAN 1
#endif
#endif

namespace kaptest {

#ifdef KAP_TEST_WITH_ASAN
inline constexpr bool BuiltWithAsan = true;
#else
inline constexpr bool BuiltWithAsan = false;
#endif

/// What the child did: its exit status and what the task returned.
struct LimitedRun
{
    bool exitedNormally = false;
    int exitCode = -1; ///< 0: the task returned; 2: it ran out of memory (std::bad_alloc)
    int signal = 0; ///< the signal that ended the child, if one did
    QByteArray output; ///< the task's result (exit code 0)
    qint64 startAddressSpace = 0; ///< the child's address space when the cap was set (VmSize)
};

/// The process's address space in bytes (/proc/self/statm, first field in pages).
inline qint64 addressSpaceBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return -1;
    }
    return statm.readAll().split(' ').value(0).toLongLong() * sysconf(_SC_PAGESIZE);
}

/// Runs `task` in a fork()ed child limited to `limitBytes` of address space and returns what it
/// did. The child ends with _exit: no destructors, no Qt shutdown in a copy of the test process.
inline LimitedRun runWithAddressSpaceLimit(rlim_t limitBytes, const std::function<QByteArray()>& task)
{
    LimitedRun run;
    int fds[2];
    if (pipe(fds) != 0) {
        return run;
    }
    const pid_t child = fork();
    if (child < 0) {
        close(fds[0]);
        close(fds[1]);
        return run;
    }
    if (child == 0) {
        close(fds[0]);
        const qint64 start = addressSpaceBytes();
        const rlimit cap { limitBytes, limitBytes };
        if (setrlimit(RLIMIT_AS, &cap) != 0) {
            _exit(3);
        }
        int code = 0;
        QByteArray out = QByteArray::number(start) + '\n';
        try {
            out += task();
        } catch (const std::bad_alloc&) {
            code = 2;
        }
        for (qsizetype written = 0; written < out.size();) {
            const ssize_t n = write(fds[1], out.constData() + written, std::size_t(out.size() - written));
            if (n <= 0) {
                break;
            }
            written += n;
        }
        close(fds[1]);
        _exit(code);
    }
    close(fds[1]);
    QByteArray received;
    char buffer[4096];
    for (;;) {
        const ssize_t n = read(fds[0], buffer, sizeof buffer);
        if (n > 0) {
            received.append(buffer, n);
        } else if (n == 0 || errno != EINTR) {
            break;
        }
    }
    close(fds[0]);
    int status = 0;
    while (waitpid(child, &status, 0) < 0 && errno == EINTR) { }
    run.exitedNormally = WIFEXITED(status);
    run.exitCode = run.exitedNormally ? WEXITSTATUS(status) : -1;
    run.signal = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
    const qsizetype firstLine = received.indexOf('\n');
    run.startAddressSpace = received.left(firstLine).toLongLong();
    run.output = firstLine < 0 ? QByteArray() : received.mid(firstLine + 1);
    return run;
}

} // namespace kaptest
