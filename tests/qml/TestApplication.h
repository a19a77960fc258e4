// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tests/qml/QmlWarnings.h"

#include <QTemporaryDir>
#include <QTest>

#include <memory>

class QApplication;

// The process set-up every UI test program shares: HOME and the XDG folders in a temporary folder
// (useTemporaryHome in TestEnvironment.h), a QApplication (Qt Charts needs one), our translations,
// the organization and application names, the Material style and, on request, the journal
// controller with the fast KDF profile. The widget-based QtTest programs get it through
// runWidgetTest below, the QuickTest runners through runQuickTests (QuickTestMain.h).

namespace uitest {

/// What differs between the UI test programs' set-up.
struct TestAppOptions
{
    /// Give the kap::JournalController singleton the fast KDF profile and stop it remembering the
    /// last journal (for tests that create or unlock journals through the singleton).
    bool fastJournalController = false;
};

/// Owns the temporary HOME and the QApplication: construct it first in main(), before any other Qt
/// object; the QApplication goes before the temporary HOME is removed.
class TestApplication
{
public:
    /// `applicationName` names the settings file under the temporary HOME.
    TestApplication(int& argc, char** argv, const char* applicationName, const TestAppOptions& options = {});
    ~TestApplication();
    TestApplication(const TestApplication&) = delete;
    TestApplication& operator=(const TestApplication&) = delete;

private:
    QTemporaryDir m_home;
    std::unique_ptr<QApplication> m_app;
};

/// The whole main() of a widget-based UI test: the set-up above, then QTest::qExec of a TestClass.
template <typename TestClass>
int runWidgetTest(int argc, char* argv[], const char* applicationName, const TestAppOptions& options = {})
{
    TestApplication app(argc, argv, applicationName, options);
    TestClass test;
    return failOnQmlWarnings(QTest::qExec(&test, argc, argv));
}

} // namespace uitest
