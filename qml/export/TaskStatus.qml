// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// The status line of the export dialogs: while a task runs on its worker thread, a busy
// indicator and what is happening; afterwards the error (red) or what was done (green).
RowLayout {
    id: root

    property bool busy: false
    property string progressText
    property string errorText
    property string doneText
    readonly property bool dark: Material.theme === Material.Dark
    readonly property string shownText: busy ? progressText : (errorText || doneText)

    spacing: 8
    visible: shownText.length > 0

    BusyIndicator {
        objectName: "taskBusyIndicator"
        visible: root.busy
        running: root.busy
        Layout.preferredWidth: 32
        Layout.preferredHeight: 32
    }
    Label {
        objectName: "taskStatusText"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        text: root.shownText
        font.bold: !root.busy && root.errorText.length > 0
        color: root.busy ? root.Material.foreground
            : root.errorText ? root.Material.color(Material.Red, root.dark ? Material.Shade300 : Material.Shade800)
            : root.Material.color(Material.Green, root.dark ? Material.Shade300 : Material.Shade800)
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
}
