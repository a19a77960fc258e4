#pragma once

#include "JournalSnapshot.h"
#include "Result.h"

#include <QByteArray>

namespace kap {

class Journal;

/// Moves whole journals in and out as JSON (JsonExportFormat). The export is NOT encrypted:
/// callers must say so plainly before writing it (the app and the CLI do).
class JsonTransfer
{
public:
    /// Every record, trashed ones included, and the journal's preferences.
    static Result<JournalSnapshot> snapshot(Journal& journal);
    static Result<QByteArray> exportJson(Journal& journal);

    /// Writes a snapshot into an EMPTY journal (no records, trashed or not; else AlreadyExists)
    /// in one transaction. Record ids are assigned anew; links from notes to sessions follow.
    /// Timestamps, revisions and trash state are kept as they were.
    static Status restoreInto(Journal& journal, const JournalSnapshot& snapshot);
    static Status importJson(Journal& journal, const QByteArray& json);

    /// Number of records of every kind, trashed ones included.
    static Result<std::int64_t> recordCount(Journal& journal);
};

} // namespace kap
