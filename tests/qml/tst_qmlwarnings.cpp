// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// The QML-warning watch of the UI tests (QmlWarnings.h) must be able to fail: this program runs
// itself as a child UI test that loads a component: with a binding that throws at run time, with
// a call that makes Qt Quick warn from C++, and clean. The first two children must fail (test
// function and exit code) and name the warning; the clean one must pass.

#include "tests/qml/TestApplication.h"

#include <QProcess>
#include <QQmlComponent>
#include <QQmlEngine>
#include <QTest>

#include <cstring>
#include <memory>

namespace {

const char* s_childQml = nullptr;

const char BrokenQml[] = "import QtQuick\nItem { property int size: missingObject.width }\n";
// Qt Quick's C++ warns through qWarning, not through the engine: the whole-run message handler.
const char QuickQml[] = "import QtQuick\nimport QtQuick.Layouts\nGridLayout {\n"
                        "  Item { Layout.row: 0; Layout.column: 0 }\n  Item { Layout.row: 0; Layout.column: 0 }\n"
                        "  Component.onCompleted: implicitWidth }\n";
const char CleanQml[] = "import QtQuick\nItem { id: item; property int size: item.width }\n";

struct ChildRun
{
    int exitCode = -1;
    QString output;
};

ChildRun runChild(const char* which)
{
    QProcess child;
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--child"), QString::fromLatin1(which) });
    if (!child.waitForFinished(120000)) {
        return {};
    }
    return { child.exitStatus() == QProcess::NormalExit ? child.exitCode() : -1, QString::fromUtf8(child.readAll()) };
}

} // namespace

/// The child: one test function that loads s_childQml in a watched engine.
class ChildTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadComponent()
    {
        QQmlEngine engine;
        uitest::watchQmlWarnings(engine);
        QQmlComponent component(&engine);
        component.setData(QByteArray(s_childQml), QUrl(QStringLiteral("qrc:/qml-warnings-test/Probe.qml")));
        std::unique_ptr<QObject> object(component.create());
        QVERIFY2(object, qPrintable(component.errorString()));
    }
};

class TestQmlWarnings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aWarningFailsTheTestAndTheProgram()
    {
        const ChildRun run = runChild("broken");
        QVERIFY2(run.exitCode > 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("FAIL!  : ChildTest::loadComponent() Unexpected QML warning")),
            qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("missingObject is not defined")), qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("unexpected QML warning(s)")), qPrintable(run.output));
    }

    void aQtQuickWarningFailsToo()
    {
        const ChildRun run = runChild("quick");
        QVERIFY2(run.exitCode > 0, qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("FAIL!  : ChildTest::loadComponent() Unexpected QML warning")),
            qPrintable(run.output));
        QVERIFY2(run.output.contains(QStringLiteral("already taken")), qPrintable(run.output));
    }

    void noWarningPasses()
    {
        const ChildRun run = runChild("clean");
        QVERIFY2(run.exitCode == 0, qPrintable(run.output));
    }
};

int main(int argc, char** argv)
{
    if (argc >= 3 && std::strcmp(argv[1], "--child") == 0) {
        s_childQml = std::strcmp(argv[2], "broken") == 0 ? BrokenQml
            : std::strcmp(argv[2], "quick") == 0         ? QuickQml
                                                         : CleanQml;
        int childArgc = 1;
        return uitest::runWidgetTest<ChildTest>(childArgc, argv, "kapjournal-qmlwarnings-child");
    }
    return uitest::runWidgetTest<TestQmlWarnings>(argc, argv, "kapjournal-qmlwarnings");
}

#include "tst_qmlwarnings.moc"
