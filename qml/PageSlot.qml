pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KapJournal.App

// One page of the main frame's StackLayout. The page is created the first time it is shown and
// lives until the journal locks (the whole frame is destroyed then). A page from another area is
// given either as a Component (when its type exists) or as a file; a file that is not in this
// build shows a calm placeholder instead of breaking the window.
Item {
    id: root

    property string title
    property Component component: null
    property url source
    property bool wanted: false
    readonly property alias item: loader.item
    readonly property bool available: loader.status === Loader.Ready

    // Whether the StackLayout shows this slot. Worked out here rather than read from the
    // StackLayout.isCurrentItem attached property: Qt 6.4 makes that attached object without a
    // parent, so one leaked per slot each time the frame was rebuilt (LeakSanitizer, every unlock).
    readonly property bool current: {
        const stack = root.parent;
        return !!stack && stack.currentIndex !== undefined && stack.children[stack.currentIndex] === root;
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
        source: root.component ? "" : root.source
        onLoaded: {
            if (item && ("controller" in item))
                item.controller = JournalController;
        }
    }

    PlaceholderPage {
        anchors.fill: parent
        visible: root.wanted && loader.status !== Loader.Ready && loader.status !== Loader.Loading
        title: root.title
    }
}
