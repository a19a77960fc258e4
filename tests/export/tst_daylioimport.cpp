// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/CheckinRepository.h"
#include "storage/SearchRepository.h"
#include "tests/export/AddressSpaceLimit.h"
#include "tests/export/SpecialFiles.h"
#include "tests/support/TestSupport.h"
#include "transfer/DaylioImporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace kap;

/// Daylio import into a journal: the person's mood map, tags and notes, time zones, the
/// all-or-nothing refusal of unmapped labels, and idempotent re-import; reading the file: only a
/// regular file, never more than the limit, a 64 MiB hostile file refused within 1 GiB.
class TestDaylioImport : public QObject
{
    Q_OBJECT

    static QByteArray shared(const char* name)
    {
        QFile f(qEnvironmentVariable("KAP_SHARED_TESTDATA") + QStringLiteral("/daylio/") + QLatin1String(name));
        if (!f.open(QIODevice::ReadOnly)) {
            qFatal("missing test data %s", name);
        }
        return f.readAll();
    }

    static inline const QByteArray Header = "full_date,date,weekday,time,mood,activities,note_title,note\n";

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    /// `unit` repeated up to exactly `size` bytes (the last copy cut short), after `head`.
    static QByteArray filled(const QByteArray& head, const QByteArray& unit, qsizetype size)
    {
        QByteArray out;
        out.reserve(size + unit.size());
        out += head;
        while (out.size() < size) {
            out += unit;
        }
        out.resize(size);
        return out;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<kaptest::SpecialFiles> m_special;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_special = std::make_unique<kaptest::SpecialFiles>(m_dir);
        QVERIFY(m_special->ok());
    }

    void readsARegularFile()
    {
        const QString path = writeFile(QStringLiteral("sample.csv"), shared("sample_multiple_moods.csv"));
        auto read = DaylioImporter::readFile(path);
        QVERIFY(read.ok());
        QCOMPARE(read->entries.size(), 7);
        auto missing = DaylioImporter::readFile(m_dir.filePath(QStringLiteral("none.csv")));
        QCOMPARE(missing.code(), ErrorCode::NotFound);
        QCOMPARE(DaylioImporter::describeParseError(missing.error()), QStringLiteral("The file does not exist."));
    }

    void refusesWhatIsNotARegularFile_data()
    {
        QTest::addColumn<QString>("path");
        for (const auto& [what, path] : m_special->all()) {
            QTest::newRow(what) << path;
        }
    }

    void refusesWhatIsNotARegularFile()
    {
        // A FIFO with no writer would block a plain open() for ever; /dev/zero would never end.
        QFETCH(QString, path);
        const auto read = kaptest::callWithin<Result<DaylioParseResult>>(
            std::chrono::seconds(20), path, [path]() { return DaylioImporter::readFile(path); });
        QVERIFY2(read.has_value(), "reading blocked");
        QVERIFY(!read->ok());
        QCOMPARE(read->error().detail, QStringLiteral("not_regular"));
        const QString message = DaylioImporter::describeParseError(read->error());
        QVERIFY2(message.contains(QLatin1String("not a regular file")), qPrintable(message));
    }

    void readsUpToTheLimitAndNoMore()
    {
        const QByteArray csv = Header + "2022-01-02,x,Sunday,9:00,meh,,,\"a note\"\n";
        DaylioLimits limits;
        limits.inputBytes = csv.size();
        auto exact = DaylioImporter::readFile(writeFile(QStringLiteral("exact.csv"), csv), limits);
        QVERIFY(exact.ok());
        QCOMPARE(exact->entries.first().note, QStringLiteral("a note"));
        auto over = DaylioImporter::readFile(writeFile(QStringLiteral("over.csv"), csv + '\n'), limits);
        QVERIFY(!over.ok());
        QCOMPARE(over.error().detail, QStringLiteral("too_large"));
        const QString message = DaylioImporter::describeParseError(over.error(), limits);
        QVERIFY2(message.contains(QStringLiteral("larger than %1 bytes").arg(csv.size())), qPrintable(message));
    }

