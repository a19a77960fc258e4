// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "tests/qml/TestApplication.h"

#include <functional>

class QQmlEngine;

// The main() of the QuickTest runners (tst_qml_shell, tst_qml_journal, tst_qml_trends): the shared
// set-up of TestApplication.h (temporary HOME, QApplication, translations, Material style; by
// default the journal controller with the fast KDF profile) and the qrc import path for the static
// QML modules. The runner itself imports the QML plugins it links (Q_IMPORT_QML_PLUGIN) and names
// its QML folder.

namespace uitest {

/// Called for every engine QuickTest makes (one per QML test file), after the qrc import path is
/// added: for example to register a fixture singleton.
using EngineSetup = std::function<void(QQmlEngine& engine)>;

int runQuickTests(int argc, char* argv[], const char* name, const char* qmlSourceDir,
    const TestAppOptions& options = { .fastJournalController = true }, const EngineSetup& engineSetup = {});

} // namespace uitest
