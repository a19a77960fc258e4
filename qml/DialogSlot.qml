// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls

// A dialog from another area (editors, questionnaires, export): created on first use and
// destroyed with the main frame when the journal locks. dialog() creates it and returns it; the
// caller casts it to the type it declared, so the call is checked by qmllint and the compiler:
//     (sessionEditor.dialog() as SessionEditor).openEdit(recordId)
Loader {
    id: root

    // Whether the dialog exists and is open (false before its first use).
    readonly property bool opened: (root.item as Popup)?.opened === true

    function dialog(): QtObject {
        root.active = true;
        return root.item;
    }

    active: false
}
