// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls

// The one-line text field for anything a person types into the journal (SECURITY.md 12): input
// methods with learning dictionaries or cloud prediction must neither store nor send it. Say what
// kind of text the field takes (digits, a date) in extraInputMethodHints; setting
// inputMethodHints directly would drop the two protective hints, and tst_inputhints fails on that.
TextField {
    property int extraInputMethodHints: Qt.ImhNone

    inputMethodHints: extraInputMethodHints | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
}
