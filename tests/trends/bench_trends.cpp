// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// kapjournal-trends-bench: time to load and compute the Trends series and statistics for "all"
// (and the other presets) on a 10-year synthetic journal. Prints figures; asserts nothing.

#include "statistics/TrendsCalculator.h"
#include "statistics/TrendsStatistics.h"
#include "storage/CheckinRepository.h"
#include "tests/support/TestSupport.h"
#include "tests/trends/SyntheticCourse.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>

using namespace kap;
using namespace kap::trends;

namespace {

double medianMs(QList<qint64> nanos)
{
    std::sort(nanos.begin(), nanos.end());
    return nanos.at(nanos.size() / 2) / 1e6;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto journal = kaptest::createJournal(dir);
    if (!journal) {
        out << "could not create a journal\n";
        return 1;
    }
    QElapsedTimer timer;
    timer.start();
    auto counts = kaptest::SyntheticCourse::tenYears(kaptest::fixedNow().date()).populate(*journal);
    if (!counts) {
        out << "could not fill the journal: " << counts.error().detail << "\n";
        return 1;
    }
    out << "10-year synthetic journal: " << counts->checkins << " check-ins, " << counts->sessions << " sessions, "
        << counts->questionnaires << " questionnaires, " << counts->phases << " phases (written in " << timer.elapsed()
        << " ms)\n";

    constexpr int Runs = 9;
    QList<qint64> load;
    QList<qint64> computeAll;
    QList<qint64> total;
    TrendsData data;
    for (int run = 0; run < Runs; ++run) {
        QElapsedTimer t;
        t.start();
        auto input = TrendsCalculator::load(*journal);
        const qint64 loaded = t.nsecsElapsed();
        data = statistics::compute(input.value(), RangePreset::All);
        const qint64 done = t.nsecsElapsed();
        load.append(loaded);
        computeAll.append(done - loaded);
        total.append(done);
    }
    out << "load (SQL daily series + phases + sessions + questionnaires): median " << medianMs(load) << " ms\n";
    out << "compute series + statistics for \"all\": median " << medianMs(computeAll) << " ms\n";
    out << "load + compute for \"all\" (TrendsCalculator::compute): median " << medianMs(total)
        << " ms (target <= 100 ms)\n";
    out << "  -> " << data.daily.size() << " mood days, " << data.average.size() << " average segments, "
        << data.sessions.size() << " sessions, " << data.phases.size() << " phase bands, "
        << data.phq9.points.size() + data.gad7.points.size() << " questionnaire points, " << data.sessionEffects.size()
        << " session effects\n";

    auto input = TrendsCalculator::load(*journal);
    for (auto [preset, name] :
        { std::pair { RangePreset::FourWeeks, "4 weeks" }, std::pair { RangePreset::TwelveWeeks, "12 weeks" },
            std::pair { RangePreset::OneYear, "1 year" }, std::pair { RangePreset::ThisPhase, "this phase" } }) {
        QList<qint64> times;
        for (int run = 0; run < Runs; ++run) {
            QElapsedTimer t;
            t.start();
            const TrendsData d = statistics::compute(input.value(), preset);
            times.append(t.nsecsElapsed());
        }
        out << "range switch to " << name << " (compute only): median " << medianMs(times) << " ms\n";
    }
    return 0;
}
