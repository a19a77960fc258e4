// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick

// Brings the item that receives keyboard focus into view in every Flickable around it, in every
// page, dialog and popup of its window. Qt Quick scrolls nothing by itself, so Tab could move into
// a field below the visible part of a form and people typed into what they could not see.
// Declare one per window.
//
// Not after a click (what was clicked is in view), and list views are left alone (they follow
// their current item themselves). An item taller than the view (a long note) is scrolled only
// when none of it shows, to its top.
Item {
    id: root

    // Room kept above and below the item, for its label and error line.
    property real margin: 24

    function bringIntoView(item: Item): void {
        for (let view = item.parent; view; view = view.parent) {
            if (!(view instanceof Flickable) || view instanceof ListView || view instanceof GridView)
                continue;
            if (view.contentHeight <= view.height)
                continue;
            const top = item.mapToItem(view.contentItem, 0, 0).y;
            const bottom = top + item.height;
            const shownTop = view.contentY - view.originY;
            const shownBottom = shownTop + view.height;
            let y = shownTop;
            if (item.height + 2 * margin > view.height) {
                if (bottom <= shownTop || top >= shownBottom)
                    y = top - margin;
            } else if (top - margin < shownTop) {
                y = top - margin;
            } else if (bottom + margin > shownBottom) {
                y = bottom + margin - view.height;
            }
            view.contentY = view.originY + Math.max(0, Math.min(y, view.contentHeight - view.height));
        }
    }

    visible: false
    width: 0
    height: 0

    Connections {
        target: root.Window.window
        function onActiveFocusItemChanged(): void {
            const item = root.Window.activeFocusItem;
            if (item && item.focusReason !== Qt.MouseFocusReason)
                root.bringIntoView(item);
        }
    }
}
