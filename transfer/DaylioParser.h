// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

namespace kap {

/// One mood entry read from a Daylio CSV export. Times are the wall-clock times Daylio shows
/// (no offset: Daylio does not record one). `moodLabel` is trimmed; activities are split on "|"
/// and trimmed, empty ones dropped.
struct DaylioEntry
{
    int line = 0; ///< 1-based line where the record starts (for the summary)
    QDate date;
    QTime time;
    QString moodLabel;
    QStringList activities;
    QString noteTitle;
    QString note;
};

/// Why a record was not read. The record's content is never kept here: only its line.
struct DaylioSkip
{
    enum class Reason { WrongFieldCount, BadDate, BadTime, EmptyMood };
    int line = 0;
    Reason reason = Reason::WrongFieldCount;
};

/// Everything a parse found: the entries, the records skipped and why, and the distinct mood
/// labels in order of first appearance (what the person must map to 0-10 before import).
struct DaylioParseResult
{
    enum class Variant { FullDateWithTitle, FullDateNoTitle, YearAndDate };
    Variant variant = Variant::FullDateWithTitle;
    QList<DaylioEntry> entries;
    QList<DaylioSkip> skipped;
    int skippedNotListed = 0; ///< skips beyond the ones kept in `skipped` (capped for huge files)
    QStringList moodLabels;
};

/// How much of a Daylio file an import reads and keeps. A file over any of these is refused as a
/// whole (nothing imported), with a message that names the limit and the line; the parser checks
/// each one while it reads, so it never holds more than they allow. The defaults are far above
/// what Daylio writes; tests pass smaller ones.
struct DaylioLimits
{
    /// The file: a Daylio export of 30 years is a few MiB.
    qsizetype inputBytes = 64 * 1024 * 1024;
    /// Columns in one row: Daylio writes about 8.
    int fieldsPerRecord = 64;
    /// One field (a note is the longest): about 40,000 words.
    qsizetype fieldBytes = 256 * 1024;
    /// One row, all its fields together (it may span lines inside quotes).
    qsizetype recordBytes = 1024 * 1024;
    /// Rows after the header: 20 entries a day for 34 years.
    int records = 250000;
    /// Distinct mood labels, each of which the person scores by hand: Daylio has a few dozen at most.
    int moodLabels = 1000;
    /// What the parse result may take in memory (estimated as it grows): room for a file at
    /// `inputBytes` made of notes (UTF-16 doubles it), not for a row that splits into a
    /// hundred thousand activities.
    qsizetype memoryBytes = 256 * 1024 * 1024;
};

/// Reads Daylio CSV exports. Pure: no database, no files, no locale dependence. Handles the three
/// header variants (full_date + note_title, full_date without note_title, and the older
/// year,date form), a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields with commas,
/// newlines and doubled quotes, 12- and 24-hour times mixed in one file, " | "-joined
/// activities and trailing spaces in mood labels. Any input, however malformed, gives either a
/// result or an InvalidArgument error (fuzzed: tests/fuzz/). The rows are read one at a time,
/// within DaylioLimits.
class DaylioParser
{
public:
    /// At most this many skips are listed individually.
    static constexpr int MaxListedSkips = 1000;

    /// Error details: "empty", "too_large" (over limits.inputBytes), "not_daylio" (header not
    /// recognised), "unterminated_quote", or "<limit>:<line>" for a limit reached while reading,
    /// <limit> one of "fields_per_record", "field_bytes", "record_bytes", "records",
    /// "mood_labels", "memory" and <line> the 1-based line where the row starts (see limitHit()).
    static Result<DaylioParseResult> parse(const QByteArray& csv, const DaylioLimits& limits = {});

    /// Which limit an error reports and at which line; nullopt for other errors.
    struct LimitHit
    {
        QString limit;
        int line = 0;
    };
    static std::optional<LimitHit> limitHit(const Error& error);

    /// A 12-hour ("6:50 pm", "10:00 PM", "6:50pm", "6:50 p.m.") or 24-hour ("14:58", "08:13",
    /// "14:58:07") time; invalid QTime when it is neither.
    static QTime parseTime(QStringView text);
};

} // namespace kap
