// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// kapjournal-bench: builds a synthetic 10-year journal (7,300 check-ins, 150 sessions, 1,500 notes
// of about 1,500 characters, 1,000 questionnaires) in a temporary folder and prints how long the
// things the app does take, once encrypted (SQLCipher, Argon2id raw key) and once on an unkeyed
// database through the same SQLCipher library and the same repository code, with the ratio.
// A benchmark prints figures; it asserts nothing (see the README for the targets).
//
// Usage: kapjournal-bench [--runs N] [--keep]

#include "storage/CheckinRepository.h"
#include "storage/Database.h"
#include "storage/Journal.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/Schema.h"
#include "storage/SearchRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlCipher.h"
#include "storage/TimelineRepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace kap;

namespace {

constexpr quint32 Seed = 2016;
const QDate FirstDay(2016, 1, 1);
constexpr int Days = 3650;
const QString Passphrase = QStringLiteral("benchmark passphrase");

const QStringList Words = [] {
    return QStringLiteral(
        "the a and to of I my was felt feel session ketamine memory memories light dark warm cold body breath "
        "breathing mother father sister brother partner friend work sleep slept dream dreams fear calm anxious "
        "grateful gratitude insight integration therapist music eyes closed open wave waves ocean forest room "
        "tears laughter heavy light floating sinking time space colour colours shape voice quiet loud grief "
        "loss love anger forgiveness release letting go holding on home childhood school garden walk walked "
        "morning evening night week month change changed habit habits relationship relationships energy tired "
        "hope hopeful stuck moving forward carry noticed noticing remember remembered question answer why how "
        "today yesterday tomorrow small big gentle kind harsh critic inner child protector part parts self")
        .split(QLatin1Char(' '));
}();

QString prose(QRandomGenerator& random, int characters, bool withRareWord)
{
    QString text;
    text.reserve(characters + 32);
    int sentence = 0;
    while (text.size() < characters) {
        QString word = Words.at(static_cast<int>(random.bounded(static_cast<quint32>(Words.size()))));
        if (sentence == 0) {
            word[0] = word[0].toUpper();
        }
        text += word;
        if (++sentence > 8 + static_cast<int>(random.bounded(8u))) {
            text += QStringLiteral(". ");
            sentence = 0;
        } else {
            text += QLatin1Char(' ');
        }
    }
    if (withRareWord) {
        text += QStringLiteral(" The lighthouse again.");
    }
    return text;
}

QDateTime dayTime(int dayIndex, int hour, int minute)
{
    // Travel and DST: offsets vary like a real person's would.
    const int offset = dayIndex % 365 < 90 ? 3600 : (dayIndex % 365 < 300 ? 7200 : 3600);
    return QDateTime(FirstDay.addDays(dayIndex), QTime(hour, minute), QTimeZone(offset));
}

double msSince(const QElapsedTimer& timer)
{
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

/// Writes the synthetic journal; returns the time taken in ms (negative on failure).
double fill(Database& db, const Clock& clock)
{
    QRandomGenerator random(Seed);
    SessionRepository sessions(db, clock);
    NoteRepository notes(db, clock);
    CheckinRepository checkins(db, clock);
    QuestionnaireRepository questionnaires(db, clock);

    QElapsedTimer timer;
    timer.start();
    Transaction tx(db); // one transaction, as an import would do
    if (!tx.begun()) {
        return -1;
    }
    QList<RecordId> sessionIds;
    for (int i = 0; i < 150; ++i) {
        Session s;
        s.occurredAt = dayTime(i * Days / 150, 10, 0);
        s.modality = QStringLiteral("kap");
        s.route = QStringLiteral("sublingual");
        s.doseMg = 100 + (i % 5) * 25;
        s.provider = QStringLiteral("Lakeside Clinic");
        s.setting = QStringLiteral("clinic");
        s.present = QStringLiteral("therapist");
        s.intention = prose(random, 120, false);
        s.moodBefore = static_cast<int>(random.bounded(11u));
        s.moodAfter = static_cast<int>(random.bounded(11u));
        s.dissociation = static_cast<int>(random.bounded(11u));
        s.sideEffects = { QStringLiteral("nausea") };
        s.experience = prose(random, 800, false);
        s.costCents = 45000;
        s.currency = QStringLiteral("USD");
        auto id = sessions.add(s);
        if (!id) {
            return -1;
        }
        sessionIds.append(id.value());
    }
    for (int i = 0; i < 1500; ++i) {
        IntegrationNote n;
        const int day = i * Days / 1500;
        n.writtenAt = dayTime(day, 21, 15);
        n.sessionId = sessionIds.at(std::min(static_cast<int>(sessionIds.size()) - 1, i / 10));
        n.title = prose(random, 30, false);
        n.body = prose(random, 1500, i % 50 == 7);
        n.tags = { QStringLiteral("integration") };
        if (!notes.add(n)) {
            return -1;
        }
    }
    for (int i = 0; i < 7300; ++i) {
        MoodCheckin c;
        c.at = dayTime(i / 2, i % 2 == 0 ? 8 : 20, 30);
        c.mood = static_cast<int>(random.bounded(11u));
        c.anxiety = static_cast<int>(random.bounded(11u));
        c.energy = static_cast<int>(random.bounded(11u));
        c.sleep = i % 2 == 0 ? std::optional<int>(static_cast<int>(random.bounded(11u))) : std::nullopt;
        c.note = i % 7 == 0 ? prose(random, 60, false) : QString();
        if (!checkins.add(c)) {
            return -1;
        }
    }
    for (int i = 0; i < 1000; ++i) {
        QuestionnaireResponse q;
        q.kind = i % 2 == 0 ? QuestionnaireKind::Phq9 : QuestionnaireKind::Gad7;
        q.at = dayTime((i / 2) * 7, 9, i % 2);
        for (int item = 0; item < (q.kind == QuestionnaireKind::Phq9 ? 9 : 7); ++item) {
            q.answers.append(static_cast<int>(random.bounded(4u)));
        }
        if (!questionnaires.add(q)) {
            return -1;
        }
    }
    if (!tx.commit()) {
        return -1;
    }
    return msSince(timer);
}

/// One timed query, run on both databases in alternation so that both see the same machine load
/// (the reference machine is shared); best and median of the runs are kept.
struct Timing
{
    std::vector<double> encrypted;
    std::vector<double> plain;
    int encryptedResult = -1;
    int plainResult = -1;
};

double best(std::vector<double> times)
{
    return *std::min_element(times.begin(), times.end());
}

double medianOf(std::vector<double> times)
{
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

/// The queries the app runs; each returns a result size so both databases can be compared.
struct Workload
{
    Workload(Database& db, const Clock& clock) : checkins(db, clock), timeline(db), search(db) { }
    CheckinRepository checkins;
    TimelineRepository timeline;
    SearchRepository search;
};

using Query = std::function<int(Workload&)>;

Timing measure(Workload& encrypted, Workload& plain, int runs, const Query& query)
{
    Timing timing;
    timing.encryptedResult = query(encrypted); // warm-up, as a person's second look would be
    timing.plainResult = query(plain);
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        query(encrypted);
        timing.encrypted.push_back(msSince(timer));
        timer.restart();
        query(plain);
        timing.plain.push_back(msSince(timer));
    }
    return timing;
}

sqlite3* openPlain(const QString& path)
{
    sqlite3* handle = nullptr;
    if (sqlite3_open_v2(
            QFile::encodeName(path).constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
        != SQLITE_OK) {
        sqlite3_close_v2(handle);
        return nullptr;
    }
    return handle;
}

/// The same connection settings as a journal, minus the key. The page size is SQLCipher 3's 1024
/// bytes (plain SQLite would pick 4096 for a new file), so both files have the same B-tree shape
/// and the ratio measures the encryption alone.
bool configurePlain(Database& db)
{
    return db
        .exec("PRAGMA page_size = 1024; PRAGMA foreign_keys = ON; PRAGMA journal_mode = DELETE; PRAGMA synchronous = "
              "FULL;"
              "PRAGMA secure_delete = ON; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384;")
        .ok();
}

bool quickCheckOk(Database& db)
{
    auto result = db.queryText("PRAGMA quick_check");
    return result && result.value() == QLatin1String("ok");
}

void printRow(const char* what, const Timing& timing)
{
    const double e = best(timing.encrypted);
    const double p = best(timing.plain);
    const double em = medianOf(timing.encrypted);
    const double pm = medianOf(timing.plain);
    std::printf("  %-30s %8.2f ms (median %7.2f) %8.2f ms (median %7.2f)   ratio %.2f (medians %.2f)   [%d rows]\n",
        what, e, em, p, pm, p > 0 ? e / p : 0.0, pm > 0 ? em / pm : 0.0, timing.encryptedResult);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int runs = 21;
    const QStringList args = app.arguments();
    if (const qsizetype at = args.indexOf(QStringLiteral("--runs")); at >= 0 && at + 1 < args.size()) {
        runs = std::max(1, args.at(at + 1).toInt());
    }
    QTemporaryDir dir;
    if (!dir.isValid()) {
        std::fprintf(stderr, "no temporary folder\n");
        return 1;
    }
    // --keep: leave the unkeyed database behind for EXPLAIN QUERY PLAN sessions with the shell.
    dir.setAutoRemove(!args.contains(QStringLiteral("--keep")));
    if (!dir.autoRemove()) {
        std::printf("keeping %s\n", qPrintable(dir.path()));
    }
    const FixedClock clock(QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone(3600)));
    const QString encryptedPath = dir.filePath(QStringLiteral("bench.kapj"));
    const QString plainPath = dir.filePath(QStringLiteral("bench-plain.db"));
    Journal::Options options;
    options.clock = std::make_shared<FixedClock>(clock);

    std::printf("kapjournal-bench: synthetic 10-year journal: 7,300 check-ins, 150 sessions, 1,500 notes of ~1,500 "
                "characters, 1,000 questionnaires.\nQueries: best of %d runs (median), encrypted and unkeyed run "
                "alternately.\n\n",
        runs);

    double insertEncrypted = 0;
    {
        auto created
            = Journal::create(encryptedPath, SecureBytes::fromString(Passphrase), KdfParams::fastForTests(), options);
        if (!created) {
            std::fprintf(stderr, "create failed: %s\n", qPrintable(created.error().detail));
            return 1;
        }
        insertEncrypted = fill(JournalTestAccess::database(*created.value()), clock);
    }
    double insertPlain = 0;
    {
        Database db(openPlain(plainPath));
        if (!db.handle() || !configurePlain(db) || !Schema::migrate(db, Schema::migrations(), {})) {
            std::fprintf(stderr, "unkeyed database setup failed\n");
            return 1;
        }
        insertPlain = fill(db, clock);
    }
    if (insertEncrypted < 0 || insertPlain < 0) {
        std::fprintf(stderr, "filling the databases failed\n");
        return 1;
    }

    QElapsedTimer timer;
    timer.start();
    auto opened = Journal::open(encryptedPath, SecureBytes::fromString(Passphrase), options);
    const double openFast = msSince(timer);
    if (!opened) {
        std::fprintf(stderr, "open failed: %s\n", qPrintable(opened.error().detail));
        return 1;
    }
    std::unique_ptr<Journal> journal = std::move(opened).value();
    timer.restart();
    Database plainDb(openPlain(plainPath));
    if (!plainDb.handle() || !configurePlain(plainDb) || !quickCheckOk(plainDb)) {
        std::fprintf(stderr, "unkeyed open failed\n");
        return 1;
    }
    const double openPlainMs = msSince(timer);

    Workload encrypted(JournalTestAccess::database(*journal), clock);
    Workload plain(plainDb, clock);
    TimelineQuery week;
    week.range = DayRange { FirstDay.addDays(1800), FirstDay.addDays(1806) };
    TimelineQuery newest;
    newest.limit = 50;
    const Timing series = measure(
        encrypted, plain, runs, [](Workload& w) { return static_cast<int>(w.checkins.dailySeries()->size()); });
    const Timing timelineWeek
        = measure(encrypted, plain, runs, [&](Workload& w) { return static_cast<int>(w.timeline.page(week)->size()); });
    const Timing timelineNewest = measure(
        encrypted, plain, runs, [&](Workload& w) { return static_cast<int>(w.timeline.page(newest)->size()); });
    const Timing searchRare = measure(encrypted, plain, runs,
        [](Workload& w) { return static_cast<int>(w.search.search(QStringLiteral("lighthouse"))->size()); });
    const Timing searchCommon = measure(encrypted, plain, runs,
        [](Workload& w) { return static_cast<int>(w.search.search(QStringLiteral("mem"))->size()); });
    const Timing searchTwoWords = measure(encrypted, plain, runs,
        [](Workload& w) { return static_cast<int>(w.search.search(QStringLiteral("grief forgiv"))->size()); });
    const qint64 encryptedBytes = QFileInfo(encryptedPath).size();
    const qint64 plainBytes = QFileInfo(plainPath).size();

    // The production KDF: change the passphrase to the production profile (re-encrypts the whole
    // file), then open again; the KDF alone is timed too, to tell it apart from the file work.
    timer.restart();
    if (!journal->changePassphrase(
            SecureBytes::fromString(Passphrase), SecureBytes::fromString(Passphrase), KdfParams::production())) {
        std::fprintf(stderr, "passphrase change failed\n");
        return 1;
    }
    const double rekey = msSince(timer);
    journal.reset();
    timer.restart();
    auto reopened = Journal::open(encryptedPath, SecureBytes::fromString(Passphrase), options);
    const double openProduction = msSince(timer);
    if (!reopened) {
        std::fprintf(stderr, "open with the production KDF failed\n");
        return 1;
    }
    reopened.value().reset();
    timer.restart();
    (void)deriveKey(SecureBytes::fromString(Passphrase), KdfHeader::generate(KdfParams::production()));
    const double kdfOnly = msSince(timer);

    const KdfParams production = KdfParams::production();
    const KdfParams fast = KdfParams::fastForTests();
    std::printf("  %-30s %31s %31s\n", "", "encrypted", "unkeyed");
    std::printf("  %-30s %8.0f ms %22s %8.0f ms %22s ratio %.2f\n", "bulk insert, one transaction", insertEncrypted, "",
        insertPlain, "", insertEncrypted / insertPlain);
    printRow("daily mood series, 10 years", series);
    printRow("timeline, one week", timelineWeek);
    printRow("timeline, newest 50", timelineNewest);
    printRow("search \"lighthouse\" (30 notes)", searchRare);
    printRow("search \"mem\" (prefix, ~all)", searchCommon);
    printRow("search \"grief forgiv\"", searchTwoWords);
    std::printf("  %-30s %8.2f MiB %21s %8.2f MiB\n", "file size", static_cast<double>(encryptedBytes) / 1048576.0, "",
        static_cast<double>(plainBytes) / 1048576.0);
    std::printf("\n  open, production KDF (t=%d, %zu MiB)   %8.0f ms  (Argon2id alone: %.0f ms)\n", production.opsLimit,
        production.memLimitBytes() >> 20, openProduction, kdfOnly);
    std::printf(
        "  open, test KDF (t=%d, %zu MiB)          %8.0f ms\n", fast.opsLimit, fast.memLimitBytes() >> 20, openFast);
    std::printf("  open, unkeyed                       %8.0f ms\n", openPlainMs);
    std::printf("  (each open includes PRAGMA quick_check over the whole file)\n");
    std::printf("  passphrase change, whole file       %8.0f ms\n", rekey);
    std::printf("\n  targets: queries encrypted/unkeyed <= 1.3; series <= 30 ms; search <= 20 ms; timeline page <= 10 "
                "ms\n");

    for (const Timing* t : { &series, &timelineWeek, &timelineNewest, &searchRare, &searchCommon, &searchTwoWords }) {
        if (t->encryptedResult != t->plainResult) {
            std::fprintf(stderr, "encrypted and unkeyed results differ\n");
            return 1;
        }
    }
    return 0;
}
