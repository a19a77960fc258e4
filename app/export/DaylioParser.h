#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

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
    enum class Reason { WrongFieldCount, BadDate, BadTime, EmptyMood, FieldTooLong };
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

/// Reads Daylio CSV exports. Pure: no database, no files, no locale dependence. Handles the three
/// header variants (full_date + note_title, full_date without note_title, and the older
/// year,date form), a UTF-8 byte-order mark, CRLF or LF line ends, quoted fields with commas,
/// newlines and doubled quotes, 12- and 24-hour times mixed in one file, " | "-joined
/// activities and trailing spaces in mood labels. Any input, however malformed, gives either a
/// result or an InvalidArgument error (fuzzed: tests/fuzz/).
class DaylioParser
{
public:
    /// Inputs larger than this are refused (a Daylio export of 30 years is a few MiB).
    static constexpr qsizetype MaxInputBytes = 64 * 1024 * 1024;
    /// Fields longer than this make the record skipped (FieldTooLong).
    static constexpr qsizetype MaxFieldChars = 100000;
    /// At most this many skips are listed individually.
    static constexpr int MaxListedSkips = 1000;

    /// Error details: "empty", "too_large", "not_daylio" (header not recognised),
    /// "unterminated_quote".
    static Result<DaylioParseResult> parse(const QByteArray& csv);

    /// A 12-hour ("6:50 pm", "10:00 PM", "6:50pm", "6:50 p.m.") or 24-hour ("14:58", "08:13",
    /// "14:58:07") time; invalid QTime when it is neither.
    static QTime parseTime(QStringView text);
    /// Splits a CSV text into records of fields (RFC 4180 quoting). Returns false on an
    /// unterminated quoted field. `startLines` receives each record's 1-based first line.
    static bool splitCsv(const QString& text, QList<QStringList>& records, QList<int>& startLines);
};

} // namespace kap
