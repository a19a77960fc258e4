// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls

// The multi-line text area for anything a person writes into the journal (SECURITY.md 12): input
// methods with learning dictionaries or cloud prediction must neither store nor send it. Set
// extraInputMethodHints, not inputMethodHints, so the two protective hints stay.
TextArea {
    property int extraInputMethodHints: Qt.ImhNone

    inputMethodHints: extraInputMethodHints | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
}
