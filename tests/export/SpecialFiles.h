// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Files that are not regular files, for the import tests: a folder, a FIFO, a Unix socket and
// /dev/zero; and a call with a deadline, because a careless read of a FIFO blocks for ever.

#include <QFile>
#include <QList>
#include <QString>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <future>
#include <optional>
#include <utility>

#include <fcntl.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

namespace kaptest {

/// One of each kind of non-regular file, made in a folder; the socket is bound while this lives.
class SpecialFiles
{
public:
    explicit SpecialFiles(const QTemporaryDir& dir)
    {
        m_folder = dir.filePath(QStringLiteral("folder.csv"));
        m_fifo = dir.filePath(QStringLiteral("fifo.csv"));
        m_socket = dir.filePath(QStringLiteral("socket.csv"));
        const bool folderMade = mkdir(QFile::encodeName(m_folder).constData(), 0700) == 0;
        const bool fifoMade = mkfifo(QFile::encodeName(m_fifo).constData(), 0600) == 0;
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        const QByteArray socketPath = QFile::encodeName(m_socket);
        m_socketFd = socket(AF_UNIX, SOCK_STREAM | SOCK_CLOEXEC, 0);
        bool socketMade = false;
        if (m_socketFd >= 0 && socketPath.size() < qsizetype(sizeof address.sun_path)) {
            qstrncpy(address.sun_path, socketPath.constData(), sizeof address.sun_path);
            socketMade = bind(m_socketFd, reinterpret_cast<const sockaddr*>(&address), sizeof address) == 0;
        }
        m_ok = folderMade && fifoMade && socketMade;
    }
    ~SpecialFiles()
    {
        if (m_socketFd >= 0) {
            close(m_socketFd);
        }
    }
    SpecialFiles(const SpecialFiles&) = delete;
    SpecialFiles& operator=(const SpecialFiles&) = delete;

    bool ok() const { return m_ok; }
    /// (what it is, its path) for each kind.
    QList<std::pair<const char*, QString>> all() const
    {
        return { { "folder", m_folder }, { "fifo", m_fifo }, { "socket", m_socket },
            { "/dev/zero", QStringLiteral("/dev/zero") } };
    }

private:
    QString m_folder;
    QString m_fifo;
    QString m_socket;
    int m_socketFd = -1;
    bool m_ok = false;
};

/// Runs `call` on another thread and waits at most `deadline`. When it has not returned by then,
/// opens `path` for writing and closes it again (which wakes a reader blocked on a FIFO, so the
/// thread ends) and returns nullopt: the call blocked.
template <typename T>
std::optional<T> callWithin(std::chrono::seconds deadline, const QString& path, const std::function<T()>& call)
{
    auto future = std::async(std::launch::async, call);
    if (future.wait_for(deadline) == std::future_status::ready) {
        return future.get();
    }
    const int writer = open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK | O_CLOEXEC);
    if (writer >= 0) {
        close(writer);
    }
    future.wait();
    return std::nullopt;
}

} // namespace kaptest