    void sizeTheFileClaimsIsNotTrusted()
    {
        // /proc files claim a size of 0 and hold more: they are read to the limit and refused.
        const QString proc = QStringLiteral("/proc/self/status");
        struct stat info = {};
        QVERIFY(stat(QFile::encodeName(proc).constData(), &info) == 0);
        QVERIFY(S_ISREG(info.st_mode));
        QCOMPARE(qint64(info.st_size), 0);
        DaylioLimits limits;
        limits.inputBytes = 100;
        auto read = DaylioImporter::readFile(proc, limits);
        QVERIFY(!read.ok());
        QCOMPARE(read.error().detail, QStringLiteral("too_large"));
    }

    /// Exactly the size limit of one hostile pattern: read in full, then refused while parsed.
    static QByteArray hostileFile(const QString& kind)
    {
        const qsizetype size = DaylioLimits().inputBytes;
        if (kind == QLatin1String("commas")) {
            return QByteArray(size, ',');
        }
        if (kind == QLatin1String("one line")) {
            return QByteArray(size, 'a');
        }
        if (kind == QLatin1String("activities")) {
            QByteArray row = "2022-01-02,x,Sunday,9:00,meh,";
            for (int i = 0; i < 100000; ++i) {
                row += "a|";
            }
            return filled(Header, row + ",,\n", size);
        }
        return filled(Header, "2022-01-02,,,9:00,meh,,,\n", size);
    }

