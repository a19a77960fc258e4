// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/JsonExportController.h"

#include "report/ReportExporter.h"
#include "storage/Journal.h"
#include "transfer/JsonTransfer.h"

namespace kap {

JsonExportController::JsonExportController(QObject* parent) : TransferDialogController(parent) { }

bool JsonExportController::exportJson(const QUrl& file)
{
    return startFileWrite(
        file, tr("Exporting…"),
        [](Journal& connection, const QString& path) -> Status {
            auto json = JsonTransfer::exportJson(connection);
            if (!json) {
                return json.error();
            }
            const Status written = ReportExporter::writePrivate(path, json.value());
            SecureBytes::wipe(json.value());
            return written;
        },
        tr("Exported. This file is NOT encrypted: keep it safe and delete it when done."));
}

} // namespace kap
