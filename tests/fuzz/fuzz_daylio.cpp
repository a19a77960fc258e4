// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the Daylio CSV parser (SECURITY.md requirement 15). Every input must give
// a result or a clean error; the checks below turn a broken invariant into a crash the fuzzer
// reports.
#include "transfer/DaylioParser.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = kap::DaylioParser::parse(input);
    if (!parsed) {
        if (parsed.error().detail.isEmpty()) {
            std::abort(); // every failure says why
        }
        return 0;
    }
    for (const kap::DaylioEntry& entry : parsed->entries) {
        if (!entry.date.isValid() || !entry.time.isValid() || entry.moodLabel.isEmpty() || entry.line < 2) {
            std::abort();
        }
        if (!parsed->moodLabels.contains(entry.moodLabel, Qt::CaseInsensitive)) {
            std::abort();
        }
    }
    return 0;
}
