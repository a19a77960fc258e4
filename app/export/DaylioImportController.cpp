// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/DaylioImportController.h"

#include "app/journal/EntryActions.h"
#include "storage/Journal.h"
#include "text/ErrorText.h"
#include "transfer/DaylioImporter.h"

#include <QHash>

namespace kap {

DaylioImportController::DaylioImportController(QObject* parent) : TransferDialogController(parent) { }

bool DaylioImportController::daylioReady() const
{
    if (!m_parsed || m_parsed->entries.isEmpty()) {
        return false;
    }
    for (const QVariant& v : m_labels) {
        if (v.toMap().value(QStringLiteral("score")).toInt() < 0) {
            return false;
        }
    }
    return true;
}

bool DaylioImportController::readDaylio(const QUrl& file)
{
    if (busy()) {
        return false;
    }
    clearDaylio();
    const QString path = pathOf(file);
    using Parsed = Result<DaylioParseResult>;
    return startTask(tr("Reading the file…"), [this, path]() -> BackgroundJob::Finish {
        auto parsed = std::make_shared<Parsed>(DaylioImporter::readFile(path));
        return [this, parsed]() {
            if (!*parsed) {
                finishTask(DaylioImporter::describeParseError(parsed->error()), {});
                return;
            }
            m_parsed = std::move(parsed->value());
            QHash<QString, int> counts;
            for (const DaylioEntry& e : m_parsed->entries) {
                counts[e.moodLabel.toCaseFolded()] += 1;
            }
            for (const QString& label : m_parsed->moodLabels) {
                const auto suggestion = DaylioMoodMap::suggestion(label);
                // Suggestions are shown pre-selected for Daylio's five standard names only; the
                // person can change them, and custom names start unscored.
                m_labels.append(QVariantMap { { QStringLiteral("label"), label },
                    { QStringLiteral("count"), counts.value(label.toCaseFolded()) },
                    { QStringLiteral("score"), suggestion ? *suggestion : -1 } });
            }
            Q_EMIT daylioChanged();
            Q_EMIT scoresChanged();
            const int found = int(m_parsed->entries.size());
            finishTask({}, found == 1 ? tr("1 entry found.") : tr("%1 entries found.").arg(found));
        };
    });
}

void DaylioImportController::setScore(int index, int score)
{
    if (busy() || index < 0 || index >= m_labels.size() || score < -1 || score > 10) {
        return;
    }
    QVariantMap m = m_labels.at(index).toMap();
    m.insert(QStringLiteral("score"), score);
    m_labels[index] = m;
    Q_EMIT scoresChanged();
}

bool DaylioImportController::importDaylio()
{
    if (busy()) {
        return false;
    }
    if (!journal() || !m_parsed) {
        setError(tr("Unlock the journal and choose a Daylio file first."));
        return false;
    }
    DaylioMoodMap map;
    for (const QVariant& v : std::as_const(m_labels)) {
        const QVariantMap m = v.toMap();
        const int score = m.value(QStringLiteral("score")).toInt();
        if (score >= 0) {
            map.set(m.value(QStringLiteral("label")).toString(), score);
        }
    }
    if (!map.unmapped(m_parsed->moodLabels).isEmpty()) {
        setError(tr("Give every mood label a score first."));
        return false;
    }
    std::shared_ptr<Journal> second = workerConnection();
    if (!second) {
        return false;
    }
    auto parsed = std::make_shared<const DaylioParseResult>(*m_parsed);
    return startTask(tr("Importing the entries…"), [this, second, parsed, map]() mutable -> BackgroundJob::Finish {
        auto result = DaylioImporter::import(*second, *parsed, map);
        second.reset(); // closes the connection and wipes its key copy before the GUI hears of it
        return [this, result = std::move(result)]() {
            if (!result) {
                finishTask(result.code() == ErrorCode::InvalidArgument ? tr("Give every mood label a score first.")
                                                                       : ErrorText::describe(result.error()),
                    {});
                return;
            }
            if (result->imported > 0) {
                Q_EMIT EntryActions::instance()->entriesChanged(QStringLiteral("checkin"));
            }
            finishTask({}, result->describe());
        };
    });
}

void DaylioImportController::clearDaylio()
{
    if (busy()) {
        return;
    }
    m_parsed.reset();
    m_labels.clear();
    setSummary({});
    Q_EMIT daylioChanged();
    Q_EMIT scoresChanged();
}

} // namespace kap
