// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "QmlWarnings.h"

#include <QList>
#include <QMutex>
#include <QQmlEngine>
#include <QQmlError>
#include <QStringList>
#include <QTest>

#include <array>
#include <cstdio>

namespace uitest {

namespace {

/// A QML warning that may appear, and why it is not a defect of ours.
struct AllowedWarning
{
    const char* contains;
    const char* reason;
};

/// Empty: no Qt warning has needed an exception. Add an entry only with a reason a reviewer can
/// check.
constexpr std::array<AllowedWarning, 0> AllowList {};

QMutex s_mutex;
QStringList s_unexpected;

bool allowed(const QString& text)
{
    for (const AllowedWarning& entry : AllowList) {
        if (text.contains(QLatin1String(entry.contains))) {
            return true;
        }
    }
    return false;
}

} // namespace

void watchQmlWarnings(QQmlEngine& engine)
{
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError>& warnings) {
        for (const QQmlError& warning : warnings) {
            const QString text = warning.toString();
            if (allowed(text)) {
                continue;
            }
            {
                const QMutexLocker lock(&s_mutex);
                s_unexpected << text;
            }
            if (QTest::currentTestFunction()) {
                const QByteArray message = "Unexpected QML warning: " + text.toUtf8();
                QTest::qFail(message.constData(), __FILE__, __LINE__);
            }
        }
    });
}

int unexpectedQmlWarnings()
{
    const QMutexLocker lock(&s_mutex);
    return int(s_unexpected.size());
}

int failOnQmlWarnings(int exitCode)
{
    const QMutexLocker lock(&s_mutex);
    if (s_unexpected.isEmpty()) {
        return exitCode;
    }
    std::fprintf(stderr, "FAIL: %d unexpected QML warning(s):\n", int(s_unexpected.size()));
    for (const QString& text : std::as_const(s_unexpected)) {
        std::fprintf(stderr, "  %s\n", qPrintable(text));
    }
    return exitCode != 0 ? exitCode : 1;
}

} // namespace uitest
