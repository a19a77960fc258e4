// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Full-text search over everything a person writes (notes, session text, check-in notes and
// tags, phase names and notes): prefix matching, accents, any typed text being safe (no FTS
// syntax errors), where the words were found, trashed records excluded, snippet markers, and a
// purge leaving no word behind in the index or anywhere in the decrypted pages.

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/JournalTestAccess.h"
#include "storage/NoteRepository.h"
#include "storage/PhaseRepository.h"
#include "storage/SearchRepository.h"
#include "storage/SessionRepository.h"
#include "storage/SqlCipher.h"
#include "storage/TrashRepository.h"
#include "tests/support/TestSupport.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <cstring>
#include <dlfcn.h>

using namespace kap;

namespace {

/// Words no other text in these tests shares a prefix with. The index stores a term after the
/// prefix it shares with the term before it, so the checks look for the tail (from the third
/// letter on): a tail that is nowhere means the word is nowhere.
const QByteArray NoteWord = "qxmarmalade";
const QByteArray NoteTitleWord = "qjvelvet";
const QByteArray NoteTag = "qkorchid";
const QByteArray SessionWords[]
    = { "wqzintaro", "wjzexpero", "wkzprovan", "wvzroutix", "wxzsettol", "wzzpresko", "wyzeffum" };
const QByteArray CheckinWords[] = { "vqzdrizzle", "vjzhammock" }; // note, tag
const QByteArray PhaseWords[] = { "pqzlantern", "pjzcompass" }; // label, notes

QByteArray tail(const QByteArray& word)
{
    return word.mid(2);
}

/// Every value of every row of the full-text index's own tables (FTS4 keeps the text in _content,
/// the terms in _segments and _segdir, sizes in _docsize and _stat), as raw bytes.
QByteArray indexTableBytes(Database& db)
{
    QByteArray bytes;
    auto tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'"
                             " AND (name LIKE 'notes!_fts!_%' ESCAPE '!' OR name LIKE 'sessions!_fts!_%' ESCAPE '!'"
                             " OR name LIKE 'checkins!_fts!_%' ESCAPE '!' OR name LIKE 'phases!_fts!_%' ESCAPE '!')");
    if (!tables) {
        return {};
    }
    int tableCount = 0;
    while (tables->next()) {
        ++tableCount;
        const QByteArray sql = "SELECT * FROM \"" + tables->text(0).toUtf8() + '"';
        sqlite3_stmt* rows = nullptr;
        if (sqlite3_prepare_v2(db.handle(), sql.constData(), -1, &rows, nullptr) != SQLITE_OK) {
            qWarning("cannot read %s: %s", sql.constData(), sqlite3_errmsg(db.handle()));
            return {};
        }
        while (sqlite3_step(rows) == SQLITE_ROW) {
            for (int column = 0; column < sqlite3_column_count(rows); ++column) {
                const void* value = sqlite3_column_blob(rows, column);
                bytes.append(static_cast<const char*>(value), sqlite3_column_bytes(rows, column));
            }
        }
        sqlite3_finalize(rows);
    }
    if (tableCount != 20) { // 5 per FTS4 table
        qWarning("expected 20 index tables, found %d", tableCount);
        return {};
    }
    return bytes;
}

/// The libcrypto functions SQLCipher itself uses, looked up in the process (libsqlcipher loads
/// libcrypto on both Debian 12 and 13), so the test needs no OpenSSL headers to build.
struct Aes256Cbc
{
    using NewFn = void* (*)();
    using FreeFn = void (*)(void*);
    using CipherFn = const void* (*)();
    using InitFn = int (*)(void*, const void*, void*, const unsigned char*, const unsigned char*);
    using PaddingFn = int (*)(void*, int);
    using UpdateFn = int (*)(void*, unsigned char*, int*, const unsigned char*, int);

    template <typename Fn> static bool find(const char* name, Fn* fn)
    {
        void* symbol = ::dlsym(RTLD_DEFAULT, name);
        std::memcpy(fn, &symbol, sizeof(symbol));
        return symbol != nullptr;
    }
    bool load()
    {
        return find("EVP_CIPHER_CTX_new", &create) && find("EVP_CIPHER_CTX_free", &destroy)
            && find("EVP_aes_256_cbc", &cipher) && find("EVP_DecryptInit_ex", &init)
            && find("EVP_CIPHER_CTX_set_padding", &padding) && find("EVP_DecryptUpdate", &update);
    }
    /// AES-256-CBC without padding; empty on failure.
    QByteArray decrypt(const QByteArray& key, const char* iv, const char* data, int size) const
    {
        void* ctx = create();
        QByteArray out(size + 32, '\0');
        int written = 0;
        const bool ok = init(ctx, cipher(), nullptr, reinterpret_cast<const unsigned char*>(key.constData()),
                            reinterpret_cast<const unsigned char*>(iv))
                == 1
            && padding(ctx, 0) == 1
            && update(ctx, reinterpret_cast<unsigned char*>(out.data()), &written,
                   reinterpret_cast<const unsigned char*>(data), size)
                == 1;
        destroy(ctx);
        return ok && written == size ? out.left(size) : QByteArray();
    }

