// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "storage/JournalCopies.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimeZone>

#include <algorithm>
#include <utility>
#include <vector>

namespace kap {

namespace {

const QString StampFormat = QStringLiteral("yyyyMMdd'T'HHmmss'Z'");

/// Anchored on the journal's own file name: `journal.kapj.…backup` belongs to `journal.kapj`, not
/// to `journal`.
QRegularExpression patternFor(const QString& journalFileName, JournalCopy::Kind kind)
{
    const QString journal = QRegularExpression::escape(journalFileName);
    switch (kind) {
    case JournalCopy::Kind::RollingBackup:
        return QRegularExpression(QStringLiteral("^%1\\.(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.backup$").arg(journal));
    case JournalCopy::Kind::BeforeRestore:
        return QRegularExpression(QStringLiteral("^%1\\.(\\d{8}T\\d{6}Z)(?:-(\\d+))?\\.before-restore$").arg(journal));
    case JournalCopy::Kind::MigrationCopy:
        return QRegularExpression(QStringLiteral("^%1\\.v\\d+-(\\d{8}T\\d{6}Z)\\.bak$").arg(journal));
    }
    return {};
}

QString suffixFor(JournalCopy::Kind kind)
{
    return kind == JournalCopy::Kind::BeforeRestore ? QStringLiteral(".before-restore") : QStringLiteral(".backup");
}

} // namespace

QString JournalCopies::stamp(const QDateTime& when)
{
    return when.toUTC().toString(StampFormat);
}

QString JournalCopies::newCopyPath(
    const QString& journalPath, JournalCopy::Kind kind, const QDateTime& when, int fromVersion)
{
    const QString journal = QFileInfo(journalPath).absoluteFilePath();
    if (kind == JournalCopy::Kind::MigrationCopy) {
        return QStringLiteral("%1.v%2-%3.bak").arg(journal).arg(fromVersion).arg(stamp(when));
    }
    const QString base = journal + QLatin1Char('.') + stamp(when);
    const QString suffix = suffixFor(kind);
    QString name = base + suffix;
    for (int n = 1; QFileInfo::exists(name) || QFileInfo(name).isSymLink(); ++n) {
        name = QStringLiteral("%1-%2%3").arg(base).arg(n).arg(suffix);
    }
    return name;
}

QList<JournalCopy> JournalCopies::list(const QString& journalPath, JournalCopy::Kind kind)
{
    const QFileInfo info(journalPath);
    const QRegularExpression pattern = patternFor(info.fileName(), kind);
    const QDir folder = info.absoluteDir();
    struct Found
    {
        JournalCopy copy;
        int sameSecond = 0; ///< the `-n` of a name, 0 without one
    };
    std::vector<Found> found;
    const QStringList names = folder.entryList(QDir::Files);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (!match.hasMatch()) {
            continue;
        }
        QDateTime when = QDateTime::fromString(match.captured(1), StampFormat);
        when.setTimeZone(QTimeZone::utc());
        found.push_back(Found { JournalCopy { folder.filePath(name), kind, when }, match.captured(2).toInt() });
    }
    // By time, then by `-n` (plain name order would put `…Z-1.backup` before the older `…Z.backup`).
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::pair(a.copy.createdUtc, a.sameSecond) < std::pair(b.copy.createdUtc, b.sameSecond);
    });
    QList<JournalCopy> out;
    for (const Found& each : found) {
        out.append(each.copy);
    }
    return out;
}

QList<JournalCopy> JournalCopies::list(const QString& journalPath)
{
    QList<JournalCopy> all = list(journalPath, JournalCopy::Kind::RollingBackup);
    all.append(list(journalPath, JournalCopy::Kind::BeforeRestore));
    all.append(list(journalPath, JournalCopy::Kind::MigrationCopy));
    return all;
}

} // namespace kap
