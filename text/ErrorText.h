// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"

#include <QCoreApplication>
#include <QString>

namespace kap {

/// Turns storage errors into sentences a person can act on. The one place where those sentences
/// are made; translatable.
class ErrorText
{
    Q_DECLARE_TR_FUNCTIONS(ErrorText)

public:
    static QString describe(const Error& error);
    static QString describe(ErrorCode code);
    /// What a person should know about a step that succeeded with a warning; empty for None.
    static QString describe(Warning warning);
};

} // namespace kap
