#pragma once

#include <span>

namespace kap {

/// The word list for generated export passphrases (see PassphraseGenerator): about 2,100 common
/// English words, lower case, no duplicates.
std::span<const char* const> passphraseWords();

} // namespace kap
