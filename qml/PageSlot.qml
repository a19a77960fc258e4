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

    function ensureLoaded(): void {
        wanted = true;
    }

    StackLayout.onIsCurrentItemChanged: {
        if (StackLayout.isCurrentItem)
            wanted = true;
    }
    Component.onCompleted: {
        if (StackLayout.isCurrentItem)
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
