// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Test helper: a second process that opens a journal, for the tests that need one (another
// process holding the journal, a writer killed with SIGKILL, a passphrase change killed midway,
// a read-only folder as an unprivileged user). Passphrases come on stdin, one per line, never on
// the command line. Prints one line per event and flushes at once, so the parent knows exactly
// what was committed before it kills us.
//
//   journal_writer hold PATH          open, print "open", wait for stdin to close, exit 0
//   journal_writer write PATH         open, print "open", then forever: add a check-in, print its id
//   journal_writer rekey PATH         stdin: passphrase A, passphrase B; open with A, then forever
//                                     change A->B printing "now 1", B->A printing "now 0"
//   journal_writer open PATH [--as-nobody]
//                                     try to open; print "ok" or "error <code>"; with --as-nobody
//                                     first drop root privileges to uid/gid 65534
//   journal_writer reach PATH --as-nobody
//                                     print "ok" when uid 65534 can read PATH, else "unreachable"
//                                     (an ancestor folder may be closed to it, as in a 0700 chroot)
// Exit code 0 after a clean run, 2 when opening failed (after printing "error <code>").

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/Kdf.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimeZone>

#include <cstdio>
#include <iostream>
#include <string>
#include <unistd.h>

using namespace kap;

namespace {

SecureBytes readPassphrase()
{
    std::string line;
    std::getline(std::cin, line);
    SecureBytes bytes = SecureBytes::fromRaw(line.data(), line.size());
    std::fill(line.begin(), line.end(), '\0');
    return bytes;
}

void say(const QByteArray& line)
{
    std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int failed(const Error& error)
{
    say("error " + QByteArray::number(static_cast<int>(error.code)));
    std::fprintf(stderr, "%s\n", qPrintable(error.detail));
    return 2;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: journal_writer hold|write|rekey|open PATH\n");
        return 64;
    }
    const QString mode = args.at(1);
    const QString path = args.at(2);

    if (args.contains(QStringLiteral("--as-nobody")) && ::geteuid() == 0) {
        if (::setgid(65534) != 0 || ::setuid(65534) != 0) {
            std::perror("dropping privileges");
            return 65;
        }
    }
    if (mode == QLatin1String("reach")) {
        const bool readable = ::access(QFile::encodeName(path).constData(), R_OK) == 0;
        std::printf("%s\n", readable ? "ok" : "unreachable");
        std::fflush(stdout);
        return readable ? 0 : 2;
    }

    SecureBytes passphrase = readPassphrase();
    SecureBytes other;
    if (mode == QLatin1String("rekey")) {
        other = readPassphrase();
    }
    auto opened = Journal::open(path, passphrase);
    if (!opened) {
        return failed(opened.error());
    }
    std::unique_ptr<Journal> journal = std::move(opened).value();

    if (mode == QLatin1String("open")) {
        say("ok");
        return 0;
    }
    say("open");
    if (mode == QLatin1String("hold")) {
        std::string line;
        while (std::getline(std::cin, line)) { }
        return 0;
    }
    if (mode == QLatin1String("write")) {
        for (int i = 0;; ++i) {
            MoodCheckin checkin;
            checkin.at = QDateTime(QDate(2026, 1, 1), QTime(8, 0), QTimeZone(3600)).addSecs(i * 60);
            checkin.mood = i % 11;
            checkin.note = QStringLiteral("durability entry %1").arg(i);
            auto added = journal->checkins().add(checkin);
            if (!added) {
                return failed(added.error());
            }
            say(QByteArray::number(added.value()));
        }
    }
    if (mode == QLatin1String("rekey")) {
        for (int round = 0;; ++round) {
            const bool toOther = round % 2 == 0;
            const SecureBytes& from = toOther ? passphrase : other;
            const SecureBytes& to = toOther ? other : passphrase;
            if (Status changed = journal->changePassphrase(from, to, KdfParams::fastForTests()); !changed) {
                return failed(changed.error());
            }
            say(toOther ? "now 1" : "now 0");
        }
    }
    return 64;
}
