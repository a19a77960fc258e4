// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Drafts: unfinished editor input kept inside the encrypted journal (schema version 2). Kept,
// replaced, found per editor and record, removed; a version-1 journal gains the table on open;
// a draft's words never appear in the file's bytes.

#include "storage/DraftRepository.h"
#include "storage/Journal.h"
#include "storage/Schema.h"
#include "tests/support/TestSupport.h"

#include <QDir>
#include <QTest>

using namespace kap;

class TestDrafts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepFindReplaceRemove();
    void oneDraftPerEditorAndRecord();
    void draftWordsAreEncrypted();
    void versionOneJournalGainsDrafts();
};

void TestDrafts::keepFindReplaceRemove()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    DraftRepository& drafts = journal->drafts();

    auto none = drafts.find(QStringLiteral("session"), 0);
    QVERIFY(none);
    QVERIFY(!none.value());

    QVERIFY(drafts.keep(QStringLiteral("session"), 0, QStringLiteral(R"({"intention":"first"})")));
    QVERIFY(drafts.keep(QStringLiteral("session"), 0, QStringLiteral(R"({"intention":"second"})")));
    auto found = drafts.find(QStringLiteral("session"), 0);
    QVERIFY(found && found.value());
    QCOMPARE(found.value()->content, QStringLiteral(R"({"intention":"second"})"));
    QCOMPARE(found.value()->editor, QStringLiteral("session"));
    QCOMPARE(found.value()->savedAt, kaptest::fixedNow().toUTC());
    QCOMPARE(drafts.list()->size(), 1);

    QVERIFY(drafts.remove(QStringLiteral("session"), 0));
    QVERIFY(!drafts.find(QStringLiteral("session"), 0).value());
    QVERIFY(drafts.remove(QStringLiteral("session"), 0)); // removing nothing is not an error
    QVERIFY(drafts.list()->isEmpty());
}

void TestDrafts::oneDraftPerEditorAndRecord()
{
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    QVERIFY(journal);
    DraftRepository& drafts = journal->drafts();
    QVERIFY(drafts.keep(QStringLiteral("session"), 0, QStringLiteral("new")));
    QVERIFY(drafts.keep(QStringLiteral("session"), 7, QStringLiteral("edit 7")));
    QVERIFY(drafts.keep(QStringLiteral("checkin"), 0, QStringLiteral("checkin")));
    QCOMPARE(drafts.find(QStringLiteral("session"), 7).value()->content, QStringLiteral("edit 7"));
    QCOMPARE(drafts.find(QStringLiteral("session"), 0).value()->content, QStringLiteral("new"));
    QVERIFY(!drafts.find(QStringLiteral("checkin"), 7).value());
    QCOMPARE(drafts.list()->size(), 3);
    QVERIFY(drafts.remove(QStringLiteral("session"), 7));
    QCOMPARE(drafts.list()->size(), 2);
}

void TestDrafts::draftWordsAreEncrypted()
{
    QTemporaryDir dir;
    QString path;
    {
        auto journal = kaptest::createJournal(dir);
        QVERIFY(journal);
        path = journal->path();
        QVERIFY(journal->drafts().keep(QStringLiteral("session"), 0, QStringLiteral("Quartz-heron-8812 draft")));
    }
    QVERIFY(!kaptest::fileContains(path, "Quartz-heron-8812"));
    auto reopened = kaptest::openJournal(path);
    QVERIFY(reopened);
    QCOMPARE(reopened->drafts().find(QStringLiteral("session"), 0).value()->content,
        QStringLiteral("Quartz-heron-8812 draft"));
}

void TestDrafts::versionOneJournalGainsDrafts()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.kapj"));
    {
        Journal::Options options = kaptest::testOptions();
        options.migrations = { Schema::migrations().front() };
        auto created
            = Journal::create(path, SecureBytes::fromString(kaptest::Passphrase), KdfParams::fastForTests(), options);
        QVERIFY(created);
        QCOMPARE(created.value()->schemaVersion(), 1);
    }
    auto journal = kaptest::openJournal(path);
    QVERIFY(journal);
    QCOMPARE(journal->schemaVersion(), Schema::currentVersion());
    QVERIFY(journal->drafts().keep(QStringLiteral("phase"), 0, QStringLiteral("{}")));
    // The upgrade kept an encrypted copy of the version-1 file first.
    const QStringList backups = QDir(dir.path()).entryList({ QStringLiteral("*.bak") }, QDir::Files);
    QVERIFY2(!backups.isEmpty(), qPrintable(QDir(dir.path()).entryList(QDir::Files).join(u' ')));
}

QTEST_GUILESS_MAIN(TestDrafts)
#include "tst_drafts.moc"
