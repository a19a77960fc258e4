#pragma once

#include "ReportData.h"
#include "Result.h"

namespace kap {

class Journal;

/// Gathers what a report shows from the journal: records in options.range, the chosen notes
/// (refusing ids that do not exist or are in the trash), and the questionnaire baselines.
///
/// Baseline (DOMAIN.md: "the first score of the course"), per questionnaire: the course is the
/// latest induction phase that started on or before the range's last day. Its baseline is the
/// latest response in the BaselineLeadDays before the course's first day (the assessment done
/// just before treatment starts), else the first response on or after that day. With no
/// induction phase, the first response ever.
class ReportCollector
{
public:
    static constexpr int BaselineLeadDays = 14;

    static Result<ReportData> collect(Journal& journal, const ReportOptions& options);
};

} // namespace kap
