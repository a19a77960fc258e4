#pragma once

#include "JournalSnapshot.h"
#include "Result.h"

#include <QByteArray>

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
    /// Larger inputs are refused (a 10-year journal exports to a few MiB).
    static constexpr qsizetype MaxInputBytes = 256 * 1024 * 1024;

    /// Indented UTF-8 JSON.
    static QByteArray encode(const JournalSnapshot& snapshot);
    /// InvalidArgument with a detail naming the problem and the place ("sessions[3].occurredAt:
    /// not a date-time"); NewerVersion for a version above ours.
    static Result<JournalSnapshot> decode(const QByteArray& json);
};

} // namespace kap
