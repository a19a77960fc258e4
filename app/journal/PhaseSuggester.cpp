// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/journal/PhaseSuggester.h"

#include <algorithm>

namespace kap {

QList<Phase> PhaseSuggester::suggest(QList<QDate> days)
{
    days.removeIf([](const QDate& day) { return !day.isValid(); });
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());

    struct Span
    {
        qsizetype first;
        qsizetype last;
    };
    QList<Span> inductions;
    const qsizetype n = days.size();
    for (qsizetype i = 0; i + InductionSessions - 1 < n;) {
        const bool dense = days.at(i).daysTo(days.at(i + InductionSessions - 1)) < InductionWindowDays;
        const bool afterBreak = inductions.isEmpty() || days.at(i - 1).daysTo(days.at(i)) >= NewInductionGapDays;
        if (!dense || !afterBreak) {
            ++i;
            continue;
        }
        qsizetype j = i + InductionSessions - 1;
        while (j + 1 < n) {
            const qint64 gap = days.at(j).daysTo(days.at(j + 1));
            const qsizetype sessions = j - i + 1;
            if (gap > InductionGapDays && (gap > WeeklyGapDays || sessions >= TypicalInductionSessions)) {
                break;
            }
            ++j;
        }
        inductions.append(Span { i, j });
        i = j + 1;
    }

    QList<Phase> phases;
    for (qsizetype k = 0; k < inductions.size(); ++k) {
        const Span span = inductions.at(k);
        Phase induction;
        induction.kind = PhaseKind::Induction;
        induction.start = days.at(span.first);
        induction.end = days.at(span.last);
        phases.append(induction);

        const qsizetype nextStart = k + 1 < inductions.size() ? inductions.at(k + 1).first : n;
        if (span.last + 1 < nextStart) {
            Phase maintenance;
            maintenance.kind = PhaseKind::Maintenance;
            maintenance.start = induction.end->addDays(1);
            if (k + 1 < inductions.size()) {
                maintenance.end = days.at(nextStart).addDays(-1);
            }
            phases.append(maintenance);
        }
    }
    return phases;
}

bool PhaseSuggester::overlaps(const Phase& a, const Phase& b)
{
    const bool aBeforeB = a.end && *a.end < b.start;
    const bool bBeforeA = b.end && *b.end < a.start;
    return !aBeforeB && !bBeforeA;
}

QList<Phase> PhaseSuggester::withoutOverlaps(const QList<Phase>& suggestions, const QList<Phase>& existing)
{
    QList<Phase> kept;
    for (const Phase& suggestion : suggestions) {
        const bool clash = std::any_of(existing.cbegin(), existing.cend(),
            [&suggestion](const Phase& phase) { return overlaps(suggestion, phase); });
        if (!clash) {
            kept.append(suggestion);
        }
    }
    return kept;
}

} // namespace kap
