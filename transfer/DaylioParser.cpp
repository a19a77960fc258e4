// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transfer/DaylioParser.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

namespace kap {

namespace {

constexpr char16_t Quote = u'"';
constexpr char16_t Comma = u',';

/// A match on a view of the text without copying it (Qt 6.5 renamed the view overload).
QRegularExpressionMatch matchIn(const QRegularExpression& re, QStringView text)
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    return re.matchView(text);
#else
    return re.match(text);
#endif
}

// English month names as Daylio writes them in the older "date" column ("28 September").
// Matched by hand so the result does not depend on the system locale.
int monthFromName(QStringView name)
{
    static const char* const names[] = { "january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december" };
    const QString lower = name.toString().toLower();
    if (lower.size() < 3) {
        return 0;
    }
    for (int i = 0; i < 12; ++i) {
        const QLatin1String full(names[i]);
        if (lower == full || (lower.size() == 3 && full.startsWith(lower))) {
            return i + 1;
        }
    }
    return 0;
}

// "2021-09-28"
QDate parseIsoDate(QStringView text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const auto m = matchIn(re, text.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    return QDate(m.capturedView(1).toInt(), m.capturedView(2).toInt(), m.capturedView(3).toInt());
}

// Older exports: year column plus "28 September" or "September 28".
QDate parseYearAndDate(QStringView yearText, QStringView dateText)
{
    bool ok = false;
    const int year = yearText.trimmed().toInt(&ok);
    if (!ok || year < 1900 || year > 9999) {
        return {};
    }
    static const QRegularExpression dayMonth(QStringLiteral("^(\\d{1,2})\\s+([A-Za-z]+)\\.?$"));
    static const QRegularExpression monthDay(QStringLiteral("^([A-Za-z]+)\\.?\\s+(\\d{1,2})$"));
    const QStringView trimmed = dateText.trimmed();
    if (const auto m = matchIn(dayMonth, trimmed); m.hasMatch()) {
        return QDate(year, monthFromName(m.capturedView(2)), m.capturedView(1).toInt());
    }
    if (const auto m = matchIn(monthDay, trimmed); m.hasMatch()) {
        return QDate(year, monthFromName(m.capturedView(1)), m.capturedView(2).toInt());
    }
    return {};
}

QStringList splitActivities(const QString& field)
{
    QStringList out;
    const auto parts = QStringView(field).split(u'|');
    for (QStringView part : parts) {
        const QStringView trimmed = part.trimmed();
        if (!trimmed.isEmpty()) {
            out.append(trimmed.toString());
        }
    }
    return out;
}

// Some Daylio versions write line breaks in notes as HTML.
QString cleanNote(const QString& text)
{
    static const QRegularExpression br(QStringLiteral("<br\\s*/?>"), QRegularExpression::CaseInsensitiveOption);
    QString out = text;
    out.replace(br, QStringLiteral("\n"));
    out.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    return out.trimmed();
}

/// The detail of a limit reached at `line` (DaylioParser::limitHit() reads it back).
Error limitReached(const char* limit, int line)
{
    return makeError(ErrorCode::InvalidArgument, QStringLiteral("%1:%2").arg(QLatin1String(limit)).arg(line));
}

/// Splits CSV bytes into records one at a time (RFC 4180 quoting, read leniently), so at most one
/// record is held apart from the input, within the limits on fields, field and record length.
/// Works on UTF-8 bytes: the quote, comma and line ends never occur inside a multi-byte sequence,
/// so each field is decoded on its own.
class CsvRecordReader
{
public:
    CsvRecordReader(QByteArrayView bytes, const DaylioLimits& limits) : m_bytes(bytes), m_limits(limits) { }

    /// The next record that is not a blank line into `fields`; false at the end of the input or on
    /// an error (then error() says which).
    bool next(QStringList& fields)
    {
        fields.clear();
        m_field.clear();
        m_recordStart = m_line;
        qsizetype recordBegin = m_pos;
        bool inQuotes = false;
        bool hasContent = false; // a quote or comma: the record is not a blank line
        const qsizetype n = m_bytes.size();
        while (m_pos < n) {
            const char c = m_bytes.at(m_pos);
            // Every byte but the line end counts, separators and quotes too: a row's length as an
            // editor shows it.
            const bool endsLine = !inQuotes && (c == '\r' || c == '\n');
            if (!endsLine && m_pos - recordBegin >= m_limits.recordBytes) {
                return fail("record_bytes");
            }
            ++m_pos;
            if (inQuotes) {
                if (c == '"') {
                    if (m_pos < n && m_bytes.at(m_pos) == '"') {
                        ++m_pos;
                        if (!append(c)) {
                            return false;
                        }
                    } else {
                        inQuotes = false;
                    }
                    continue;
                }
                if (c == '\n') {
                    ++m_line;
                }
                if (!append(c)) {
                    return false;
                }
                continue;
            }
            if (c == '"') {
                // A quote opens a quoted section anywhere in a field; text around it is kept, which
                // is the lenient reading spreadsheet programs use.
                inQuotes = true;
                hasContent = true;
            } else if (c == ',') {
                hasContent = true;
                if (!endField(fields)) {
                    return false;
                }
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && m_pos < n && m_bytes.at(m_pos) == '\n') {
                    ++m_pos; // CRLF is one line end
                }
                ++m_line;
                if (hasContent || !m_field.isEmpty()) {
                    return endField(fields);
                }
                m_recordStart = m_line; // a blank line is not a record
                recordBegin = m_pos;
            } else if (!append(c)) {
                return false;
            }
        }
        if (inQuotes) {
            m_error = makeError(ErrorCode::InvalidArgument, QStringLiteral("unterminated_quote"));
            return false;
        }
        return (hasContent || !m_field.isEmpty()) && endField(fields);
    }

    /// Set when next() returned false because of the input, not because it ended.
    const std::optional<Error>& error() const { return m_error; }
    /// The 1-based line where the last record (or the one that failed) starts.
    int recordStart() const { return m_recordStart; }

private:
    bool append(char c)
    {
        if (m_field.size() >= m_limits.fieldBytes) {
            return fail("field_bytes");
        }
        m_field.append(c);
        return true;
    }

    bool endField(QStringList& fields)
    {
        if (fields.size() >= m_limits.fieldsPerRecord) {
            return fail("fields_per_record");
        }
        fields.append(QString::fromUtf8(m_field));
        m_field.clear();
        return true;
    }

    bool fail(const char* limit)
    {
        m_error = limitReached(limit, m_recordStart);
        return false;
    }

    QByteArrayView m_bytes;
    const DaylioLimits& m_limits;
    qsizetype m_pos = 0;
    int m_line = 1;
    int m_recordStart = 1;
    QByteArray m_field;
    std::optional<Error> m_error;
};

/// Heap bytes a string holds: its UTF-16 text plus the header and allocator bookkeeping.
qsizetype stringCost(const QString& text)
{
    return text.isEmpty() ? 0 : 32 + 2 * text.size();
}

/// What keeping `entry` costs, the list slot counted twice (a QList grows by doubling).
qsizetype entryCost(const DaylioEntry& entry)
{
    qsizetype cost = 2 * qsizetype(sizeof(DaylioEntry)) + stringCost(entry.moodLabel) + stringCost(entry.noteTitle)
        + stringCost(entry.note);
    for (const QString& activity : entry.activities) {
        cost += qsizetype(sizeof(QString)) + stringCost(activity);
    }
    return cost;
}

} // namespace

