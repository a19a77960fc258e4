// Placeholder entry point; the command-line tool is being written (issue 2).
#include <QCoreApplication>
#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    std::fprintf(stderr, "kapjournal-cli: not yet implemented\n");
    return 1;
}
