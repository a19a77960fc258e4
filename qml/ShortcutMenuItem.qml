// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A menu entry that shows its keyboard shortcut on the right, as desktop menus do. The shortcut
// itself is a Shortcut in MainFrame, so it works while the menu is closed.
MenuItem {
    id: root

    property string shortcutText

    Accessible.name: text
    Accessible.description: shortcutText

    // Only for its nativeText, the shortcut in the desktop's words ("Strg+L" in German); the
    // working shortcut is MainFrame's.
    Shortcut {
        id: keys
        sequence: root.shortcutText
        enabled: false
    }

    contentItem: RowLayout {
        spacing: 24
        Label {
            Layout.fillWidth: true
            text: root.text
            elide: Text.ElideRight
            color: root.enabled ? root.Material.foreground : root.Material.hintTextColor
        }
        Label {
            visible: root.shortcutText.length > 0
            text: keys.nativeText
            opacity: 0.6
            color: root.Material.foreground
        }
    }
}