QTime DaylioParser::parseTime(QStringView text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{1,2}):(\\d{2})(?::(\\d{2}))?\\s*(?:([AaPp])\\.?\\s*[Mm]\\.?)?$"));
    const auto m = matchIn(re, text.trimmed());
    if (!m.hasMatch()) {
        return {};
    }
    int hour = m.capturedView(1).toInt();
    const int minute = m.capturedView(2).toInt();
    const int second = m.capturedView(3).isEmpty() ? 0 : m.capturedView(3).toInt();
    const QStringView meridiem = m.capturedView(4);
    if (!meridiem.isEmpty()) {
        if (hour < 1 || hour > 12) {
            return {};
        }
        const bool pm = meridiem.compare(QLatin1String("p"), Qt::CaseInsensitive) == 0;
        if (hour == 12) {
            hour = pm ? 12 : 0;
        } else if (pm) {
            hour += 12;
        }
    }
    if (hour > 23 || minute > 59 || second > 59) {
        return {};
    }
    return QTime(hour, minute, second);
}

std::optional<DaylioParser::LimitHit> DaylioParser::limitHit(const Error& error)
{
    static const QRegularExpression re(QStringLiteral("^([a-z_]+):(\\d+)$"));
    const auto m = matchIn(re, error.detail);
    if (error.code != ErrorCode::InvalidArgument || !m.hasMatch()) {
        return std::nullopt;
    }
    return LimitHit { m.captured(1), m.capturedView(2).toInt() };
}

