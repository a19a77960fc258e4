// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Writes a format fixture (FormatFixture.h) with the build's own SQLCipher:
//   make_format_fixture OUT.kapj
// Not a test: run it once per SQLCipher release and check the file into data/format/.

#include "storage/JournalTestAccess.h"
#include "tests/export/FormatFixture.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 2) {
        std::fprintf(stderr, "usage: make_format_fixture OUT.kapj\n");
        return 2;
    }
    kap::Journal::Options options;
    options.clock = formatfixture::clock();
    auto journal
        = kap::Journal::create(args.at(1), kap::SecureBytes::fromString(QString::fromUtf8(formatfixture::Passphrase)),
            kap::KdfParams::fastForTests(), options);
    if (!journal) {
        std::fprintf(stderr, "create failed: %s\n", qPrintable(journal.error().detail));
        return 1;
    }
    const QStringList failed = formatfixture::write(*journal.value());
    if (!failed.isEmpty()) {
        std::fprintf(stderr, "failed: %s\n", qPrintable(failed.join(QLatin1String(", "))));
        return 1;
    }
    auto version = kap::JournalTestAccess::database(*journal.value()).queryText("PRAGMA cipher_version");
    std::printf(
        "wrote %s with SQLCipher %s\n", qPrintable(args.at(1)), qPrintable(version ? version.value() : QString()));
    return 0;
}
