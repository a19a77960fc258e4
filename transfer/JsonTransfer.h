// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"
#include "transfer/JournalSnapshot.h"
#include "transfer/JsonExportFormat.h"

#include <QByteArray>
#include <QCoreApplication>

namespace kap {

class Journal;

/// Moves whole journals in and out as JSON (JsonExportFormat). The export is NOT encrypted:
/// callers must say so plainly before writing it (the app and the CLI do).
class JsonTransfer
{
    Q_DECLARE_TR_FUNCTIONS(JsonTransfer)

public:
    /// Every record, trashed ones included, and the journal's preferences.
    static Result<JournalSnapshot> snapshot(Journal& journal);
    static Result<QByteArray> exportJson(Journal& journal);

    /// Writes a snapshot into an EMPTY journal (no records, trashed or not; else AlreadyExists)
    /// in one transaction. Record ids are assigned anew; links from notes to sessions follow.
    /// Timestamps, revisions and trash state are kept as they were.
    static Status restoreInto(Journal& journal, const JournalSnapshot& snapshot);
    static Status importJson(Journal& journal, const QByteArray& json);

    /// Reads and decodes the export at `path` (ImportFile: a regular file of at most `maxBytes`;
    /// tests pass a smaller limit). Errors: ImportFile's and JsonExportFormat::decode()'s.
    static Result<JournalSnapshot> readFile(const QString& path, qsizetype maxBytes = JsonExportFormat::MaxInputBytes);
    /// A translatable sentence for the errors of readFile() that are about the file rather than
    /// its content: not a regular file, missing, unreadable, too large, too complex (the limits
    /// named); an empty string for the others.
    static QString describeFileError(const Error& error, qsizetype maxBytes = JsonExportFormat::MaxInputBytes);

    /// Number of records of every kind, trashed ones included.
    static Result<std::int64_t> recordCount(Journal& journal);
};

} // namespace kap
