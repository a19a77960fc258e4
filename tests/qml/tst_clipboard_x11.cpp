// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The clipboard guard on a real X11 server (SECURITY.md 13 and 20), where there are two
// clipboards (CLIPBOARD and the PRIMARY selection that selecting text takes) and other programs
// that read them. ctest runs this under xvfb-run with QT_QPA_PLATFORM=xcb; the "other program"
// is this same executable started again with --print or --own (see main()), reading or taking
// the clipboard as a clipboard manager or a browser would.
//
// The fields are the real ones of the KapJournal module (JournalTextArea, JournalTextField,
// PassphraseField), driven with real mouse and key events.

#include "app/shell/SecureClipboard.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QMimeData>
#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickView>
#include <QSignalSpy>
#include <QSocketNotifier>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <memory>

#include <unistd.h>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

using kap::SecureClipboard;

namespace {

const QString Hint = QStringLiteral("x-kde-passwordManagerHint");
constexpr int ClearAfterMs = 3000;

/// What another program sees on one clipboard.
struct Seen
{
    QStringList formats;
    QString text;
};

QClipboard::Mode modeNamed(const char* name)
{
    return std::strcmp(name, "selection") == 0 ? QClipboard::Selection : QClipboard::Clipboard;
}

/// The other program: prints the formats (one line, comma-separated) and the text of a clipboard.
int printClipboard(int argc, char** argv, const char* modeName)
{
    QGuiApplication app(argc, argv);
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData(modeNamed(modeName));
    const QStringList formats = mime ? mime->formats() : QStringList();
    const QString text = mime ? mime->text() : QString();
    std::printf("%s\n%s", qPrintable(formats.join(QLatin1Char(','))), text.toUtf8().constData());
    return 0;
}

/// The other program: takes CLIPBOARD with `text` and serves it until its standard input closes.
int ownClipboard(int argc, char** argv, const char* text)
{
    QGuiApplication app(argc, argv);
    QGuiApplication::clipboard()->setText(QString::fromUtf8(text), QClipboard::Clipboard);
    std::printf("owned\n");
    std::fflush(stdout);
    // Serves the clipboard from the event loop until the test closes our standard input.
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, []() {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            QGuiApplication::quit();
        }
    });
    return QGuiApplication::exec();
}

} // namespace

