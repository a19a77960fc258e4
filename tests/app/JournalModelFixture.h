// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include "app/shell/JournalController.h"
#include "storage/Journal.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

/// For the journal area's model tests: a fresh journal opened through the JournalController
/// singleton (the models follow it), fast KDF, nothing remembered in the user's settings.
namespace journaltest {

inline void setUpController()
{
    QStandardPaths::setTestModeEnabled(true);
    kap::JournalController* controller = kap::JournalController::instance();
    controller->setKdfParams(kap::KdfParams::fastForTests());
    controller->setRememberLastJournal(false);
}

/// Creates and unlocks a new journal in `dir`; returns it (nullptr on failure).
inline kap::Journal* openFresh(const QTemporaryDir& dir, const QString& name = QStringLiteral("models.kapj"))
{
    kap::JournalController* controller = kap::JournalController::instance();
    controller->lock();
    QSignalSpy unlocked(controller, &kap::JournalController::unlocked);
    const QString pass = QStringLiteral("correct horse battery staple");
    controller->createJournal(dir.filePath(name), pass, pass);
    if (!unlocked.wait(30000)) {
        qWarning("journal did not open: %s", qPrintable(controller->errorMessage()));
        return nullptr;
    }
    return controller->journal();
}

/// A local time at UTC+01:00.
inline QDateTime at(int year, int month, int day, int hour = 12, int minute = 0, int second = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second), QTimeZone(3600));
}

} // namespace journaltest
