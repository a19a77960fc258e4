// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportData.h"
#include "storage/Result.h"

namespace kap {

class Journal;

/// Gathers what a report shows from the journal: records in options.range, the chosen notes
/// (refusing ids that do not exist or are in the trash), and the questionnaire baselines.
///
/// Baseline, response and remission per questionnaire: TreatmentCourse's rule (the same as the
/// Trends page, the questionnaire dialog and the CLI), for the course of the range's last day and
/// counting every score of that course up to then, so a baseline before the range is cited.
class ReportCollector
{
public:
    static Result<ReportData> collect(Journal& journal, const ReportOptions& options);
};

} // namespace kap
