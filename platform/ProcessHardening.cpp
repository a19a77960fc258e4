// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "platform/ProcessHardening.h"

#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>

namespace kap {

bool hardeningDisablesCoreDumps()
{
#ifdef KAP_RELEASE_BUILD
    return true;
#else
    return false;
#endif
}

bool applyProcessHardening()
{
    ::umask(077);
    if (!hardeningDisablesCoreDumps()) {
        return true; // debug builds keep core dumps for developers
    }
    bool ok = true;
    struct rlimit none = {};
    ok = ::setrlimit(RLIMIT_CORE, &none) == 0 && ok;
    ok = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
    return ok;
}

} // namespace kap
