// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "transfer/DaylioImporter.h"

#include "storage/CheckinRepository.h"
#include "storage/Journal.h"
#include "storage/SecureBytes.h"
#include "transfer/ImportFile.h"

#include <QCryptographicHash>
#include <QLocale>

namespace kap {

DaylioMoodMap DaylioMoodMap::defaults()
{
    DaylioMoodMap map;
    map.set(QStringLiteral("rad"), 10);
    map.set(QStringLiteral("good"), 8);
    map.set(QStringLiteral("meh"), 5);
    map.set(QStringLiteral("bad"), 3);
    map.set(QStringLiteral("awful"), 0);
    return map;
}

void DaylioMoodMap::set(const QString& label, int score)
{
    m_scores.insert(key(label), std::clamp(score, limits::RatingMin, limits::RatingMax));
}

std::optional<int> DaylioMoodMap::score(const QString& label) const
{
    const auto it = m_scores.constFind(key(label));
    if (it == m_scores.constEnd()) {
        return std::nullopt;
    }
    return *it;
}

std::optional<int> DaylioMoodMap::suggestion(const QString& label)
{
    return defaults().score(label);
}

QStringList DaylioMoodMap::unmapped(const QStringList& labels) const
{
    QStringList out;
    for (const QString& label : labels) {
        if (!score(label)) {
            out.append(label);
        }
    }
    return out;
}

Status DaylioMoodMap::parseAssignment(const QString& assignment)
{
    const qsizetype eq = assignment.lastIndexOf(QLatin1Char('='));
    if (eq <= 0) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("expected label=score"));
    }
    const QString label = assignment.left(eq).simplified();
    bool ok = false;
    const int value = assignment.mid(eq + 1).trimmed().toInt(&ok);
    if (label.isEmpty() || !ok || value < 0 || value > 10) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("expected label=score with score 0-10"));
    }
    set(label, value);
    return {};
}

QString DaylioImportSummary::describe() const
{
    // Singular and plural spelled out: "%n" needs a loaded translation to pick the right form.
    QString text = read == 1
        ? DaylioImporter::tr("1 entry read: %1 imported, %2 already in the journal.").arg(imported).arg(alreadyPresent)
        : DaylioImporter::tr("%1 entries read: %2 imported, %3 already in the journal.")
              .arg(read)
              .arg(imported)
              .arg(alreadyPresent);
    const int skippedTotal = int(skipped.size()) + skippedNotListed;
    if (skippedTotal > 0) {
        text += QLatin1Char(' ')
            + (skippedTotal == 1 ? DaylioImporter::tr("1 row skipped:")
                                 : DaylioImporter::tr("%1 rows skipped:").arg(skippedTotal));
        for (const DaylioSkip& s : skipped) {
            text += QLatin1Char('\n')
                + DaylioImporter::tr("line %1: %2").arg(s.line).arg(DaylioImporter::describeSkip(s.reason));
        }
        if (skippedNotListed > 0) {
            text += QLatin1Char('\n') + DaylioImporter::tr("…and %1 more.").arg(skippedNotListed);
        }
    }
    return text;
}

QString DaylioImporter::importKey(const DaylioEntry& entry, int occurrence)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList parts = { entry.date.toString(Qt::ISODate), entry.time.toString(QStringLiteral("HH:mm:ss")),
        entry.moodLabel.toCaseFolded(), entry.activities.join(QLatin1Char('|')), entry.noteTitle, entry.note };
    for (const QString& p : parts) {
        const QByteArray utf8 = p.toUtf8();
        // Length-prefixed so field boundaries cannot be confused.
        hash.addData(QByteArray::number(utf8.size()) + ':');
        hash.addData(utf8);
    }
    QString key = QStringLiteral("daylio:") + QString::fromLatin1(hash.result().toHex().left(40));
    if (occurrence > 1) {
        key += QStringLiteral(":%1").arg(occurrence);
    }
    return key;
}