    NewFn create = nullptr;
    FreeFn destroy = nullptr;
    CipherFn cipher = nullptr;
    InitFn init = nullptr;
    PaddingFn padding = nullptr;
    UpdateFn update = nullptr;
};

/// Every page of the journal file decrypted, free pages and unused cell space included: what
/// anyone with the key would find in it. The journal format (CipherFormat.h): 1 KiB pages, each
/// ending in 48 reserved bytes that start with the page's IV; page 1 begins with the 16-byte salt.
/// The raw key is the 32 bytes in Journal::rawKey() (x'<key><salt>'). Empty on failure.
QByteArray decryptedPages(Journal& journal)
{
    constexpr int PageSize = 1024;
    constexpr int Reserved = 48;
    constexpr int SaltSize = 16;
    Aes256Cbc aes;
    if (!aes.load()) {
        qWarning("libcrypto's AES functions are not in the process");
        return {};
    }
    const SecureBytes spec = JournalTestAccess::rawKey(journal);
    const QByteArray key = QByteArray::fromHex(QByteArray(reinterpret_cast<const char*>(spec.data()) + 2, 64));
    const QByteArray file = kaptest::readAll(journal.path());
    if (key.size() != 32 || file.isEmpty() || file.size() % PageSize != 0) {
        return {};
    }
    QByteArray pages;
    for (qsizetype at = 0; at < file.size(); at += PageSize) {
        const char* page = file.constData() + at;
        const int skip = at == 0 ? SaltSize : 0;
        const QByteArray plain = aes.decrypt(key, page + PageSize - Reserved, page + skip, PageSize - Reserved - skip);
        if (plain.isEmpty()) {
            return {};
        }
        pages += plain;
    }
    // Page 1 decrypted begins with the rest of SQLite's header: 1 KiB pages, 48 reserved bytes.
    if (!pages.startsWith(QByteArray::fromHex("0400010130402020"))) {
        qWarning("page 1 did not decrypt to an SQLite header");
        return {};
    }
    return pages;
}

} // namespace

class TestSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void prefixMatch();
    void everyWordMustMatch();
    void accentsAndCaseAreIgnored();
    void sessionsAreSearched();
    void checkinNotesAreSearched();
    void checkinTagsAreSearched();
    void phaseNotesAreSearched();
    void hitsSayWhereTheWordsWere();
    void checkinAndPhaseEditsAreReindexed();
    void trashedCheckinsAndPhasesAreExcluded();
    void anyTextIsSafe_data();
    void anyTextIsSafe();
    void operatorsAreWords();
    void randomTextNeverFails();
    void trashedAreExcluded();
    void snippetMarksMatches();
    void editsAreReindexed();
    void newestFirstAndLimit();
    void purgedNoteLeavesNoWord();
    void purgedSessionLeavesNoWord();
    void emptiedTrashLeavesNoWord();
    void purgedCheckinLeavesNoWord();
    void purgedPhaseLeavesNoWord();

private:
    RecordId addNote(const QString& title, const QString& body, int day, const QStringList& tags = {});
    RecordId addCheckin(const QString& note, int day, const QStringList& tags = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    RecordId m_cafe = 0;
    RecordId m_session = 0;
    RecordId m_rainyCheckin = 0;
    RecordId m_phase = 0;
};

RecordId TestSearch::addCheckin(const QString& note, int day, const QStringList& tags)
{
    MoodCheckin checkin;
    checkin.at = QDateTime(QDate(2026, 1, day), QTime(8, 30), QTimeZone(3600));
    checkin.mood = 4;
    checkin.note = note;
    checkin.tags = tags;
    auto id = m_journal->checkins().add(checkin);
    return id ? id.value() : 0;
}

RecordId TestSearch::addNote(const QString& title, const QString& body, int day, const QStringList& tags)
{
    IntegrationNote note;
    note.writtenAt = QDateTime(QDate(2026, 1, day), QTime(20, 0), QTimeZone(3600));
    note.title = title;
    note.body = body;
    note.tags = tags;
    auto id = m_journal->notes().add(note);
    return id ? id.value() : 0;
}

