// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#include "app/shell/SecureClipboard.h"

#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace kap {

namespace {

/// Tells Klipper and compatible clipboard managers not to keep the text in their history.
const QString PasswordManagerHint = QStringLiteral("x-kde-passwordManagerHint");

constexpr std::array<QClipboard::Mode, 2> TrackedModes = { QClipboard::Clipboard, QClipboard::Selection };

} // namespace

SecureClipboard::SecureClipboard(QObject* parent) : QObject(parent)
{
    for (QClipboard::Mode mode : TrackedModes) {
        QTimer& timer = tracked(mode).timer;
        timer.setSingleShot(true);
        connect(&timer, &QTimer::timeout, this, [this, mode]() {
            const bool cleared = clearIfOurs(mode);
            forget(mode); // the pending state follows the timer that just ran out
            Q_EMIT expired(cleared);
        });
    }
    if (QClipboard* clipboard = QGuiApplication::clipboard()) {
        connect(clipboard, &QClipboard::changed, this, &SecureClipboard::onChanged);
    }
}

SecureClipboard::~SecureClipboard()
{
    for (QClipboard::Mode mode : TrackedModes) {
        clearIfOurs(mode);
    }
}

void SecureClipboard::setClearAfterMs(int ms)
{
    if (m_clearAfterMs == ms) {
        return;
    }
    m_clearAfterMs = ms;
    Q_EMIT clearAfterMsChanged();
}

bool SecureClipboard::isPending() const
{
    return m_modes[0].timer.isActive() || m_modes[1].timer.isActive();
}

QByteArray SecureClipboard::digest(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

bool SecureClipboard::ownedByThisApp(QClipboard::Mode mode)
{
    // The offscreen and minimal platforms (tests) hold only this process's clipboard and do not
    // report an owner: whatever is there came from here.
    static const bool platformReportsOwner = QGuiApplication::platformName() != QLatin1String("offscreen")
        && QGuiApplication::platformName() != QLatin1String("minimal");
    if (!platformReportsOwner) {
        return true;
    }
    const QClipboard* clipboard = QGuiApplication::clipboard();
    return mode == QClipboard::Selection ? clipboard->ownsSelection() : clipboard->ownsClipboard();
}

bool SecureClipboard::focusHoldsPassphrase()
{
    const QObject* focus = QGuiApplication::focusObject();
    return focus && focus->property("holdsPassphrase").toBool();
}

SecureClipboard::Tracked& SecureClipboard::tracked(QClipboard::Mode mode)
{
    return m_modes[mode == QClipboard::Selection ? 1 : 0];
}

template <typename Change> void SecureClipboard::writeQuietly(Change change)
{
    m_writing = true;
    change(*QGuiApplication::clipboard());
    m_writing = false;
}

void SecureClipboard::copy(const QString& text)
{
    if (!QGuiApplication::clipboard() || text.isEmpty()) {
        return;
    }
    auto* mime = new QMimeData;
    mime->setText(text);
    mime->setData(PasswordManagerHint, QByteArrayLiteral("secret"));
    writeQuietly([mime](QClipboard& clipboard) { clipboard.setMimeData(mime, QClipboard::Clipboard); });
    track(QClipboard::Clipboard, text);
}

void SecureClipboard::onChanged(QClipboard::Mode mode)
{
    if (m_writing || (mode != QClipboard::Clipboard && mode != QClipboard::Selection)) {
        return;
    }
    if (!ownedByThisApp(mode)) {
        forget(mode); // another program's now: never ours to clear
        return;
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (mode == QClipboard::Selection && focusHoldsPassphrase()) {
        writeQuietly([](QClipboard& c) { c.clear(QClipboard::Selection); });
        forget(mode);
        return;
    }
    const QString text = clipboard->text(mode);
    if (text.isEmpty()) {
        forget(mode);
        return;
    }
    const QMimeData* mime = clipboard->mimeData(mode);
    if (mime && mime->hasFormat(PasswordManagerHint)) {
        track(mode, text);
    } else {
        putMarked(mode, text);
    }
}

void SecureClipboard::putMarked(QClipboard::Mode mode, const QString& text)
{
    // Keeps every format the text field offered (plain text, HTML) and adds the hint.
    auto* marked = new QMimeData;
    if (const QMimeData* original = QGuiApplication::clipboard()->mimeData(mode)) {
        for (const QString& format : original->formats()) {
            marked->setData(format, original->data(format));
        }
    }
    if (!marked->hasText()) {
        marked->setText(text);
    }
    marked->setData(PasswordManagerHint, QByteArrayLiteral("secret"));
    writeQuietly([marked, mode](QClipboard& clipboard) { clipboard.setMimeData(marked, mode); });
    track(mode, text);
}

void SecureClipboard::track(QClipboard::Mode mode, const QString& text)
{
    Tracked& entry = tracked(mode);
    entry.digest = digest(text);
    entry.timer.start(m_clearAfterMs);
    if (!m_wasPending) {
        m_wasPending = true;
        Q_EMIT pendingChanged();
    }
}

void SecureClipboard::forget(QClipboard::Mode mode)
{
    Tracked& entry = tracked(mode);
    entry.digest.clear();
    entry.timer.stop();
    if (m_wasPending && !isPending()) {
        m_wasPending = false;
        Q_EMIT pendingChanged();
    }
}

bool SecureClipboard::clearIfOurs()
{
    bool cleared = false;
    for (QClipboard::Mode mode : TrackedModes) {
        cleared = clearIfOurs(mode) || cleared;
    }
    return cleared;
}

bool SecureClipboard::clearIfOurs(QClipboard::Mode mode)
{
    Tracked& entry = tracked(mode);
    if (entry.digest.isEmpty()) {
        return false;
    }
    const QByteArray ours = entry.digest;
    forget(mode);
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || !ownedByThisApp(mode) || digest(clipboard->text(mode)) != ours) {
        return false;
    }
    writeQuietly([mode](QClipboard& c) { c.clear(mode); });
    return true;
}

} // namespace kap
