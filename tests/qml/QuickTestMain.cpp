// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/qml/QuickTestMain.h"

#include <QQmlEngine>
#include <QtQuickTest>

namespace uitest {

namespace {

// QuickTest calls this slot by name once it has made the engine.
class Setup : public QObject
{
    Q_OBJECT

public:
    explicit Setup(const EngineSetup& engineSetup) : m_engineSetup(engineSetup) { }

public Q_SLOTS:
    void qmlEngineAvailable(QQmlEngine* engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/qt/qml"));
        watchQmlWarnings(*engine);
        if (m_engineSetup) {
            m_engineSetup(*engine);
        }
    }

private:
    const EngineSetup& m_engineSetup;
};

} // namespace

int runQuickTests(int argc, char* argv[], const char* name, const char* qmlSourceDir, const TestAppOptions& options,
    const EngineSetup& engineSetup)
{
    TestApplication app(argc, argv, "kapjournal-quicktest", options);
    Setup setup(engineSetup);
    return failOnQmlWarnings(quick_test_main_with_setup(argc, argv, name, qmlSourceDir, &setup));
}

} // namespace uitest

#include "QuickTestMain.moc"
