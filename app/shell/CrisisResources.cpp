// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/CrisisResources.h"

#include "text/CrisisText.h"

namespace kap {

QString CrisisResources::notAlone()
{
    return CrisisText::notAlone();
}

QString CrisisResources::northAmerica()
{
    return CrisisText::northAmerica();
}

QString CrisisResources::elsewhere()
{
    return CrisisText::elsewhere();
}

QString CrisisResources::tellSomeone()
{
    return CrisisText::tellSomeone();
}

QString CrisisResources::notMonitored()
{
    return CrisisText::notMonitored();
}

} // namespace kap
