// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// kapjournal-export-bench: prints timings for issue 5's targets (not a ctest; no timed asserts).
//   1. therapist report for one year with 50 chosen notes: collect + build + encrypt + write (≤ 1 s)
//   2. backup of a 10-year journal (≤ 1 s)
//   3. Daylio import of 10,000 rows: parse + write (≤ 2 s)
// Journals are synthetic, made in a temporary folder with the fast KDF profile.
#include "charts/TrendsReportCharts.h"
#include "report/RecordedReportCharts.h"
#include "report/ReportBuilder.h"
#include "report/ReportCollector.h"
#include "report/ReportExporter.h"
#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"
#include "transfer/BackupService.h"
#include "transfer/DaylioImporter.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <cstdio>

using namespace kap;

namespace {

const QDate Today(2026, 3, 2);

std::unique_ptr<Journal> makeJournal(const QTemporaryDir& dir, const QString& name)
{
    Journal::Options options;
    options.clock = std::make_shared<FixedClock>(QDateTime(Today, QTime(9, 30), QTimeZone(3600)));
    auto journal = Journal::create(dir.filePath(name), SecureBytes::fromString(QStringLiteral("bench passphrase")),
        KdfParams::fastForTests(), options);
    if (!journal) {
        std::fprintf(stderr, "cannot create journal: %s\n", qPrintable(journal.error().detail));
        std::exit(1);
    }
    return std::move(journal.value());
}

QDateTime at(QDate day, int hour)
{
    return QDateTime(day, QTime(hour, 0), QTimeZone(3600));
}

/// `years` of a plausible journal: two check-ins a day, a session a week (three a week in each
/// year's induction month), a PHQ-9 and GAD-7 every two weeks, a note after each session.
QList<RecordId> fill(Journal& journal, int years)
{
    QRandomGenerator rng(42);
    QList<RecordId> noteIds;
    Transaction tx(JournalTestAccess::database(journal));
    const QDate first = Today.addYears(-years).addDays(1);
    for (int y = 0; y < years; ++y) {
        Phase induction;
        induction.kind = PhaseKind::Induction;
        induction.start = first.addYears(y);
        induction.end = induction.start.addDays(20);
        Phase maintenance;
        maintenance.kind = PhaseKind::Maintenance;
        maintenance.start = induction.start.addDays(21);
        maintenance.end = first.addYears(y + 1).addDays(-1);
        (void)journal.phases().add(induction);
        (void)journal.phases().add(maintenance);
    }
    for (QDate day = first; day <= Today; day = day.addDays(1)) {
        for (int hour : { 9, 20 }) {
            MoodCheckin c;
            c.at = at(day, hour);
            c.mood = int(rng.bounded(11));
            c.anxiety = int(rng.bounded(11));
            c.note = hour == 20 ? QStringLiteral("Evening walk, slept ok.") : QString();
            (void)journal.checkins().add(c);
        }
        const bool inductionMonth = day.dayOfYear() - first.dayOfYear() < 21 && day.dayOfYear() >= first.dayOfYear();
        if (day.dayOfWeek() == Qt::Monday || (inductionMonth && day.dayOfWeek() % 2 == 1)) {
            Session s;
            s.occurredAt = at(day, 10);
            s.modality = QStringLiteral("kap");
            s.route = QStringLiteral("sublingual");
            s.doseMg = 150;
            s.vitals
                = { kap::VitalReading { kap::VitalMoment::Before, std::nullopt, 120, 80, std::nullopt, std::nullopt },
                      kap::VitalReading { kap::VitalMoment::During, 40, 132, 86, std::nullopt, std::nullopt } };
            s.dissociation = int(rng.bounded(11));
            s.moodBefore = int(rng.bounded(11));
            s.moodAfter = int(rng.bounded(11));
            s.sideEffects = { QStringLiteral("nausea") };
            s.experience = QStringLiteral("A long description of the session. ").repeated(10);
            (void)journal.sessions().add(s);
            IntegrationNote n;
            n.sessionId = s.id;
            n.writtenAt = at(day.addDays(1), 19);
            n.title = QStringLiteral("Integration %1").arg(day.toString(Qt::ISODate));
            n.body = QStringLiteral("What stood out, what to carry forward, what changed this week. ").repeated(25);
            (void)journal.notes().add(n);
            noteIds.append(n.id);
        }
        if (day.dayOfWeek() == Qt::Sunday && day.weekNumber() % 2 == 0) {
            QuestionnaireResponse p;
            p.kind = QuestionnaireKind::Phq9;
            p.at = at(day, 8);
            for (int i = 0; i < 9; ++i) {
                p.answers.append(int(rng.bounded(4)));
            }
            QuestionnaireResponse g;
            g.kind = QuestionnaireKind::Gad7;
            g.at = p.at;
            for (int i = 0; i < 7; ++i) {
                g.answers.append(int(rng.bounded(4)));
            }
            (void)journal.questionnaires().add(p);
            (void)journal.questionnaires().add(g);
        }
    }
    (void)tx.commit();
    return noteIds;
}

/// The app's way (ReportController): collect and record the charts on the GUI thread, build,
/// encrypt and write on a worker. Prints how long each side takes.
void splitReport(Journal& journal, const ReportOptions& options, const SecureBytes& password, const QString& path)
{
    QElapsedTimer timer;
    timer.start();
    auto data = ReportCollector::collect(journal, options);
    const qint64 collected = timer.elapsed();
    if (!data) {
        std::fprintf(stderr, "collect failed\n");
        std::exit(1);
    }
    TrendsReportCharts drawings(options.locale);
    auto charts = RecordedReportCharts::record(drawings, data.value(), options);
    const qint64 recorded = timer.elapsed();
    const Status s = ReportExporter::exportData(data.value(), options, password, path, charts);
    if (!s) {
        std::fprintf(stderr, "report failed: %s\n", qPrintable(s.error().detail));
        std::exit(1);
    }
    std::printf("   as the app runs it: GUI thread %lld ms (collect %lld, record charts %lld), worker %lld ms\n",
        static_cast<long long>(recorded), static_cast<long long>(collected),
        static_cast<long long>(recorded - collected), static_cast<long long>(timer.elapsed() - recorded));
}

void line(const char* what, qint64 ms, qint64 target)
{
    std::printf("%-52s %6lld ms   (target <= %lld ms) %s\n", what, static_cast<long long>(ms),
        static_cast<long long>(target), ms <= target ? "ok" : "OVER");
}

} // namespace

