// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <span>

namespace kap {

/// The word list for generated passphrases (see PassphraseGenerator): about 2,100 common
/// English words, lower case, no duplicates. Read once from passphrase-words.txt, compiled in as
/// a Qt resource; the strings stay valid for the life of the process.
std::span<const char* const> passphraseWords();

} // namespace kap
