#pragma once

#include <QByteArray>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

namespace kap {

/// Copies text to the system clipboard and takes it back later (SECURITY.md 13).
///
/// After `clearAfterMs` (30 s by default) the clipboard is cleared, but only if it still holds what
/// we put there: something the person copied from another app since is left alone. Only a hash of
/// the copied text is kept for that comparison. The copy is also marked for KDE's clipboard
/// history (x-kde-passwordManagerHint) so it is not kept there.
class SecureClipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    Q_PROPERTY(int clearAfterMs READ clearAfterMs WRITE setClearAfterMs NOTIFY clearAfterMsChanged)
    /// True while text we copied may still be on the clipboard.
    Q_PROPERTY(bool pending READ isPending NOTIFY pendingChanged)

public:
    explicit SecureClipboard(QObject* parent = nullptr);
    /// Clears the clipboard if it still holds our text: nothing outlives the app.
    ~SecureClipboard() override;

    int clearAfterMs() const { return m_clearAfterMs; }
    void setClearAfterMs(int ms);
    bool isPending() const { return m_timer.isActive(); }

    /// Puts `text` on the clipboard and starts the countdown.
    Q_INVOKABLE void copy(const QString& text);
    /// Clears the clipboard now if it still holds our text (called on lock). Returns whether it did.
    Q_INVOKABLE bool clearIfOurs();

Q_SIGNALS:
    void clearAfterMsChanged();
    void pendingChanged();
    /// The countdown ended; `cleared` says whether our text was still there and got removed.
    void expired(bool cleared);

private:
    static QByteArray digest(const QString& text);

    int m_clearAfterMs = 30'000;
    QByteArray m_digest;
    QTimer m_timer;
};

} // namespace kap
