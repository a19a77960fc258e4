// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/export/TransferDialogController.h"

namespace kap {

/// The C++ side of the JSON export dialog (KapJournal.App); the dialog warns that the file is
/// not encrypted.
class JsonExportController : public kap::TransferDialogController
{
    Q_OBJECT
    QML_ELEMENT

public:
    explicit JsonExportController(QObject* parent = nullptr);

    Q_INVOKABLE bool exportJson(const QUrl& file);
};

} // namespace kap
