// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// libFuzzer target for the JSON import reader (SECURITY.md requirement 15): any input gives a
// snapshot or a clean error, and an accepted snapshot survives encode -> decode unchanged in size.
#include "transfer/JsonExportFormat.h"

#include <QByteArray>

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray input = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    auto decoded = kap::JsonExportFormat::decode(input);
    if (!decoded) {
        if (decoded.error().detail.isEmpty()) {
            std::abort();
        }
        return 0;
    }
    auto again = kap::JsonExportFormat::decode(kap::JsonExportFormat::encode(decoded.value()));
    if (!again || again->sessions.size() != decoded->sessions.size() || again->notes.size() != decoded->notes.size()
        || again->checkins.size() != decoded->checkins.size()
        || again->questionnaires.size() != decoded->questionnaires.size()
        || again->phases.size() != decoded->phases.size()) {
        std::abort();
    }
    return 0;
}
