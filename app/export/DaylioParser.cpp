#include "DaylioParser.h"

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

} // namespace

bool DaylioParser::splitCsv(const QString& text, QList<QStringList>& records, QList<int>& startLines)
{
    QStringList fields;
    QString field;
    bool inQuotes = false;
    bool recordHasContent = false;
    int line = 1;
    int recordStart = 1;
    const qsizetype n = text.size();

    auto endRecord = [&]() {
        fields.append(field);
        field.clear();
        // A blank line (one empty field) is not a record.
        if (recordHasContent || fields.size() > 1 || !fields.first().isEmpty()) {
            records.append(fields);
            startLines.append(recordStart);
        }
        fields.clear();
        recordHasContent = false;
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c == Quote) {
                if (i + 1 < n && text.at(i + 1) == Quote) {
                    field.append(Quote);
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == Quote) {
            // A quote opens a quoted section anywhere in a field; text around it is kept, which is
            // the lenient reading spreadsheet programs use.
            inQuotes = true;
            recordHasContent = true;
        } else if (c == Comma) {
            fields.append(field);
            field.clear();
            recordHasContent = true;
        } else if (c == u'\r') {
            if (i + 1 < n && text.at(i + 1) == u'\n') {
                continue; // the \n ends the record
            }
            endRecord();
            ++line;
            recordStart = line;
        } else if (c == u'\n') {
            endRecord();
            ++line;
            recordStart = line;
        } else {
            field.append(c);
        }
    }
    if (inQuotes) {
        return false;
    }
    if (!field.isEmpty() || !fields.isEmpty() || recordHasContent) {
        endRecord();
    }
    return true;
}

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

Result<DaylioParseResult> DaylioParser::parse(const QByteArray& csv)
{
    if (csv.size() > MaxInputBytes) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("too_large"));
    }
    QByteArrayView bytes(csv);
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes = bytes.sliced(3);
    }
    if (bytes.trimmed().isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("empty"));
    }
    const QString text = QString::fromUtf8(bytes);

    QList<QStringList> records;
    QList<int> lines;
    if (!splitCsv(text, records, lines)) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unterminated_quote"));
    }
    if (records.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("empty"));
    }

    // Header: find the columns by name, so column order and extra columns do not matter.
    QHash<QString, int> column;
    const QStringList& header = records.first();
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

    auto skip = [&result](int line, DaylioSkip::Reason reason) {
        if (result.skipped.size() < MaxListedSkips) {
            result.skipped.append(DaylioSkip { line, reason });
        } else {
            ++result.skippedNotListed;
        }
    };

    for (qsizetype r = 1; r < records.size(); ++r) {
        const QStringList& fields = records.at(r);
        const int line = lines.at(r);
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
        bool tooLong = false;
        for (const QString& f : fields) {
            tooLong = tooLong || f.size() > MaxFieldChars;
        }
        if (tooLong) {
            skip(line, DaylioSkip::Reason::FieldTooLong);
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
        const QString labelKey = entry.moodLabel.toCaseFolded();
        if (!seenLabels.contains(labelKey)) {
            seenLabels.insert(labelKey);
            result.moodLabels.append(entry.moodLabel);
        }
        result.entries.append(std::move(entry));
    }
    return result;
}

} // namespace kap
