// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A labelled choice among stored keys ([{key, text}], optionally a shorter `brief` shown when
// closed) with "Not recorded" first; reports the chosen key. The form owns the value.
ColumnLayout {
    id: root

    property string label
    property var options: []
    property string value
    property alias combo: box

    signal chosen(string key)

    spacing: 2

    Label {
        text: root.label
        font.pixelSize: 12
    }
    ComboBox {
        id: box
        objectName: root.objectName.length > 0 ? root.objectName + "Combo" : ""
        Layout.fillWidth: true
        Accessible.name: root.label
        textRole: "text"
        valueRole: "key"
        model: {
            // Copied item by item: a QVariantList is not spread by Array.concat().
            const list = [{ key: "", text: qsTr("Not recorded") }];
            for (let i = 0; i < root.options.length; ++i)
                list.push(root.options[i]);
            return list;
        }
        currentIndex: {
            const list = model;
            for (let i = 0; i < list.length; ++i) {
                if (list[i].key === root.value)
                    return i;
            }
            return 0;
        }
        displayText: {
            const option = model[currentIndex];
            return option && option.brief ? option.brief : currentText;
        }
        onActivated: root.chosen(currentValue)
        // The open list is as wide as its longest words ("Sublingual (lozenge, troche)"), not cut
        // to the closed box's column. (Qt 6.4 has no implicitContentWidthPolicy.)
        popup.width: {
            let widest = 0;
            const list = model;
            for (let i = 0; i < list.length; ++i)
                widest = Math.max(widest, optionMetrics.advanceWidth(list[i].text));
            return Math.max(width, Math.ceil(widest) + 48);
        }
        FontMetrics {
            id: optionMetrics
            font: box.font
        }
    }
}
