// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace kap {

namespace {

bool install(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& folder)
{
    auto* translator = new QTranslator(&app);
    if (!translator->load(locale, name, QStringLiteral("_"), folder)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

} // namespace

void installTranslations(QCoreApplication& app)
{
    const QString ours = QStringLiteral(":/i18n");
    // Installed first, so searched last: the translators installed later win.
    install(app, QLocale(QLocale::English), QStringLiteral("kapjournal"), ours);
    install(app, QLocale(), QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (QLocale().language() != QLocale::English) {
        install(app, QLocale(), QStringLiteral("kapjournal"), ours);
    }
}

} // namespace kap
