// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/Utf8Locale.h"

#include <QByteArray>
#include <QtGlobal>

#include <clocale>
#include <langinfo.h>
#include <strings.h>

namespace kap {

namespace {

bool codesetIsUtf8()
{
    const char* codeset = nl_langinfo(CODESET);
    return codeset && (::strcasecmp(codeset, "UTF-8") == 0 || ::strcasecmp(codeset, "utf8") == 0);
}

} // namespace

void preferUtf8Locale()
{
    std::setlocale(LC_ALL, "");
    if (codesetIsUtf8() || qEnvironmentVariableIsSet("LC_ALL")) {
        return;
    }
    qputenv("LC_CTYPE", "C.UTF-8");
    std::setlocale(LC_ALL, "");
}

} // namespace kap
