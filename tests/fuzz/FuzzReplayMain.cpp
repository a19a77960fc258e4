// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Replays fuzz inputs through a libFuzzer target in an ordinary build (any compiler, no
// libFuzzer), so every committed corpus runs in ctest: a crash or an abort in the target fails
// the test, and the file being replayed is named first.
//
//   fuzz_<name>_replay FILE_OR_FOLDER...
//
// Folders are read in name order, files only (no recursion). Exit code 1 when nothing was found:
// a corpus that went missing must not pass.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringList>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

QStringList inputFiles(const QString& argument)
{
    const QFileInfo info(argument);
    if (!info.isDir()) {
        return { argument };
    }
    QStringList files;
    const QDir dir(argument);
    for (const QString& name : dir.entryList(QDir::Files | QDir::Hidden, QDir::Name)) {
        files << dir.filePath(name);
    }
    return files;
}

} // namespace

int main(int argc, char** argv)
{
    int replayed = 0;
    for (int i = 1; i < argc; ++i) {
        for (const QString& path : inputFiles(QFile::decodeName(argv[i]))) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
                return 1;
            }
            const QByteArray input = file.readAll();
            std::fprintf(stderr, "replaying %s (%lld bytes)\n", qPrintable(path), static_cast<long long>(input.size()));
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const std::uint8_t*>(input.constData()), static_cast<std::size_t>(input.size()));
            ++replayed;
        }
    }
    std::printf("%d inputs replayed\n", replayed);
    return replayed > 0 ? 0 : 1;
}
