// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"

#include <QDate>
#include <QString>

#include <cstdint>

namespace kap {

class Journal;

/// Fills a journal with a realistic, entirely synthetic course of ketamine-assisted
/// psychotherapy, for "Try with sample data", screenshots and benchmarks.
///
/// The course (DOMAIN.md): a week of baseline check-ins, an induction of six sublingual KAP
/// sessions over three weeks, then maintenance sessions about monthly; daily mood check-ins with
/// noise and a lift after each session that fades over a week or so; PHQ-9 and GAD-7 every two
/// weeks, improving from moderately severe towards mild; a few integration notes per session in
/// the first person. Spans longer than about two years include a relapse and a second induction,
/// as real courses do. Deterministic for a given seed and end day.
class DemoJournal
{
public:
    struct Options
    {
        /// The last day with data (usually today).
        QDate lastDay;
        /// How many days of history to generate (~4 months by default).
        int days = 120;
        /// UTC offset of every generated time, in seconds.
        int utcOffsetSeconds = 0;
        std::uint32_t seed = 20260301;
    };

    struct Counts
    {
        int phases = 0;
        int sessions = 0;
        int notes = 0;
        int checkins = 0;
        int questionnaires = 0;
    };

    /// The passphrase of the sample journal. It is synthetic data, so the passphrase is no secret
    /// and the sample journal uses the fast KDF profile (see JournalController::openDemo()).
    static QString passphrase();

    /// Adds the synthetic course to `journal` (meant for an empty one).
    static Result<Counts> populate(Journal& journal, const Options& options);
};

} // namespace kap
