// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// kapjournal-cli: thin entry point; the commands live in this folder (README.md).
#include "cli/CliApplication.h"
#include "cli/CommandTable.h"
#include "cli/Console.h"
#include "platform/ProcessHardening.h"
#include "platform/Utf8Locale.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

int main(int argc, char* argv[])
{
    // First, before anything can allocate secrets or create files.
    if (!kap::applyProcessHardening()) {
        std::fputs("kapjournal-cli: could not apply process protections\n", stderr);
        return kap::cli::ExitInternal;
    }
    kap::preferUtf8Locale();
    // Output goes to a closed pipe (`| head`) sometimes; that must never end a save half-way (the
    // crisis text is printed before a questionnaire is stored). Writes then just fail.
    std::signal(SIGPIPE, SIG_IGN);
    // `report` paints a PDF: text needs fonts (QGuiApplication); its charts are report/'s own
    // QPainter drawings, so the CLI needs neither Qt Widgets nor Qt Charts. It never shows a
    // window, so it runs on the offscreen platform.
    bool paintsPdf = false;
    for (int i = 1; i < argc; ++i) {
        paintsPdf = paintsPdf || std::strcmp(argv[i], "report") == 0;
    }
    if (paintsPdf) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    std::unique_ptr<QCoreApplication> app
        = paintsPdf ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
    // The same names as the app (gui/main.cpp), so the default journal is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("KapJournal"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kapjournal.example"));
    QCoreApplication::setApplicationName(QStringLiteral("kapjournal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAP_VERSION));

    kap::cli::Console console;
    kap::cli::CliApplication cli(kap::cli::makeAllCommands());
    return cli.run(QCoreApplication::arguments(), console);
}
