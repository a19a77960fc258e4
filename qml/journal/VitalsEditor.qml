// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import KapJournal.App

// Timed vitals readings of one session (DOMAIN.md "Vitals"): any number of them, each with when
// it was taken. The quick choices are what esketamine clinics (REMS) measure: before dosing, at
// about 40 minutes and before discharge. The form owns the rows; this only shows and edits them.
ColumnLayout {
    id: root

    required property SessionForm form
    // The row count alone drives the Repeater, so typing into a row does not rebuild the rows.
    readonly property int rowCount: (root.form.fields.vitals || []).length
    // Set by the "add" buttons: the row they add takes the keyboard focus (its blood pressure).
    property bool focusNewRow: false

    function add(moment: string): void {
        root.focusNewRow = true;
        root.form.addVital(moment);
    }

    function value(row: int, part: string): string {
        const rows = root.form.fields.vitals || [];
        const v = row < rows.length ? rows[row][part] : undefined;
        return v === undefined ? "" : String(v);
    }
    function error(row: int, part: string): string {
        const v = root.form.errors["vitals." + row + "." + part];
        return v === undefined ? "" : String(v);
    }

    spacing: 4

    Label {
        text: qsTr("Vitals")
        font.bold: true
        Layout.topMargin: 8
        Accessible.role: Accessible.Heading
    }
    Label {
        Layout.fillWidth: true
        wrapMode: Text.WordWrap
        font.pixelSize: 12
        opacity: 0.8
        text: qsTr("Blood pressure, heart rate and oxygen as the clinic measured them, each with its time. All optional.")
    }

    Repeater {
        model: root.rowCount
        delegate: GridLayout {
            id: reading
            required property int index
            readonly property string moment: root.value(index, "moment")
            Layout.fillWidth: true
            columns: root.width > 720 ? 7 : 4
            columnSpacing: 8
            rowSpacing: 2

            Label {
                objectName: "vitalMoment" + reading.index
                text: root.form.vitalMomentLabel(reading.moment, root.value(reading.index, "minutes"))
                font.bold: true
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 10
                Layout.preferredWidth: 110
                elide: Text.ElideNone
                wrapMode: Text.WordWrap
            }
            ValidatedField {
                objectName: "vitalMinutes" + reading.index
                label: qsTr("Minutes after the dose")
                text: root.value(reading.index, "minutes")
                error: root.error(reading.index, "minutes")
                enabled: reading.moment !== "before"
                extraInputMethodHints: Qt.ImhFormattedNumbersOnly
                Layout.fillWidth: true
                onEdited: text => root.form.setVital(reading.index, "minutes", text)
            }
            Component.onCompleted: {
                if (root.focusNewRow && reading.index === root.rowCount - 1) {
                    root.focusNewRow = false;
                    systolic.field.forceActiveFocus(Qt.TabFocusReason);
                }
            }
            ValidatedField {
                id: systolic
                objectName: "vitalSystolic" + reading.index
                label: qsTr("Systolic")
                unit: qsTr("mmHg")
                text: root.value(reading.index, "systolic")
                error: root.error(reading.index, "systolic")
                extraInputMethodHints: Qt.ImhDigitsOnly
                Layout.fillWidth: true
                onEdited: text => root.form.setVital(reading.index, "systolic", text)
            }
            ValidatedField {
                objectName: "vitalDiastolic" + reading.index
                label: qsTr("Diastolic")
                unit: qsTr("mmHg")
                text: root.value(reading.index, "diastolic")
                error: root.error(reading.index, "diastolic")
                extraInputMethodHints: Qt.ImhDigitsOnly
                Layout.fillWidth: true
                onEdited: text => root.form.setVital(reading.index, "diastolic", text)
            }
            ValidatedField {
                objectName: "vitalHeartRate" + reading.index
                label: qsTr("Heart rate")
                unit: qsTr("bpm")
                text: root.value(reading.index, "heartRate")
                error: root.error(reading.index, "heartRate")
                extraInputMethodHints: Qt.ImhDigitsOnly
                Layout.fillWidth: true
                onEdited: text => root.form.setVital(reading.index, "heartRate", text)
            }
            ValidatedField {
                objectName: "vitalSpo2" + reading.index
                label: qsTr("SpO2")
                unit: qsTr("%")
                text: root.value(reading.index, "spo2")
                error: root.error(reading.index, "spo2")
                extraInputMethodHints: Qt.ImhDigitsOnly
                Layout.fillWidth: true
                onEdited: text => root.form.setVital(reading.index, "spo2", text)
            }
            Button {
                objectName: "vitalRemove" + reading.index
                text: qsTr("Remove")
                flat: true
                Layout.alignment: Qt.AlignBottom
                Accessible.name: qsTr("Remove the reading %1").arg(root.form.vitalMomentLabel(reading.moment, root.value(reading.index, "minutes")))
                onClicked: root.form.removeVital(reading.index)
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 6
        Label {
            text: qsTr("Add a reading:")
            height: beforeButton.height
            verticalAlignment: Text.AlignVCenter
        }
        Button {
            id: beforeButton
            objectName: "vitalAddBefore"
            text: qsTr("Before the dose")
            onClicked: root.add("before")
        }
        Button {
            objectName: "vitalAddDuring"
            text: qsTr("At about 40 minutes")
            onClicked: root.add("during")
        }
        Button {
            objectName: "vitalAddDischarge"
            text: qsTr("At discharge")
            onClicked: root.add("discharge")
        }
        Button {
            objectName: "vitalAddAfter"
            text: qsTr("Another time after")
            onClicked: root.add("after")
        }
    }
}
