// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// A labelled text field with its validation message right below it. The form owns the value
// and the message; the field only reports edits.
ColumnLayout {
    id: root

    property string label
    property string text
    property string error
    property string placeholder
    property string unit
    property alias field: input
    // The row that holds the input, for a button beside it (DateField's calendar).
    readonly property alias inputRow: inputRow
    // The kind of text (digits, a number); the field always adds the hints that keep input
    // methods from learning or sending what is typed (JournalTextField).
    property int extraInputMethodHints: Qt.ImhNone

    signal edited(string text)

    spacing: 2

    Label {
        text: root.label
        font.pixelSize: 12
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
    }
    RowLayout {
        id: inputRow
        Layout.fillWidth: true
        JournalTextField {
            id: input
            objectName: root.objectName.length > 0 ? root.objectName + "Input" : ""
            Layout.fillWidth: true
            text: root.text
            placeholderText: root.placeholder
            extraInputMethodHints: root.extraInputMethodHints
            selectByMouse: true
            Accessible.name: root.label
            Accessible.description: root.error
            onTextEdited: root.edited(text)
        }
        Label {
            visible: root.unit.length > 0
            text: root.unit
        }
    }
    Label {
        objectName: root.objectName.length > 0 ? root.objectName + "Error" : ""
        visible: root.error.length > 0
        text: root.error
        color: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        Layout.fillWidth: true
        // The message wraps within the field's width instead of widening the field (and its
        // column) the moment it appears.
        Layout.preferredWidth: 0
        Accessible.role: Accessible.AlertMessage
        Accessible.name: root.error
    }
}
