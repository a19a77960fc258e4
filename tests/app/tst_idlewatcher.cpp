// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/IdleWatcher.h"

#include <QGuiApplication>
#include <QKeyEvent>
#include <QSignalSpy>
#include <QTest>

using kap::IdleWatcher;

/// The auto-lock's idle detection. Waits use QSignalSpy/QTRY with generous limits; the checks are
/// about whether idle() fires, never about how fast.
class TestIdleWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void inactiveNeverFires()
    {
        IdleWatcher watcher;
        watcher.setTimeoutMs(20);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        QTest::qWait(200);
        QCOMPARE(idle.count(), 0);
    }

    void firesOnceWhenIdle()
    {
        IdleWatcher watcher;
        watcher.setTimeoutMs(50);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setActive(true);
        QVERIFY(idle.wait(5000));
        QTest::qWait(200);
        QCOMPARE(idle.count(), 1);
    }

    void inputPostponesIdle()
    {
        IdleWatcher watcher;
        watcher.setTimeoutMs(400);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setActive(true);
        QObject target;
        // Keep "typing" for longer than the timeout: no idle while input keeps arriving.
        for (int i = 0; i < 12; ++i) {
            QKeyEvent press(QEvent::KeyPress, Qt::Key_A, Qt::NoModifier, QStringLiteral("a"));
            QCoreApplication::sendEvent(&target, &press);
            QTest::qWait(50);
        }
        QCOMPARE(idle.count(), 0);
        QVERIFY(idle.wait(5000));
        QCOMPARE(idle.count(), 1);
    }

    void inputRearmsAfterIdle()
    {
        IdleWatcher watcher;
        watcher.setTimeoutMs(50);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setActive(true);
        QVERIFY(idle.wait(5000));
        QObject target;
        QMouseEvent move(QEvent::MouseMove, QPointF(1, 1), QPointF(1, 1), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&target, &move);
        QVERIFY(idle.wait(5000));
        QCOMPARE(idle.count(), 2);
    }

    void zeroTimeoutSwitchesOff()
    {
        IdleWatcher watcher;
        watcher.setTimeoutMs(0);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setActive(true);
        QTest::qWait(200);
        QCOMPARE(idle.count(), 0);
    }

    void deactivatingStops()
    {
        IdleWatcher watcher;
        watcher.setTimeoutMs(150);
        QSignalSpy idle(&watcher, &IdleWatcher::idle);
        watcher.setActive(true);
        watcher.setActive(false);
        QTest::qWait(400);
        QCOMPARE(idle.count(), 0);
    }
};

QTEST_MAIN(TestIdleWatcher)
#include "tst_idlewatcher.moc"
