// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QImage>
#include <QObject>
#include <QPointer>
#include <QQuickItem>
#include <QQuickWindow>
#include <QString>

class QQmlApplicationEngine;

/// Drives the real QML UI from a QtTest: finds items by objectName, clicks them with real mouse
/// events, types with real key events, and saves screenshots of the window (light and dark).
class UiDriver
{
public:
    explicit UiDriver(QQuickWindow* window) : m_window(window) { }

    QQuickWindow* window() const { return m_window; }

    /// The first object called `name` under the window (items, popups, dialogs), or nullptr.
    QObject* find(const QString& name) const;
    QQuickItem* item(const QString& name) const { return qobject_cast<QQuickItem*>(find(name)); }
    /// True when the item exists, is visible and has a size (so a person could click it).
    bool isShown(const QString& name) const;
    /// The first visible item whose `text` property is `text` (menu titles, unnamed buttons).
    QQuickItem* itemWithText(const QString& text) const;

    /// Clicks the centre of the item with a real mouse press and release.
    bool click(const QString& name) const;
    bool click(QQuickItem* item) const;
    /// Scrolls every Flickable around `item` so that it is in view, as a person would.
    void scrollIntoView(QQuickItem* item) const;
    /// Gives the item keyboard focus and types `text` with real key events.
    bool type(const QString& name, const QString& text) const;
    /// Types `text` with real key events wherever the keyboard focus is, as a person would.
    void typeText(const QString& text) const;
    /// The objectName of the item with active keyboard focus (empty when none).
    QString focusedName() const;
    void key(int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) const;

    /// Lets pending bindings, loaders and animations settle.
    void settle(int ms = 150) const;
    /// Renders the window as it is now.
    QImage grab() const;
    /// Saves `<dir>/<name>-light.png` and `<name>-dark.png` (theme switched through AppSettings
    /// and restored afterwards). Returns false if an image could not be written.
    bool screenshot(const QString& dir, const QString& name) const;

private:
    QPointer<QQuickWindow> m_window;
};

namespace uitest {
/// Loads the real Main.qml into `engine` at the default size (1100 x 720) and waits until its
/// window is shown; nullptr when it did not load or show.
QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine);
} // namespace uitest
