// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// PHQ-9 / GAD-7 with the instruments' exact wording and answer options. The total, band and the
// comparison with the baseline appear once every item is answered. PHQ-9 item 9 above 0 opens the
// crisis panel immediately, as soon as it is answered. openNew("phq9" | "gad7") / openEdit(id).
Dialog {
    Material.elevation: AppSettings.plainPopups ? 0 : 24
    id: root

    readonly property alias form: questionnaireForm
    readonly property alias crisisPanel: crisis

    signal saved(real recordId)

    function openNew(kind: string): void {
        questionnaireForm.openNew(kind);
        open();
        draftGuard.begin(0);
        if (!draftGuard.focusOffer())
            focusFirstQuestion();
        scroll.contentItem.contentY = 0;
    }
    function openEdit(id: real): bool {
        if (!questionnaireForm.openEdit(id))
            return false;
        open();
        draftGuard.begin(id);
        if (!draftGuard.focusOffer())
            focusFirstQuestion();
        return true;
    }
    // Each question is one Tab stop (its chosen answer, else its first); arrows and 0–3 choose.
    function focusFirstQuestion(): void {
        const first = itemRepeater.itemAt(0);
        if (first)
            first.focusAnswer(first.answer < 0 ? 0 : first.answer, Qt.OtherFocusReason);
    }
    function scrollToEnd(): void {
        const flick = scroll.contentItem;
        flick.contentY = Math.max(0, flick.contentHeight - flick.height);
    }
    // A lowered item-9 answer is saved only after the person confirmed it (Item9ChangeConfirmation).
    function trySave(): void {
        if (questionnaireForm.lowersItem9)
            item9Confirmation.askLower();
        else
            save();
    }
    function tryMoveToTrash(): void {
        if (questionnaireForm.savedItem9Flag)
            item9Confirmation.askTrash();
        else
            moveToTrash();
    }
    function moveToTrash(): void {
        if (questionnaireForm.moveToTrash()) {
            draftGuard.finish();
            root.close();
        }
    }
    function save(): void {
        if (questionnaireForm.save()) {
            draftGuard.finish();
            root.saved(questionnaireForm.recordId);
            root.close();
        }
    }

    objectName: "questionnaireDialog"
    title: questionnaireForm.title
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 32 : 820, 860)
    height: parent ? parent.height - 32 : 600
    // Escape asks before any answer is lost (DraftGuard.requestClose).
    closePolicy: Popup.NoAutoClose

    onClosed: {
        draftGuard.draft.close(); // keeps what is unsaved if the dialog went away another way
        questionnaireForm.clear();
    }

    Shortcut {
        sequence: "Esc"
        // visible, not opened: Escape also counts while the dialog is still fading in.
        enabled: root.visible && !draftGuard.closeConfirmation.visible && !crisis.visible && !item9Confirmation.visible
        onActivated: draftGuard.requestClose()
    }

    Item9ChangeConfirmation {
        id: item9Confirmation
        onConfirmed: action === "trash" ? root.moveToTrash() : root.save()
    }

    QuestionnaireForm {
        id: questionnaireForm
        // Safety first: the moment item 9 is answered above 0, whatever the total.
        onItem9FlagChanged: if (item9Flag && root.opened) crisis.open()
        // The total and band appear at the end: bring them into view.
        onCompleteChanged: if (complete && root.opened) Qt.callLater(root.scrollToEnd)
    }

    CrisisPanel {
        id: crisis
    }

    readonly property color warningColor: root.Material.color(Material.Red, root.Material.theme === Material.Dark ? Material.Shade300 : Material.Shade800)

    contentItem: ScrollView {
        id: scroll
        clip: true
        contentWidth: availableWidth
        ScrollBar.horizontal.policy: ScrollBar.AlwaysOff

        ColumnLayout {
            id: itemsColumn
            width: scroll.availableWidth
            spacing: 6

            DraftGuard {
                id: draftGuard
                Layout.fillWidth: true
                Layout.rightMargin: 16
                // One draft per instrument: an unfinished PHQ-9 and GAD-7 do not replace each other.
                editor: "questionnaire-" + questionnaireForm.kind
                description: questionnaireForm.title
                content: ({
                        kind: questionnaireForm.kind,
                        answers: questionnaireForm.answers,
                        difficulty: questionnaireForm.difficulty
                    })
                onRestoreRequested: kept => {
                    const answers = kept.answers || [];
                    for (let i = 0; i < answers.length; ++i)
                        questionnaireForm.setAnswer(i, answers[i]);
                    questionnaireForm.setDifficulty(kept.difficulty === undefined ? -1 : kept.difficulty);
                    root.focusFirstQuestion();
                }
                onCloseAccepted: root.close()
            }
            Label {
                objectName: "questionnaireStem"
                Layout.fillWidth: true
                Layout.rightMargin: 16
                text: questionnaireForm.stem
                wrapMode: Text.WordWrap
                font.pixelSize: 16
                font.bold: true
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("Choose one answer for each question. Keys 0–3 answer the focused question.")
                wrapMode: Text.WordWrap
                opacity: 0.75
                font.pixelSize: 12
            }

            Repeater {
                id: itemRepeater
                model: questionnaireForm.items
                delegate: ColumnLayout {
                    id: itemRow
                    required property int index
                    required property string modelData
                    readonly property int answer: questionnaireForm.answers[index] === undefined ? -1 : questionnaireForm.answers[index]

                    function focusAnswer(value: int, reason: int): void {
                        const button = answerRepeater.itemAt(value);
                        if (button)
                            button.forceActiveFocus(reason);
                    }
                    function choose(value: int): void {
                        if (value < 0 || value >= answerRepeater.count)
                            return;
                        questionnaireForm.setAnswer(itemRow.index, value);
                        focusAnswer(value, Qt.TabFocusReason);
                    }

                    Layout.fillWidth: true
                    Layout.rightMargin: 16
                    Layout.topMargin: 8
                    spacing: 2

                    Label {
                        Layout.fillWidth: true
                        text: qsTr("%1. %2").arg(itemRow.index + 1).arg(itemRow.modelData)
                        wrapMode: Text.WordWrap
                    }
                    Flow {
                        Layout.fillWidth: true
                        spacing: 4
                        Repeater {
                            id: answerRepeater
                            model: questionnaireForm.options
                            delegate: RadioButton {
                                id: answerButton
                                required property var modelData
                                required property int index
                                objectName: "q" + (itemRow.index + 1) + "_a" + modelData.value
                                text: qsTr("%1 (%2)").arg(modelData.text).arg(modelData.value)
                                checked: itemRow.answer === modelData.value
                                autoExclusive: false
                                // One Tab stop per question, as in a desktop radio group (the
                                // focused one stays a stop until focus leaves: Qt refuses otherwise).
                                activeFocusOnTab: activeFocus || (itemRow.answer < 0 ? index === 0 : checked)
                                Accessible.name: qsTr("Question %1: %2").arg(itemRow.index + 1).arg(modelData.text)
                                onClicked: questionnaireForm.setAnswer(itemRow.index, modelData.value)
                                Keys.onPressed: event => {
                                    const digit = event.key - Qt.Key_0;
                                    if (digit >= 0 && digit <= 3) {
                                        itemRow.choose(digit);
                                        event.accepted = true;
                                    } else if (event.key === Qt.Key_Right || event.key === Qt.Key_Down) {
                                        itemRow.choose(Math.min(answerButton.index + 1, answerRepeater.count - 1));
                                        event.accepted = true;
                                    } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Up) {
                                        itemRow.choose(Math.max(answerButton.index - 1, 0));
                                        event.accepted = true;
                                    }
                                }
                            }
                        }
                    }
                }
            }

            // The instruments' unscored last question: recorded and shown, never added to the total.
            ColumnLayout {
                objectName: "difficultyQuestion"
                Layout.fillWidth: true
                Layout.rightMargin: 16
                Layout.topMargin: 12
                spacing: 2
                Label {
                    Layout.fillWidth: true
                    text: questionnaireForm.difficultyQuestion + " " + qsTr("(Optional, not scored.)")
                    wrapMode: Text.WordWrap
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 4
                    Repeater {
                        id: difficultyRepeater
                        function choose(index: int): void {
                            const button = difficultyRepeater.itemAt(Math.max(0, Math.min(index, count - 1)));
                            questionnaireForm.setDifficulty(button.modelData.value);
                            button.forceActiveFocus(Qt.TabFocusReason);
                        }
                        model: questionnaireForm.difficultyOptions
                        delegate: RadioButton {
                            id: difficultyButton
                            required property var modelData
                            required property int index
                            objectName: "difficulty_" + modelData.value
                            text: modelData.text
                            checked: questionnaireForm.difficulty === modelData.value
                            autoExclusive: false
                            activeFocusOnTab: activeFocus || (questionnaireForm.difficulty < 0 ? index === 0 : checked)
                            Accessible.name: qsTr("Difficulty: %1").arg(modelData.text)
                            onClicked: questionnaireForm.setDifficulty(modelData.value)
                            Keys.onPressed: event => {
                                if (event.key === Qt.Key_Right || event.key === Qt.Key_Down) {
                                    difficultyRepeater.choose(difficultyButton.index + 1);
                                    event.accepted = true;
                                } else if (event.key === Qt.Key_Left || event.key === Qt.Key_Up) {
                                    difficultyRepeater.choose(difficultyButton.index - 1);
                                    event.accepted = true;
                                }
                            }
                        }
                    }
                }
            }

            Pane {
                objectName: "item9Notice"
                visible: questionnaireForm.item9Flag
                Layout.fillWidth: true
                Layout.rightMargin: 16
                Layout.topMargin: 8
                background: Rectangle {
                    color: "transparent"
                    border.width: 2
                    border.color: root.warningColor
                    radius: 6
                }
                RowLayout {
                    width: parent.width
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.WordWrap
                        text: qsTr("You said you have had thoughts of being better off dead or of hurting yourself.") + " " + CrisisResources.northAmerica + " " + CrisisResources.elsewhere + " " + CrisisResources.notMonitored
                    }
                    Button {
                        objectName: "showCrisisButton"
                        text: qsTr("Get help now")
                        Accessible.name: qsTr("Show crisis resources")
                        onClicked: crisis.open()
                    }
                }
            }

            Pane {
                objectName: "questionnaireResult"
                visible: questionnaireForm.complete
                Layout.fillWidth: true
                Layout.rightMargin: 16
                Layout.topMargin: 8
                background: Rectangle {
                    color: "transparent"
                    border.width: 1
                    border.color: root.Material.dividerColor
                    radius: 6
                }
                ColumnLayout {
                    width: parent.width
                    Label {
                        objectName: "questionnaireTotal"
                        text: qsTr("Total %1 of %2: %3").arg(questionnaireForm.total).arg(questionnaireForm.maxTotal).arg(questionnaireForm.band)
                        font.pixelSize: 18
                        font.bold: true
                        Accessible.name: text
                    }
                    Label {
                        objectName: "questionnaireComparison"
                        Layout.fillWidth: true
                        text: questionnaireForm.comparisonText
                        wrapMode: Text.WordWrap
                    }
                    Label {
                        Layout.fillWidth: true
                        text: qsTr("This is a self-report, not a diagnosis. Share it with your clinician.")
                        wrapMode: Text.WordWrap
                        opacity: 0.75
                        font.pixelSize: 12
                    }
                }
            }
            Item {
                Layout.preferredHeight: 8
            }
        }
    }

    footer: Pane {
        padding: 12
        RowLayout {
            width: parent.width
            Label {
                objectName: "questionnaireProgress"
                text: qsTr("%1 of %2 answered").arg(questionnaireForm.answeredCount).arg(questionnaireForm.items.length)
                opacity: 0.8
            }
            Label {
                Layout.fillWidth: true
                visible: text.length > 0
                text: questionnaireForm.errorMessage
                color: root.warningColor
                wrapMode: Text.WordWrap
            }
            Item { Layout.fillWidth: true }
            Button {
                visible: questionnaireForm.recordId > 0
                objectName: "questionnaireDeleteButton"
                text: qsTr("Move to trash")
                Accessible.name: qsTr("Move this questionnaire to the trash")
                flat: true
                onClicked: root.tryMoveToTrash()
            }
            Button {
                objectName: "questionnaireCancelButton"
                text: qsTr("Cancel")
                Accessible.name: qsTr("Cancel the questionnaire")
                flat: true
                onClicked: draftGuard.requestClose()
            }
            Button {
                objectName: "questionnaireSaveButton"
                text: qsTr("Save")
                Accessible.name: qsTr("Save the questionnaire")
                highlighted: true
                // No shadow layer under software rendering (AppSettings.plainPopups): it would blank the button.
                background.layer.enabled: enabled && !AppSettings.plainPopups
                enabled: questionnaireForm.complete
                onClicked: root.trySave()
            }
        }
    }
}
