// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KapJournal.App

// An optional 0-10 rating (SessionVocabulary's range, storage's limits): a checkbox to give it at all, then a slider with labelled ends.
// `value` is -1 while not given.
RowLayout {
    id: root

    property string label
    property string lowText
    property string highText
    property int value: -1
    // The label column's width; a form lines its rows up by giving them all the widest
    // labelImplicitWidth (a longer translation widens the column instead of being cut off).
    property real labelWidth: 170
    readonly property real labelImplicitWidth: enable.implicitWidth

    signal moved(int value)

    spacing: 8

    CheckBox {
        id: enable
        objectName: root.objectName.length > 0 ? root.objectName + "Enabled" : ""
        text: root.label
        checked: root.value >= 0
        Accessible.name: qsTr("Rate %1").arg(root.label)
        Layout.preferredWidth: Math.max(root.labelWidth, implicitWidth)
        onToggled: root.moved(checked ? 5 : -1)
    }
    Label {
        text: root.lowText
        font.pixelSize: 12
        opacity: enable.checked ? 0.8 : 0.4
    }
    Slider {
        id: slider
        objectName: root.objectName.length > 0 ? root.objectName + "Slider" : ""
        Layout.fillWidth: true
        enabled: enable.checked
        from: SessionVocabulary.ratingMin
        to: SessionVocabulary.ratingMax
        stepSize: 1
        snapMode: Slider.SnapAlways
        value: Math.max(0, root.value)
        Accessible.name: qsTr("%1, %2 of 10").arg(root.label).arg(Math.round(value))
        onMoved: root.moved(Math.round(value))
    }
    Label {
        text: root.highText
        font.pixelSize: 12
        opacity: enable.checked ? 0.8 : 0.4
    }
    Label {
        text: enable.checked ? String(Math.round(slider.value)) : "–"
        font.bold: true
        Layout.preferredWidth: 24
        horizontalAlignment: Text.AlignRight
    }
}
