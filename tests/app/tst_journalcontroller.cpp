#include "JournalController.h"
#include "TestSupport.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using kap::JournalController;

/// The shell's additions to the controller: the sample journal, preferences inside the journal,
/// path helpers.
class TestJournalController : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("kapjournal-tst-controller"));
    }

    void sampleJournalOpensAndIsDeleted()
    {
        JournalController controller(nullptr);
        controller.setRememberLastJournal(false);
        QSignalSpy unlocked(&controller, &JournalController::unlocked);
        controller.openDemo();
        QVERIFY(controller.isDemo());
        QVERIFY(unlocked.wait(30000));
        QVERIFY(controller.isUnlocked());
        const QString path = controller.journalPath();
        QVERIFY(QFileInfo::exists(path));
        QCOMPARE(QFileInfo(QFileInfo(path).absolutePath()).permissions() & 0x0077, QFileDevice::Permissions());
        QVERIFY(controller.journal());

        controller.lock();
        QCOMPARE(controller.state(), JournalController::State::Locked);
        QVERIFY(controller.isDemo());
        // The sample's passphrase opens it again.
        controller.unlock(controller.demoPassphrase());
        QVERIFY(unlocked.wait(30000));

        controller.closeDemo();
        QVERIFY(!controller.isDemo());
        QVERIFY(!controller.isUnlocked());
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(QFileInfo(path).absolutePath()));
        QCOMPARE(controller.state(), JournalController::State::NoJournal);
    }

    void preferencesLiveInTheJournal()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("prefs.kapj"));
        JournalController controller(nullptr);
        controller.setRememberLastJournal(false);
        controller.setKdfParams(kap::KdfParams::fastForTests());
        QCOMPARE(controller.preference(QStringLiteral("defaults/session/provider"), QStringLiteral("x")),
            QStringLiteral("x"));
        QVERIFY(!controller.setPreference(QStringLiteral("defaults/session/provider"), QStringLiteral("Dr. Lee")));

        QSignalSpy unlocked(&controller, &JournalController::unlocked);
        controller.createJournal(path, kaptest::Passphrase, kaptest::Passphrase);
        QVERIFY(unlocked.wait(30000));
        QVERIFY(controller.setPreference(QStringLiteral("defaults/session/provider"), QStringLiteral("Dr. Lee")));
        controller.lock();
        QCOMPARE(controller.preference(QStringLiteral("defaults/session/provider")), QString());

        controller.unlock(kaptest::Passphrase);
        QVERIFY(unlocked.wait(30000));
        QCOMPARE(controller.preference(QStringLiteral("defaults/session/provider")), QStringLiteral("Dr. Lee"));
        controller.lock();
        // Not in plain text anywhere in the file.
        QVERIFY(!kaptest::readAll(path).contains("Dr. Lee"));
    }

    /// A journal whose folder could not be flushed after the rename (the LD_PRELOAD shim makes
    /// directory fsync fail while KAP_TEST_FAIL_DIR_FSYNC is set) is created and opened, and the
    /// controller says that durability could not be confirmed.
    void createdButNotConfirmedDurable()
    {
        QVERIFY2(qEnvironmentVariable("LD_PRELOAD").contains(QStringLiteral("kap_fail_dir_fsync")),
            "run through ctest: the fsync shim must be preloaded");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("undurable.kapj"));
        JournalController controller(nullptr);
        controller.setRememberLastJournal(false);
        controller.setKdfParams(kap::KdfParams::fastForTests());
        QSignalSpy unlocked(&controller, &JournalController::unlocked);
        qputenv("KAP_TEST_FAIL_DIR_FSYNC", "1");
        controller.createJournal(path, kaptest::Passphrase, kaptest::Passphrase);
        const bool opened = unlocked.wait(30000);
        qunsetenv("KAP_TEST_FAIL_DIR_FSYNC");
        QVERIFY2(opened, qPrintable(controller.errorMessage()));
        QVERIFY(controller.errorMessage().isEmpty());
        QVERIFY2(controller.openedNotice().contains(QStringLiteral("could not confirm")),
            qPrintable(controller.openedNotice()));
        controller.lock();
        // The journal is there and opens with its passphrase; the next opening has nothing to say.
        controller.unlock(kaptest::Passphrase);
        QVERIFY(unlocked.wait(30000));
        QVERIFY(controller.openedNotice().isEmpty());
        controller.lock();
    }

    void suggestsAFreeName()
    {
        JournalController controller(nullptr);
        const QString suggestion = controller.suggestNewJournalPath();
        QVERIFY(!QFileInfo::exists(suggestion));
        QVERIFY(suggestion.endsWith(QStringLiteral(".kapj")));
    }

    void urlsAndPaths()
    {
        JournalController controller(nullptr);
        const QString path = QStringLiteral("/tmp/some folder/j.kapj");
        QCOMPARE(controller.pathFromUrl(controller.urlFromPath(path)), path);
        QCOMPARE(controller.folderUrl(path), QUrl::fromLocalFile(QStringLiteral("/tmp/some folder")));
    }
};

QTEST_GUILESS_MAIN(TestJournalController)
#include "tst_journalcontroller.moc"