Result<DaylioImportSummary> DaylioImporter::import(
    Journal& journal, const DaylioParseResult& parsed, const DaylioMoodMap& map, const QTimeZone& zone)
{
    const QStringList missing = map.unmapped(parsed.moodLabels);
    if (!missing.isEmpty()) {
        return makeError(ErrorCode::InvalidArgument, QStringLiteral("unmapped: ") + missing.join(QStringLiteral(", ")));
    }
    DaylioImportSummary summary;
    summary.read = int(parsed.entries.size());
    summary.skipped = parsed.skipped;
    summary.skippedNotListed = parsed.skippedNotListed;

    JournalTransaction transaction(journal);
    if (!transaction.begun()) {
        return transaction.begun().error();
    }
    QHash<QString, int> occurrences;
    for (const DaylioEntry& entry : parsed.entries) {
        MoodCheckin checkin;
        QDateTime local(entry.date, entry.time, zone);
        checkin.at = local.toOffsetFromUtc(local.offsetFromUtc());
        checkin.mood = *map.score(entry.moodLabel);
        checkin.tags = entry.activities;
        if (!entry.noteTitle.isEmpty() && !entry.note.isEmpty()) {
            checkin.note = entry.noteTitle + QStringLiteral("\n\n") + entry.note;
        } else {
            checkin.note = entry.noteTitle.isEmpty() ? entry.note : entry.noteTitle;
        }
        const QString base = importKey(entry, 1);
        const int n = ++occurrences[base];
        checkin.importKey = n == 1 ? base : importKey(entry, n);
        auto added = journal.checkins().addImported(checkin);
        if (!added) {
            return added.error();
        }
        added.value() ? ++summary.imported : ++summary.alreadyPresent;
    }
    if (Status committed = transaction.commit(); !committed) {
        return committed.error();
    }
    return summary;
}

Result<DaylioParseResult> DaylioImporter::readFile(const QString& path, const DaylioLimits& limits)
{
    auto bytes = ImportFile::read(path, limits.inputBytes);
    if (!bytes) {
        return bytes.error();
    }
    auto parsed = DaylioParser::parse(bytes.value(), limits);
    SecureBytes::wipe(bytes.value()); // the file holds someone's notes
    return parsed;
}

QString DaylioImporter::describeParseError(const Error& error, const DaylioLimits& limits)
{
    const QString& d = error.detail;
    if (d == QLatin1String("empty")) {
        return tr("The file is empty.");
    }
    if (d == QLatin1String("too_large")) {
        return tr("The file is larger than %1, more than any Daylio export (30 years of entries take a few MiB). "
                  "Nothing was imported.")
            .arg(ImportFile::formatSize(limits.inputBytes));
    }
    if (d == QLatin1String("not_daylio")) {
        return tr("This is not a Daylio CSV export: its first line should name the columns "
                  "(full_date or year and date, time, mood, activities, note).");
    }
    if (d == QLatin1String("unterminated_quote")) {
        return tr("The file ends inside a quoted field; it may have been cut short.");
    }
    if (const auto hit = DaylioParser::limitHit(error)) {
        return describeLimit(*hit, limits);
    }
    if (const QString fileProblem = ImportFile::describe(error, limits.inputBytes); !fileProblem.isEmpty()) {
        return fileProblem;
    }
    return tr("The file could not be read as a Daylio CSV export.");
}

QString DaylioImporter::describeLimit(const DaylioParser::LimitHit& hit, const DaylioLimits& limits)
{
    const QLocale locale;
    QString text;
    if (hit.limit == QLatin1String("fields_per_record")) {
        text = tr("Line %1 has more than %2 columns (a Daylio export has about 8).")
                   .arg(hit.line)
                   .arg(locale.toString(limits.fieldsPerRecord));
    } else if (hit.limit == QLatin1String("field_bytes")) {
        text = tr("The row on line %1 has a field longer than %2, the limit for one field or note.")
                   .arg(hit.line)
                   .arg(ImportFile::formatSize(limits.fieldBytes));
    } else if (hit.limit == QLatin1String("record_bytes")) {
        text = tr("The row on line %1 is longer than %2, the limit for one row.")
                   .arg(hit.line)
                   .arg(ImportFile::formatSize(limits.recordBytes));
    } else if (hit.limit == QLatin1String("records")) {
        text = tr("The file has more than %1 rows, the limit for one import (line %2 is the first one over it).")
                   .arg(locale.toString(limits.records))
                   .arg(hit.line);
    } else if (hit.limit == QLatin1String("mood_labels")) {
        text = tr("The file names more than %1 different moods, the limit for one import (line %2 is the first "
                  "one over it).")
                   .arg(locale.toString(limits.moodLabels))
                   .arg(hit.line);
    } else if (hit.limit == QLatin1String("memory")) {
        text = tr("Reading the file up to line %1 would take more than %2 of memory, the limit for one import.")
                   .arg(hit.line)
                   .arg(ImportFile::formatSize(limits.memoryBytes));
    } else {
        text = tr("The file goes over a limit of the import at line %1.").arg(hit.line);
    }
    return text + QLatin1Char(' ') + tr("Nothing was imported.");
}

QString DaylioImporter::describeSkip(DaylioSkip::Reason reason)
{
    switch (reason) {
    case DaylioSkip::Reason::WrongFieldCount:
        return tr("wrong number of columns");
    case DaylioSkip::Reason::BadDate:
        return tr("date not understood");
    case DaylioSkip::Reason::BadTime:
        return tr("time not understood");
    case DaylioSkip::Reason::EmptyMood:
        return tr("no mood given");
    }
    return {};
}

} // namespace kap
