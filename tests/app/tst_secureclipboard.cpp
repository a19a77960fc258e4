#include "SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>

using kap::SecureClipboard;

/// SECURITY.md 13: copied text leaves the clipboard after the timeout, unless something else
/// was copied since.
class TestSecureClipboard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { QGuiApplication::clipboard()->clear(); }

    void copiesAndMarksSecret()
    {
        SecureClipboard clipboard;
        clipboard.copy(QStringLiteral("session on tuesday"));
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("session on tuesday"));
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QVERIFY(clipboard.isPending());
    }

    void clearsOurTextAfterTimeout()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterMs(50);
        QSignalSpy expired(&clipboard, &SecureClipboard::expired);
        clipboard.copy(QStringLiteral("note text"));
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), true);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.isPending());
    }

    void leavesSomeoneElsesText()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterMs(50);
        QSignalSpy expired(&clipboard, &SecureClipboard::expired);
        clipboard.copy(QStringLiteral("note text"));
        QGuiApplication::clipboard()->setText(QStringLiteral("copied from the browser"));
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), false);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("copied from the browser"));
    }

    void clearIfOursOnLock()
    {
        SecureClipboard clipboard;
        clipboard.copy(QStringLiteral("dose 200 mg"));
        QVERIFY(clipboard.clearIfOurs());
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.isPending());
        QVERIFY(!clipboard.clearIfOurs());
    }

    void destructorClears()
    {
        {
            SecureClipboard clipboard;
            clipboard.copy(QStringLiteral("integration note"));
        }
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void emptyTextIsIgnored()
    {
        QGuiApplication::clipboard()->setText(QStringLiteral("keep me"));
        SecureClipboard clipboard;
        clipboard.copy(QString());
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("keep me"));
        QVERIFY(!clipboard.isPending());
    }
};

QTEST_MAIN(TestSecureClipboard)
#include "tst_secureclipboard.moc"
