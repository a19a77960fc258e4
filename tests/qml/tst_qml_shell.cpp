// QuickTest runner for the app frame's QML (tests/qml/shell/tst_*.qml). Its own main() creates a
// QApplication (Qt Charts needs one), registers the static KapJournal QML modules, points HOME at
// a temporary folder and gives the journal controller the fast KDF profile.

#include "JournalController.h"
#include "TestEnvironment.h"
#include "Translations.h"

#include <QApplication>
#include <QQmlEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QTemporaryDir>
#include <QtQuickTest>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine* engine) { engine->addImportPath(QStringLiteral("qrc:/qt/qml")); }
};

int main(int argc, char* argv[])
{
    QTemporaryDir home;
    uitest::useTemporaryHome(home.path());
    QApplication app(argc, argv);
    kap::installTranslations(app);
    QApplication::setOrganizationName(QStringLiteral("KapJournalTest"));
    QApplication::setApplicationName(QStringLiteral("kapjournal-quicktest"));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    kap::JournalController* controller = kap::JournalController::instance();
    controller->setKdfParams(kap::KdfParams::fastForTests());
    controller->setRememberLastJournal(false);
    Setup setup;
    return quick_test_main_with_setup(argc, argv, "tst_qml_shell", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml_shell.moc"
