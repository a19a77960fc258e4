// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// LD_PRELOAD shim for the tests: while KAP_TEST_FAIL_DIR_FSYNC is set, fsync() and fdatasync() on
// a directory fail with EIO (what a flaky disk or a network file system can do after a rename
// went through); every other call goes to the C library. Built only in tests/.
#include <cerrno>
#include <cstdlib>
#include <dlfcn.h>
#include <sys/stat.h>

namespace {

bool failThis(int fd)
{
    if (std::getenv("KAP_TEST_FAIL_DIR_FSYNC") == nullptr) {
        return false;
    }
    struct stat info; // filled by fstat()
    return ::fstat(fd, &info) == 0 && S_ISDIR(info.st_mode);
}

using SyncFunction = int (*)(int);

SyncFunction next(const char* name)
{
    return reinterpret_cast<SyncFunction>(::dlsym(RTLD_NEXT, name));
}

} // namespace

extern "C" {

int fsync(int fd)
{
    if (failThis(fd)) {
        errno = EIO;
        return -1;
    }
    static const SyncFunction real = next("fsync");
    return real(fd);
}

int fdatasync(int fd)
{
    if (failThis(fd)) {
        errno = EIO;
        return -1;
    }
    static const SyncFunction real = next("fdatasync");
    return real(fd);
}

} // extern "C"
