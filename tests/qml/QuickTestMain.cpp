#include "QuickTestMain.h"

#include "JournalController.h"
#include "TestEnvironment.h"
#include "Translations.h"

#include <QApplication>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

namespace uitest {

namespace {

// QuickTest calls this slot by name once it has made the engine.
class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

} // namespace

int runQuickTests(int argc, char* argv[], const char* name, const char* qmlSourceDir)
{
    QTemporaryDir home;
    useTemporaryHome(home.path());
    QApplication app(argc, argv);
    kap::installTranslations(app);
    QApplication::setOrganizationName(QStringLiteral("KapJournalTest"));
    QApplication::setApplicationName(QStringLiteral("kapjournal-quicktest"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    kap::JournalController* controller = kap::JournalController::instance();
    controller->setKdfParams(kap::KdfParams::fastForTests());
    controller->setRememberLastJournal(false);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, name, qmlSourceDir, &setup);
}

} // namespace uitest

#include "QuickTestMain.moc"
