#pragma once

#include "Entities.h"

#include <QDate>
#include <QList>

namespace kap {

/// Proposes treatment phases from session dates, for "Suggest from sessions" on the Phases page.
/// An induction starts where at least 3 sessions fall within 21 days (first to third inclusive)
/// and runs while the next session follows within `InductionGapDays` of the previous one; a
/// maintenance phase follows each induction when at least one session comes after it, and runs
/// until the day before the next induction (open-ended after the last). Sessions that never form
/// an induction get no phase. Pure function: no storage, unit-tested.
class PhaseSuggester
{
public:
    static constexpr int InductionSessions = 3;
    static constexpr int InductionWindowDays = 21;
    /// Induction series run 2-3 sessions a week, then weekly (DOMAIN.md): a longer gap ends it.
    static constexpr int InductionGapDays = 10;

    /// Phases for these session days (any order, duplicates fine), oldest first, ids 0.
    static QList<Phase> suggest(QList<QDate> sessionDays);
    /// The suggestions that do not overlap any of `existing`.
    static QList<Phase> withoutOverlaps(const QList<Phase>& suggestions, const QList<Phase>& existing);
    static bool overlaps(const Phase& a, const Phase& b);
};

} // namespace kap