class TestClipboardX11 : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QQuickView> m_view;
    std::unique_ptr<SecureClipboard> m_guard;
    QQuickItem* m_root = nullptr;

    QQuickItem* item(const char* name) const { return m_root->findChild<QQuickItem*>(QString::fromLatin1(name)); }

    /// Reads a clipboard from another process while this one keeps serving it (X11 hands the
    /// content over through the owner's event loop, which QSignalSpy::wait keeps turning).
    Seen seenByAnotherProgram(QClipboard::Mode mode) const
    {
        QProcess other;
        other.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--print"),
                mode == QClipboard::Selection ? QStringLiteral("selection") : QStringLiteral("clipboard") });
        QSignalSpy finished(&other, &QProcess::finished);
        if (!finished.wait(20000)) {
            qWarning("the reading process did not finish");
            return {};
        }
        const QString output = QString::fromUtf8(other.readAllStandardOutput());
        const qsizetype newline = output.indexOf(QLatin1Char('\n'));
        Seen seen;
        seen.formats = output.left(newline).split(QLatin1Char(','), Qt::SkipEmptyParts);
        seen.text = output.mid(newline + 1);
        return seen;
    }

    /// Selects text in `field` by dragging the mouse across its first line, as a person does.
    void dragAcross(QQuickItem* field)
    {
        const qreal firstLine = field->property("topPadding").toReal() + 6;
        const QPointF from = field->mapToScene(QPointF(field->property("leftPadding").toReal() + 2, firstLine));
        const QPointF to = field->mapToScene(QPointF(field->width() * 0.6, firstLine));
        QTest::mousePress(m_view.get(), Qt::LeftButton, {}, from.toPoint());
        for (int step = 1; step <= 5; ++step) {
            QTest::mouseMove(m_view.get(), (from + (to - from) * step / 5).toPoint());
        }
        QTest::mouseRelease(m_view.get(), Qt::LeftButton, {}, to.toPoint());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(
            QGuiApplication::platformName() == QLatin1String("xcb"), "run under xvfb-run with QT_QPA_PLATFORM=xcb");
        QVERIFY(QGuiApplication::clipboard()->supportsSelection());
        m_view = std::make_unique<QQuickView>();
        m_view->engine()->addImportPath(QStringLiteral("qrc:/qt/qml"));
        m_view->setResizeMode(QQuickView::SizeRootObjectToView);
        QQmlComponent component(m_view->engine());
        component.setData(R"(
            import QtQuick
            import KapJournal
            Column {
                width: 640; height: 400; spacing: 12
                JournalTextArea { objectName: "note"; width: 600; height: 120; text: "Rainy, low energy after the session" }
                JournalTextField { objectName: "title"; width: 600; text: "Tuesday integration" }
                PassphraseField { objectName: "passphrase"; width: 600; revealed: true; text: "amber lantern slowly crosses nine bridges" }
            }
        )",
            QUrl(QStringLiteral("qrc:/clipboard-test/Probe.qml")));
        QVERIFY2(component.isReady(), qPrintable(component.errorString()));
        m_root = qobject_cast<QQuickItem*>(component.create());
        QVERIFY(m_root);
        m_root->setParent(m_view.get());
        m_root->setParentItem(m_view->contentItem());
        m_view->resize(640, 400);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        // The guard asks the focused window which field has the focus, as on a desktop.
        m_view->requestActivate();
        QVERIFY(QTest::qWaitForWindowActive(m_view.get()));
        m_guard = std::make_unique<SecureClipboard>();
        m_guard->setClearAfterMs(ClearAfterMs);
    }

    void cleanupTestCase()
    {
        m_guard.reset();
        m_view.reset();
    }

    void init()
    {
        m_guard->clearIfOurs();
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        QGuiApplication::clipboard()->clear(QClipboard::Selection);
    }

    // Selecting journal text with the mouse puts it on PRIMARY: marked for clipboard managers,
    // and gone after the configured time.
    void selectionFromJournalTextIsMarkedAndCleared()
    {
        QQuickItem* note = item("note");
        QVERIFY(note);
        QSignalSpy expired(m_guard.get(), &SecureClipboard::expired);
        dragAcross(note);
        const QString selected = note->property("selectedText").toString();
        QVERIFY2(!selected.isEmpty(), "the drag selected nothing");
        QVERIFY(m_guard->isPending());

        const Seen seen = seenByAnotherProgram(QClipboard::Selection);
        QCOMPARE(seen.text, selected);
        QVERIFY2(seen.formats.contains(Hint), qPrintable(seen.formats.join(QLatin1Char(','))));

        QVERIFY(expired.wait(ClearAfterMs + 10000));
        QCOMPARE(expired.first().first().toBool(), true);
        QCOMPARE(seenByAnotherProgram(QClipboard::Selection).text, QString());
    }

    // Ctrl+C and Ctrl+X in a journal field: marked, then cleared; on lock (clearIfOurs) at once.
    void copyAndCutFromJournalTextAreMarkedAndCleared()
    {
        QQuickItem* title = item("title");
        QVERIFY(title);
        title->forceActiveFocus();
        QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_view.get(), Qt::Key_C, Qt::ControlModifier);
        Seen seen = seenByAnotherProgram(QClipboard::Clipboard);
        QCOMPARE(seen.text, QStringLiteral("Tuesday integration"));
        QVERIFY(seen.formats.contains(Hint));
        QVERIFY(m_guard->isPending());

        QVERIFY(m_guard->clearIfOurs()); // what a lock does
        QCOMPARE(seenByAnotherProgram(QClipboard::Clipboard).text, QString());
        QVERIFY(!m_guard->isPending());

        QQuickItem* note = item("note");
        note->forceActiveFocus();
        QTest::keyClick(m_view.get(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(m_view.get(), Qt::Key_X, Qt::ControlModifier);
        QCOMPARE(note->property("text").toString(), QString());
        seen = seenByAnotherProgram(QClipboard::Clipboard);
        QCOMPARE(seen.text, QStringLiteral("Rainy, low energy after the session"));
        QVERIFY(seen.formats.contains(Hint));
        QSignalSpy expired(m_guard.get(), &SecureClipboard::expired);
        QVERIFY(expired.wait(ClearAfterMs + 10000));
        QCOMPARE(seenByAnotherProgram(QClipboard::Clipboard).text, QString());
        note->setProperty("text", QStringLiteral("Rainy, low energy after the session"));
    }

    // A passphrase shown in clear: selecting it never gives it to another program.
    void revealedPassphraseNeverReachesPrimary()
    {
        QQuickItem* passphrase = item("passphrase");
        QVERIFY(passphrase);
        QCOMPARE(passphrase->property("echoMode").toInt(), 0); // TextInput.Normal: shown
        dragAcross(passphrase);
        const QString selected = passphrase->property("selectedText").toString();
        QVERIFY2(!selected.isEmpty(), "the drag selected nothing");
        const Seen seen = seenByAnotherProgram(QClipboard::Selection);
        QVERIFY2(!seen.text.contains(selected), qPrintable(seen.text));
        QVERIFY(seen.text.isEmpty());
        QVERIFY(!QGuiApplication::clipboard()->ownsSelection());
    }

    // Something the person copied in another program since is never cleared.
    void someoneElsesTextIsLeftAlone()
    {
        QSignalSpy expired(m_guard.get(), &SecureClipboard::expired);
        m_guard->copy(QStringLiteral("/home/someone/journal.kapj"));
        QProcess browser;
        browser.start(QCoreApplication::applicationFilePath(),
            { QStringLiteral("--own"), QStringLiteral("copied from the browser") });
        QVERIFY(browser.waitForReadyRead(20000));
        QCOMPARE(browser.readLine().trimmed(), QByteArrayLiteral("owned"));
        QTRY_VERIFY_WITH_TIMEOUT(!QGuiApplication::clipboard()->ownsClipboard(), 10000);
        QVERIFY(!m_guard->isPending()); // no longer ours: nothing to clear
        QVERIFY(!m_guard->clearIfOurs());
        QCOMPARE(QGuiApplication::clipboard()->text(QClipboard::Clipboard), QStringLiteral("copied from the browser"));
        browser.closeWriteChannel();
        QVERIFY(browser.waitForFinished(20000));
        QCOMPARE(expired.count(), 0);
    }
};

int main(int argc, char** argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--print") == 0) {
        return printClipboard(argc, argv, argv[2]);
    }
    if (argc >= 3 && std::strcmp(argv[1], "--own") == 0) {
        return ownClipboard(argc, argv, argv[2]);
    }
    QGuiApplication app(argc, argv);
    TestClipboardX11 test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_clipboard_x11.moc"
