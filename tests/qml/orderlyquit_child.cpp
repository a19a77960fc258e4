// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Helper for tst_orderlyquit: the real Main.qml and journal controller, wired for quitting as
// gui/main.cpp wires them (kap::QuitSignals), with a note being typed that is not saved yet.
//
//   orderlyquit_child <journal.kapj> <passphrase> <note text>
//
// Creates the journal (fast KDF), opens a new note (Ctrl+N), makes the note's autosave wait an
// hour, types the text with real key events and prints "typing" on stdout. Then it runs the event
// loop until a signal quits it. Exit code 0 after an orderly quit; 3 when the set-up failed.

#include "app/journal/NoteForm.h"
#include "app/shell/JournalController.h"
#include "app/shell/QuitSignals.h"
#include "platform/Translations.h"
#include "tests/qml/UiDriver.h"

#include <QApplication>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTest>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

namespace {

int fail(const char* what)
{
    std::fprintf(stderr, "orderlyquit_child: %s\n", what);
    return 3;
}

} // namespace

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KapJournalTest"));
    QApplication::setApplicationName(QStringLiteral("orderlyquit_child"));
    kap::installTranslations(app);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        return fail("usage: orderlyquit_child <journal> <passphrase> <text>");
    }
    kap::QuitSignals quitSignals;
    if (!quitSignals.isActive()) {
        return fail("no signal pipe");
    }

    kap::JournalController* controller = kap::JournalController::instance();
    controller->setKdfParams(kap::KdfParams::fastForTests());
    controller->setRememberLastJournal(false);

    QQmlApplicationEngine engine;
    QQuickWindow* window = uitest::loadMainWindow(engine);
    if (!window) {
        return fail("Main.qml did not load or show");
    }
    UiDriver ui(window);

    controller->createJournal(args.at(1), args.at(2), args.at(2));
    if (!QTest::qWaitFor([controller]() { return controller->isUnlocked(); }, 20000)) {
        return fail("the journal did not open");
    }
    ui.settle(300);
    ui.key(Qt::Key_N, Qt::ControlModifier);
    if (!QTest::qWaitFor([&ui]() { return ui.isShown(QStringLiteral("noteEditor")); }, 5000)) {
        return fail("no note editor");
    }
    auto* form = engine.rootObjects().constFirst()->findChild<kap::NoteForm*>();
    if (!form) {
        return fail("no NoteForm");
    }
    form->setSaveDelay(3600 * 1000); // only the quit can save it
    ui.settle(300);
    if (!ui.type(QStringLiteral("noteBody"), args.at(3)) || !form->body().contains(args.at(3))) {
        return fail("typing failed");
    }
    std::printf("typing\n");
    std::fflush(stdout);
    return QApplication::exec();
}
