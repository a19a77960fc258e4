// Full-text search over notes and session text: prefix matching, accents, any typed text being
// safe (no FTS syntax errors), trashed records excluded, snippet markers.

#include "Journal.h"
#include "NoteRepository.h"
#include "SearchRepository.h"
#include "SessionRepository.h"
#include "TestSupport.h"
#include "TrashRepository.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

using namespace kap;

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
    void anyTextIsSafe_data();
    void anyTextIsSafe();
    void operatorsAreWords();
    void randomTextNeverFails();
    void trashedAreExcluded();
    void snippetMarksMatches();
    void editsAreReindexed();
    void newestFirstAndLimit();

private:
    RecordId addNote(const QString& title, const QString& body, int day, const QStringList& tags = {});

    QTemporaryDir m_dir;
    std::unique_ptr<Journal> m_journal;
    RecordId m_cafe = 0;
    RecordId m_session = 0;
};

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

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
