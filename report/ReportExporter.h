// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "report/ReportCharts.h"
#include "report/ReportData.h"
#include "storage/Result.h"
#include "storage/SecureBytes.h"

#include <QString>

#include <memory>

namespace kap {

class Journal;

/// The whole report pipeline: collect -> build the PDF in memory -> encrypt it (AES-256) ->
/// write the encrypted bytes with QSaveFile, mode 0600. No plaintext PDF ever reaches the disk
/// (SECURITY.md requirement 8); an empty password is refused before any work is done.
class ReportExporter
{
public:
    /// Timings of the last export, for the benchmark.
    struct Timings
    {
        qint64 collectMs = 0;
        qint64 buildMs = 0;
        qint64 encryptMs = 0;
        qint64 writeMs = 0;
    };

    static Status exportReport(Journal& journal, const ReportOptions& options, const SecureBytes& password,
        const QString& target, std::shared_ptr<ReportCharts> charts = nullptr, Timings* timings = nullptr);

    /// Build + encrypt + write for data already collected.
    static Status exportData(const ReportData& data, const ReportOptions& options, const SecureBytes& password,
        const QString& target, std::shared_ptr<ReportCharts> charts = nullptr, Timings* timings = nullptr);

    /// Writes bytes atomically (QSaveFile) with mode 0600 from the first byte. Refuses a journal,
    /// its side files and backups as the target (SaveTarget), and replaces any other file.
    static Status writePrivate(const QString& target, const QByteArray& bytes);
};

} // namespace kap
