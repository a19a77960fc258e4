// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Entities.h"
#include "storage/SearchRepository.h"
#include "storage/TrashRepository.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace kap::cli {

/// How records look on the command line: one human-readable line per record, and the JSON of
/// search hits and trash items. A record itself becomes JSON in one place only,
/// JsonExportFormat::toJson (what `list --json` and `export-json` print).
class RecordFormat
{
    Q_DECLARE_TR_FUNCTIONS(RecordFormat)

public:
    static QJsonObject toJson(const SearchHit& hit);
    static QJsonObject toJson(const TrashItem& item);

    static QString toLine(const Session& session);
    static QString toLine(const IntegrationNote& note);
    static QString toLine(const MoodCheckin& checkin);
    static QString toLine(const QuestionnaireResponse& response);
    static QString toLine(const Phase& phase);
    static QString toLine(const SearchHit& hit);
    static QString toLine(const TrashItem& item);

    /// "2026-03-02T09:30:00+01:00": the instant with the offset it was entered in.
    static QString isoDateTime(const QDateTime& at);
    /// A person's word for a kind: "session", "note", "check-in", "questionnaire", "phase".
    static QString kindLabel(EntryKind kind);
    /// "PHQ-9" / "GAD-7".
    static QString questionnaireName(QuestionnaireKind kind);
    /// "moderately severe" etc., for a total of `kind`; empty when out of range.
    static QString severityLabel(QuestionnaireKind kind, int total);
    /// The snippet without the match markers (plain text).
    static QString plainSnippet(const QString& snippet);
};

} // namespace kap::cli
