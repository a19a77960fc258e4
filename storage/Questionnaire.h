// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QList>
#include <QString>

#include <optional>

namespace kap {

/// PHQ-9 / GAD-7 scoring: the one place where totals, severity bands, the item-9 safety flag and
/// response / remission are computed (DOMAIN.md). Everything else asks these functions.
namespace questionnaire {

enum class Severity { Minimal, Mild, Moderate, ModeratelySevere, Severe };

/// The unscored difficulty question's answers run 0 (not difficult at all) to this (extremely).
constexpr int DifficultyMax = 3;

/// Number of items: 9 for PHQ-9, 7 for GAD-7.
int itemCount(QuestionnaireKind kind);
/// Highest possible total: 27 / 21.
int maxTotal(QuestionnaireKind kind);
/// True when there is one answer per item and each is 0-3.
bool isComplete(QuestionnaireKind kind, const QList<int>& answers);
/// Sum of the answers; nullopt when the answers are incomplete or out of range.
std::optional<int> total(QuestionnaireKind kind, const QList<int>& answers);
/// PHQ-9: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-19 moderately severe, 20-27 severe.
/// GAD-7: 0-4 minimal, 5-9 mild, 10-14 moderate, 15-21 severe.
std::optional<Severity> severity(QuestionnaireKind kind, int total);
/// Stable key for a band: "minimal", "mild", "moderate", "moderately_severe", "severe".
QString severityKey(Severity severity);
/// PHQ-9 item 9 (thoughts of being better off dead or of self-harm) answered above 0.
bool item9Flag(const QuestionnaireResponse& response);
bool item9Flag(QuestionnaireKind kind, const QList<int>& answers);
/// The PHQ-9 item-9 answer, 0-3; 0 for a GAD-7 or when item 9 is not answered (yet).
int item9Answer(QuestionnaireKind kind, const QList<int>& answers);
int item9Answer(const QuestionnaireResponse& response);
/// Response and remission are counted only from a baseline of at least this (the usual PHQ-9
/// response measure needs an initial score above 9; GAD-7 uses the same threshold). Below it
/// only the change is shown.
constexpr int CountedBaselineMinimum = 10;
/// Remission: a total below this, for PHQ-9 and GAD-7.
constexpr int RemissionBelow = 5;
/// Response: total down by at least 50 % from a baseline of CountedBaselineMinimum or more.
/// Which score is the baseline is TreatmentCourse's rule.
bool isResponse(int baselineTotal, int latestTotal);
/// Remission: total below RemissionBelow after a baseline of CountedBaselineMinimum or more.
bool isRemission(QuestionnaireKind kind, int baselineTotal, int latestTotal);

} // namespace questionnaire
} // namespace kap
