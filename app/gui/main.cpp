// The GUI entry point: hardening, application identity, then the QML UI. Everything else lives
// in the libraries so tests can reach it.

#include "ProcessHardening.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>

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

} // namespace

int main(int argc, char* argv[])
{
    kap::applyProcessHardening();

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

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Encrypted journal for ketamine treatment"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE")) {
        QQuickStyle::setStyle(QStringLiteral("Material"));
    }

    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    QObject::connect(
        &engine, &QQmlApplicationEngine::objectCreationFailed, &app, []() { QCoreApplication::exit(1); },
        Qt::QueuedConnection);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KapJournal/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return 1;
    }
    return app.exec();
}
