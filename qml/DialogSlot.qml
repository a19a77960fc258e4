import QtQuick
import QtQuick.Controls
import KapJournal.App

// A dialog from another area (editors, questionnaires, export): created on first use and
// destroyed with the main frame when the journal locks. invoke() calls one of the dialog's
// functions (openNew(), open(), ...); when the dialog is not part of this build it reports
// unavailable() instead, so the menu never silently does nothing.
Loader {
    id: root

    property string featureName
    property url dialogSource

    signal unavailable(string featureName)

    function invoke(method: string, args: var): bool {
        active = true;
        if (item && typeof item[method] === "function") {
            item[method].apply(item, args === undefined ? [] : args);
            return true;
        }
        unavailable(featureName);
        return false;
    }

    active: false
    source: sourceComponent ? "" : dialogSource
    onLoaded: {
        if (item && ("controller" in item))
            item.controller = JournalController;
    }
}
