#include "SecureClipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

namespace kap {

SecureClipboard::SecureClipboard(QObject* parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, [this]() {
        const bool cleared = clearIfOurs();
        Q_EMIT pendingChanged();
        Q_EMIT expired(cleared);
    });
}

SecureClipboard::~SecureClipboard()
{
    if (!m_digest.isEmpty()) {
        clearIfOurs();
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

QByteArray SecureClipboard::digest(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

void SecureClipboard::copy(const QString& text)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || text.isEmpty()) {
        return;
    }
    auto* mime = new QMimeData;
    mime->setText(text);
    // Tells Klipper and compatible clipboard managers not to keep this in their history.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
    clipboard->setMimeData(mime, QClipboard::Clipboard);
    m_digest = digest(text);
    const bool wasPending = m_timer.isActive();
    m_timer.start(m_clearAfterMs);
    if (!wasPending) {
        Q_EMIT pendingChanged();
    }
}

bool SecureClipboard::clearIfOurs()
{
    if (m_digest.isEmpty()) {
        return false;
    }
    const QByteArray ours = m_digest;
    m_digest.clear();
    const bool wasPending = m_timer.isActive();
    m_timer.stop();
    if (wasPending) {
        Q_EMIT pendingChanged();
    }
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard || digest(clipboard->text(QClipboard::Clipboard)) != ours) {
        return false;
    }
    clipboard->clear(QClipboard::Clipboard);
    return true;
}

} // namespace kap
