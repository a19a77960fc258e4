// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
// The module itself, for JournalTextField: a file in a subfolder sees only its own folder.
import KapJournal
import KapJournal.App

// The therapist report: date range, what to print, which integration notes to share (none by
// default, with a preview of exactly what will be shared), an export password typed twice or
// generated, then an encrypted PDF (AES-256). Nothing unencrypted is ever written. The PDF is
// built on a worker thread; meanwhile the dialog shows progress and cannot be closed.
Dialog {
    id: root

    readonly property alias report: controller
    readonly property bool dark: Material.theme === Material.Dark

    // Starts the export to `file` (the save dialog calls this; tests call it directly).
    function exportTo(file: url): bool {
        return controller.exportTo(file, password.text, confirmation.text);
    }

    objectName: "reportDialog"
    title: qsTr("Report for your therapist")
    modal: true
    // Flat where shader effects are missing (software rendering): the shadow would take the
    // whole background with it (see AppSettings.plainPopups).
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 760, 760)
    height: Math.min(parent ? parent.height - 32 : 700, 700)
    closePolicy: controller.busy ? Popup.NoAutoClose : Popup.CloseOnEscape

    onAboutToShow: {
        controller.refresh();
        controller.clearMessages();
        password.text = "";
        confirmation.text = "";
    }
    onClosed: {
        password.text = "";
        confirmation.text = "";
    }

    ReportController {
        id: controller
        // Once the report is saved, its password has no business staying on screen.
        onExportFinished: ok => {
            if (ok) {
                password.text = "";
                confirmation.text = "";
                showPassword.checked = false;
            }
        }
    }

    component SectionBox: CheckBox {
        required property int flag
        checked: (controller.sections & flag) !== 0
        onToggled: controller.sections = checked ? (controller.sections | flag) : (controller.sections & ~flag)
    }
    component Heading: Label {
        Layout.topMargin: 6
        font.bold: true
    }
    component Hint: Label {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        opacity: 0.8
    }

    contentItem: ScrollView {
        clip: true
        contentWidth: availableWidth
        enabled: !controller.busy
        // Always shown when the content is taller than the dialog, so nobody misses the rest.
        ScrollBar.vertical.policy: contentHeight > availableHeight ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
        rightPadding: ScrollBar.vertical.visible ? ScrollBar.vertical.width + 6 : 0

        ColumnLayout {
            width: parent.width
            spacing: 8

            Heading { text: qsTr("Period"); Layout.topMargin: 0 }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                ComboBox {
                    objectName: "presetBox"
                    // Room for a translation 40 % longer than "Last 12 weeks"; the range text beside
                    // it wraps instead. (Bound to WidestText's implicitWidth, the RowLayout kept 200.)
                    Layout.preferredWidth: 260
                    Layout.minimumWidth: 260
                    model: [qsTr("Whole course"), qsTr("This phase"), qsTr("Last 4 weeks"), qsTr("Last 12 weeks"),
                        qsTr("Custom")]
                    currentIndex: controller.preset
                    onActivated: index => controller.preset = index
                    Accessible.name: qsTr("Period")
                }
                Label {
                    Layout.fillWidth: true
                    text: controller.rangeText
                    wrapMode: Text.Wrap
                    opacity: 0.8
                }
            }
            // A row of its own, so that the days have room beside each other at 900 x 600.
            RowLayout {
                visible: controller.preset === 4
                Layout.fillWidth: true
                spacing: 16
                // Typed (applied on Enter or leaving the field) or picked in the calendar; the text
                // follows the period, so a wrong date is kept on screen with its message only.
                DateField {
                    id: reportFrom
                    objectName: "reportFrom"
                    Layout.preferredWidth: 240
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("First day")
                    placeholder: qsTr("YYYY-MM-DD")
                    text: Qt.formatDate(controller.from, "yyyy-MM-dd")
                    error: reportFrom.formatProblem
                    onCommitted: text => {
                        if (reportFrom.isDay(text))
                            controller.from = Date.fromLocaleString(Qt.locale("C"), text, "yyyy-MM-dd");
                    }
                }
                DateField {
                    id: reportTo
                    objectName: "reportTo"
                    Layout.preferredWidth: 240
                    Layout.alignment: Qt.AlignTop
                    label: qsTr("Last day")
                    placeholder: qsTr("YYYY-MM-DD")
                    text: Qt.formatDate(controller.to, "yyyy-MM-dd")
                    error: reportTo.formatProblem
                    onCommitted: text => {
                        if (reportTo.isDay(text))
                            controller.to = Date.fromLocaleString(Qt.locale("C"), text, "yyyy-MM-dd");
                    }
                }
            }

            Heading { text: qsTr("Name or initials on the report") }
            JournalTextField {
                objectName: "displayName"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. J. D. (may be left empty)")
                text: controller.displayName
                onTextEdited: controller.displayName = text
                Accessible.name: qsTr("Name or initials")
            }

            Heading { text: qsTr("Sections") }
            Flow {
                Layout.fillWidth: true
                SectionBox { text: qsTr("Summary"); flag: 1 }
                SectionBox { text: qsTr("Mood chart"); flag: 2 }
                SectionBox { text: qsTr("Sessions"); flag: 4 }
                SectionBox { text: qsTr("Questionnaires"); flag: 8 }
                SectionBox { text: qsTr("Chosen notes"); flag: 16 }
                CheckBox {
                    text: qsTr("US Letter paper")
                    checked: controller.letterPaper
                    onToggled: controller.letterPaper = checked
                }
            }

            Heading {
                text: qsTr("Integration notes to share (%1 of %2 chosen)").arg(controller.chosenCount).arg(controller.notes.length)
            }
            Hint {
                text: controller.notes.length > 0
                    ? qsTr("None are shared unless you tick them. Only notes written in the period are listed.")
                    : qsTr("No integration notes were written in this period.")
            }
            ListView {
                objectName: "noteList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 200)
                visible: count > 0
                clip: true
                model: controller.notes
                delegate: CheckDelegate {
                    required property var modelData
                    required property int index
                    objectName: "noteChoice" + index
                    width: ListView.view.width
                    checked: modelData.chosen
                    text: modelData.date + " · " + modelData.title + (modelData.excerpt ? " — " + modelData.excerpt : "")
                    onToggled: controller.setNoteChosen(modelData.id, checked)
                    Accessible.name: modelData.title
                }
                ScrollBar.vertical: ScrollBar {}
            }
            Heading {
                text: qsTr("What will be shared from your notes")
                visible: controller.notes.length > 0
            }
            JournalTextArea {
                objectName: "notePreview"
                visible: controller.notes.length > 0
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                readOnly: true
                wrapMode: TextEdit.Wrap
                text: controller.preview
                Accessible.name: qsTr("Preview of the shared notes")
            }

            Heading { text: qsTr("Export password") }
            Hint {
                text: qsTr("The therapist needs this password to open the PDF. Tell it to them separately, not in the same email.")
            }
            RowLayout {
                Layout.fillWidth: true
                PassphraseField {
                    id: password
                    objectName: "exportPassword"
                    Layout.fillWidth: true
                    revealed: showPassword.checked
                    placeholderText: qsTr("Password")
                    Accessible.name: qsTr("Export password")
                    onTextChanged: strengthMeter.evaluate(text)
                }
                Button {
                    objectName: "suggestPassword"
                    text: qsTr("Suggest one")
                    onClicked: {
                        const words = controller.generatePassword();
                        password.text = words;
                        confirmation.text = words;
                        showPassword.checked = true;
                    }
                }
            }
            // Right under the password, where the eyes are: why Save stays disabled.
            Label {
                id: passwordProblem
                objectName: "passwordProblem"
                Layout.fillWidth: true
                visible: text.length > 0
                text: controller.passwordProblem(password.text)
                wrapMode: Text.WordWrap
                color: root.Material.color(Material.Red, root.dark ? Material.Shade300 : Material.Shade800)
            }
            // The journal's rule and words (zxcvbn); Save waits for an acceptable password.
            PassphraseStrengthMeter {
                id: strengthMeter
                objectName: "exportPasswordStrength"
                Layout.fillWidth: true
            }
            PassphraseField {
                id: confirmation
                objectName: "exportPasswordConfirmation"
                Layout.fillWidth: true
                revealed: showPassword.checked
                placeholderText: qsTr("The same password again")
                Accessible.name: qsTr("Export password again")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                CheckBox { id: showPassword; objectName: "showPassword"; text: qsTr("Show") }
                Label {
                    visible: confirmation.text.length > 0 && confirmation.text !== password.text
                    text: qsTr("The passwords differ")
                    color: root.Material.color(Material.Red, root.dark ? Material.Shade300 : Material.Shade800)
                }
            }
        }
    }

    footer: ColumnLayout {
        spacing: 0
        TaskStatus {
            objectName: "reportStatus"
            Layout.fillWidth: true
            Layout.leftMargin: 24
            Layout.rightMargin: 24
            Layout.topMargin: 8
            busy: controller.busy
            progressText: qsTr("Building and encrypting the report…")
            errorText: controller.errorMessage
            doneText: controller.doneMessage
        }
        DialogButtonBox {
            Layout.fillWidth: true
            Button {
                objectName: "saveReportButton"
                text: qsTr("Save encrypted PDF…")
                highlighted: true
                // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
                background.layer.enabled: enabled && !AppSettings.plainPopups
                Material.elevation: 0
                // The dark theme's light accent under white text is hard to read.
                Material.accent: "#2e7d78"
                enabled: !controller.busy && password.text.length > 0 && password.text === confirmation.text
                         && passwordProblem.text.length === 0 && strengthMeter.acceptable
                DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
                onClicked: saveDialog.open()
            }
            Button {
                objectName: "closeReportButton"
                text: qsTr("Close")
                enabled: !controller.busy
                DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
                onClicked: root.close()
            }
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the encrypted report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: root.exportTo(selectedFile)
    }
}
