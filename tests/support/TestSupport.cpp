#include "TestSupport.h"

#include <QFile>
#include <QTimeZone>

#include <sys/stat.h>

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
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0) {
        return -1;
    }
    return static_cast<int>(st.st_mode & 07777);
}

} // namespace kaptest