void TestSearch::initTestCase()
{
    m_journal = kaptest::createJournal(m_dir);
    QVERIFY(m_journal);
    m_cafe = addNote(QStringLiteral("Morning"),
        QStringLiteral("Coffee at the Café Müller with my sister; I felt calm."), 3, { QStringLiteral("family") });
    QVERIFY(addNote(QStringLiteral("Relationships"),
        QStringLiteral("Talked with my partner about the session. OR maybe not: \"quotes\" and -dashes*"), 5));
    QVERIFY(addNote(QStringLiteral("Sleep"), QStringLiteral("Slept nine hours, first time in months."), 7));
    QVERIFY(addNote(QStringLiteral("東京"), QStringLiteral("旅行 notes in Tokyo; naïve hope"), 9));
    Session session;
    session.occurredAt = QDateTime(QDate(2026, 1, 2), QTime(10, 0), QTimeZone(3600));
    session.provider = QStringLiteral("Lakeside Clinic");
    session.intention = QStringLiteral("Forgiveness towards my father");
    session.experience = QStringLiteral("A warm wave, then memories of the lake house.");
    session.sideEffects = { QStringLiteral("nausea") };
    auto id = m_journal->sessions().add(session);
    QVERIFY(id);
    m_session = id.value();
    // The sample journal's words: two check-ins say "Rainy, low energy."
    m_rainyCheckin = addCheckin(QStringLiteral("Rainy, low energy."), 4, { QStringLiteral("reading") });
    QVERIFY(m_rainyCheckin);
    QVERIFY(addCheckin(QStringLiteral("Rainy, low energy."), 6));
    Phase phase;
    phase.kind = PhaseKind::Induction;
    phase.label = QStringLiteral("First course");
    phase.start = QDate(2026, 1, 1);
    phase.notes = QStringLiteral("Six infusions over three weeks at the willow clinic.");
    auto phaseId = m_journal->phases().add(phase);
    QVERIFY(phaseId);
    m_phase = phaseId.value();
}

void TestSearch::cleanupTestCase()
{
    m_journal.reset();
}

