// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

class QCoreApplication;

namespace kap {

/// Installs Qt's own translations (standard buttons, dialogs) and ours (":/i18n", built from
/// packaging/translations) for the system's UI languages. Our English plural forms ("1 word",
/// "4 words" for "%n word(s)") are always installed underneath as the fallback, so a language
/// without a translation still reads as proper English. Dates and numbers follow the system
/// locale on their own (QLocale() and QML's Qt.locale() default to it).
void installTranslations(QCoreApplication& app);

} // namespace kap
