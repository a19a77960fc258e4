// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QRect>
#include <QVariantMap>
#include <QWindow>

namespace kap {

/// Remembers the main window's size, position and maximised state between runs, in QSettings
/// group "window" (geometry only, never anything from the journal). A saved position that no
/// longer fits today's screens (a monitor was unplugged) is moved back onto a screen.
class WindowGeometry : public QObject
{
    Q_OBJECT

public:
    explicit WindowGeometry(QObject* parent = nullptr);
    ~WindowGeometry() override;

    /// x, y, width and height for the root window's QML properties, fitted onto the given
    /// screens' available areas; empty when nothing has been saved yet. Passed to
    /// QQmlApplicationEngine::setInitialProperties so the window opens in place, without a jump.
    QVariantMap initialProperties(const QList<QRect>& screens) const;

    /// Follows the window from now on: restores the maximised state, keeps track of its normal
    /// (not maximised) geometry, and saves when the window is hidden or destroyed, and on save().
    void attach(QWindow* window);

    /// Writes the current geometry to the settings.
    void save();

    /// Where a saved window goes on the given screens: unchanged if its top edge (the title bar)
    /// is reachable on one of them, otherwise centred on the first screen; never larger than the
    /// screen it lands on.
    static QRect fitToScreens(const QRect& saved, const QList<QRect>& screens);

private:
    void track();

    QPointer<QWindow> m_window;
    QRect m_normalGeometry;
    bool m_maximized = false;
};

} // namespace kap
