// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Questionnaire.h"

#include <algorithm>

namespace kap::questionnaire {

int itemCount(QuestionnaireKind kind)
{
    return kind == QuestionnaireKind::Phq9 ? 9 : 7;
}

int maxTotal(QuestionnaireKind kind)
{
    return itemCount(kind) * 3;
}

bool isComplete(QuestionnaireKind kind, const QList<int>& answers)
{
    if (answers.size() != itemCount(kind)) {
        return false;
    }
    for (int answer : answers) {
        if (answer < 0 || answer > 3) {
            return false;
        }
    }
    return true;
}

std::optional<int> total(QuestionnaireKind kind, const QList<int>& answers)
{
    if (!isComplete(kind, answers)) {
        return std::nullopt;
    }
    int sum = 0;
    for (int answer : answers) {
        sum += answer;
    }
    return sum;
}

std::optional<Severity> severity(QuestionnaireKind kind, int total)
{
    if (total < 0 || total > maxTotal(kind)) {
        return std::nullopt;
    }
    if (total <= 4) {
        return Severity::Minimal;
    }
    if (total <= 9) {
        return Severity::Mild;
    }
    if (total <= 14) {
        return Severity::Moderate;
    }
    if (kind == QuestionnaireKind::Phq9 && total <= 19) {
        return Severity::ModeratelySevere;
    }
    return Severity::Severe;
}

QString severityKey(Severity severity)
{
    switch (severity) {
    case Severity::Minimal:
        return QStringLiteral("minimal");
    case Severity::Mild:
        return QStringLiteral("mild");
    case Severity::Moderate:
        return QStringLiteral("moderate");
    case Severity::ModeratelySevere:
        return QStringLiteral("moderately_severe");
    case Severity::Severe:
        return QStringLiteral("severe");
    }
    return {};
}

bool item9Flag(QuestionnaireKind kind, const QList<int>& answers)
{
    return item9Answer(kind, answers) > 0;
}

int item9Answer(QuestionnaireKind kind, const QList<int>& answers)
{
    return kind == QuestionnaireKind::Phq9 && answers.size() >= 9 ? std::max(answers.at(8), 0) : 0;
}

int item9Answer(const QuestionnaireResponse& response)
{
    return item9Answer(response.kind, response.answers);
}

bool item9Flag(const QuestionnaireResponse& response)
{
    return item9Flag(response.kind, response.answers);
}

bool isResponse(int baselineTotal, int latestTotal)
{
    // "Down by at least 50 %": latest <= baseline / 2, in integers without rounding surprises.
    return baselineTotal >= CountedBaselineMinimum && latestTotal * 2 <= baselineTotal;
}

bool isRemission(QuestionnaireKind /*kind*/, int baselineTotal, int latestTotal)
{
    // The same thresholds for PHQ-9 and GAD-7 (DOMAIN.md); the kind stays in the signature so a
    // future instrument with other cut-offs changes one place.
    return baselineTotal >= CountedBaselineMinimum && latestTotal < RemissionBelow;
}

} // namespace kap::questionnaire
