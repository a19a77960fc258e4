// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "tests/qml/UiDriver.h"

#include "app/shell/AppSettings.h"
#include "tests/qml/QmlWarnings.h"

#include <QDir>
#include <QQmlApplicationEngine>
#include <QQueue>
#include <QTest>

namespace {
template <typename Predicate> QObject* search(QQuickWindow* window, Predicate matches)
{
    if (!window) {
        return nullptr;
    }
    QQueue<QObject*> queue;
    queue.enqueue(window);
    QSet<QObject*> seen;
    while (!queue.isEmpty()) {
        QObject* object = queue.dequeue();
        if (!object || seen.contains(object)) {
            continue;
        }
        seen.insert(object);
        if (matches(object)) {
            return object;
        }
        for (QObject* child : object->children()) {
            queue.enqueue(child);
        }
        if (auto* item = qobject_cast<QQuickItem*>(object)) {
            for (QQuickItem* child : item->childItems()) {
                queue.enqueue(child);
            }
        }
        if (object == window && window->contentItem()) {
            queue.enqueue(window->contentItem());
            queue.enqueue(window->contentItem()->parentItem());
        }
    }
    return nullptr;
}
} // namespace

QQuickItem* UiDriver::itemWithText(const QString& text) const
{
    return qobject_cast<QQuickItem*>(search(m_window, [&text](QObject* object) {
        auto* item = qobject_cast<QQuickItem*>(object);
        return item && item->isVisible() && item->property("text").toString() == text;
    }));
}

QObject* UiDriver::find(const QString& name) const
{
    return search(m_window, [&name](QObject* object) { return object->objectName() == name; });
}

bool UiDriver::isShown(const QString& name) const
{
    QObject* found = find(name);
    if (!found) {
        return false;
    }
    if (auto* quickItem = qobject_cast<QQuickItem*>(found)) {
        return quickItem->isVisible() && quickItem->width() > 0 && quickItem->height() > 0;
    }
    // Popups and dialogs are not items; they say whether they are open.
    return found->property("opened").toBool() || found->property("visible").toBool();
}

bool UiDriver::click(const QString& name) const
{
    QQuickItem* found = item(name);
    if (!found) {
        qWarning("UiDriver: no item named %s", qPrintable(name));
        return false;
    }
    return click(found);
}

bool UiDriver::click(QQuickItem* target) const
{
    if (!target || !target->isVisible() || !target->isEnabled()) {
        qWarning("UiDriver: item %s is hidden or disabled", target ? qPrintable(target->objectName()) : "(null)");
        return false;
    }
    scrollIntoView(target);
    const QPoint centre = target->mapToScene(QPointF(target->width() / 2, target->height() / 2)).toPoint();
    QTest::mouseClick(m_window.data(), Qt::LeftButton, Qt::NoModifier, centre);
    settle(50);
    return true;
}

void UiDriver::scrollIntoView(QQuickItem* target) const
{
    // As a person scrolls before clicking: every Flickable around the item moves just enough to
    // show it whole (Qt 6.8 no longer delivers a click to the clipped-away part of a Flickable).
    for (QQuickItem* ancestor = target->parentItem(); ancestor; ancestor = ancestor->parentItem()) {
        if (!ancestor->inherits("QQuickFlickable")) {
            continue;
        }
        const QRectF box = target->mapRectToItem(ancestor, target->boundingRect());
        const qreal contentY = ancestor->property("contentY").toReal();
        qreal shift = 0;
        if (box.bottom() > ancestor->height()) {
            shift = box.bottom() - ancestor->height();
        }
        if (box.top() - shift < 0) {
            shift = box.top();
        }
        if (shift != 0) {
            ancestor->setProperty("contentY", contentY + shift);
            settle(50);
        }
    }
}

bool UiDriver::type(const QString& name, const QString& text) const
{
    QQuickItem* found = item(name);
    if (!found) {
        qWarning("UiDriver: no item named %s", qPrintable(name));
        return false;
    }
    found->forceActiveFocus(Qt::TabFocusReason);
    typeText(text);
    return true;
}

void UiDriver::typeText(const QString& text) const
{
    // QTest::keyClicks only takes widgets; type character by character into the window.
    for (const QChar c : text) {
        QTest::keyClick(m_window.data(), c.toLatin1());
    }
    settle(20);
}

QString UiDriver::focusedName() const
{
    QQuickItem* focused = m_window ? m_window->activeFocusItem() : nullptr;
    return focused ? focused->objectName() : QString();
}

void UiDriver::key(int keyCode, Qt::KeyboardModifiers modifiers) const
{
    QTest::keyClick(m_window.data(), Qt::Key(keyCode), modifiers);
    settle(50);
}

void UiDriver::settle(int ms) const
{
    QTest::qWait(ms);
}

QImage UiDriver::grab() const
{
    return m_window ? m_window->grabWindow() : QImage();
}

bool UiDriver::screenshot(const QString& dir, const QString& name) const
{
    QDir().mkpath(dir);
    kap::AppSettings* settings = kap::AppSettings::instance();
    const QString before = settings->theme();
    bool ok = true;
    for (const QString& theme : { QStringLiteral("light"), QStringLiteral("dark") }) {
        settings->setTheme(theme);
        settle(250); // colour animations in the controls
        const QImage image = grab();
        ok = ok && !image.isNull() && image.save(QDir(dir).filePath(QStringLiteral("%1-%2.png").arg(name, theme)));
    }
    settings->setTheme(before);
    settle(100);
    return ok;
}

namespace uitest {

QQuickWindow* loadMainWindow(QQmlApplicationEngine& engine)
{
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    watchQmlWarnings(engine);
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/KapJournal/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        return nullptr;
    }
    auto* window = qobject_cast<QQuickWindow*>(engine.rootObjects().constFirst());
    if (!window) {
        return nullptr;
    }
    window->resize(1100, 720);
    return QTest::qWaitForWindowExposed(window) ? window : nullptr;
}

} // namespace uitest
