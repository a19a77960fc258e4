// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// QuickTest runner for the app frame's QML (tests/qml/shell/tst_*.qml), with the static KapJournal
// QML modules (see QuickTestMain.h for what main() sets up).

#include "tests/qml/QuickTestMain.h"

#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)
Q_IMPORT_QML_PLUGIN(KapJournalPlugin)

int main(int argc, char* argv[])
{
    return uitest::runQuickTests(argc, argv, "tst_qml_shell", QUICK_TEST_SOURCE_DIR);
}
