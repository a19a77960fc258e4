// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QQmlEngine>
#include <QTimer>

#include <array>

namespace kap {

/// Keeps journal text from lingering on the clipboard (SECURITY.md 13 and 20). One per app (a QML
/// singleton); Main.qml sets its time from AppSettings and calls clearIfOurs() on lock.
///
/// Whatever this app puts on the clipboard is journal text: "Copy location" through copy(), but
/// also Ctrl+C, Ctrl+X and the context menu of any text field, and on X11 the PRIMARY selection
/// that selecting text takes. The guard watches both and, for each one this app owns:
///  - marks it with x-kde-passwordManagerHint so Klipper and compatible clipboard managers do not
///    keep it in their history;
///  - clears it after `clearAfterMs` (30 s by default), and on lock and quit, but only if it still
///    holds what this app put there: something the person copied in another app since is left
///    alone. Only a hash of the text is kept for that comparison.
/// Text selected in a passphrase field shown in clear (one with a `holdsPassphrase` property that
/// is true, see PassphraseField.qml) is taken off PRIMARY at once, before another program can
/// ask for it: X11 serves a selection through the owner's event loop, which is still in here.
class SecureClipboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

    Q_PROPERTY(int clearAfterMs READ clearAfterMs WRITE setClearAfterMs NOTIFY clearAfterMsChanged)
    /// True while text this app copied may still be on the clipboard (either mode).
    Q_PROPERTY(bool pending READ isPending NOTIFY pendingChanged)

public:
    static constexpr int DefaultClearAfterMs = 30'000;

    explicit SecureClipboard(QObject* parent = nullptr);
    /// Clears what is still ours: nothing outlives the app.
    ~SecureClipboard() override;

    int clearAfterMs() const { return m_clearAfterMs; }
    void setClearAfterMs(int ms);
    bool isPending() const;

    /// Puts `text` on the clipboard and starts the countdown.
    Q_INVOKABLE void copy(const QString& text);
    /// Clears the clipboard and the selection now where they still hold our text (called on
    /// lock). Returns whether it cleared anything.
    Q_INVOKABLE bool clearIfOurs();

Q_SIGNALS:
    void clearAfterMsChanged();
    void pendingChanged();
    /// A countdown ended; `cleared` says whether our text was still there and got removed.
    void expired(bool cleared);

private:
    /// What is known about one clipboard mode (Clipboard, or X11's Selection).
    struct Tracked
    {
        QByteArray digest; ///< of the text this app put there; empty when nothing is tracked
        QTimer timer;
    };

    static QByteArray digest(const QString& text);
    static bool ownedByThisApp(QClipboard::Mode mode);
    static bool focusHoldsPassphrase();

    Tracked& tracked(QClipboard::Mode mode);
    void onChanged(QClipboard::Mode mode);
    /// Sets `text` in `mode` with the clipboard-manager hint and starts tracking it.
    void putMarked(QClipboard::Mode mode, const QString& text);
    void track(QClipboard::Mode mode, const QString& text);
    void forget(QClipboard::Mode mode);
    bool clearIfOurs(QClipboard::Mode mode);
    /// Runs `change` on the clipboard without onChanged() taking it for a new copy.
    template <typename Change> void writeQuietly(Change change);

    int m_clearAfterMs = DefaultClearAfterMs;
    std::array<Tracked, 2> m_modes; ///< [0] Clipboard, [1] Selection
    bool m_writing = false;
    bool m_wasPending = false;
};

} // namespace kap
