pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import KapJournal.App

// The therapist report: date range, what to print, which integration notes to share (none by
// default, with a preview of exactly what will be shared), an export password typed twice or
// generated, then an encrypted PDF (AES-256). Nothing unencrypted is ever written.
Dialog {
    id: root

    property string savedMessage

    objectName: "reportDialog"
    title: qsTr("Report for your therapist")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 760, 760)
    height: Math.min(parent ? parent.height - 32 : 700, 700)
    closePolicy: Popup.CloseOnEscape

    onAboutToShow: {
        controller.refresh();
        password.text = "";
        confirmation.text = "";
        root.savedMessage = "";
    }
    onClosed: {
        password.text = "";
        confirmation.text = "";
    }

    ReportController {
        id: controller
    }

    component SectionBox: CheckBox {
        required property int flag
        checked: (controller.sections & flag) !== 0
        onToggled: controller.sections = checked ? (controller.sections | flag) : (controller.sections & ~flag)
    }

    contentItem: ScrollView {
        clip: true
        contentWidth: availableWidth

        ColumnLayout {
            width: parent.width
            spacing: 10

            Label { text: qsTr("Period"); font.bold: true }
            RowLayout {
                spacing: 8
                ComboBox {
                    objectName: "presetBox"
                    Layout.preferredWidth: 220
                    model: [qsTr("Whole course"), qsTr("This phase"), qsTr("Last 4 weeks"), qsTr("Last 12 weeks"),
                        qsTr("Custom")]
                    currentIndex: controller.preset
                    onActivated: index => controller.preset = index
                    Accessible.name: qsTr("Period")
                }
                TextField {
                    visible: controller.preset === 4
                    placeholderText: qsTr("From (YYYY-MM-DD)")
                    text: Qt.formatDate(controller.from, "yyyy-MM-dd")
                    onEditingFinished: controller.from = Date.fromLocaleString(Qt.locale("C"), text, "yyyy-MM-dd")
                    Accessible.name: qsTr("First day")
                }
                TextField {
                    visible: controller.preset === 4
                    placeholderText: qsTr("To (YYYY-MM-DD)")
                    text: Qt.formatDate(controller.to, "yyyy-MM-dd")
                    onEditingFinished: controller.to = Date.fromLocaleString(Qt.locale("C"), text, "yyyy-MM-dd")
                    Accessible.name: qsTr("Last day")
                }
            }
            Label { text: controller.rangeText; opacity: 0.8 }

            Label { text: qsTr("Name or initials on the report"); font.bold: true }
            TextField {
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. J. D. (may be left empty)")
                text: controller.displayName
                onTextEdited: controller.displayName = text
                Accessible.name: qsTr("Name or initials")
            }

            Label { text: qsTr("Sections"); font.bold: true }
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

            Label {
                text: qsTr("Integration notes to share (%1 of %2 chosen)").arg(controller.chosenCount).arg(controller.notes.length)
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("None are shared unless you tick them. Only notes written in the period are listed.")
                opacity: 0.8
            }
            ListView {
                objectName: "noteList"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.min(contentHeight, 200)
                clip: true
                model: controller.notes
                delegate: CheckDelegate {
                    required property var modelData
                    width: ListView.view.width
                    checked: modelData.chosen
                    text: modelData.date + " · " + modelData.title + (modelData.excerpt ? " — " + modelData.excerpt : "")
                    onToggled: controller.setNoteChosen(modelData.id, checked)
                    Accessible.name: modelData.title
                }
            }
            Label { text: qsTr("What will be shared from your notes"); font.bold: true }
            TextArea {
                objectName: "notePreview"
                Layout.fillWidth: true
                Layout.preferredHeight: 120
                readOnly: true
                wrapMode: TextEdit.Wrap
                text: controller.preview
                Accessible.name: qsTr("Preview of the shared notes")
            }

            Label { text: qsTr("Export password"); font.bold: true }
            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.8
                text: qsTr("The therapist needs this password to open the PDF. Tell it to them separately, not in the same email.")
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: password
                    objectName: "exportPassword"
                    Layout.fillWidth: true
                    echoMode: showPassword.checked ? TextInput.Normal : TextInput.Password
                    inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                    placeholderText: qsTr("Password")
                    Accessible.name: qsTr("Export password")
                }
                Button {
                    text: qsTr("Suggest one")
                    onClicked: {
                        const words = controller.generatePassword();
                        password.text = words;
                        confirmation.text = words;
                        showPassword.checked = true;
                    }
                }
            }
            TextField {
                id: confirmation
                objectName: "exportPasswordConfirmation"
                Layout.fillWidth: true
                echoMode: showPassword.checked ? TextInput.Normal : TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                placeholderText: qsTr("The same password again")
                Accessible.name: qsTr("Export password again")
            }
            RowLayout {
                CheckBox { id: showPassword; text: qsTr("Show") }
                Label {
                    readonly property int strength: controller.passwordStrength(password.text)
                    text: controller.strengthText(strength)
                    color: strength <= 1 ? "#b02a1f" : (strength === 2 ? "#9a6700" : "#2e7d32")
                }
                Label {
                    visible: confirmation.text.length > 0 && confirmation.text !== password.text
                    text: qsTr("The passwords differ")
                    color: "#b02a1f"
                }
            }
            Label {
                id: status
                objectName: "reportStatus"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                color: controller.errorMessage ? "#b02a1f" : "#2e7d32"
                text: controller.errorMessage || root.savedMessage
            }
        }
    }

    footer: DialogButtonBox {
        Button {
            objectName: "saveReportButton"
            text: qsTr("Save encrypted PDF…")
            highlighted: true
            enabled: password.text.length > 0 && password.text === confirmation.text
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: saveDialog.open()
        }
        Button {
            text: qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    FileDialog {
        id: saveDialog
        title: qsTr("Save the encrypted report")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        onAccepted: {
            if (controller.exportTo(selectedFile, password.text, confirmation.text))
                root.savedMessage = qsTr("Saved. The PDF opens only with the export password.");
        }
    }
}
