#pragma once

// The main() of the QuickTest runners (tst_qml_shell, tst_qml_journal): a QApplication (Qt Charts
// needs one), our translations, HOME in a temporary folder, the Material style, the journal
// controller with the fast KDF profile, and the qrc import path for the static QML modules. The
// runner itself imports the QML plugins it links (Q_IMPORT_QML_PLUGIN) and names its QML folder.

namespace uitest {

int runQuickTests(int argc, char* argv[], const char* name, const char* qmlSourceDir);

} // namespace uitest
