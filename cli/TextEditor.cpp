// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "cli/TextEditor.h"

#include "cli/TextInput.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/magic.h>
#include <spawn.h>
#include <sys/stat.h>
#include <sys/statfs.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace kap::cli {

namespace {

/// Overwrites a regular file with zeros before unlinking it (symlinks are only unlinked).
void wipeFile(const QByteArray& path)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd >= 0) {
        struct stat info = {};
        if (::fstat(fd, &info) == 0 && S_ISREG(info.st_mode)) {
            static constexpr std::array<char, 65536> Zeros {};
            off_t left = info.st_size;
            while (left > 0) {
                const ssize_t written = ::write(fd, Zeros.data(), size_t(std::min(left, off_t(Zeros.size()))));
                if (written <= 0 && errno != EINTR) {
                    break;
                }
                left -= std::max<ssize_t>(written, 0);
            }
            ::fdatasync(fd);
        }
        ::close(fd);
    }
    ::unlink(path.constData());
}

/// Wipes and removes `folder` and everything in it, hidden files included (vim's .swp, emacs'
/// backup~ and #autosave#).
void wipeFolder(const QString& folder)
{
    const QDir dir(folder);
    const auto entries = dir.entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    for (const QFileInfo& entry : entries) {
        if (entry.isDir() && !entry.isSymLink()) {
            wipeFolder(entry.filePath());
        } else {
            wipeFile(QFile::encodeName(entry.filePath()));
        }
    }
    ::rmdir(QFile::encodeName(folder).constData());
}

// What a signal handler needs to clean up while the editor runs (async-signal-safe use only).
char g_file[4096] = {};
char g_folder[4096] = {};
volatile pid_t g_editorPid = 0;

/// SIGTERM/SIGHUP while the editor is open: end the editor, remove the text, then die of the
/// signal as usual. (The editor's own backups are left to the editor; the folder is private.)
extern "C" void removeTextAndReraise(int signal)
{
    if (g_editorPid > 0) {
        ::kill(g_editorPid, signal);
    }
    ::unlink(g_file);
    ::rmdir(g_folder);
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

/// Owns the private folder and the file in it; wipes both when it goes out of scope.
class TemporaryText
{
public:
    TemporaryText() = default;
    TemporaryText(const TemporaryText&) = delete;
    TemporaryText& operator=(const TemporaryText&) = delete;
    ~TemporaryText()
    {
        if (!m_folder.isEmpty()) {
            wipeFolder(m_folder);
            g_file[0] = '\0';
            g_folder[0] = '\0';
        }
    }

    /// Makes `<parent>/kapjournal-edit-XXXXXX/<fileName>`, both private. False with errno set.
    bool create(const QString& parent, const QString& fileName)
    {
        QByteArray folder = QFile::encodeName(parent + QStringLiteral("/kapjournal-edit-XXXXXX"));
        if (!::mkdtemp(folder.data())) {
            return false;
        }
        m_folder = QFile::decodeName(folder);
        m_file = m_folder + QLatin1Char('/') + fileName;
        const QByteArray file = QFile::encodeName(m_file);
        if (size_t(file.size()) >= sizeof g_file) {
            errno = ENAMETOOLONG;
            return false;
        }
        std::memcpy(g_folder, folder.constData(), size_t(folder.size()) + 1);
        std::memcpy(g_file, file.constData(), size_t(file.size()) + 1);
        const int fd = ::open(file.constData(), O_CREAT | O_EXCL | O_WRONLY | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            return false;
        }
        ::close(fd);
        return true;
    }

    const QString& file() const { return m_file; }

private:
    QString m_folder;
    QString m_file;
};

/// Signal dispositions while the editor runs, restored on destruction. Ctrl+C and Ctrl+\ are
/// the editor's (git does the same); SIGTERM and SIGHUP clean up first.
class EditorSignals
{
public:
    EditorSignals()
    {
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        struct sigaction cleanUp = {};
        cleanUp.sa_handler = removeTextAndReraise;
        for (std::size_t i = 0; i < Signals.size(); ++i) {
            const bool ignored = Signals[i] == SIGINT || Signals[i] == SIGQUIT;
            ::sigaction(Signals[i], ignored ? &ignore : &cleanUp, &m_saved[i]);
        }
    }
    ~EditorSignals()
    {
        for (std::size_t i = 0; i < Signals.size(); ++i) {
            ::sigaction(Signals[i], &m_saved[i], nullptr);
        }
        g_editorPid = 0;
    }
    EditorSignals(const EditorSignals&) = delete;
    EditorSignals& operator=(const EditorSignals&) = delete;

    static constexpr std::array<int, 4> Signals { SIGINT, SIGQUIT, SIGTERM, SIGHUP };

private:
    std::array<struct sigaction, Signals.size()> m_saved {};
};

/// Runs `/bin/sh -c '<editor> "$@"' <editor> <file>` and returns its wait status, or -1 with
/// errno set when it could not be started. When standard input is not a terminal (the passphrase
/// came through a pipe), the editor gets the controlling terminal instead, if there is one.
int runEditor(const QString& editor, const QString& file)
{
    const QByteArray script = editor.toLocal8Bit() + " \"$@\"";
    const QByteArray name = editor.toLocal8Bit();
    const QByteArray path = QFile::encodeName(file);
    char sh[] = "sh";
    char dashC[] = "-c";
    char* argv[] = { sh, dashC, const_cast<char*>(script.constData()), const_cast<char*>(name.constData()),
        const_cast<char*>(path.constData()), nullptr };

    posix_spawn_file_actions_t actions;
    ::posix_spawn_file_actions_init(&actions);
    int tty = -1;
    if (!::isatty(STDIN_FILENO)) {
        tty = ::open("/dev/tty", O_RDWR | O_CLOEXEC);
        if (tty >= 0) {
            ::posix_spawn_file_actions_adddup2(&actions, tty, STDIN_FILENO);
        }
    }
    // The child starts with default handlers for the signals this process changes meanwhile.
    posix_spawnattr_t attributes;
    ::posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (const int signal : EditorSignals::Signals) {
        sigaddset(&defaults, signal);
    }
    ::posix_spawnattr_setsigdefault(&attributes, &defaults);
    ::posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF);

    int status = -1;
    {
        EditorSignals guard;
        pid_t pid = 0;
        const int spawned = ::posix_spawn(&pid, "/bin/sh", &actions, &attributes, argv, environ);
        if (spawned != 0) {
            errno = spawned;
        } else {
            g_editorPid = pid;
            while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
        }
    }
    ::posix_spawnattr_destroy(&attributes);
    ::posix_spawn_file_actions_destroy(&actions);
    if (tty >= 0) {
        ::close(tty);
    }
    return status;
}

} // namespace

