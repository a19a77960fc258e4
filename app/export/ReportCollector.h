#pragma once

#include "ReportData.h"
#include "Result.h"

namespace kap {

class Journal;

/// Gathers what a report shows from the journal: records in options.range, the chosen notes
/// (refusing ids that do not exist or are in the trash), and the questionnaire baselines.
///
/// Baseline (DOMAIN.md: "the first score of the course"), per questionnaire, by the same rule as
/// the Trends page (trends::statistics::courseOpening and baselineOf): the course opens
/// BaselineLeadDays before the latest induction that has opened by the range's last day (so the
/// assessment done just before treatment counts), and its baseline is the first scored response
/// from then on. With no induction phase, the first scored response ever.
class ReportCollector
{
public:
    static Result<ReportData> collect(Journal& journal, const ReportOptions& options);
};

} // namespace kap
