// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls

// The field for a passphrase or password: hidden unless `revealed` (a "Show" box beside it), with
// the input-method hints of every journal field. Text selected in it, even shown in clear, never
// reaches X11's PRIMARY selection: SecureClipboard takes it off at once when the focused field
// says it holds a passphrase.
JournalTextField {
    /// Show the characters instead of dots.
    property bool revealed: false
    /// Read by SecureClipboard (by name, as a property of the focused item).
    readonly property bool holdsPassphrase: true

    echoMode: revealed ? TextInput.Normal : TextInput.Password
    extraInputMethodHints: Qt.ImhNoAutoUppercase
}