Outcome<QString> TextEditor::privateFolder(const QString& fileOption)
{
    const QString folder = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder)) {
        return Failure { ExitUsage,
            tr("--edit needs XDG_RUNTIME_DIR, your private folder in memory, for the editor's temporary file, and "
               "it is not set. Use %1 - to read the text from standard input instead.")
                .arg(fileOption) };
    }
    struct stat info = {};
    const bool isPrivate = ::stat(QFile::encodeName(folder).constData(), &info) == 0 && S_ISDIR(info.st_mode)
        && info.st_uid == ::geteuid() && (info.st_mode & 077) == 0;
    if (!isPrivate) {
        return Failure { ExitUsage,
            tr("--edit refuses XDG_RUNTIME_DIR %1: it must be a folder of yours that only you can open (mode 0700). "
               "Use %2 - to read the text from standard input instead.")
                .arg(folder, fileOption) };
    }
    // SECURITY.md, requirement 8: journal text never reaches a disk, so only a folder in memory.
    struct statfs fileSystem = {};
    const bool inMemory = ::statfs(QFile::encodeName(folder).constData(), &fileSystem) == 0
        && (fileSystem.f_type == TMPFS_MAGIC || fileSystem.f_type == RAMFS_MAGIC);
    if (!inMemory) {
        return Failure { ExitUsage,
            tr("--edit refuses XDG_RUNTIME_DIR %1: it is not kept in memory (tmpfs), so the text would be written "
               "to disk. Use %2 - to read the text from standard input instead.")
                .arg(folder, fileOption) };
    }
    return folder;
}

QString TextEditor::command()
{
    for (const char* variable : { "EDITOR", "VISUAL" }) {
        const QString editor = qEnvironmentVariable(variable).trimmed();
        if (!editor.isEmpty()) {
            return editor;
        }
    }
    if (!QStandardPaths::findExecutable(QStringLiteral("editor")).isEmpty()) {
        return QStringLiteral("editor");
    }
    return QStringLiteral("vi");
}

Outcome<QString> TextEditor::edit(const QString& fileName, const QString& fileOption)
{
    auto folder = privateFolder(fileOption);
    if (!folder) {
        return folder.failure();
    }
    TemporaryText text;
    if (!text.create(folder.value(), fileName)) {
        return Failure { ExitFile,
            tr("Cannot make the editor's temporary file in %1: %2")
                .arg(folder.value(), QString::fromLocal8Bit(std::strerror(errno))) };
    }
    const QString editor = command();
    const int status = runEditor(editor, text.file());
    if (status == -1) {
        return Failure { ExitUsage,
            tr("Cannot start the editor (%1): %2").arg(editor, QString::fromLocal8Bit(std::strerror(errno))) };
    }
    if (WIFSIGNALED(status)) {
        return Failure { ExitUsage,
            tr("The editor (%1) was ended by signal %2; nothing was saved.").arg(editor).arg(WTERMSIG(status)) };
    }
    if (WEXITSTATUS(status) != 0) {
        return Failure { ExitUsage,
            tr("The editor (%1) exited with status %2; nothing was saved.").arg(editor).arg(WEXITSTATUS(status)) };
    }
    auto written = TextInput::read(text.file());
    if (written && written.value().trimmed().isEmpty()) {
        return Failure { ExitInvalidData, tr("The text is empty, so nothing was saved.") };
    }
    return written;
}

} // namespace kap::cli
