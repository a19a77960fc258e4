// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts

// One page of the main frame's StackLayout. The page is created the first time it is shown and
// lives until the journal locks (the whole frame is destroyed then).
Item {
    id: root

    property Component component: null
    property bool wanted: false
    readonly property alias item: loader.item
    readonly property bool available: loader.status === Loader.Ready

    // Whether the StackLayout shows this slot. Worked out here rather than read from the
    // StackLayout.isCurrentItem attached property: Qt 6.4 makes that attached object without a
    // parent, so one leaked per slot each time the frame was rebuilt (LeakSanitizer, every unlock).
    readonly property bool current: {
        const stack = root.parent as StackLayout;
        return !!stack && stack.children[stack.currentIndex] === root;
    }

    function ensureLoaded(): void {
        wanted = true;
    }

    onCurrentChanged: {
        if (current)
            wanted = true;
    }
    Component.onCompleted: {
        if (current)
            wanted = true;
    }

    Loader {
        id: loader
        anchors.fill: parent
        active: root.wanted
        sourceComponent: root.component
    }
}
