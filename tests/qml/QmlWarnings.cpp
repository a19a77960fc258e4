// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/qml/QmlWarnings.h"

#include <QList>
#include <QMutex>
#include <QQmlEngine>
#include <QQmlError>
#include <QRegularExpression>
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
QtMessageHandler s_previousHandler = nullptr;

bool allowed(const QString& text)
{
    for (const AllowedWarning& entry : AllowList) {
        if (text.contains(QLatin1String(entry.contains))) {
            return true;
        }
    }
    return false;
}

void recordUnexpected(const QString& text)
{
    {
        const QMutexLocker lock(&s_mutex);
        s_unexpected << text;
    }
    if (QTest::currentTestFunction()) {
        const QByteArray message = "Unexpected QML warning: " + text.toUtf8();
        QTest::qFail(message.constData(), __FILE__, __LINE__);
    }
}

/// A warning Qt Quick or the QML engine prints from C++ without going through
/// QQmlEngine::warnings ("QQuickItem: Cannot set activeFocusOnTab to false once item is the
/// active focus item."): their logging categories, or a Qt class name opening a default-category
/// message.
bool fromQtQuick(const QMessageLogContext& context, const QString& message)
{
    const QLatin1String category(context.category ? context.category : "");
    if (category.startsWith(QLatin1String("qt.quick")) || category.startsWith(QLatin1String("qt.qml"))) {
        return true;
    }
    // "QQuickItem: ...", "QGridLayoutEngine::addItem: ...", "QQmlComponent: ..."
    static const QRegularExpression qtClass(QStringLiteral("^Q[A-Z]\\w*(::\\w+)?: "));
    return category == QLatin1String("default") && qtClass.match(message).hasMatch();
}

/// Installed once, for the whole run, after QtTest's own handler (so QTest::ignoreMessage and
/// the log still work: every message is passed on to it).
void messageHandler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if ((type == QtWarningMsg || type == QtCriticalMsg) && fromQtQuick(context, message) && !allowed(message)) {
        recordUnexpected(message);
    }
    if (s_previousHandler) {
        s_previousHandler(type, context, message);
    }
}

} // namespace

void watchQmlWarnings(QQmlEngine& engine)
{
    static const bool installed = [] {
        s_previousHandler = qInstallMessageHandler(messageHandler);
        return true;
    }();
    Q_UNUSED(installed)
    QObject::connect(&engine, &QQmlEngine::warnings, &engine, [](const QList<QQmlError>& warnings) {
        for (const QQmlError& warning : warnings) {
            const QString text = warning.toString();
            if (!allowed(text)) {
                recordUnexpected(text);
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
