// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

// Field-by-field comparison of records for the export tests. Times compare by instant AND by
// UTC offset (QDateTime's operator== ignores the offset, which the export must keep).

#include "storage/Entities.h"

#include <QStringList>

namespace exporttest {

inline bool sameTime(const QDateTime& a, const QDateTime& b)
{
    return a.isValid() == b.isValid() && (!a.isValid() || (a == b && a.offsetFromUtc() == b.offsetFromUtc()));
}

/// Meta compares instants only: storage keeps created/updated/deleted as UTC instants.
inline QStringList diffMeta(const kap::RecordMeta& a, const kap::RecordMeta& b)
{
    QStringList d;
    if (a.createdAt != b.createdAt) {
        d << QStringLiteral("createdAt");
    }
    if (a.updatedAt != b.updatedAt) {
        d << QStringLiteral("updatedAt");
    }
    if (a.revision != b.revision) {
        d << QStringLiteral("revision");
    }
    if (a.deletedAt.has_value() != b.deletedAt.has_value() || (a.deletedAt && *a.deletedAt != *b.deletedAt)) {
        d << QStringLiteral("deletedAt");
    }
    return d;
}

#define KAP_DIFF(field)                                                                                                \
    if (!(a.field == b.field)) {                                                                                       \
        d << QStringLiteral(#field);                                                                                   \
    }
#define KAP_DIFF_TIME(field)                                                                                           \
    if (!sameTime(a.field, b.field)) {                                                                                 \
        d << QStringLiteral(#field);                                                                                   \
    }

inline QStringList diff(const kap::Phase& a, const kap::Phase& b)
{
    QStringList d = diffMeta(a.meta, b.meta);
    KAP_DIFF(kind)
    KAP_DIFF(label)
    KAP_DIFF(start)
    KAP_DIFF(end)
    KAP_DIFF(notes)
    return d;
}

/// Ids are renumbered on import: the caller maps sessionId.
inline QStringList diff(const kap::Session& a, const kap::Session& b)
{
    QStringList d = diffMeta(a.meta, b.meta);
    KAP_DIFF_TIME(occurredAt)
    KAP_DIFF(modality)
    KAP_DIFF(route)
    KAP_DIFF(routeOther)
    KAP_DIFF(doseMg)
    KAP_DIFF(doseMgPerKg)
    KAP_DIFF(provider)
    KAP_DIFF(setting)
    KAP_DIFF(present)
    KAP_DIFF(intention)
    KAP_DIFF(moodBefore)
    KAP_DIFF(moodAfter)
    KAP_DIFF(vitals)
    KAP_DIFF(dissociation)
    KAP_DIFF(dissociationClinicScore)
    KAP_DIFF(dissociationClinicScale)
    KAP_DIFF(sideEffects)
    KAP_DIFF(experience)
    KAP_DIFF(costCents)
    KAP_DIFF(currency)
    return d;
}

inline QStringList diff(const kap::IntegrationNote& a, const kap::IntegrationNote& b)
{
    QStringList d = diffMeta(a.meta, b.meta);
    KAP_DIFF_TIME(writtenAt)
    KAP_DIFF(title)
    KAP_DIFF(body)
    KAP_DIFF(tags)
    KAP_DIFF(sessionId.has_value())
    return d;
}

inline QStringList diff(const kap::MoodCheckin& a, const kap::MoodCheckin& b)
{
    QStringList d = diffMeta(a.meta, b.meta);
    KAP_DIFF_TIME(at)
    KAP_DIFF(mood)
    KAP_DIFF(anxiety)
    KAP_DIFF(energy)
    KAP_DIFF(sleep)
    KAP_DIFF(note)
    KAP_DIFF(tags)
    KAP_DIFF(importKey)
    return d;
}

inline QStringList diff(const kap::QuestionnaireResponse& a, const kap::QuestionnaireResponse& b)
{
    QStringList d = diffMeta(a.meta, b.meta);
    KAP_DIFF(kind)
    KAP_DIFF_TIME(at)
    KAP_DIFF(answers)
    KAP_DIFF(difficulty)
    return d;
}

#undef KAP_DIFF
#undef KAP_DIFF_TIME

} // namespace exporttest
