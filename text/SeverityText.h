// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Questionnaire.h"

#include <QCoreApplication>
#include <QString>

namespace kap {

/// The one translated label table for a PHQ-9 / GAD-7 severity band (storage's
/// questionnaire::Severity and its keys): the timeline, the questionnaire form, Trends, the report,
/// its charts and the CLI all show these words. Three forms because the same band stands alone,
/// sits inside a sentence, or must fit a chart's narrow band.
class SeverityText
{
    Q_DECLARE_TR_FUNCTIONS(SeverityText)

public:
    /// "Minimal" ... "Moderately severe", "Severe": a band on its own (a badge, a form's result).
    static QString label(questionnaire::Severity severity);
    /// "minimal" ... "moderately severe", "severe": a band after a score ("12 moderate").
    static QString inSentence(questionnaire::Severity severity);
    /// As inSentence(), with "mod. severe" so the label fits inside a chart's band.
    static QString chartLabel(questionnaire::Severity severity);
};

} // namespace kap