    void hostileFilesAreRefusedWithinOneGiB_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("limit");
        QTest::newRow("64 MiB of commas") << "commas"
                                          << "fields_per_record";
        QTest::newRow("one 64 MiB line") << "one line"
                                         << "field_bytes";
        QTest::newRow("rows of 100,000 activities") << "activities"
                                                    << "memory";
        QTest::newRow("2.7 million rows") << "rows"
                                          << "records";
    }

    void hostileFilesAreRefusedWithinOneGiB()
    {
        if constexpr (kaptest::BuiltWithAsan) {
            QSKIP("AddressSanitizer reserves terabytes of shadow memory: an address-space limit cannot be set");
        }
        QFETCH(QString, kind);
        QFETCH(QString, limit);
        // Written here and freed before the fork, so the child starts without a copy.
        const QString path = writeFile(QStringLiteral("hostile.csv"), hostileFile(kind));
        constexpr rlim_t OneGiB = rlim_t(1) << 30;
        const kaptest::LimitedRun run = kaptest::runWithAddressSpaceLimit(OneGiB, [path]() {
            auto read = DaylioImporter::readFile(path);
            return read.ok()
                ? QByteArray("accepted")
                : read.error().detail.toUtf8() + '\n' + DaylioImporter::describeParseError(read.error()).toUtf8();
        });
        qInfo("address space when the 1 GiB limit was set: %lld MiB", run.startAddressSpace >> 20);
        QVERIFY2(run.exitedNormally, qPrintable(QStringLiteral("the child ended by signal %1").arg(run.signal)));
        QVERIFY2(run.exitCode != 2, "out of memory under the 1 GiB limit");
        QCOMPARE(run.exitCode, 0);
        const QString detail = QString::fromUtf8(run.output.left(run.output.indexOf('\n')));
        const QString message = QString::fromUtf8(run.output.mid(run.output.indexOf('\n') + 1));
        QVERIFY2(detail.startsWith(limit + QLatin1Char(':')), qPrintable(detail));
        QVERIFY2(message.contains(QLatin1String("Nothing was imported")), qPrintable(message));
        QVERIFY2(
            message.contains(QStringLiteral("line %1").arg(detail.section(QLatin1Char(':'), 1)), Qt::CaseInsensitive),
            qPrintable(message));
    }

    void addressSpaceLimitBites()
    {
        // The test above proves something only if the limit stops a real allocation.
        if constexpr (kaptest::BuiltWithAsan) {
            QSKIP("AddressSanitizer reserves terabytes of shadow memory: an address-space limit cannot be set");
        }
        const kaptest::LimitedRun run = kaptest::runWithAddressSpaceLimit(rlim_t(1) << 30, []() {
            QByteArray big(qsizetype(1536) << 20, 'x');
            return big.left(1);
        });
        QVERIFY(run.exitedNormally);
        QCOMPARE(run.exitCode, 2);
    }

    void moodMap()
    {
        DaylioMoodMap map = DaylioMoodMap::defaults();
        QCOMPARE(map.score(QStringLiteral("rad")), std::optional<int>(10));
        QCOMPARE(map.score(QStringLiteral("Good ")), std::optional<int>(8));
        QCOMPARE(map.score(QStringLiteral("MEH")), std::optional<int>(5));
        QCOMPARE(map.score(QStringLiteral("bad")), std::optional<int>(3));
        QCOMPARE(map.score(QStringLiteral("awful")), std::optional<int>(0));
        QVERIFY(!map.score(QStringLiteral("sad")));
        QVERIFY(map.parseAssignment(QStringLiteral("ok but sleepy=6")).ok());
        QCOMPARE(map.score(QStringLiteral("OK  but sleepy")), std::optional<int>(6));
        QVERIFY(map.parseAssignment(QStringLiteral("a=b=2")).ok());
        QCOMPARE(map.score(QStringLiteral("a=b")), std::optional<int>(2));
        QVERIFY(!map.parseAssignment(QStringLiteral("sad=11")).ok());
        QVERIFY(!map.parseAssignment(QStringLiteral("sad")).ok());
        QVERIFY(!map.parseAssignment(QStringLiteral("=4")).ok());
        QVERIFY(!map.parseAssignment(QStringLiteral("sad=x")).ok());
        QCOMPARE(
            map.unmapped({ QStringLiteral("rad"), QStringLiteral("sad") }), QStringList({ QStringLiteral("sad") }));
    }

    void unmappedLabelsWriteNothing()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        auto parsed = DaylioParser::parse(shared("sample.csv"));
        QVERIFY(parsed.ok());
        DaylioMoodMap map = DaylioMoodMap::defaults();
        map.set(QStringLiteral("sad"), 2);
        auto result = DaylioImporter::import(*journal, parsed.value(), map);
        QCOMPARE(result.code(), ErrorCode::InvalidArgument);
        QVERIFY(result.error().detail.contains(QLatin1String("average")));
        auto all = journal->checkins().list();
        QVERIFY(all.ok());
        QVERIFY(all->isEmpty());
    }

    void importsSampleAndReimportAddsNothing()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        auto parsed = DaylioParser::parse(shared("sample_multiple_moods.csv"));
        QVERIFY(parsed.ok());
        DaylioMoodMap map = DaylioMoodMap::defaults();
        for (const char* a : { "OK=6", "Refreshed=8", "ok but sleepy=5", "Anxious=3" }) {
            QVERIFY(map.parseAssignment(QString::fromLatin1(a)).ok());
        }
        const QTimeZone zone("Europe/Berlin");
        auto first = DaylioImporter::import(*journal, parsed.value(), map, zone);
        QVERIFY(first.ok());
        QCOMPARE(first->read, 7);
        QCOMPARE(first->imported, 7);
        QCOMPARE(first->alreadyPresent, 0);

        auto all = journal->checkins().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 7);
        // Oldest first: 2020-07-21 07:31 Anxious, "Sleeping" (summer time in Berlin: +02:00).
        const MoodCheckin& oldest = all->first();
        QCOMPARE(oldest.at.date(), QDate(2020, 7, 21));
        QCOMPARE(oldest.at.time(), QTime(7, 31));
        QCOMPARE(oldest.at.offsetFromUtc(), 7200);
        QCOMPARE(oldest.mood, 3);
        QCOMPARE(oldest.tags, QStringList({ QStringLiteral("Sleeping") }));
        QVERIFY(oldest.importKey.startsWith(QLatin1String("daylio:")));
        const MoodCheckin& good = all->at(3);
        QCOMPARE(good.mood, 8);
        QCOMPARE(good.tags, QStringList({ QStringLiteral("movies"), QStringLiteral("good meal") }));

        auto second = DaylioImporter::import(*journal, parsed.value(), map, zone);
        QVERIFY(second.ok());
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->alreadyPresent, 7);
        all = journal->checkins().list();
        QCOMPARE(all->size(), 7);
    }

    void notesIdenticalRowsAndSummary()
    {
        QTemporaryDir dir;
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        const QByteArray csv
            = "full_date,date,weekday,time,mood,activities,note_title,note\n"
              "2024-03-10,10 March,Sunday,6:50 pm,rad,\"work | gym\",\"Title\",\"Body, \"\"quoted\"\"\"\n"
              "2024-03-10,10 March,Sunday,6:50 pm,rad,\"work | gym\",\"Title\",\"Body, \"\"quoted\"\"\"\n"
              "2024-03-11,11 March,Monday,8:00 am,meh,,,\"only a note\"\n"
              "2024-03-12,12 March,Tuesday,99:00,meh,,,\n";
        auto parsed = DaylioParser::parse(csv);
        QVERIFY(parsed.ok());
        auto result = DaylioImporter::import(*journal, parsed.value(), DaylioMoodMap::defaults(), QTimeZone::utc());
        QVERIFY(result.ok());
        // Two identical rows are two entries (Daylio allows that); both come in, once.
        QCOMPARE(result->imported, 3);
        QCOMPARE(result->skipped.size(), 1);
        const QString summary = result->describe();
        QVERIFY2(summary.contains(QLatin1String("3 imported")), qPrintable(summary));
        QVERIFY(summary.contains(QLatin1String("line 5: time not understood")));
        auto all = journal->checkins().list();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 3);
        QCOMPARE(all->at(0).note, QStringLiteral("Title\n\nBody, \"quoted\""));
        QCOMPARE(all->at(0).mood, 10);
        QVERIFY(all->at(0).importKey != all->at(1).importKey);
        QCOMPARE(all->at(2).note, QStringLiteral("only a note"));
        // Imported notes and activities are searchable (the index follows every insert).
        auto quoted = journal->search().search(QStringLiteral("quoted"));
        QVERIFY(quoted.ok());
        QCOMPARE(quoted->size(), 2);
        QCOMPARE(quoted->first().kind, EntryKind::Checkin);
        QCOMPARE(quoted->first().foundIn, QList<SearchField> { SearchField::CheckinNote });
        auto gym = journal->search().search(QStringLiteral("gym"));
        QVERIFY(gym.ok());
        QCOMPARE(gym->size(), 2);
        QCOMPARE(gym->first().foundIn, QList<SearchField> { SearchField::Tags });
        auto again = DaylioImporter::import(*journal, parsed.value(), DaylioMoodMap::defaults(), QTimeZone::utc());
        QVERIFY(again.ok());
        QCOMPARE(again->imported, 0);
        QCOMPARE(again->alreadyPresent, 3);
    }

    void importKeyDependsOnContent()
    {
        DaylioEntry a;
        a.date = QDate(2024, 1, 1);
        a.time = QTime(9, 0);
        a.moodLabel = QStringLiteral("good");
        DaylioEntry b = a;
        QCOMPARE(DaylioImporter::importKey(a, 1), DaylioImporter::importKey(b, 1));
        b.moodLabel = QStringLiteral("Good"); // the same label
        QCOMPARE(DaylioImporter::importKey(a, 1), DaylioImporter::importKey(b, 1));
        b.note = QStringLiteral("x");
        QVERIFY(DaylioImporter::importKey(a, 1) != DaylioImporter::importKey(b, 1));
        // Field boundaries matter: "ab"+"" differs from "a"+"b".
        DaylioEntry c = a;
        DaylioEntry d = a;
        c.noteTitle = QStringLiteral("ab");
        d.noteTitle = QStringLiteral("a");
        d.note = QStringLiteral("b");
        QVERIFY(DaylioImporter::importKey(c, 1) != DaylioImporter::importKey(d, 1));
        QVERIFY(DaylioImporter::importKey(a, 1) != DaylioImporter::importKey(a, 2));
    }
};

QTEST_GUILESS_MAIN(TestDaylioImport)
#include "tst_daylioimport.moc"
