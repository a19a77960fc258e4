// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "text/CourseText.h"

namespace kap::course {

namespace {

struct Days
{
    const QLocale& locale;
    const QString& format;

    QString operator()(QDate d) const
    {
        return format.isEmpty() ? locale.toString(d, QLocale::ShortFormat) : locale.toString(d, format);
    }
    QString operator()(const Period& p) const
    {
        return p.first == p.last ? (*this)(p.first) : CourseText::tr("%1 – %2").arg((*this)(p.first), (*this)(p.last));
    }
};

QString change(const Outcome& outcome)
{
    if (!outcome.changePercent || *outcome.changePercent == 0) {
        return outcome.change && *outcome.change == 0 ? CourseText::tr("the same as the baseline")
                                                      : CourseText::tr("changed from the baseline");
    }
    return *outcome.changePercent < 0 ? CourseText::tr("%1 % lower than the baseline").arg(-*outcome.changePercent)
                                      : CourseText::tr("%1 % higher than the baseline").arg(*outcome.changePercent);
}

} // namespace

QString CourseText::baselineRule()
{
    return tr("The baseline is the latest score in the %n days before the course's first session; "
              "without one, the first score after it.",
        nullptr, BaselineLeadDays);
}

QString CourseText::outcomeRule()
{
    return tr("Response: %1 % lower than the baseline or more; remission: below %2. Both are counted only "
              "from a baseline of %3 or more.")
        .arg(50)
        .arg(questionnaire::RemissionBelow)
        .arg(questionnaire::CountedBaselineMinimum);
}

QString CourseText::baseline(const Baseline& baseline, const QLocale& locale, const QString& dateFormat)
{
    const Days day { locale, dateFormat };
    const QString text = tr("baseline %1 on %2").arg(baseline.total).arg(day(baseline.response.at.date()));
    return baseline.afterTreatmentBegan ? tr("%1, taken after treatment began").arg(text) : text;
}

QString CourseText::status(const Outcome& outcome, const QLocale& locale, const QString& dateFormat)
{
    const Days day { locale, dateFormat };
    if (!outcome.baseline) {
        return tr("no baseline yet");
    }
    if (!outcome.latestTotal) {
        return tr("no score since the baseline");
    }
    if (!outcome.counted) {
        return tr("%1 (baseline below %2: response and remission are not counted)")
            .arg(change(outcome))
            .arg(questionnaire::CountedBaselineMinimum);
    }
    if (outcome.inRemissionNow) {
        return tr("in remission since %1").arg(day(outcome.remissions.last().first));
    }
    if (outcome.inResponseNow) {
        QString text = tr("in response since %1").arg(day(outcome.responses.last().first));
        if (!outcome.remissions.isEmpty()) {
            text = tr("%1; remission %2, not now").arg(text, day(outcome.remissions.last()));
        }
        return text;
    }
    if (!outcome.remissions.isEmpty()) {
        return tr("remission %1, not now; %2").arg(day(outcome.remissions.last()), change(outcome));
    }
    if (!outcome.responses.isEmpty()) {
        return tr("response %1, not now; %2").arg(day(outcome.responses.last()), change(outcome));
    }
    return tr("no response yet; %1").arg(change(outcome));
}

} // namespace kap::course