void TestSearch::prefixMatch()
{
    auto hits = m_journal->search().search(QStringLiteral("caf"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, m_cafe);
    QCOMPARE(hits->first().kind, EntryKind::Note);
    QCOMPARE(hits->first().title, QStringLiteral("Morning"));
    QCOMPARE(hits->first().at, QDateTime(QDate(2026, 1, 3), QTime(20, 0), QTimeZone(3600)));
    QCOMPARE(m_journal->search().search(QStringLiteral("sist")).value().size(), 1);
    QCOMPARE(m_journal->search().search(QStringLiteral("famil")).value().size(), 1); // tags
    QCOMPARE(m_journal->search().search(QStringLiteral("xylophone")).value().size(), 0);
}

void TestSearch::everyWordMustMatch()
{
    QCOMPARE(m_journal->search().search(QStringLiteral("coffee sister")).value().size(), 1);
    QCOMPARE(m_journal->search().search(QStringLiteral("coffee partner")).value().size(), 0);
}

void TestSearch::accentsAndCaseAreIgnored()
{
    QCOMPARE(m_journal->search().search(QStringLiteral("CAFE")).value().size(), 1);
    QCOMPARE(m_journal->search().search(QStringLiteral("muller")).value().size(), 1);
    QCOMPARE(m_journal->search().search(QStringLiteral("Müller")).value().size(), 1);
    QCOMPARE(m_journal->search().search(QStringLiteral("naive")).value().size(), 1);
    QCOMPARE(m_journal->search().search(QStringLiteral("東京")).value().size(), 1);
}

void TestSearch::sessionsAreSearched()
{
    auto hits = m_journal->search().search(QStringLiteral("forgive"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().kind, EntryKind::Session);
    QCOMPARE(hits->first().id, m_session);
    QCOMPARE(hits->first().title, QStringLiteral("Lakeside Clinic"));
    QCOMPARE(m_journal->search().search(QStringLiteral("nause")).value().size(), 1); // side effects
    QCOMPARE(m_journal->search().search(QStringLiteral("lake")).value().size(), 1); // provider + text
}

void TestSearch::checkinNotesAreSearched()
{
    auto hits = m_journal->search().search(QStringLiteral("rainy"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).kind, EntryKind::Checkin); // newest first: the 6th, then the 4th
    QCOMPARE(hits->at(1).id, m_rainyCheckin);
    QCOMPARE(hits->at(1).at, QDateTime(QDate(2026, 1, 4), QTime(8, 30), QTimeZone(3600)));
    QVERIFY(hits->at(1).title.isEmpty());
    QCOMPARE(hits->at(1).foundIn, QList<SearchField> { SearchField::CheckinNote });
    QCOMPARE(hits->at(1).snippetField, SearchField::CheckinNote);
    const QString start(QChar(SearchRepository::MatchStart));
    const QString end(QChar(SearchRepository::MatchEnd));
    QCOMPARE(hits->at(1).snippet, start + QStringLiteral("Rainy") + end + QStringLiteral(", low energy."));
    QCOMPARE(m_journal->search().search(QStringLiteral("low energy")).value().size(), 2);
}

void TestSearch::checkinTagsAreSearched()
{
    auto hits = m_journal->search().search(QStringLiteral("readi"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().id, m_rainyCheckin);
    QCOMPARE(hits->first().foundIn, QList<SearchField> { SearchField::Tags });
    QCOMPARE(hits->first().snippetField, SearchField::Tags);
}

void TestSearch::phaseNotesAreSearched()
{
    auto hits = m_journal->search().search(QStringLiteral("willow infusions"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().kind, EntryKind::Phase);
    QCOMPARE(hits->first().id, m_phase);
    QCOMPARE(hits->first().title, QStringLiteral("First course"));
    QCOMPARE(hits->first().at.date(), QDate(2026, 1, 1)); // a phase has a first day, no time
    QCOMPARE(hits->first().foundIn, QList<SearchField> { SearchField::PhaseNotes });
    QVERIFY2(hits->first().snippet.contains(QChar(SearchRepository::MatchStart) + QStringLiteral("willow")),
        qPrintable(hits->first().snippet));

    auto byName = m_journal->search().search(QStringLiteral("first course"));
    QVERIFY(byName);
    QCOMPARE(byName->size(), 1);
    QCOMPARE(byName->first().foundIn, QList<SearchField> { SearchField::PhaseLabel });
}

void TestSearch::hitsSayWhereTheWordsWere()
{
    // A word in the title and one in the text: both fields are named; the snippet comes from the
    // field holding more of the query's words.
    auto hits = m_journal->search().search(QStringLiteral("morning coffee sister"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().foundIn, (QList<SearchField> { SearchField::Title, SearchField::Body }));
    QCOMPARE(hits->first().snippetField, SearchField::Body);
    QVERIFY(hits->first().snippet.contains(QStringLiteral("sister")));

    auto title = m_journal->search().search(QStringLiteral("morning"));
    QVERIFY(title);
    QCOMPARE(title->size(), 1);
    QCOMPARE(title->first().foundIn, QList<SearchField> { SearchField::Title });
    QCOMPARE(title->first().snippetField, SearchField::Title);
    QCOMPARE(title->first().snippet,
        QChar(SearchRepository::MatchStart) + QStringLiteral("Morning") + QChar(SearchRepository::MatchEnd));

    // A word in both the title and the text: the snippet shows the text, not the title again.
    const RecordId lantern
        = addNote(QStringLiteral("Lantern"), QStringLiteral("The paper lantern glowed all evening."), 21);
    auto both = m_journal->search().search(QStringLiteral("lantern"));
    QVERIFY(both);
    QCOMPARE(both->size(), 1);
    QCOMPARE(both->first().foundIn, (QList<SearchField> { SearchField::Title, SearchField::Body }));
    QCOMPARE(both->first().snippetField, SearchField::Body);
    QVERIFY2(both->first().snippet.contains(QStringLiteral("paper")), qPrintable(both->first().snippet));
    QVERIFY(m_journal->notes().moveToTrash(lantern));
    QVERIFY(m_journal->trash().purge(EntryKind::Note, lantern));

    const auto fieldOf = [this](const QString& text) {
        auto found = m_journal->search().search(text);
        return found && found->size() == 1 ? found->first().foundIn : QList<SearchField> {};
    };
    QCOMPARE(fieldOf(QStringLiteral("forgiveness")), QList<SearchField> { SearchField::Intention });
    QCOMPARE(fieldOf(QStringLiteral("memories")), QList<SearchField> { SearchField::Experience });
    QCOMPARE(fieldOf(QStringLiteral("clinic lakeside")), QList<SearchField> { SearchField::Provider });
    QCOMPARE(fieldOf(QStringLiteral("nausea")), QList<SearchField> { SearchField::SessionDetails });
    QCOMPARE(fieldOf(QStringLiteral("family")), QList<SearchField> { SearchField::Tags });
    QCOMPARE(searchFieldKey(SearchField::CheckinNote), QStringLiteral("checkin_note"));
    QCOMPARE(searchFieldKey(SearchField::PhaseNotes), QStringLiteral("phase_notes"));
}

void TestSearch::checkinAndPhaseEditsAreReindexed()
{
    MoodCheckin checkin = m_journal->checkins().get(m_rainyCheckin).value();
    checkin.note = QStringLiteral("Sunny walk.");
    QVERIFY(m_journal->checkins().update(checkin));
    QCOMPARE(m_journal->search().search(QStringLiteral("rainy")).value().size(), 1);
    QCOMPARE(m_journal->search().search(QStringLiteral("sunny")).value().size(), 1);
    checkin.note = QStringLiteral("Rainy, low energy.");
    QVERIFY(m_journal->checkins().update(checkin));
    QCOMPARE(m_journal->search().search(QStringLiteral("sunny")).value().size(), 0);

    Phase phase = m_journal->phases().get(m_phase).value();
    phase.notes = QStringLiteral("Booster every month.");
    QVERIFY(m_journal->phases().update(phase));
    QCOMPARE(m_journal->search().search(QStringLiteral("willow")).value().size(), 0);
    QCOMPARE(m_journal->search().search(QStringLiteral("booster")).value().size(), 1);
    phase.notes = QStringLiteral("Six infusions over three weeks at the willow clinic.");
    QVERIFY(m_journal->phases().update(phase));
    QCOMPARE(m_journal->search().search(QStringLiteral("willow")).value().size(), 1);
}

void TestSearch::trashedCheckinsAndPhasesAreExcluded()
{
    QVERIFY(m_journal->checkins().moveToTrash(m_rainyCheckin));
    QCOMPARE(m_journal->search().search(QStringLiteral("rainy")).value().size(), 1);
    QCOMPARE(m_journal->search().search(QStringLiteral("reading")).value().size(), 0);
    QVERIFY(m_journal->checkins().restore(m_rainyCheckin));
    QCOMPARE(m_journal->search().search(QStringLiteral("rainy")).value().size(), 2);

    QVERIFY(m_journal->phases().moveToTrash(m_phase));
    QCOMPARE(m_journal->search().search(QStringLiteral("willow")).value().size(), 0);
    QVERIFY(m_journal->phases().restore(m_phase));
    QCOMPARE(m_journal->search().search(QStringLiteral("willow")).value().size(), 1);
}

void TestSearch::anyTextIsSafe_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("expected");
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("spaces") << QStringLiteral("   \t\n ") << 0;
    QTest::newRow("lone quote") << QStringLiteral("\"") << 0;
    QTest::newRow("unbalanced quotes") << QStringLiteral("\"coffee") << 1;
    QTest::newRow("star only") << QStringLiteral("*") << 0;
    QTest::newRow("star word") << QStringLiteral("*coffee*") << 1;
    QTest::newRow("minus") << QStringLiteral("-coffee") << 1;
    QTest::newRow("minus alone") << QStringLiteral("- -- ---") << 0;
    QTest::newRow("parentheses") << QStringLiteral("(coffee OR") << 0; // "or" is a word the note lacks
    QTest::newRow("column filter") << QStringLiteral("body:coffee") << 0;
    QTest::newRow("near") << QStringLiteral("coffee NEAR/3 sister") << 0;
    QTest::newRow("caret") << QStringLiteral("^coffee") << 1;
    QTest::newRow("sql") << QStringLiteral("'); DROP TABLE notes; --") << 0;
    QTest::newRow("emoji") << QStringLiteral("😀 coffee") << 1;
    QTest::newRow("emoji only") << QStringLiteral("🌊🌊") << 0;
    QTest::newRow("private use markers") << QStringLiteral("\uE000coffee\uE001") << 1;
    QTest::newRow("nul") << QStringLiteral("coffee") + QChar(0) + QStringLiteral("sister") << 1;
    QTest::newRow("very long") << QStringLiteral("coffee ").repeated(500) << 1;
    QTest::newRow("backslashes") << QStringLiteral("\\\\coffee\\") << 1;
}

void TestSearch::anyTextIsSafe()
{
    QFETCH(QString, text);
    QFETCH(int, expected);
    auto hits = m_journal->search().search(text);
    QVERIFY2(hits, hits.ok() ? "" : qPrintable(hits.error().detail));
    QCOMPARE(hits->size(), expected);
}

void TestSearch::operatorsAreWords()
{
    // "OR" typed by a person is the word "or", not an operator: "coffee OR xylophone" must not
    // match the coffee note through the OR.
    QCOMPARE(m_journal->search().search(QStringLiteral("coffee OR xylophone")).value().size(), 0);
    QCOMPARE(m_journal->search().search(QStringLiteral("partner OR")).value().size(), 1); // "OR maybe"
    QCOMPARE(m_journal->search().search(QStringLiteral("NOT")).value().size(), 2); // "not:", "notes"
    QCOMPARE(m_journal->search().search(QStringLiteral("AND")).value().size(), 1); // "and"
}

void TestSearch::randomTextNeverFails()
{
    // 2,000 strings built from FTS syntax, operators, quotes, unicode and plain words: every one
    // must run (no "malformed MATCH expression"), whatever it finds.
    const QStringList pieces { QStringLiteral("\""), QStringLiteral("*"), QStringLiteral("-"), QStringLiteral("+"),
        QStringLiteral("("), QStringLiteral(")"), QStringLiteral("^"), QStringLiteral(":"), QStringLiteral("'"),
        QStringLiteral("OR"), QStringLiteral("AND"), QStringLiteral("NOT"), QStringLiteral("NEAR"), QStringLiteral("/"),
        QStringLiteral("NEAR/2"), QStringLiteral(" "), QStringLiteral("\t"), QStringLiteral("\\"), QStringLiteral("é"),
        QStringLiteral("ü"), QStringLiteral("東"), QStringLiteral("😀"), QStringLiteral("\u0301"),
        QStringLiteral("coffee"), QStringLiteral("ca"), QStringLiteral("body"), QStringLiteral("title"),
        QStringLiteral("docid"), QStringLiteral("0"), QStringLiteral("%"), QStringLiteral("_"), QStringLiteral(";"),
        QStringLiteral("\uE000"), QStringLiteral("\uFFFF") };
    QRandomGenerator random(7);
    for (int i = 0; i < 2000; ++i) {
        QString text;
        const int length = random.bounded(1, 12);
        for (int j = 0; j < length; ++j) {
            text += pieces.at(random.bounded(static_cast<int>(pieces.size())));
        }
        auto hits = m_journal->search().search(text);
        QVERIFY2(hits, qPrintable(QStringLiteral("%1: %2").arg(text, hits.ok() ? QString() : hits.error().detail)));
    }
}

void TestSearch::trashedAreExcluded()
{
    const RecordId id = addNote(QStringLiteral("Temporary"), QStringLiteral("quagmire of thoughts"), 11);
    QCOMPARE(m_journal->search().search(QStringLiteral("quagmire")).value().size(), 1);
    QVERIFY(m_journal->notes().moveToTrash(id));
    QCOMPARE(m_journal->search().search(QStringLiteral("quagmire")).value().size(), 0);
    QVERIFY(m_journal->notes().restore(id));
    QCOMPARE(m_journal->search().search(QStringLiteral("quagmire")).value().size(), 1);
    QVERIFY(m_journal->notes().moveToTrash(id));
    QVERIFY(m_journal->trash().emptyTrash());
    QCOMPARE(m_journal->search().search(QStringLiteral("quagmire")).value().size(), 0);

    QVERIFY(m_journal->sessions().moveToTrash(m_session));
    QCOMPARE(m_journal->search().search(QStringLiteral("forgive")).value().size(), 0);
    QVERIFY(m_journal->sessions().restore(m_session));
}

void TestSearch::snippetMarksMatches()
{
    auto hits = m_journal->search().search(QStringLiteral("cafe sist"));
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    const QString snippet = hits->first().snippet;
    const QString start(QChar(SearchRepository::MatchStart));
    const QString end(QChar(SearchRepository::MatchEnd));
    QVERIFY2(snippet.contains(start + QStringLiteral("Café") + end), qPrintable(snippet));
    QVERIFY2(snippet.contains(start + QStringLiteral("sister") + end), qPrintable(snippet));
    QCOMPARE(snippet.count(start), snippet.count(end));
}

void TestSearch::editsAreReindexed()
{
    IntegrationNote note = m_journal->notes().get(m_cafe).value();
    note.body = QStringLiteral("Tea at home instead.");
    QVERIFY(m_journal->notes().update(note));
    QCOMPARE(m_journal->search().search(QStringLiteral("coffee")).value().size(), 0);
    QCOMPARE(m_journal->search().search(QStringLiteral("tea")).value().size(), 1);
    note.body = QStringLiteral("Coffee at the Café Müller with my sister; I felt calm.");
    QVERIFY(m_journal->notes().update(note));
}

void TestSearch::newestFirstAndLimit()
{
    for (int day = 12; day <= 20; ++day) {
        QVERIFY(addNote(QStringLiteral("Series %1").arg(day), QStringLiteral("recurring gratitude list"), day));
    }
    auto hits = m_journal->search().search(QStringLiteral("gratitude"), 3);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 3);
    QCOMPARE(hits->at(0).title, QStringLiteral("Series 20"));
    QCOMPARE(hits->at(2).title, QStringLiteral("Series 18"));
    QCOMPARE(m_journal->search().search(QStringLiteral("gratitude")).value().size(), 9);
}

namespace {

/// A journal of its own with some ordinary text, so the index has several segments and the
/// purged words sit among others.
std::unique_ptr<Journal> journalWithText(const QTemporaryDir& dir)
{
    auto journal = kaptest::createJournal(dir, QStringLiteral("purge.kapj"));
    if (!journal) {
        return nullptr;
    }
    for (int i = 0; i < 30; ++i) {
        IntegrationNote note;
        note.writtenAt = kaptest::fixedNow().addDays(-i);
        note.title = QStringLiteral("Day %1").arg(i);
        note.body = QStringLiteral("walked by the river, felt steady, number %1").arg(i);
        if (!journal->notes().add(note)) {
            return nullptr;
        }
    }
    // (FTS4 clears the whole index when its last document goes: the purged record must not be
    // the only one of its kind.)
    for (int i = 0; i < 5; ++i) {
        Session session;
        session.occurredAt = kaptest::fixedNow().addDays(-7 * i);
        session.modality = QStringLiteral("kap");
        session.intention = QStringLiteral("rest by the river, round %1").arg(i);
        if (!journal->sessions().add(session)) {
            return nullptr;
        }
    }
    for (int i = 0; i < 10; ++i) {
        MoodCheckin checkin;
        checkin.at = kaptest::fixedNow().addDays(-i);
        checkin.note = QStringLiteral("cloudy by the river, number %1").arg(i);
        checkin.tags = { QStringLiteral("walk") };
        if (!journal->checkins().add(checkin)) {
            return nullptr;
        }
    }
    for (int i = 0; i < 2; ++i) {
        Phase phase;
        phase.kind = i == 0 ? PhaseKind::Induction : PhaseKind::Maintenance;
        phase.label = QStringLiteral("Course %1").arg(i);
        phase.start = kaptest::fixedNow().date().addMonths(-6 + 3 * i);
        phase.end = phase.start.addMonths(2);
        phase.notes = QStringLiteral("sessions near the river");
        if (!journal->phases().add(phase)) {
            return nullptr;
        }
    }
    return journal;
}

/// Everything journalWithText() wrote that mentions the river: 30 notes, 5 sessions, 10
/// check-ins, 2 phases.
constexpr int RiverHits = 47;

RecordId addSecretNote(Journal& journal)
{
    IntegrationNote note;
    note.writtenAt = kaptest::fixedNow();
    note.title = QString::fromLatin1(NoteTitleWord);
    note.body = QStringLiteral("a private line about %1 and more").arg(QString::fromLatin1(NoteWord));
    note.tags = { QString::fromLatin1(NoteTag) };
    auto id = journal.notes().add(note);
    if (!id) {
        return 0;
    }
    // An edit: the index now also holds the first version's terms in an older segment.
    note.body += QStringLiteral(" (edited)");
    return journal.notes().update(note) ? id.value() : 0;
}

RecordId addSecretCheckin(Journal& journal)
{
    MoodCheckin checkin;
    checkin.at = kaptest::fixedNow();
    checkin.note = QStringLiteral("a private %1 morning").arg(QString::fromLatin1(CheckinWords[0]));
    checkin.tags = { QString::fromLatin1(CheckinWords[1]) };
    auto id = journal.checkins().add(checkin);
    if (!id) {
        return 0;
    }
    checkin.note += QStringLiteral(" (edited)"); // the first version's terms in an older segment
    return journal.checkins().update(checkin) ? id.value() : 0;
}

RecordId addSecretPhase(Journal& journal)
{
    Phase phase;
    phase.kind = PhaseKind::Other;
    phase.label = QString::fromLatin1(PhaseWords[0]);
    phase.start = kaptest::fixedNow().date();
    phase.notes = QStringLiteral("notes about %1").arg(QString::fromLatin1(PhaseWords[1]));
    auto id = journal.phases().add(phase);
    return id ? id.value() : 0;
}

RecordId addSecretSession(Journal& journal)
{
    Session session;
    session.occurredAt = kaptest::fixedNow();
    session.modality = QStringLiteral("kap");
    session.route = QStringLiteral("other");
    session.intention = QString::fromLatin1(SessionWords[0]);
    session.experience = QString::fromLatin1(SessionWords[1]);
    session.provider = QString::fromLatin1(SessionWords[2]);
    session.routeOther = QString::fromLatin1(SessionWords[3]);
    session.setting = QString::fromLatin1(SessionWords[4]);
    session.present = QString::fromLatin1(SessionWords[5]);
    session.sideEffects = { QString::fromLatin1(SessionWords[6]) };
    auto id = journal.sessions().add(session);
    return id ? id.value() : 0;
}

QList<QByteArray> wordsOf(const QByteArray (&list)[2])
{
    return { list[0], list[1] };
}

QList<QByteArray> secretWords(bool notes, bool sessions)
{
    QList<QByteArray> words;
    if (notes) {
        words << NoteWord << NoteTitleWord << NoteTag;
    }
    if (sessions) {
        words.append(QList<QByteArray>(std::begin(SessionWords), std::end(SessionWords)));
    }
    return words;
}

/// Fails the test unless every one of `words` is present (`present`) or absent in both the index
/// tables and the decrypted pages.
void checkWords(Journal& journal, const QList<QByteArray>& words, bool present)
{
    const QByteArray index = indexTableBytes(JournalTestAccess::database(journal));
    const QByteArray pages = decryptedPages(journal);
    QVERIFY2(!index.isEmpty(), "the index tables could not be read");
    QVERIFY2(pages.size() >= 10 * 1024, "the decrypted pages could not be read");
    for (const QByteArray& word : words) {
        QVERIFY2(index.contains(tail(word)) == present, word.constData());
        QVERIFY2(pages.contains(tail(word)) == present, word.constData());
    }
}

} // namespace

void TestSearch::purgedNoteLeavesNoWord()
{
    QTemporaryDir dir;
    auto journal = journalWithText(dir);
    QVERIFY(journal);
    const RecordId id = addSecretNote(*journal);
    QVERIFY(id);
    checkWords(*journal, secretWords(true, false), true); // the checks see them while kept
    QVERIFY(journal->notes().moveToTrash(id));
    QVERIFY(journal->trash().purge(EntryKind::Note, id));
    checkWords(*journal, secretWords(true, false), false);
    QCOMPARE(journal->search().search(QStringLiteral("river")).value().size(), RiverHits); // the rest stays
    QVERIFY(journal->verify());
}

void TestSearch::purgedSessionLeavesNoWord()
{
    QTemporaryDir dir;
    auto journal = journalWithText(dir);
    QVERIFY(journal);
    const RecordId id = addSecretSession(*journal);
    QVERIFY(id);
    checkWords(*journal, secretWords(false, true), true);
    QVERIFY(journal->sessions().moveToTrash(id));
    QVERIFY(journal->trash().purge(EntryKind::Session, id));
    checkWords(*journal, secretWords(false, true), false);
    QCOMPARE(journal->search().search(QStringLiteral("river")).value().size(), RiverHits);
    QVERIFY(journal->verify());
}

void TestSearch::emptiedTrashLeavesNoWord()
{
    QTemporaryDir dir;
    auto journal = journalWithText(dir);
    QVERIFY(journal);
    const RecordId note = addSecretNote(*journal);
    const RecordId session = addSecretSession(*journal);
    QVERIFY(note && session);
    checkWords(*journal, secretWords(true, true), true);
    QVERIFY(journal->notes().moveToTrash(note));
    QVERIFY(journal->sessions().moveToTrash(session));
    QVERIFY(journal->trash().emptyTrash());
    checkWords(*journal, secretWords(true, true), false);
    QCOMPARE(journal->search().search(QStringLiteral("river")).value().size(), RiverHits);
    QVERIFY(journal->verify());
}

void TestSearch::purgedCheckinLeavesNoWord()
{
    QTemporaryDir dir;
    auto journal = journalWithText(dir);
    QVERIFY(journal);
    const RecordId id = addSecretCheckin(*journal);
    QVERIFY(id);
    checkWords(*journal, wordsOf(CheckinWords), true);
    QCOMPARE(journal->search().search(QString::fromLatin1(CheckinWords[0])).value().size(), 1);
    QVERIFY(journal->checkins().moveToTrash(id));
    QVERIFY(journal->trash().purge(EntryKind::Checkin, id));
    checkWords(*journal, wordsOf(CheckinWords), false);
    QCOMPARE(journal->search().search(QStringLiteral("river")).value().size(), RiverHits);
    QVERIFY(journal->verify());
}

void TestSearch::purgedPhaseLeavesNoWord()
{
    QTemporaryDir dir;
    auto journal = journalWithText(dir);
    QVERIFY(journal);
    const RecordId id = addSecretPhase(*journal);
    const RecordId checkin = addSecretCheckin(*journal);
    QVERIFY(id && checkin);
    checkWords(*journal, wordsOf(PhaseWords) + wordsOf(CheckinWords), true);
    QCOMPARE(journal->search().search(QString::fromLatin1(PhaseWords[1])).value().size(), 1);
    QVERIFY(journal->phases().moveToTrash(id));
    QVERIFY(journal->checkins().moveToTrash(checkin));
    QVERIFY(journal->trash().emptyTrash()); // the other way to delete for good
    checkWords(*journal, wordsOf(PhaseWords) + wordsOf(CheckinWords), false);
    QCOMPARE(journal->search().search(QStringLiteral("river")).value().size(), RiverHits);
    QVERIFY(journal->verify());
}

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