int main(int argc, char* argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv); // the report uses the Qt Charts renderer, as in the app
    QTemporaryDir dir;
    std::printf("kapjournal-export-bench (synthetic journals, fast KDF profile)\n\n");

    // 1. Report for one year with 50 chosen notes.
    {
        auto journal = makeJournal(dir, QStringLiteral("year.kapj"));
        const QList<RecordId> notes = fill(*journal, 1);
        ReportOptions options;
        options.range = DayRange { Today.addDays(-364), Today };
        options.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        options.noteIds = notes.mid(0, 50);
        options.displayName = QStringLiteral("J. D.");
        const SecureBytes password = SecureBytes::fromString(QStringLiteral("otter message sport quote oxygen"));
        ReportExporter::Timings t;
        (void)ReportExporter::exportReport(*journal, options, password, dir.filePath(QStringLiteral("warm.pdf")));
        QElapsedTimer timer;
        timer.start();
        const Status s = ReportExporter::exportReport(
            *journal, options, password, dir.filePath(QStringLiteral("r.pdf")), nullptr, &t);
        const qint64 ms = timer.elapsed();
        if (!s) {
            std::fprintf(stderr, "report failed: %s\n", qPrintable(s.error().detail));
            return 1;
        }
        std::printf(
            "report: %lld notes chosen, %lld KiB; collect %lld ms, build %lld ms, encrypt %lld ms, write %lld ms\n",
            static_cast<long long>(options.noteIds.size()),
            static_cast<long long>(QFileInfo(dir.filePath(QStringLiteral("r.pdf"))).size() / 1024),
            static_cast<long long>(t.collectMs), static_cast<long long>(t.buildMs), static_cast<long long>(t.encryptMs),
            static_cast<long long>(t.writeMs));
        line("1. report, 1 year + 50 notes (collect+build+encrypt+write)", ms, 1000);
        splitReport(*journal, options, password, dir.filePath(QStringLiteral("split.pdf")));
        // --save-report FILE keeps the (encrypted) report to look at its pages: FILE as the CLI
        // makes it, FILE-app.pdf as the app makes it (charts recorded ahead, built on a worker).
        const QStringList args = QCoreApplication::arguments();
        if (args.size() > 2 && args.at(1) == QLatin1String("--save-report")) {
            QString appCopy = args.at(2);
            if (appCopy.endsWith(QLatin1String(".pdf"))) {
                appCopy.chop(4);
            }
            appCopy += QStringLiteral("-app.pdf");
            QFile::remove(args.at(2));
            QFile::remove(appCopy);
            QFile::copy(dir.filePath(QStringLiteral("r.pdf")), args.at(2));
            QFile::copy(dir.filePath(QStringLiteral("split.pdf")), appCopy);
            std::printf("saved the report as %s and %s (password: otter message sport quote oxygen)\n",
                qPrintable(args.at(2)), qPrintable(appCopy));
        }
    }

    // 2. Backup of a 10-year journal.
    {
        auto journal = makeJournal(dir, QStringLiteral("decade.kapj"));
        QElapsedTimer fillTimer;
        fillTimer.start();
        fill(*journal, 10);
        const qint64 size = QFileInfo(journal->path()).size();
        std::printf("\n10-year journal: %lld KiB (made in %lld ms)\n", static_cast<long long>(size / 1024),
            static_cast<long long>(fillTimer.elapsed()));
        // As the app does it: a second connection opened on the GUI thread, the copy made with it
        // on a worker.
        QElapsedTimer timer;
        timer.start();
        auto second = journal->openSecondConnection();
        const qint64 opened = timer.elapsed();
        if (!second) {
            std::fprintf(stderr, "second connection failed: %s\n", qPrintable(second.error().detail));
            return 1;
        }
        const QString backupPath = dir.filePath(QStringLiteral("decade-backup.kapj"));
        const Status s = BackupService::backup(*second.value(), backupPath);
        second.value().reset();
        const qint64 ms = timer.elapsed();
        if (!s) {
            std::fprintf(stderr, "backup failed: %s\n", qPrintable(s.error().detail));
            return 1;
        }
        line("2. backup of the 10-year journal (copy + verify)", ms, 1000);
        // Where the time goes: reading the copy back (open with the fast KDF + quick_check) is
        // about what Journal::copyTo's verification costs; the rest is sqlcipher_export.
        timer.restart();
        const bool reopened
            = Journal::open(backupPath, SecureBytes::fromString(QStringLiteral("bench passphrase"))).ok();
        std::printf("   second connection %lld ms (GUI thread); reading the copy back %lld ms%s\n",
            static_cast<long long>(opened), static_cast<long long>(timer.elapsed()), reopened ? "" : " FAILED");
        timer.restart();
        const Status own = BackupService::backupWithPassphrase(*journal, dir.filePath(QStringLiteral("own.kapj")),
            SecureBytes::fromString(QStringLiteral("bench passphrase")),
            SecureBytes::fromString(QStringLiteral("another passphrase")), KdfParams::production());
        std::printf("   backup with its own passphrase (production KDF for it): %lld ms%s\n",
            static_cast<long long>(timer.elapsed()), own ? "" : " FAILED");
        ReportOptions whole;
        whole.range = DayRange { Today.addYears(-10).addDays(1), Today };
        // The report dialog lists the notes of the period on the GUI thread when it opens.
        timer.restart();
        ListQuery notesQuery;
        notesQuery.range = whole.range;
        notesQuery.order = SortOrder::NewestFirst;
        const auto notes = journal->notes().list(notesQuery);
        std::printf("   listing the %lld notes of 10 years for the report dialog: %lld ms\n",
            static_cast<long long>(notes ? notes->size() : -1), static_cast<long long>(timer.elapsed()));
        whole.locale = QLocale(QLocale::English, QLocale::UnitedKingdom);
        std::printf("   report of the whole 10-year course, no notes:\n");
        splitReport(
            *journal, whole, SecureBytes::fromString(QStringLiteral("pw")), dir.filePath(QStringLiteral("w.pdf")));
    }

    // 3. Daylio import of 10,000 rows.
    {
        QByteArray csv = "full_date,date,weekday,time,mood,activities,note_title,note\n";
        const char* moods[] = { "rad", "good", "meh", "bad", "awful" };
        QDate day = Today;
        for (int i = 0; i < 10000; ++i) {
            if (i % 3 == 0) {
                day = day.addDays(-1);
            }
            const int hour = 8 + (i % 3) * 5;
            const QByteArray time = i % 2
                ? QByteArray::number(hour) + ":15"
                : QByteArray::number(hour > 12 ? hour - 12 : hour) + (hour >= 12 ? ":15 pm" : ":15 am");
            csv += day.toString(Qt::ISODate).toLatin1() + ",x,y," + time + "," + moods[i % 5]
                + ",\"work | walk | friends\",\"\",\"A note, with a comma\nand a line break\"\n";
        }
        auto journal = makeJournal(dir, QStringLiteral("daylio.kapj"));
        QElapsedTimer timer;
        timer.start();
        auto parsed = DaylioParser::parse(csv);
        const qint64 parseMs = timer.elapsed();
        if (!parsed) {
            std::fprintf(stderr, "parse failed\n");
            return 1;
        }
        auto result = DaylioImporter::import(*journal, parsed.value(), DaylioMoodMap::defaults());
        const qint64 ms = timer.elapsed();
        if (!result) {
            std::fprintf(stderr, "import failed: %s\n", qPrintable(result.error().detail));
            return 1;
        }
        std::printf("\nDaylio: %lld KiB CSV, %d imported; parse %lld ms\n", static_cast<long long>(csv.size() / 1024),
            result->imported, static_cast<long long>(parseMs));
        line("3. Daylio import, 10,000 rows (parse + write)", ms, 2000);
        QElapsedTimer again;
        again.start();
        auto second = DaylioImporter::import(*journal, parsed.value(), DaylioMoodMap::defaults());
        std::printf("   re-import of the same rows: %d added, %lld ms\n", second ? second->imported : -1,
            static_cast<long long>(again.elapsed()));
    }
    return 0;
}
