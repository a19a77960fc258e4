// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"
#include "storage/Questionnaire.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTime>

namespace kap {

/// Translatable labels for the stored keys of the journal area (modalities, settings, who was
/// present, side effects, entry kinds). Storage keeps stable keys; people read these. Routes,
/// severity bands and phase kinds have their own tables (RouteText, SeverityText, PhaseKindText).
class EntryText
{
    Q_DECLARE_TR_FUNCTIONS(EntryText)

public:
    static QString modality(const QString& key);
    /// "infusion", "KAP", "esketamine": the modality in a word, where a table adds it after the
    /// route ("Sublingual (KAP)"). Empty for "other" and for any other key.
    static QString modalityBrief(const QString& key);
    /// modalityBrief() where there is one, else the full label ("Other"), else the key as written.
    static QString modalityInList(const QString& key);
    static QString setting(const QString& key);
    static QString present(const QString& key);
    static QString sideEffect(const QString& key);
    static QStringList sideEffects(const QStringList& keys);
    /// A side effect as a word inside a list ("nausea", "urinary symptoms"); free text as written.
    static QString sideEffectInList(const QString& key);
    /// "nausea, urinary symptoms, my own words": the report's one-cell form.
    static QString sideEffectList(const QStringList& keys);
    static QString questionnaireName(QuestionnaireKind kind);
    static QString entryKind(EntryKind kind);
    /// The locale's short time without seconds ("20:25", "8:25 PM"): some locales' short format
    /// (C, C.UTF-8) includes them, which is noise on a journal entry.
    static QString shortTime(QTime time, const QLocale& locale = QLocale());
    /// "Induction, week 2" style heading for a day inside a phase.
    static QString phaseWeek(PhaseKind kind, const QString& label, int week);
    /// A short one-line description of a session ("Sublingual, 200 mg").
    static QString sessionSummary(const Session& session);
    /// "200 mg" and "0.5 mg/kg": the one way every screen, the report and the CLI write a dose.
    static QString doseMg(double mg, const QLocale& locale = QLocale());
    static QString doseMgPerKg(double mgPerKg, const QLocale& locale = QLocale());
    /// Each dose the session records, mg first ("200 mg", "2.5 mg/kg"); empty when none.
    static QStringList doses(const Session& session, const QLocale& locale = QLocale());
    /// The first of doses(), for one-line summaries; empty when not recorded.
    static QString dose(const Session& session);
};

} // namespace kap
