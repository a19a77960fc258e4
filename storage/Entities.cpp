// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/Entities.h"

namespace kap {

QString entryKindKey(EntryKind kind)
{
    switch (kind) {
    case EntryKind::Session:
        return QStringLiteral("session");
    case EntryKind::Note:
        return QStringLiteral("note");
    case EntryKind::Checkin:
        return QStringLiteral("checkin");
    case EntryKind::Questionnaire:
        return QStringLiteral("questionnaire");
    case EntryKind::Phase:
        return QStringLiteral("phase");
    }
    return {};
}

std::optional<EntryKind> entryKindFromKey(const QString& key)
{
    for (EntryKind kind :
        { EntryKind::Session, EntryKind::Note, EntryKind::Checkin, EntryKind::Questionnaire, EntryKind::Phase }) {
        if (entryKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

QStringList modalitykeys::all()
{
    return { Kap, IvInfusion, Esketamine, Other };
}

QStringList routekeys::all()
{
    return { Sublingual, Intramuscular, Intravenous, Intranasal, Oral, Other };
}

QStringList settingkeys::all()
{
    return { Clinic, Home, Telehealth, Other };
}

QStringList presentkeys::all()
{
    return { Therapist, Sitter, Alone };
}

QStringList sideeffectkeys::all()
{
    return { Nausea, Headache, Dizziness, Sedation, Anxiety, Urinary };
}

QString phaseKindKey(PhaseKind kind)
{
    switch (kind) {
    case PhaseKind::Induction:
        return QStringLiteral("induction");
    case PhaseKind::Maintenance:
        return QStringLiteral("maintenance");
    case PhaseKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

std::optional<PhaseKind> phaseKindFromKey(const QString& key)
{
    if (key == QLatin1String("induction")) {
        return PhaseKind::Induction;
    }
    if (key == QLatin1String("maintenance")) {
        return PhaseKind::Maintenance;
    }
    if (key == QLatin1String("other")) {
        return PhaseKind::Other;
    }
    return std::nullopt;
}

QString questionnaireKindKey(QuestionnaireKind kind)
{
    return kind == QuestionnaireKind::Phq9 ? QStringLiteral("phq9") : QStringLiteral("gad7");
}

QString item9ChangeKindKey(Item9ChangeKind kind)
{
    switch (kind) {
    case Item9ChangeKind::AnswerLowered:
        return QStringLiteral("lowered");
    case Item9ChangeKind::MovedToTrash:
        return QStringLiteral("trashed");
    case Item9ChangeKind::Restored:
        return QStringLiteral("restored");
    }
    return {};
}

std::optional<Item9ChangeKind> item9ChangeKindFromKey(const QString& key)
{
    for (Item9ChangeKind kind :
        { Item9ChangeKind::AnswerLowered, Item9ChangeKind::MovedToTrash, Item9ChangeKind::Restored }) {
        if (item9ChangeKindKey(kind) == key) {
            return kind;
        }
    }
    return std::nullopt;
}

std::optional<QuestionnaireKind> questionnaireKindFromKey(const QString& key)
{
    if (key == QLatin1String("phq9")) {
        return QuestionnaireKind::Phq9;
    }
    if (key == QLatin1String("gad7")) {
        return QuestionnaireKind::Gad7;
    }
    return std::nullopt;
}

} // namespace kap
