// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/SeverityText.h"

namespace kap {

using questionnaire::Severity;

QString SeverityText::label(Severity severity)
{
    switch (severity) {
    case Severity::Minimal:
        return tr("Minimal");
    case Severity::Mild:
        return tr("Mild");
    case Severity::Moderate:
        return tr("Moderate");
    case Severity::ModeratelySevere:
        return tr("Moderately severe");
    case Severity::Severe:
        return tr("Severe");
    }
    return {};
}

QString SeverityText::inSentence(Severity severity)
{
    switch (severity) {
    case Severity::Minimal:
        return tr("minimal");
    case Severity::Mild:
        return tr("mild");
    case Severity::Moderate:
        return tr("moderate");
    case Severity::ModeratelySevere:
        return tr("moderately severe");
    case Severity::Severe:
        return tr("severe");
    }
    return {};
}

QString SeverityText::chartLabel(Severity severity)
{
    if (severity == Severity::ModeratelySevere) {
        return tr("mod. severe");
    }
    return inSentence(severity);
}

} // namespace kap
