// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/CrisisText.h"

namespace kap {

QString CrisisText::notAlone()
{
    return tr("You are not alone, and help is available right now.");
}

QString CrisisText::northAmerica()
{
    return tr("In the US and Canada: call or text 988 (Suicide & Crisis Lifeline), any time, day or night.");
}

QString CrisisText::elsewhere()
{
    return tr("Elsewhere: call your local emergency number, or go to the nearest emergency department. "
              "findahelpline.com lists free, confidential helplines in many countries.");
}

QString CrisisText::tellSomeone()
{
    return tr("You can also tell your therapist, your treatment team or someone you trust how you are feeling.");
}

QString CrisisText::notMonitored()
{
    return tr("This journal is not monitored by anyone. Nobody will see what you write here unless you share it.");
}

QString CrisisText::forTerminal()
{
    const QString intro = tr("You answered that you have had thoughts that you would be better off dead or of "
                             "hurting yourself. If you are in danger or might act on these thoughts, get help now:");
    return intro + QStringLiteral("\n  - ") + northAmerica() + QStringLiteral("\n  - ") + elsewhere()
        + QStringLiteral("\n  - ") + tellSomeone() + QLatin1Char('\n') + notMonitored();
}

} // namespace kap
