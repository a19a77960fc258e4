#pragma once

#include "Clock.h"
#include "Journal.h"
#include "Kdf.h"
#include "SecureBytes.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>

/// Small helpers shared by the tests: temporary journals with the fast KDF profile, a fixed
/// clock, file helpers. Tests never touch the user's real data folders.
namespace kaptest {

/// The passphrase the tests use unless they need another one.
inline const QString Passphrase = QStringLiteral("correct horse battery staple");

/// 2026-03-02 09:30 at UTC+01:00: a fixed "now" for deterministic stamps.
QDateTime fixedNow();
std::shared_ptr<kap::FixedClock> fixedClock();

/// Creates a journal in `dir` with the fast KDF profile and a fixed clock. Fails the test on error
/// (use QVERIFY(journal) after calling).
std::unique_ptr<kap::Journal> createJournal(const QTemporaryDir& dir, const QString& name = QStringLiteral("test.kapj"),
    const QString& passphrase = Passphrase);
std::unique_ptr<kap::Journal> openJournal(const QString& path, const QString& passphrase = Passphrase);

QByteArray readAll(const QString& path);
/// Octal permission bits of a file (e.g. 0600).
int permissions(const QString& path);

} // namespace kaptest
