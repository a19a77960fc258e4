// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/support/TestSupport.h"
#include "storage/JournalTestAccess.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTimeZone>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace kaptest {

QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone(3600));
}

std::shared_ptr<kap::FixedClock> fixedClock()
{
    return std::make_shared<kap::FixedClock>(fixedNow());
}

std::unique_ptr<kap::Journal> createJournal(const QTemporaryDir& dir, const QString& name, const QString& passphrase)
{
    kap::Journal::Options options;
    options.clock = fixedClock();
    auto result = kap::Journal::create(
        dir.filePath(name), kap::SecureBytes::fromString(passphrase), kap::KdfParams::fastForTests(), options);
    if (!result) {
        qWarning("createJournal failed: %s", qPrintable(result.error().detail));
        return nullptr;
    }
    return std::move(result).value();
}

std::unique_ptr<kap::Journal> openJournal(const QString& path, const QString& passphrase)
{
    kap::Journal::Options options;
    options.clock = fixedClock();
    auto result = kap::Journal::open(path, kap::SecureBytes::fromString(passphrase), options);
    if (!result) {
        qWarning("openJournal failed: %s", qPrintable(result.error().detail));
        return nullptr;
    }
    return std::move(result).value();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

int permissions(const QString& path)
{
    struct stat st = {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace kaptest

namespace kaptest {

kap::Journal::Options testOptions()
{
    kap::Journal::Options options;
    options.clock = fixedClock();
    return options;
}

bool fileContains(const QString& path, const QByteArray& needle)
{
    return readAll(path).contains(needle);
}

FileSnapshot snapshot(const QString& path)
{
    FileSnapshot snap;
    const QFileInfo info(path);
    snap.exists = info.exists();
    if (snap.exists) {
        snap.bytes = readAll(path);
        snap.modified = info.fileTime(QFileDevice::FileModificationTime);
    }
    snap.folderEntries = QDir(info.absolutePath()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    return snap;
}

ShellResult runSqlcipher(const QString& database, const QByteArray& sql)
{
    ShellResult result;
    QProcess shell;
    shell.start(QStringLiteral("sqlcipher"), { QStringLiteral("-batch"), database });
    if (!shell.waitForStarted(10000)) {
        result.err = "sqlcipher shell did not start";
        return result;
    }
    shell.write(sql);
    shell.closeWriteChannel();
    shell.waitForFinished(30000);
    result.exitCode = shell.exitStatus() == QProcess::NormalExit ? shell.exitCode() : -1;
    result.out = shell.readAllStandardOutput();
    result.err = shell.readAllStandardError();
    return result;
}

QByteArray shellKeyPragma(const kap::Journal& journal)
{
    return shellKeyPragma(kap::JournalTestAccess::rawKey(journal));
}

QByteArray shellKeyPragma(const kap::SecureBytes& rawKeySpec)
{
    // SQLCipher 4 honours cipher_compatibility only after the key (SECURITY.md), and its shell
    // answers the key with "ok": that goes to /dev/null so the output is the queries' alone.
    return ".output /dev/null\nPRAGMA key = \""
        + QByteArray(rawKeySpec.chars(), static_cast<qsizetype>(rawKeySpec.size()))
        + "\";\nPRAGMA cipher_compatibility = 3;\n.output stdout\n";
}

QString helperPath(const QString& name)
{
    return QCoreApplication::applicationDirPath() + QLatin1Char('/') + name;
}

namespace {

constexpr int FileOverrideCaps[] = { CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH, CAP_FOWNER };

// libcap is not a build dependency: the raw system calls (per thread, like the kernel's view).
bool capabilities(__user_cap_data_struct (&data)[2])
{
    __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
    return ::syscall(SYS_capget, &header, data) == 0;
}

bool setCapabilities(__user_cap_data_struct (&data)[2])
{
    __user_cap_header_struct header { _LINUX_CAPABILITY_VERSION_3, 0 };
    return ::syscall(SYS_capset, &header, data) == 0;
}

void setEffective(__user_cap_data_struct (&data)[2], bool on)
{
    for (int cap : FileOverrideCaps) {
        const auto bit = 1U << (cap % 32);
        if (on) {
            data[cap / 32].effective |= bit & data[cap / 32].permitted;
        } else {
            data[cap / 32].effective &= ~bit;
        }
    }
}

} // namespace

NoFileOverride::NoFileOverride()
{
    __user_cap_data_struct data[2] {};
    if (!capabilities(data)) {
        m_error = QStringLiteral("capget failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    setEffective(data, false);
    if (!setCapabilities(data)) {
        m_error = QStringLiteral("capset failed: %1").arg(QString::fromLocal8Bit(std::strerror(errno)));
        return;
    }
    m_dropped = true;
}

NoFileOverride::~NoFileOverride()
{
    __user_cap_data_struct data[2] {};
    if (m_dropped && capabilities(data)) {
        setEffective(data, true);
        setCapabilities(data);
    }
}

void dropFileOverrideBeforeExec()
{
    for (int cap : FileOverrideCaps) {
        ::prctl(PR_CAPBSET_DROP, cap, 0, 0, 0); // EPERM without CAP_SETPCAP: then it had none anyway
    }
}

QString writableReason(const QString& folder)
{
    const QByteArray probe = QFile::encodeName(folder + QStringLiteral("/.kaptest-probe"));
    const int fd = ::open(probe.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        ::unlink(probe.constData());
        const QString euid = QString::number(::geteuid());
        return QStringLiteral("%1 is still writable for this thread (euid %2): the read-only setup did not work")
            .arg(folder, euid);
    }
    if (errno != EACCES && errno != EROFS && errno != EPERM) {
        return QStringLiteral("probing %1 failed: %2").arg(folder, QString::fromLocal8Bit(std::strerror(errno)));
    }
    return {};
}

} // namespace kaptest
