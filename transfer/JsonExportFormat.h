// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"
#include "transfer/JournalSnapshot.h"

#include <QByteArray>
#include <QJsonObject>

namespace kap {

/// The JSON export format "kapjournal-export", version 1 (documented in JSON_EXPORT.md beside
/// this file): every record and field, times as ISO 8601 with their UTC offset. Pure: no
/// database. decode() reads outside input, so it checks every field's type and range and is
/// fuzzed (tests/fuzz/fuzz_jsonimport.cpp).
class JsonExportFormat
{
public:
    static constexpr const char* FormatName = "kapjournal-export";
    /// 2: timed vitals, the clinic dissociation score and the questionnaires' difficulty (version 1
    /// files still import).
    static constexpr int Version = 2;
    /// Larger inputs are refused. A 10-year journal exports to a few MiB; the biggest realistic one,
    /// 20 years of a daily check-in with a 1,000-word note, weekly sessions and monthly
    /// questionnaires, is about 50 MiB of indented JSON.
    static constexpr qsizetype MaxInputBytes = 64 * 1024 * 1024;
    /// What decode() lets the parsed document take, estimated from the text's structure before
    /// parsing (estimatedDocumentBytes()). QJsonDocument takes 2-3 times the text of an export
    /// (estimated: at most 5.2 times), but 35 to 60 times for text made of small nested arrays or
    /// objects: such text is refused instead of parsed.
    static constexpr qsizetype MaxDocumentBytes = 6 * MaxInputBytes;

    /// Indented UTF-8 JSON.
    static QByteArray encode(const JournalSnapshot& snapshot);
    /// One record as it appears in the export's lists (`sessions[]`…). The one place a record
    /// becomes JSON: `kapjournal-cli list --json` prints these objects too.
    static QJsonObject toJson(const Phase& phase);
    static QJsonObject toJson(const Session& session);
    static QJsonObject toJson(const IntegrationNote& note);
    static QJsonObject toJson(const MoodCheckin& checkin);
    static QJsonObject toJson(const QuestionnaireResponse& response);
    static QJsonObject toJson(const Item9Change& change);
    /// InvalidArgument with a detail naming the problem and the place ("sessions[3].occurredAt:
    /// not a date-time"), "too_large" over MaxInputBytes, "too_complex" over MaxDocumentBytes;
    /// NewerVersion for a version above ours.
    static Result<JournalSnapshot> decode(const QByteArray& json);

    /// An upper bound of what QJsonDocument::fromJson() allocates for `json` (Qt 6.4, measured on
    /// 16 MiB inputs: about 16 bytes a value, 210 a non-empty array or object, up to 2 bytes a byte
    /// of string), from one pass that counts values and containers outside strings.
    static qsizetype estimatedDocumentBytes(QByteArrayView json);
};

} // namespace kap
