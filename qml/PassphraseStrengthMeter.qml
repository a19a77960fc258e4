// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// Five bars, a word and a hint: how hard the passphrase would be to guess (zxcvbn).
ColumnLayout {
    id: root

    property alias strength: estimator
    readonly property int score: estimator.score
    readonly property bool acceptable: estimator.acceptable

    function evaluate(text: string): void {
        estimator.evaluate(text);
    }

    function colorFor(score: int): color {
        const dark = Material.theme === Material.Dark;
        if (score <= 0)
            return dark ? "#ef9a9a" : "#c62828";
        if (score === 1)
            return dark ? "#ffcc80" : "#e65100";
        if (score === 2)
            return dark ? "#fff59d" : "#b28704";
        return dark ? "#a5d6a7" : "#2e7d32";
    }

    spacing: 4
    Accessible.role: Accessible.ProgressBar
    Accessible.name: qsTr("Passphrase strength")
    Accessible.description: estimator.empty ? estimator.hint : estimator.label + ". " + estimator.hint

    PassphraseStrength {
        id: estimator
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 4
        Repeater {
            model: 5
            delegate: Rectangle {
                required property int index
                Layout.fillWidth: true
                Layout.preferredHeight: 6
                radius: 3
                color: !estimator.empty && index <= estimator.score ? root.colorFor(estimator.score) : root.Material.dividerColor
                Behavior on color {
                    ColorAnimation {
                        duration: 120
                    }
                }
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8
        Label {
            objectName: "strengthLabel"
            visible: !estimator.empty
            text: estimator.label
            font.weight: Font.DemiBold
            color: root.colorFor(estimator.score)
        }
        Label {
            objectName: "strengthHint"
            Layout.fillWidth: true
            text: estimator.hint
            wrapMode: Text.WordWrap
            font.pixelSize: 13
            opacity: 0.75
        }
    }
}
