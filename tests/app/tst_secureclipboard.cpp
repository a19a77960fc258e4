// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/SecureClipboard.h"

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

    // What a text field's Ctrl+C, Ctrl+X or context menu does: the guard marks it and takes it
    // back like its own copy(). (Text another program copied is left alone: tst_clipboard_x11,
    // where there are other programs.)
    void textCopiedFromAFieldIsMarkedAndCleared()
    {
        SecureClipboard clipboard;
        clipboard.setClearAfterMs(50);
        QSignalSpy expired(&clipboard, &SecureClipboard::expired);
        auto* fromField = new QMimeData;
        fromField->setText(QStringLiteral("felt the room go soft"));
        fromField->setHtml(QStringLiteral("<p>felt the room go soft</p>"));
        QGuiApplication::clipboard()->setMimeData(fromField);
        QVERIFY(clipboard.isPending());
        const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArrayLiteral("secret"));
        QCOMPARE(mime->text(), QStringLiteral("felt the room go soft"));
        QVERIFY(mime->hasHtml()); // the field's other formats stay
        QVERIFY(expired.wait(5000));
        QCOMPARE(expired.first().first().toBool(), true);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
        QVERIFY(!clipboard.isPending());
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
