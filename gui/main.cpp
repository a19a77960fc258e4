// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The GUI entry point: hardening, application identity, translations, the command line (an
// optional journal file, as a file manager passes it), one window per journal, then the QML UI
// with its remembered window geometry. Everything else lives in the libraries so tests can reach it.
//
// Quitting, whatever starts it (the window closed, SIGTERM/SIGHUP/SIGINT through QuitSignals), ends
// the event loop and emits aboutToQuit, whose slots run in the order they were connected:
// JournalController's (connected when instance() first builds it, below) locks: aboutToLock lets
// every editor save its text and drafts, the journal closes, the demo folder goes. Then
// WindowGeometry saves the window's size (connected last).

#include "app/export/AutomaticBackup.h"
#include "app/shell/DemoFolder.h"
#include "app/shell/DesktopLockWatcher.h"
#include "app/shell/JournalController.h"
#include "app/shell/QuitSignals.h"
#include "app/shell/SingleInstance.h"
#include "app/shell/WindowGeometry.h"
#include "platform/ProcessHardening.h"
#include "platform/Translations.h"
#include "platform/Utf8Locale.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QScreen>
#include <QUrl>

#include <cstdio>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

namespace {

bool hasDisplay()
{
    const QByteArray platform = qgetenv("QT_QPA_PLATFORM");
    if (!platform.isEmpty()) {
        return true; // the caller chose a platform (offscreen, xcb, wayland...)
    }
    return !qgetenv("DISPLAY").isEmpty() || !qgetenv("WAYLAND_DISPLAY").isEmpty();
}

/// The journal named on the command line: a path, or a file:// URL from some file managers.
QString journalArgument(const QCommandLineParser& parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        return {};
    }
    const QString argument = positional.first();
    const QUrl url(argument);
    const QString path = url.isLocalFile() ? url.toLocalFile() : argument;
    return QFileInfo(path).absoluteFilePath();
}

QList<QRect> availableScreenAreas()
{
    QList<QRect> areas;
    if (QScreen* primary = QGuiApplication::primaryScreen()) {
        areas.append(primary->availableGeometry()); // first: where a lost window is centred
    }
    for (QScreen* screen : QGuiApplication::screens()) {
        if (screen != QGuiApplication::primaryScreen()) {
            areas.append(screen->availableGeometry());
        }
    }
    return areas;
}

void raise(QWindow* window)
{
    if (window->windowStates() & Qt::WindowMinimized) {
        window->setWindowStates(window->windowStates() & ~Qt::WindowMinimized);
    }
    window->show();
    window->raise();
    window->requestActivate();
}

} // namespace

int main(int argc, char* argv[])
{
    kap::applyProcessHardening();
    kap::preferUtf8Locale();

    if (!hasDisplay()) {
        std::fprintf(stderr,
            "KAP Journal needs a graphical desktop, and none was found (DISPLAY and WAYLAND_DISPLAY are "
            "unset).\nRun it from a desktop session, or on a headless machine try:\n"
            "  xvfb-run -a %s\nThe command-line tool works without a display: kapjournal-cli --help\n",
            argv[0]);
        return 2;
    }

    // Qt Charts' ChartView is built on Graphics View, which needs a QApplication.
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("KapJournal"));
    QApplication::setOrganizationDomain(QStringLiteral("kapjournal.example"));
    QApplication::setApplicationName(QStringLiteral("kapjournal"));
    QApplication::setApplicationDisplayName(QStringLiteral("KAP Journal"));
    QApplication::setApplicationVersion(QStringLiteral(KAP_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("org.kapjournal.KapJournal"));
    kap::installTranslations(app);
    // From here on SIGTERM, SIGHUP and SIGINT quit through the event loop (save, lock, clean up).
    kap::QuitSignals quitSignals;

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Encrypted journal for ketamine treatment"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demoOption(QStringLiteral("demo"),
        QApplication::translate("main", "Open a demonstration journal with sample data (kept in a temporary folder)."));
    parser.addOption(demoOption);
    parser.addPositionalArgument(QStringLiteral("journal"),
        QApplication::translate("main", "The journal file (.kapj) to open."), QStringLiteral("[journal]"));
    parser.process(app);

    // Sample journals that a crashed or killed process left in XDG_RUNTIME_DIR (or, from older
    // versions, in the temporary folder).
    kap::DemoFolder::removeLeftovers();

    // The journal this process is for: the one named on the command line (opening a .kapj file
    // in a file manager), otherwise the last one used, otherwise the default location.
    kap::JournalController* controller = kap::JournalController::instance();
    const QString requested = journalArgument(parser);
    if (!requested.isEmpty()) {
        controller->selectJournal(requested);
    }
    const QString journal
        = controller->journalPath().isEmpty() ? controller->defaultJournalPath() : controller->journalPath();

    const bool demo = parser.isSet(demoOption);

    // One window per journal: if another process has this journal, bring its window forward.
    // A demo journal is new and private to this process, so a demo launch always gets a window.
    if (!demo && kap::SingleInstance::activateRunning(journal)) {
        return 0;
    }
    kap::SingleInstance instance;
    if (!demo) {
        instance.listen(journal);
    }
    QObject::connect(controller, &kap::JournalController::journalPathChanged, &instance, [controller, &instance]() {
        if (!controller->journalPath().isEmpty()) {
            instance.listen(controller->journalPath());
        }
    });

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    // Lock with the desktop: screen lock and suspend (logind, screen savers; off in Settings).
    kap::DesktopLockWatcher desktopLock;
    const auto lockForDesktop = [controller]() { controller->lock(kap::JournalController::LockReason::Desktop); };
    QObject::connect(&desktopLock, &kap::DesktopLockWatcher::lockRequested, controller, lockForDesktop);

    // Rolling backups next to the journal, once a day on unlock (issue 5; off with 0 in Settings).
    kap::AutomaticBackup::instance()->setActive(true);

    kap::WindowGeometry geometry;
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.setInitialProperties(geometry.initialProperties(availableScreenAreas()));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, []() { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KapJournal/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    if (demo) {
        controller->openDemo();
    }
    if (auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst())) {
        geometry.attach(window);
        QObject::connect(&instance, &kap::SingleInstance::activationRequested, window, [window]() { raise(window); });
        QObject::connect(&app, &QCoreApplication::aboutToQuit, &geometry, &kap::WindowGeometry::save);
    }
    return app.exec();
}
