// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/qml/TestApplication.h"

#include "app/shell/JournalController.h"
#include "platform/Translations.h"
#include "tests/qml/TestEnvironment.h"

#include <QApplication>
#include <QQuickStyle>

namespace uitest {

TestApplication::TestApplication(int& argc, char** argv, const char* applicationName, const TestAppOptions& options)
{
    useTemporaryHome(m_home.path());
    m_app = std::make_unique<QApplication>(argc, argv);
    kap::installTranslations(*m_app);
    QApplication::setOrganizationName(QStringLiteral("KapJournalTest"));
    QApplication::setApplicationName(QString::fromUtf8(applicationName));
    QQuickStyle::setStyle(QStringLiteral("Material"));
    if (options.fastJournalController) {
        kap::JournalController* controller = kap::JournalController::instance();
        controller->setKdfParams(kap::KdfParams::fastForTests());
        controller->setRememberLastJournal(false);
    }
}

TestApplication::~TestApplication() = default;

} // namespace uitest
