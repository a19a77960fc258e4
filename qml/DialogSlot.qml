// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import KapJournal.App

// A dialog from another area (editors, questionnaires, export): created on first use and
// destroyed with the main frame when the journal locks. invoke() calls one of the dialog's
// functions (openNew(), open(), ...).
Loader {
    id: root

    function invoke(method: string, args: var): bool {
        active = true;
        if (item && typeof item[method] === "function") {
            item[method].apply(item, args === undefined ? [] : args);
            return true;
        }
        console.warn("DialogSlot:", objectName, "has no function", method);
        return false;
    }

    active: false
    onLoaded: {
        if (item && ("controller" in item))
            item.controller = JournalController;
    }
}
