// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/WindowGeometry.h"

#include <QSettings>

#include <algorithm>

namespace kap {

namespace {
const QString GeometryKey = QStringLiteral("window/geometry");
const QString MaximizedKey = QStringLiteral("window/maximized");
// How much of the window's top edge must be on a screen for the user to grab and move it.
constexpr int GrabbableWidth = 100;
constexpr int GrabbableHeight = 40;
} // namespace

WindowGeometry::WindowGeometry(QObject* parent) : QObject(parent) { }

WindowGeometry::~WindowGeometry()
{
    save();
}

QVariantMap WindowGeometry::initialProperties(const QList<QRect>& screens) const
{
    const QRect saved = QSettings().value(GeometryKey).toRect();
    if (!saved.isValid() || screens.isEmpty()) {
        return {};
    }
    const QRect fitted = fitToScreens(saved, screens);
    return {
        { QStringLiteral("x"), fitted.x() },
        { QStringLiteral("y"), fitted.y() },
        { QStringLiteral("width"), fitted.width() },
        { QStringLiteral("height"), fitted.height() },
    };
}

void WindowGeometry::attach(QWindow* window)
{
    m_window = window;
    if (!window) {
        return;
    }
    m_normalGeometry = window->geometry();
    if (QSettings().value(MaximizedKey, false).toBool()) {
        window->showMaximized();
    }
    connect(window, &QWindow::xChanged, this, &WindowGeometry::track);
    connect(window, &QWindow::yChanged, this, &WindowGeometry::track);
    connect(window, &QWindow::widthChanged, this, &WindowGeometry::track);
    connect(window, &QWindow::heightChanged, this, &WindowGeometry::track);
    connect(window, &QWindow::windowStateChanged, this, &WindowGeometry::track);
    connect(window, &QWindow::visibleChanged, this, [this](bool visible) {
        if (!visible) {
            save();
        }
    });
    connect(window, &QObject::destroyed, this, &WindowGeometry::save);
    track();
}

void WindowGeometry::track()
{
    if (!m_window) {
        return;
    }
    const Qt::WindowStates states = m_window->windowStates();
    if (states & Qt::WindowMinimized) {
        return; // keep what the window looked like before it was minimised
    }
    m_maximized = states & (Qt::WindowMaximized | Qt::WindowFullScreen);
    if (!m_maximized && m_window->isVisible()) {
        m_normalGeometry = m_window->geometry();
    }
}

void WindowGeometry::save()
{
    track(); // the latest geometry, even if its change signals are still queued
    if (!m_normalGeometry.isValid()) {
        return;
    }
    QSettings settings;
    settings.setValue(GeometryKey, m_normalGeometry);
    settings.setValue(MaximizedKey, m_maximized);
}

QRect WindowGeometry::fitToScreens(const QRect& saved, const QList<QRect>& screens)
{
    if (screens.isEmpty()) {
        return saved;
    }
    const QRect titleBar(saved.x(), saved.y(), std::min(saved.width(), GrabbableWidth), GrabbableHeight);
    for (const QRect& screen : screens) {
        if (screen.contains(titleBar)) {
            return QRect(saved.topLeft(), saved.size().boundedTo(screen.size()));
        }
    }
    const QRect& primary = screens.first();
    QRect centred(QPoint(0, 0), saved.size().boundedTo(primary.size()));
    centred.moveCenter(primary.center());
    return centred;
}

} // namespace kap
