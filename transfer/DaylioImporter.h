// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"
#include "transfer/DaylioParser.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace kap {

class Journal;

/// The person's choice of a 0-10 score for each Daylio mood label. Labels match trimmed and
/// case-insensitively ("sad " = "Sad").
class DaylioMoodMap
{
public:
    /// Daylio's five default moods mapped onto 0-10 evenly and rounded to whole numbers:
    /// rad 10, good 8, meh 5, bad 3, awful 0 (Daylio's own 5..1 scale is (n-1) × 2.5).
    static DaylioMoodMap defaults();

    void set(const QString& label, int score);
    std::optional<int> score(const QString& label) const;
    /// Suggested scores for the dialog: the default for Daylio's five labels, none for others.
    static std::optional<int> suggestion(const QString& label);
    /// Labels in `labels` that have no score.
    QStringList unmapped(const QStringList& labels) const;
    /// Parses "label=score" (score 0-10; the label may contain '=' and spaces). Fails with
    /// InvalidArgument.
    Status parseAssignment(const QString& assignment);

private:
    static QString key(const QString& label) { return label.simplified().toCaseFolded(); }
    QHash<QString, int> m_scores;
};

/// What an import did: counts and the skipped rows with their reasons (line numbers only).
struct DaylioImportSummary
{
    int read = 0; ///< entries the parser accepted
    int imported = 0; ///< new check-ins written
    int alreadyPresent = 0; ///< entries a previous import already brought in
    QList<DaylioSkip> skipped; ///< rows the parser could not read
    int skippedNotListed = 0;

    /// A short, translatable account for the dialog and the CLI.
    QString describe() const;
};

/// Writes Daylio entries as mood check-ins: mood from the person's map, activities as tags,
/// note title and note as the check-in note, the wall-clock time placed in `zone` (the system
/// zone by default: Daylio records none). Each check-in carries an import key derived from the
/// row's content (and its occurrence number for identical rows), so importing the same file
/// again adds nothing. Everything is written in one transaction: all or nothing.
class DaylioImporter
{
    Q_DECLARE_TR_FUNCTIONS(DaylioImporter)

public:
    /// InvalidArgument (detail "unmapped: ...") when a label has no score: nothing is written.
    static Result<DaylioImportSummary> import(Journal& journal, const DaylioParseResult& parsed,
        const DaylioMoodMap& map, const QTimeZone& zone = QTimeZone::systemTimeZone());

    /// The import key of one entry (exposed for tests): "daylio:" + hex SHA-256 of the row's
    /// fields, plus ":n" for the n-th identical row (n > 1).
    static QString importKey(const DaylioEntry& entry, int occurrence);

    /// Reads and parses the Daylio file at `path` within `limits` (ImportFile: a regular file, at
    /// most limits.inputBytes). Errors: ImportFile's and DaylioParser::parse()'s.
    static Result<DaylioParseResult> readFile(const QString& path, const DaylioLimits& limits = {});

    /// A translatable sentence for an error of readFile() or parse() (a limit is named with its
    /// value and the line), or for a skip reason.
    static QString describeParseError(const Error& error, const DaylioLimits& limits = {});
    static QString describeSkip(DaylioSkip::Reason reason);

private:
    static QString describeLimit(const DaylioParser::LimitHit& hit, const DaylioLimits& limits);
};

} // namespace kap
