// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"

#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>

namespace kap {

/// Every record of a journal as plain values, trashed ones included (their meta.deletedAt is
/// set), plus the preferences kept inside the journal. What the JSON export holds.
struct JournalSnapshot
{
    QDateTime exportedAt;
    int schemaVersion = 0;
    QList<Phase> phases;
    QList<Session> sessions;
    QList<IntegrationNote> notes;
    QList<MoodCheckin> checkins;
    QList<QuestionnaireResponse> questionnaires;
    /// Traces of flagged item-9 answers that were lowered, trashed or restored; their
    /// questionnaireId refers to `questionnaires` (or is empty after a purge).
    QList<Item9Change> item9Changes;
    QMap<QString, QString> preferences;

    bool isEmpty() const
    {
        return phases.isEmpty() && sessions.isEmpty() && notes.isEmpty() && checkins.isEmpty()
            && questionnaires.isEmpty() && item9Changes.isEmpty() && preferences.isEmpty();
    }
};

} // namespace kap
