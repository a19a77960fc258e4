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
