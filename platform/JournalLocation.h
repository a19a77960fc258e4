// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>

namespace kap {

/// Where journals live by default, and the small facts about paths the app and CLI share.
namespace journallocation {

/// The default journal file: <AppDataLocation>/journal.kapj
QString defaultPath();
/// The file-name extension of journal files, without the dot.
QString extension();

} // namespace journallocation
} // namespace kap
