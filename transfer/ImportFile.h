// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "storage/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace kap {

/// Reads a file that someone chose to import (Daylio CSV, JSON export) without trusting it: only a
/// regular file is read (a pipe, a device such as /dev/zero, a folder or a socket is refused
/// without blocking, checked again on the opened handle so the path cannot be swapped between the
/// check and the open), and never more than the limit plus one byte, whatever size the file claims
/// (a growing file or one whose size reads 0 is refused as too large, not read forever). Buffers
/// that are dropped, grown or refused are wiped: they may hold someone's notes.
class ImportFile
{
    Q_DECLARE_TR_FUNCTIONS(ImportFile)

public:
    /// The whole file, at most `maxBytes`. Errors (detail): InvalidArgument "not_regular" or
    /// "too_large"; NotFound "not_found"; Io "unreadable".
    static Result<QByteArray> read(const QString& path, qsizetype maxBytes);

    /// A translatable sentence for the errors read() gives ("too_large" names `maxBytes`); an
    /// empty string for any other error.
    static QString describe(const Error& error, qsizetype maxBytes);

    /// "64 MiB", "256 KiB": a limit as people read it.
    static QString formatSize(qsizetype bytes);
};

} // namespace kap