Result<DaylioParseResult> DaylioParser::parse(const QByteArray& csv, const DaylioLimits& limits)
{
    if (csv.size() > limits.inputBytes) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("too_large"));
    }
    QByteArrayView bytes(csv);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    if (bytes.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("empty"));
    }
    CsvRecordReader reader(bytes, limits);
    QStringList header;
    if (!reader.next(header)) {
        return reader.error().value_or(makeError(ErrorCode::InvalidArgument, QStringLiteral("empty")));
    }

    // Header: find the columns by name, so column order and extra columns do not matter.
    QHash<QString, int> column;
    for (int i = 0; i < header.size(); ++i) {
        column.insert(header.at(i).trimmed().toLower(), i);
    }
    const int colFullDate = column.value(QStringLiteral("full_date"), -1);
    const int colYear = column.value(QStringLiteral("year"), -1);
    const int colDate = column.value(QStringLiteral("date"), -1);
    const int colTime = column.value(QStringLiteral("time"), -1);
    const int colMood = column.value(QStringLiteral("mood"), -1);
    const int colActivities = column.value(QStringLiteral("activities"), -1);
    const int colTitle = column.value(QStringLiteral("note_title"), -1);
    const int colNote = column.value(QStringLiteral("note"), -1);
    const bool hasDate = colFullDate >= 0 || (colYear >= 0 && colDate >= 0);
    if (!hasDate || colTime < 0 || colMood < 0) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("not_daylio"));
    }

    DaylioParseResult result;
    if (colFullDate >= 0) {
        result.variant = colTitle >= 0 ? DaylioParseResult::Variant::FullDateWithTitle
                                       : DaylioParseResult::Variant::FullDateNoTitle;
    } else {
        result.variant = DaylioParseResult::Variant::YearAndDate;
    }
    const qsizetype headerSize = header.size();
    QSet<QString> seenLabels;
    qsizetype memory = 0;
    int records = 0;

    auto skip = [&result](int line, DaylioSkip::Reason reason) {
        if (result.skipped.size() < MaxListedSkips) {
            result.skipped.append(DaylioSkip { line, reason });
        } else {
            ++result.skippedNotListed;
        }
    };

    QStringList fields;
    while (reader.next(fields)) {
        const int line = reader.recordStart();
        if (++records > limits.records) {
            return limitReached("records", line);
        }
        // Daylio writes every column; a record with fewer fields was cut or is not Daylio's.
        // Extra trailing empty fields (a stray comma) are tolerated.
        if (fields.size() < headerSize) {
            skip(line, DaylioSkip::Reason::WrongFieldCount);
            continue;
        }
        bool extraContent = false;
        for (qsizetype i = headerSize; i < fields.size(); ++i) {
            extraContent = extraContent || !fields.at(i).trimmed().isEmpty();
        }
        if (extraContent) {
            skip(line, DaylioSkip::Reason::WrongFieldCount);
            continue;
        }

        DaylioEntry entry;
        entry.line = line;
        entry.date = colFullDate >= 0 ? parseIsoDate(fields.at(colFullDate))
                                      : parseYearAndDate(fields.at(colYear), fields.at(colDate));
        if (!entry.date.isValid()) {
            skip(line, DaylioSkip::Reason::BadDate);
            continue;
        }
        entry.time = parseTime(fields.at(colTime));
        if (!entry.time.isValid()) {
            skip(line, DaylioSkip::Reason::BadTime);
            continue;
        }
        entry.moodLabel = fields.at(colMood).simplified();
        if (entry.moodLabel.isEmpty()) {
            skip(line, DaylioSkip::Reason::EmptyMood);
            continue;
        }
        if (colActivities >= 0) {
            entry.activities = splitActivities(fields.at(colActivities));
        }
        if (colTitle >= 0) {
            entry.noteTitle = cleanNote(fields.at(colTitle));
        }
        if (colNote >= 0) {
            entry.note = cleanNote(fields.at(colNote));
        }
        memory += entryCost(entry);
        const QString labelKey = entry.moodLabel.toCaseFolded();
        if (!seenLabels.contains(labelKey)) {
            if (result.moodLabels.size() >= limits.moodLabels) {
                return limitReached("mood_labels", line);
            }
            memory += 2 * stringCost(labelKey) + 32; // the list entry and the set's node
            seenLabels.insert(labelKey);
            result.moodLabels.append(entry.moodLabel);
        }
        if (memory > limits.memoryBytes) {
            return limitReached("memory", line);
        }
        result.entries.append(std::move(entry));
    }
    if (reader.error()) {
        return *reader.error();
    }
    return result;
}

} // namespace kap
