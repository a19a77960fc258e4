// kapjournal-cli: thin entry point; the commands live in this folder (README.md).
#include "CliApplication.h"
#include "CommandTable.h"
#include "Console.h"
#include "ProcessHardening.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char* argv[])
{
    // First, before anything can allocate secrets or create files.
    if (!kap::applyProcessHardening()) {
        std::fputs("kapjournal-cli: could not apply process protections\n", stderr);
        return kap::cli::ExitInternal;
    }
    QCoreApplication app(argc, argv);
    // The same names as the app (app/gui/main.cpp), so the default journal is the same file.
    QCoreApplication::setOrganizationName(QStringLiteral("KapJournal"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("kapjournal.example"));
    QCoreApplication::setApplicationName(QStringLiteral("kapjournal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KAP_VERSION));

    kap::cli::Console console;
    kap::cli::CliApplication cli(kap::cli::makeAllCommands());
    return cli.run(QCoreApplication::arguments(), console);
}
