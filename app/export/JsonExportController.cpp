// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/export/JsonExportController.h"

#include "report/ReportExporter.h"
#include "storage/Journal.h"
#include "text/ErrorText.h"
#include "transfer/JsonTransfer.h"

namespace kap {

JsonExportController::JsonExportController(QObject* parent) : TransferDialogController(parent) { }

bool JsonExportController::exportJson(const QUrl& file)
{
    if (busy()) {
        return false;
    }
    const QString target = pathOf(file);
    if (!targetAllowed(target)) {
        return false;
    }
    std::shared_ptr<Journal> second = workerConnection();
    if (!second) {
        return false;
    }
    return startTask(tr("Exporting…"), [this, second, target]() mutable -> BackgroundJob::Finish {
        Status s;
        if (auto json = JsonTransfer::exportJson(*second); !json) {
            s = json.error();
        } else {
            s = ReportExporter::writePrivate(target, json.value());
            SecureBytes::wipe(json.value());
        }
        second.reset();
        return [this, s]() {
            finishTask(s ? QString() : ErrorText::describe(s.error()),
                tr("Exported. This file is NOT encrypted: keep it safe and delete it when done."));
        };
    });
}

} // namespace kap
