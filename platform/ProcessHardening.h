// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

namespace kap {

/// Process-wide protections applied first thing in main() of the app and the CLI:
/// - umask 077, so every file the process creates is private even before an explicit chmod;
/// - in release builds, no core dumps (RLIMIT_CORE 0) and a non-dumpable process
///   (PR_SET_DUMPABLE 0), so a crash never writes journal text or keys to disk.
/// Returns false if a protection could not be applied.
bool applyProcessHardening();

/// Whether this build disables core dumps (release builds do).
bool hardeningDisablesCoreDumps();

} // namespace kap
