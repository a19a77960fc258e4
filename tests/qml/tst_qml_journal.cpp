// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// QuickTest runner for the journal area's QML (tests/qml/journal/tst_journal_*.qml). It registers
// only the static KapJournal.App module: the journal QML files are imported from the source folder,
// so this runner does not need the whole KapJournal module (see QuickTestMain.h for main()).

#include "tests/qml/QuickTestMain.h"

#include <QQmlExtensionPlugin>

Q_IMPORT_QML_PLUGIN(KapJournal_AppPlugin)

int main(int argc, char* argv[])
{
    return uitest::runQuickTests(argc, argv, "tst_qml_journal", QUICK_TEST_SOURCE_DIR);
}
