// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import KapJournal.App

// A menu as wide as its widest entry, shortcut included, in every language. Qt Quick Controls'
// Menu is as wide as its background (200 px in Material) and elides longer entries ("New
// check-…"); tst_i18n opens every menu with the +40 % pseudo-translation and fails on elided text.
Menu {
    id: root

    // Flat where Qt Quick draws in software (no shaders for the shadow: the popup would go blank).
    Material.elevation: AppSettings.plainPopups ? 0 : 8

    width: {
        let widest = implicitBackgroundWidth;
        for (let i = 0; i < count; ++i) {
            const entry = itemAt(i);
            if (entry)
                widest = Math.max(widest, entry.implicitWidth);
        }
        return widest + leftPadding + rightPadding;
    }
}
