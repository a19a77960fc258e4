// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/JournalController.h"
#include "tests/support/TestSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using kap::JournalController;

/// The shell's additions to the controller: the sample journal, preferences inside the journal,
/// path helpers.
class TestJournalController : public QObject
{
    Q_OBJECT

private:
    /// The sample folders in `parent` (by default the test's XDG_RUNTIME_DIR).
    QStringList sampleFolders(const QString& parent = QString()) const
    {
        return QDir(parent.isEmpty() ? m_runtime.path() : parent)
            .entryList({ QStringLiteral("kapjournal-*") }, QDir::Dirs | QDir::NoDotAndDotDot);
    }

    QTemporaryDir m_runtime;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setApplicationName(QStringLiteral("kapjournal-tst-controller"));
        // The sample journal lives in XDG_RUNTIME_DIR: a private (0700) folder of the test's own.
        QVERIFY(m_runtime.isValid());
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(m_runtime.path()));
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
        const QString folder = QFileInfo(path).absolutePath();
        QCOMPARE(QFileInfo(folder).absolutePath(), m_runtime.path());
        QVERIFY2(QFileInfo(folder).fileName().startsWith(QStringLiteral("kapjournal-sample-")), qPrintable(folder));
        QCOMPARE(QFileInfo(folder).permissions() & 0x0077, QFileDevice::Permissions());
        QVERIFY(QFileInfo::exists(path + QStringLiteral(".lock"))); // a side file, gone with it below
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
        QVERIFY(!QFileInfo::exists(folder));
        QCOMPARE(controller.state(), JournalController::State::NoJournal);
        QVERIFY(sampleFolders().isEmpty());
    }

    void sampleJournalGoesWithTheController()
    {
        // What quitting does when the window closes: the controller goes, and the sample with it.
        QString folder;
        {
            JournalController controller(nullptr);
            controller.setRememberLastJournal(false);
            QSignalSpy unlocked(&controller, &JournalController::unlocked);
            controller.openDemo();
            QVERIFY(unlocked.wait(30000));
            folder = QFileInfo(controller.journalPath()).absolutePath();
            QVERIFY(QFileInfo::exists(controller.journalPath() + QStringLiteral(".lock")));
        }
        QVERIFY2(!QFileInfo::exists(folder), qPrintable(folder));
        QVERIFY(sampleFolders().isEmpty());
    }

    void sampleJournalRefusedWithoutRuntimeDir()
    {
        const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
        qunsetenv("XDG_RUNTIME_DIR");
        const QStringList inTempBefore = sampleFolders(QDir::tempPath());
        JournalController controller(nullptr);
        controller.setRememberLastJournal(false);
        const JournalController::State stateBefore = controller.state();
        const QString pathBefore = controller.journalPath();
        controller.openDemo();
        qputenv("XDG_RUNTIME_DIR", runtime);
        QVERIFY(!controller.isDemo());
        QVERIFY(!controller.busy());
        QCOMPARE(controller.state(), stateBefore);
        QCOMPARE(controller.journalPath(), pathBefore);
        QVERIFY2(controller.errorMessage().contains(QStringLiteral("XDG_RUNTIME_DIR")),
            qPrintable(controller.errorMessage()));
        QCOMPARE(sampleFolders(QDir::tempPath()), inTempBefore); // no fallback to /tmp
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

    /// changePassphrase() runs off the GUI thread: meanwhile journal() is nullptr, a lock waits for
    /// the change (and `done` still hears of it), and afterwards only the new passphrase opens.
    void passphraseChangeRunsOffTheGuiThreadAndALockWaits()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("change.kapj"));
        JournalController controller(nullptr);
        controller.setRememberLastJournal(false);
        controller.setKdfParams(kap::KdfParams::fastForTests());
        QSignalSpy unlocked(&controller, &JournalController::unlocked);
        controller.createJournal(path, kaptest::Passphrase, kaptest::Passphrase);
        QVERIFY(unlocked.wait(30000));

        const QString next = QStringLiteral("an entirely new passphrase");
        auto current = std::make_shared<const kap::SecureBytes>(kap::SecureBytes::fromString(kaptest::Passphrase));
        auto fresh = std::make_shared<const kap::SecureBytes>(kap::SecureBytes::fromString(next));
        int calls = 0;
        kap::ErrorCode outcome = kap::ErrorCode::Internal;
        const auto done = [&](const kap::Status& status) {
            ++calls;
            outcome = status.code();
        };
        QVERIFY(controller.changePassphrase(current, fresh, done));
        QVERIFY(controller.journal() == nullptr); // the GUI thread keeps off the connection
        QVERIFY(!controller.changePassphrase(current, fresh, done)); // one change at a time
        QVERIFY(controller.lock());
        QVERIFY(!controller.isUnlocked());
        QTRY_COMPARE(calls, 1);
        QCOMPARE(outcome, kap::ErrorCode::None);
        QCOMPARE(kap::Journal::open(path, kap::SecureBytes::fromString(kaptest::Passphrase)).code(),
            kap::ErrorCode::WrongPassphrase);
        QVERIFY(kaptest::openJournal(path, next));
        QVERIFY(!controller.changePassphrase(current, fresh, done)); // locked: nothing to change
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
