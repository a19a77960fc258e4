// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "report/ReportExporter.h"

#include "report/PdfEncryptor.h"
#include "report/ReportBuilder.h"
#include "report/ReportCollector.h"
#include "storage/Journal.h"
#include "storage/SaveTarget.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QSaveFile>

namespace kap {

Status ReportExporter::writePrivate(const QString& target, const QByteArray& bytes)
{
    // Whoever calls: never over a journal, its side files or a backup (the open journal is a
    // journal file too, so this holds even without knowing its path).
    if (Status allowed = SaveTarget::check(target, {}); !allowed) {
        return allowed;
    }
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly)) {
        const QFileInfo dir(QFileInfo(target).absolutePath());
        return makeError(
            !dir.exists() ? ErrorCode::NotFound : ErrorCode::ReadOnly, QStringLiteral("cannot create file"));
    }
    // Restrict the temporary file before the first byte is written; QSaveFile keeps these
    // permissions when it renames it into place.
    if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        file.cancelWriting();
        return makeError(ErrorCode::Io, QStringLiteral("cannot set permissions"));
    }
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return makeError(ErrorCode::DiskFull, QStringLiteral("write failed"));
    }
    if (!file.commit()) {
        return makeError(ErrorCode::Io, QStringLiteral("commit failed"));
    }
    return {};
}

Status ReportExporter::exportData(const ReportData& data, const ReportOptions& options, const SecureBytes& password,
    const QString& target, std::shared_ptr<ReportCharts> charts, Timings* timings)
{
    if (Status usable = PdfEncryptor::checkPassword(password); !usable) {
        return usable; // before anything is built: a refusal costs nothing
    }
    QElapsedTimer timer;
    timer.start();
    ReportBuilder builder(std::move(charts));
    auto pdf = builder.build(data, options);
    if (!pdf) {
        return pdf.error();
    }
    const qint64 built = timer.elapsed();
    auto encrypted = PdfEncryptor::encrypt(pdf.value(), password);
    SecureBytes::wipe(pdf.value());
    if (!encrypted) {
        return encrypted.error();
    }
    const qint64 encryptedAt = timer.elapsed();
    Status written = writePrivate(target, encrypted.value());
    if (timings) {
        timings->buildMs = built;
        timings->encryptMs = encryptedAt - built;
        timings->writeMs = timer.elapsed() - encryptedAt;
    }
    return written;
}

Status ReportExporter::exportReport(Journal& journal, const ReportOptions& options, const SecureBytes& password,
    const QString& target, std::shared_ptr<ReportCharts> charts, Timings* timings)
{
    if (Status usable = PdfEncryptor::checkPassword(password); !usable) {
        return usable; // before anything is built: a refusal costs nothing
    }
    if (Status allowed = SaveTarget::check(target, journal.path()); !allowed) {
        return allowed;
    }
    QElapsedTimer timer;
    timer.start();
    auto data = ReportCollector::collect(journal, options);
    if (!data) {
        return data.error();
    }
    const qint64 collected = timer.elapsed();
    Status status = exportData(data.value(), options, password, target, std::move(charts), timings);
    if (timings) {
        timings->collectMs = collected;
    }
    return status;
}

} // namespace kap
