// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// One accent frame around whatever control has keyboard focus, in every page, dialog and popup of
// its window. Material shows keyboard focus on few controls (nothing on a ComboBox, CheckBox or
// Switch, a faint tint on buttons), so people moving with Tab could not see where they were.
// Declare one per window; it follows Window.activeFocusItem and draws inside the focused control
// (its bounds include Material's insets, so the frame sits around the visible control without
// being clipped by a scrolling parent).
//
// Shown for controls that got focus from the keyboard (Control.visualFocus: Tab, Shift+Tab, a
// mnemonic), not after a click. Text inputs are left out: their caret and accent outline already
// say where typing goes. Menu items are left out: Material highlights the current one.
Item {
    id: root

    // The control the frame is drawn on, or null.
    readonly property Item target: {
        const item = Window.activeFocusItem;
        if (!item || item.visualFocus !== true)
            return null;
        if (item instanceof TextInput || item instanceof TextEdit || item instanceof MenuItem)
            return null;
        return item;
    }
    // The frame itself, for tests.
    readonly property alias frame: frame
    readonly property color color: Material.accent

    visible: false
    width: 0
    height: 0

    Rectangle {
        id: frame

        parent: root.target ?? root
        visible: root.target !== null
        anchors.fill: parent
        z: 1000
        color: "transparent"
        radius: 4
        border.width: 2
        border.color: root.color
    }
}
