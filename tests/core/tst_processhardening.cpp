// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/ProcessHardening.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "tests/support/TestSupport.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

/// SECURITY.md 7 and 11: files private by default, no core dumps in release builds.
class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void umaskMakesNewFilesPrivate()
    {
        QVERIFY(kap::applyProcessHardening());
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("plain.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly)); // QFile asks for 0666; the umask must cut it
        file.close();
        QCOMPARE(kaptest::permissions(path), 0600);
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("sub")));
        QCOMPARE(kaptest::permissions(dir.filePath(QStringLiteral("sub"))), 0700);
    }

    void releaseBuildsCannotDumpCore()
    {
        QVERIFY(kap::applyProcessHardening());
#ifdef KAP_RELEASE_BUILD
        QVERIFY(kap::hardeningDisablesCoreDumps());
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
        struct rlimit limit = {};
        QCOMPARE(::getrlimit(RLIMIT_CORE, &limit), 0);
        QCOMPARE(limit.rlim_cur, rlim_t(0));
        QCOMPARE(limit.rlim_max, rlim_t(0));
#else
        QVERIFY(!kap::hardeningDisablesCoreDumps());
        QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);
#endif
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
