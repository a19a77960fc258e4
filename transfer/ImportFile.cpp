// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transfer/ImportFile.h"

#include "storage/SecureBytes.h"

#include <QFile>
#include <QLocale>

#include <algorithm>
#include <cerrno>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace kap {

namespace {

constexpr qsizetype ChunkBytes = 64 * 1024;

/// Closes the descriptor on every path out of read().
class FileDescriptor
{
public:
    explicit FileDescriptor(int fd) : m_fd(fd) { }
    ~FileDescriptor()
    {
        if (m_fd >= 0) {
            ::close(m_fd);
        }
    }
    FileDescriptor(const FileDescriptor&) = delete;
    FileDescriptor& operator=(const FileDescriptor&) = delete;
    int get() const { return m_fd; }

private:
    int m_fd;
};

Error notRegular()
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("not_regular"));
}

Error fromErrno(int error)
{
    if (error == ENOENT || error == ENOTDIR) {
        return makeError(ErrorCode::NotFound, QStringLiteral("not_found"));
    }
    // Opening a socket gives ENXIO: it is not a file either.
    if (error == ENXIO) {
        return notRegular();
    }
    return makeError(ErrorCode::Io, QStringLiteral("unreadable"));
}

/// Moves `data` into a buffer with room for `capacity` bytes and wipes the old one (a plain
/// reallocation would leave a copy of the content in freed memory).
void growWiping(QByteArray& data, qsizetype capacity)
{
    QByteArray bigger;
    bigger.reserve(capacity);
    bigger.append(data);
    SecureBytes::wipe(data);
    data = std::move(bigger);
}

} // namespace

Result<QByteArray> ImportFile::read(const QString& path, qsizetype maxBytes)
{
    const QByteArray native = QFile::encodeName(path);
    struct stat info = {};
    // Checked before the open too, so that a pipe or a device is never opened at all.
    if (::stat(native.constData(), &info) != 0) {
        return fromErrno(errno);
    }
    if (!S_ISREG(info.st_mode)) {
        return notRegular();
    }
    // O_NONBLOCK: should the path have become a pipe since, the open returns instead of waiting
    // for a writer (on a regular file the flag changes nothing).
    const FileDescriptor file(::open(native.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (file.get() < 0) {
        return fromErrno(errno);
    }
    if (::fstat(file.get(), &info) != 0) {
        return fromErrno(errno);
    }
    if (!S_ISREG(info.st_mode)) {
        return notRegular();
    }
    const qsizetype cap = maxBytes + 1; // one byte more tells "too large" from "exactly the limit"
    QByteArray data;
    // The size the file claims only sizes the first buffer; the reading stops at the cap either way.
    data.reserve(std::min(std::max(qsizetype(info.st_size) + 1, ChunkBytes), cap));
    while (data.size() < cap) {
        if (data.size() == data.capacity()) {
            growWiping(data, std::min(data.capacity() * 2, cap));
        }
        const qsizetype before = data.size();
        const qsizetype room = std::min(data.capacity(), cap) - before;
        data.resize(before + room); // within the capacity: no reallocation
        const ssize_t got = ::read(file.get(), data.data() + before, std::size_t(room));
        if (got < 0) {
            data.resize(before);
            if (errno == EINTR) {
                continue;
            }
            const int error = errno;
            SecureBytes::wipe(data);
            return fromErrno(error);
        }
        data.resize(before + qsizetype(got));
        if (got == 0) {
            break;
        }
    }
    if (data.size() > maxBytes) {
        SecureBytes::wipe(data);
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("too_large"));
    }
    return data;
}

QString ImportFile::describe(const Error& error, qsizetype maxBytes)
{
    const QString& d = error.detail;
    if (d == QLatin1String("not_regular")) {
        return tr("This is not a regular file (it is a folder, a pipe, a device or a socket); choose the "
                  "exported file itself.");
    }
    if (d == QLatin1String("too_large")) {
        return tr("The file is larger than %1, the most an import reads.").arg(formatSize(maxBytes));
    }
    if (d == QLatin1String("not_found")) {
        return tr("The file does not exist.");
    }
    if (d == QLatin1String("unreadable")) {
        return tr("The file cannot be read.");
    }
    return {};
}

QString ImportFile::formatSize(qsizetype bytes)
{
    return QLocale().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

} // namespace kap
