// QuickTest runner for the journal area's QML (tests/qml/journal/tst_journal_*.qml). Its own main() creates a
// QApplication (Qt Charts needs one), registers the static KapJournal.App module (the journal QML files are imported
// from the source folder, so this runner does not need the whole KapJournal module), points HOME at a temporary folder
// and gives the journal controller the fast KDF profile.

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
    return quick_test_main_with_setup(argc, argv, "tst_qml_journal", QUICK_TEST_SOURCE_DIR, &setup);
}

#include "tst_qml_journal.moc"
