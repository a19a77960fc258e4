// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "statistics/TrendsCalculator.h"

#include "statistics/TrendsStatistics.h"
#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/PhaseRepository.h"
#include "storage/QuestionnaireRepository.h"
#include "storage/SessionRepository.h"

namespace kap::trends {

Result<TrendsInput> TrendsCalculator::load(Journal& journal)
{
    TrendsInput input;
    input.today = journal.clock().now().date();

    auto daily = journal.checkins().dailySeries();
    if (!daily) {
        return daily.error();
    }
    input.daily = std::move(daily.value());

    auto phases = journal.phases().list();
    if (!phases) {
        return phases.error();
    }
    input.phases = std::move(phases.value());

    auto sessions = journal.sessions().list();
    if (!sessions) {
        return sessions.error();
    }
    input.sessions = std::move(sessions.value());

    auto responses = journal.questionnaires().list(std::nullopt);
    if (!responses) {
        return responses.error();
    }
    input.questionnaires = std::move(responses.value());
    return input;
}

Result<TrendsData> TrendsCalculator::compute(Journal& journal, RangePreset preset, const DayRange& custom)
{
    auto input = load(journal);
    if (!input) {
        return input.error();
    }
    return statistics::compute(input.value(), preset, custom);
}

} // namespace kap::trends
