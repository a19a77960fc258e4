// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/export/TransferDialogController.h"
#include "transfer/DaylioParser.h"

#include <QVariantList>

#include <optional>

namespace kap {

/// The C++ side of the Daylio import dialog (KapJournal.App): reads a file, lists its mood labels
/// with suggested scores, imports once every label has a score the person confirmed, and sums up
/// what was imported and skipped.
class DaylioImportController : public kap::TransferDialogController
{
    Q_OBJECT
    QML_ELEMENT
    /// [{label, count, score}] for the file last read; score -1 = not chosen yet. Changes only
    /// when a file is read or cleared, not with each score (a view built on it would otherwise
    /// rebuild every row, and lose keyboard focus, at each step of a spin box).
    Q_PROPERTY(QVariantList moodLabels READ moodLabels NOTIFY daylioChanged)
    Q_PROPERTY(int daylioEntries READ daylioEntries NOTIFY daylioChanged)
    Q_PROPERTY(int daylioSkipped READ daylioSkipped NOTIFY daylioChanged)
    /// Every label has a score: the import may start.
    Q_PROPERTY(bool daylioReady READ daylioReady NOTIFY scoresChanged)

public:
    explicit DaylioImportController(QObject* parent = nullptr);

    QVariantList moodLabels() const { return m_labels; }
    int daylioEntries() const { return m_parsed ? int(m_parsed->entries.size()) : 0; }
    int daylioSkipped() const { return m_parsed ? int(m_parsed->skipped.size()) + m_parsed->skippedNotListed : 0; }
    bool daylioReady() const;

    /// Reads and parses a Daylio CSV file (on the worker); moodLabels then lists its labels.
    Q_INVOKABLE bool readDaylio(const QUrl& file);
    Q_INVOKABLE void setScore(int index, int score);
    /// Writes the entries of the file read last as check-ins, in one transaction.
    Q_INVOKABLE bool importDaylio();
    Q_INVOKABLE void clearDaylio();

Q_SIGNALS:
    void daylioChanged();
    void scoresChanged();

private:
    std::optional<DaylioParseResult> m_parsed;
    QVariantList m_labels;
};

} // namespace kap
