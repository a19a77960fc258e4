// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import "../../../qml/journal"
import KapJournal.App

// The journal area's editors driven through their QML: validation messages beside the fields,
// questionnaire scoring through the UI, the crisis panel the moment PHQ-9 item 9 is above 0,
// the quick check-in, continuous note saving, and the timeline showing what was saved.
Item {
    id: top
    width: 900
    height: 600

    TimelinePage {
        id: timelinePage
        anchors.fill: parent
    }
    SessionEditor {
        id: sessionEditor
    }
    NoteEditor {
        id: noteEditor
    }
    CheckinDialog {
        id: checkinDialog
    }
    QuestionnaireDialog {
        id: questionnaireDialog
    }
    KeyboardFocusFrame {
        id: focusFrame
    }

    TestCase {
        name: "JournalEditors"
        when: windowShown

        readonly property string passphrase: "quiet lanterns drift over seven hills"

        function initTestCase() {
            const path = JournalController.defaultJournalPath.replace(/\.kapj$/, "") + "-editors.kapj";
            JournalController.createJournal(path, passphrase, passphrase);
            tryVerify(() => JournalController.unlocked, 30000, JournalController.errorMessage);
        }
        function cleanupTestCase() {
            JournalController.lock();
        }
        function cleanup() {
            for (const dialog of [sessionEditor, noteEditor, checkinDialog, questionnaireDialog, questionnaireDialog.crisisPanel])
                dialog.close();
            tryVerify(() => !sessionEditor.visible && !questionnaireDialog.visible && !questionnaireDialog.crisisPanel.visible);
        }

        function field(root, name) {
            const item = findChild(root.contentItem, name);
            verify(item, "no item " + name);
            return item;
        }
        function typeInto(root, name, text) {
            const input = field(root, name);
            input.forceActiveFocus();
            input.selectAll();
            if (text.length === 0) {
                keyClick(Qt.Key_Delete);
                return input;
            }
            keyClick(text[0]);
            for (let i = 1; i < text.length; ++i)
                keyClick(text[i]);
            return input;
        }

        // The focused item's name: its own objectName, else its nearest named ancestor's.
        function focusName(item) {
            for (let at = item; at; at = at.parent) {
                if (at.objectName.length > 0)
                    return at.objectName;
            }
            return "(unnamed " + item + ")";
        }
        // Presses key steps times; after each, the focused item must show where it is (the
        // KeyboardFocusFrame on a control, a caret in a text input). Returns the stops' names.
        function tabWalk(steps, key) {
            const names = [];
            for (let i = 0; i < steps; ++i) {
                keyClick(key);
                const item = top.Window.activeFocusItem;
                verify(item, "something has focus after key " + i);
                const name = focusName(item);
                if (item instanceof TextInput || item instanceof TextEdit) {
                    verify(item.cursorVisible, name + ": a text input shows its caret");
                } else {
                    verify(item.visualFocus === true, name + " was reached by Tab but shows no focus");
                    compare(focusFrame.frame.parent, item, name + " carries the focus frame");
                    verify(focusFrame.frame.visible, name + ": the focus frame is visible");
                    compare(focusFrame.frame.width, item.width);
                }
                names.push(name);
            }
            return names;
        }
        function countKind(kind) {
            const model = timelinePage.model;
            let n = 0;
            for (let row = 0; row < model.count; ++row) {
                if (model.data(model.index(row, 0), TimelineModel.KindRole) === kind)
                    ++n;
            }
            return n;
        }

        function test_1_sessionValidationMessagesBesideTheFields() {
            sessionEditor.openNew();
            tryVerify(() => sessionEditor.opened);
            const save = findChild(sessionEditor.footer, "sessionSaveButton");
            verify(save.enabled, "a new session with defaults is valid");

            typeInto(sessionEditor, "sessionDoseInput", "0");
            const doseError = field(sessionEditor, "sessionDoseError");
            tryVerify(() => doseError.visible);
            verify(doseError.text.length > 0);
            verify(!save.enabled);

            typeInto(sessionEditor, "sessionDoseInput", "250");
            tryVerify(() => !doseError.visible);

            // Timed vitals: the quick choices add rows, "about 40 minutes" with its time filled in.
            field(sessionEditor, "vitalAddBefore").clicked();
            field(sessionEditor, "vitalAddDuring").clicked();
            compare(field(sessionEditor, "vitalMinutes1Input").text, "40");
            compare(field(sessionEditor, "vitalMoment1").text, "at 40 min");
            compare(field(sessionEditor, "vitalMoment0").text, "before");
            verify(field(sessionEditor, "vitalSystolic1Input").activeFocus, "a new reading takes the focus");

            typeInto(sessionEditor, "vitalHeartRate0Input", "400");
            const hrError = field(sessionEditor, "vitalHeartRate0Error");
            tryVerify(() => hrError.visible);
            verify(!save.enabled);
            typeInto(sessionEditor, "vitalHeartRate0Input", "72");
            tryVerify(() => !hrError.visible);

            typeInto(sessionEditor, "vitalSystolic1Input", "128");
            const diaError = field(sessionEditor, "vitalDiastolic1Error");
            tryVerify(() => diaError.visible, 1000, "systolic alone asks for diastolic");
            typeInto(sessionEditor, "vitalDiastolic1Input", "84");
            tryVerify(() => !diaError.visible);
            compare(sessionEditor.form.fields.vitals.length, 2);

            typeInto(sessionEditor, "sessionMoodBeforeInput", "11");
            const moodError = field(sessionEditor, "sessionMoodBeforeError");
            tryVerify(() => moodError.visible);
            typeInto(sessionEditor, "sessionMoodBeforeInput", "3");
            typeInto(sessionEditor, "sessionMoodAfterInput", "7");
            tryVerify(() => !moodError.visible);

            typeInto(sessionEditor, "sessionDateInput", "2099-01-01");
            const dateError = field(sessionEditor, "sessionDateError");
            tryVerify(() => dateError.visible, 1000, "far future date refused");
            const today = new Date();
            const iso = today.getFullYear() + "-" + String(today.getMonth() + 1).padStart(2, "0") + "-" + String(today.getDate()).padStart(2, "0");
            typeInto(sessionEditor, "sessionDateInput", iso);
            tryVerify(() => !dateError.visible);

            verify(save.enabled);
            const before = countKind("session");
            mouseClick(save);
            tryVerify(() => !sessionEditor.visible, 2000, sessionEditor.form.errorMessage);
            tryVerify(() => countKind("session") === before + 1);
        }

        function test_2_nextSessionDefaultsToTheLastOne() {
            sessionEditor.openNew();
            tryVerify(() => sessionEditor.opened);
            compare(sessionEditor.form.fields.dose, "250");
            verify(sessionEditor.form.usedLastSession);
            compare(field(sessionEditor, "sessionDoseInput").text, "250");
            sessionEditor.close();
        }

        function test_3_item9ShowsTheCrisisPanelAtOnce() {
            questionnaireDialog.openNew("phq9");
            tryVerify(() => questionnaireDialog.opened);
            const crisis = questionnaireDialog.crisisPanel;
            verify(!crisis.visible);
            // Item 9 first, with every other question still unanswered.
            const item9 = findChild(questionnaireDialog.contentItem, "q9_a1");
            verify(item9);
            item9.forceActiveFocus();
            keyClick(Qt.Key_1);
            tryVerify(() => crisis.opened, 1000, "crisis panel opens immediately");
            verify(!questionnaireDialog.form.complete);
            verify(findChild(crisis.contentItem, "crisis988").text.indexOf("988") >= 0);
            verify(findChild(crisis.contentItem, "crisisNotMonitored").text.indexOf("not monitored") >= 0);
            mouseClick(findChild(crisis.contentItem, "crisisCloseButton"));
            tryVerify(() => !crisis.visible);
            // The notice stays in the questionnaire after the panel is closed.
            verify(findChild(questionnaireDialog.contentItem, "item9Notice").visible);
        }

        function test_4_questionnaireScoringThroughTheUi() {
            questionnaireDialog.openNew("phq9");
            tryVerify(() => questionnaireDialog.opened);
            const answers = [2, 2, 2, 2, 2, 1, 1, 1, 0];
            const scroll = questionnaireDialog.contentItem;
            for (let i = 0; i < answers.length; ++i) {
                const radio = findChild(scroll, "q" + (i + 1) + "_a" + answers[i]);
                verify(radio);
                // Keyboard: focus the question's answer and press its digit.
                radio.forceActiveFocus();
                keyClick(Qt.Key_0 + answers[i]);
            }
            compare(questionnaireDialog.form.answeredCount, 9);
            verify(questionnaireDialog.form.complete);
            compare(questionnaireDialog.form.total, 13);
            compare(questionnaireDialog.form.bandKey, "moderate");
            verify(!questionnaireDialog.crisisPanel.visible);
            const total = findChild(scroll, "questionnaireTotal");
            tryVerify(() => total.visible);
            verify(total.text.indexOf("13") >= 0, total.text);
            verify(total.text.indexOf("Moderate") >= 0, total.text);
            verify(findChild(scroll, "questionnaireComparison").text.length > 0);
            const save = findChild(questionnaireDialog.footer, "questionnaireSaveButton");
            verify(save.enabled);
            mouseClick(save);
            tryVerify(() => !questionnaireDialog.visible);
            tryVerify(() => countKind("questionnaire") === 1);
        }

        function test_5_gad7HasSevenItemsAndNoCrisisFlag() {
            questionnaireDialog.openNew("gad7");
            tryVerify(() => questionnaireDialog.opened);
            compare(questionnaireDialog.form.items.length, 7);
            verify(!findChild(questionnaireDialog.contentItem, "q9_a1"));
            // The mouse on the first question, the keyboard on the rest.
            mouseClick(findChild(questionnaireDialog.contentItem, "q1_a3"));
            compare(questionnaireDialog.form.answers[0], 3);
            for (let i = 2; i <= 7; ++i) {
                findChild(questionnaireDialog.contentItem, "q" + i + "_a0").forceActiveFocus();
                keyClick(Qt.Key_3);
            }
            compare(questionnaireDialog.form.total, 21);
            compare(questionnaireDialog.form.bandKey, "severe");
            verify(!questionnaireDialog.crisisPanel.visible);
        }

        function test_6_checkinInAFewKeystrokes() {
            const before = countKind("checkin");
            checkinDialog.openNew();
            tryVerify(() => checkinDialog.opened);
            // The mood slider has focus: three steps right, Enter saves.
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            compare(checkinDialog.form.mood, 8);
            keyClick(Qt.Key_Return);
            tryVerify(() => !checkinDialog.visible, 2000, checkinDialog.form.errorMessage);
            tryVerify(() => countKind("checkin") === before + 1);
        }

        function test_7_noteSavesAsYouType() {
            noteEditor.openNew(0);
            tryVerify(() => noteEditor.opened);
            const form = noteEditor.form;
            form.saveDelay = 50;
            verify(form.sessionId > 0, "linked to the latest session by default");
            const prompt = findChild(noteEditor.contentItem, "notePrompt0");
            mouseClick(prompt);
            const body = findChild(noteEditor.contentItem, "noteBody");
            verify(body.text.indexOf("What stood out?") === 0, body.text);
            body.forceActiveFocus();
            keyClick(Qt.Key_S);
            keyClick(Qt.Key_K);
            keyClick(Qt.Key_Y);
            tryVerify(() => form.recordId > 0 && !form.dirty, 3000, "saved without closing");
            compare(findChild(noteEditor.contentItem, "noteWordCount").text, "4 words");
            noteEditor.close();
            tryVerify(() => countKind("note") === 1);
        }

        // Tab order in the note editor: title, text, tags, then the linked session, the prompts
        // and the buttons; Shift+Tab goes back the same way. (Tab from the title used to land on
        // the linked session, where typing changed it.)
        function test_7b_noteEditorTabOrder() {
            noteEditor.openNew(0);
            tryVerify(() => noteEditor.opened);
            const item = name => findChild(noteEditor.contentItem, name);
            item("noteTitle").forceActiveFocus();
            const forward = ["noteBody", "noteTags", "noteSessionCombo", "notePrompt0"];
            for (const name of forward) {
                keyClick(Qt.Key_Tab);
                verify(item(name).activeFocus, "Tab should reach " + name);
            }
            const prompts = noteEditor.form.prompts.length;
            for (let i = 1; i < prompts; ++i)
                keyClick(Qt.Key_Tab);
            keyClick(Qt.Key_Tab);
            verify(item("noteDoneButton").activeFocus || item("noteDeleteButton").activeFocus, "after the prompts, the buttons");
            item("noteSessionCombo").forceActiveFocus(Qt.TabFocusReason);
            for (const name of ["noteTags", "noteBody", "noteTitle"]) {
                keyClick(Qt.Key_Backtab);
                verify(item(name).activeFocus, "Shift+Tab should reach " + name);
            }
            compare(noteEditor.form.title, "", "nothing typed anywhere");
        }


        function test_7c_sessionEditorTabOrder() {
            sessionEditor.openNew();
            tryVerify(() => sessionEditor.opened);
            field(sessionEditor, "sessionDateInput").forceActiveFocus(Qt.TabFocusReason);
            const order = ["sessionDateCalendarButton", "sessionTimeInput", "sessionModalityCombo", "sessionRouteCombo",
                "sessionDoseInput", "sessionDosePerKgInput", "sessionProviderInput", "sessionSettingCombo",
                "sessionPresentCombo", "sessionIntention", "sessionMoodBeforeInput", "sessionMoodAfterInput",
                "sessionDissociationInput", "sessionDissociationClinicInput", "sessionDissociationScaleInput",
                "vitalAddBefore", "vitalAddDuring", "vitalAddDischarge", "vitalAddAfter", "sessionSideEffect_nausea",
                "sessionSideEffect_headache", "sessionSideEffect_dizziness", "sessionSideEffect_sedation",
                "sessionSideEffect_anxiety", "sessionSideEffect_urinary", "sessionOtherSideEffects", "sessionExperience",
                "sessionCostInput", "sessionCurrencyInput", "sessionCancelButton", "sessionSaveButton", "sessionDateInput"];
            compare(JSON.stringify(tabWalk(order.length, Qt.Key_Tab)), JSON.stringify(order));
            const back = order.slice(0, -1).reverse().concat(["sessionDateInput"]);
            compare(JSON.stringify(tabWalk(back.length, Qt.Key_Backtab)), JSON.stringify(back));
        }
        // The closed Route box shows the short label, the open list the picker's words: the long
        // words were cut in a one-column box ("Sublingual (lozenge, tro").
        function test_7c2_routeBoxShowsTheShortLabel() {
            // As wide as a maximised window: four columns, the Route box one narrow column.
            top.width = 1400;
            top.height = 900;
            try {
                sessionEditor.openNew();
                tryVerify(() => sessionEditor.opened);
                const box = field(sessionEditor, "sessionRouteCombo");
                tryVerify(() => box.width < 250, 5000, "the Route box is one of four columns: " + box.width);
                sessionEditor.form.setField("route", "sublingual");
                tryCompare(box, "currentText", "Sublingual (lozenge, troche)");
                compare(box.displayText, "Sublingual");
                verify(box.contentItem.implicitWidth <= box.contentItem.width + 1, "the closed box's text fits: " + box.contentItem.implicitWidth + " > " + box.contentItem.width);
                // The open list shows the long words whole.
                box.popup.open();
                tryVerify(() => box.popup.opened);
                const view = box.popup.contentItem;
                tryVerify(() => view.itemAtIndex(1) !== null);
                const option = view.itemAtIndex(1);
                compare(option.text, "Sublingual (lozenge, troche)");
                verify(option.contentItem.implicitWidth <= option.contentItem.width + 1, "the open list's words fit: " + option.contentItem.implicitWidth + " > " + option.contentItem.width);
                box.popup.close();
                tryVerify(() => !box.popup.visible);
                sessionEditor.form.setField("route", "intranasal");
                tryCompare(box, "displayText", "Intranasal");
                sessionEditor.form.setField("route", "");
                tryCompare(box, "displayText", "Not recorded");
            } finally {
                // Back as the other tests expect it, also when a check above failed: no draft left.
                sessionEditor.form.setField("route", "");
                sessionEditor.close();
                top.width = 900;
                top.height = 600;
            }
        }
        function test_7d_checkinTabOrder() {
            checkinDialog.openNew();
            tryVerify(() => checkinDialog.opened);
            verify(field(checkinDialog, "checkinMoodSlider").activeFocus, "the mood comes first");
            const order = ["checkinAnxietyEnabled", "checkinEnergyEnabled", "checkinSleepEnabled", "checkinNote",
                "checkinCancelButton", "checkinSaveButton", "checkinMoodSlider"];
            compare(JSON.stringify(tabWalk(order.length, Qt.Key_Tab)), JSON.stringify(order));
            // A rating switched on adds its slider right after its switch.
            field(checkinDialog, "checkinEnergyEnabled").forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Space);
            compare(JSON.stringify(tabWalk(2, Qt.Key_Tab)), JSON.stringify(["checkinEnergySlider", "checkinSleepEnabled"]));
            checkinDialog.close();
        }
        // Each question is one Tab stop; arrows and 0-3 choose within it, as in a desktop radio group.
        function test_7e_questionnaireOneTabStopPerQuestion() {
            questionnaireDialog.openNew("gad7");
            tryVerify(() => questionnaireDialog.opened);
            const discard = findChild(questionnaireDialog.contentItem, "draftDiscard_questionnaire-gad7");
            if (discard && discard.visible) {
                discard.clicked();
                questionnaireDialog.focusFirstQuestion();
            }
            const q = (item, answer) => field(questionnaireDialog, "q" + item + "_a" + answer);
            tryVerify(() => q(1, 0).activeFocus, 1000, "the first question has focus when the dialog opens");
            compare(JSON.stringify(tabWalk(2, Qt.Key_Tab)), JSON.stringify(["q2_a0", "q3_a0"]));
            keyClick(Qt.Key_Right);
            keyClick(Qt.Key_Right);
            compare(questionnaireDialog.form.answers[2], 2, "Right twice chose the third answer");
            verify(q(3, 2).activeFocus && q(3, 2).visualFocus, "focus follows the chosen answer");
            compare(focusFrame.frame.parent, q(3, 2));
            keyClick(Qt.Key_Left);
            compare(questionnaireDialog.form.answers[2], 1);
            keyClick(Qt.Key_3);
            compare(questionnaireDialog.form.answers[2], 3);
            compare(JSON.stringify(tabWalk(1, Qt.Key_Backtab)), JSON.stringify(["q2_a0"]));
            // Back into an answered question lands on its answer, not on its first option.
            compare(JSON.stringify(tabWalk(1, Qt.Key_Tab)), JSON.stringify(["q3_a3"]));
            compare(JSON.stringify(tabWalk(5, Qt.Key_Tab)), JSON.stringify(["q4_a0", "q5_a0", "q6_a0", "q7_a0", "difficulty_0"]));
            keyClick(Qt.Key_Right);
            compare(questionnaireDialog.form.difficulty, 1);
            compare(JSON.stringify(tabWalk(1, Qt.Key_Tab)), JSON.stringify(["questionnaireCancelButton"]));
            compare(questionnaireDialog.form.answeredCount, 1, "only the question answered on purpose");
        }

        function test_8_deleteOffersUndo() {
            const before = countKind("checkin");
            verify(before > 0);
            const model = timelinePage.model;
            let row = 0;
            while (model.data(model.index(row, 0), TimelineModel.KindRole) !== "checkin")
                ++row;
            const id = model.data(model.index(row, 0), TimelineModel.RecordIdRole);
            verify(EntryActions.moveToTrash("checkin", id));
            tryVerify(() => countKind("checkin") === before - 1);
            tryVerify(() => findChild(top.Overlay.overlay, "undoButton") !== null && findChild(top.Overlay.overlay, "undoButton").visible);
            const undo = findChild(top.Overlay.overlay, "undoButton");
            mouseClick(undo);
            tryVerify(() => countKind("checkin") === before);
        }

        function saveFlaggedPhq9() {
            questionnaireDialog.openNew("phq9");
            tryVerify(() => questionnaireDialog.opened);
            const answers = [1, 1, 1, 1, 1, 1, 1, 1, 2];
            for (let i = 0; i < answers.length; ++i)
                questionnaireDialog.form.setAnswer(i, answers[i]);
            tryVerify(() => questionnaireDialog.crisisPanel.opened);
            questionnaireDialog.crisisPanel.close();
            tryVerify(() => !questionnaireDialog.crisisPanel.visible);
            mouseClick(findChild(questionnaireDialog.footer, "questionnaireSaveButton"));
            tryVerify(() => !questionnaireDialog.visible);
            const model = timelinePage.model;
            for (let row = 0; row < model.count; ++row) {
                const index = model.index(row, 0);
                if (model.data(index, TimelineModel.KindRole) === "questionnaire" && model.data(index, TimelineModel.Item9Role))
                    return { row: row, id: model.data(index, TimelineModel.RecordIdRole) };
            }
            fail("the flagged questionnaire is not in the timeline");
        }
        function confirmation(root) {
            const dialog = findChild(root, "item9ChangeConfirmation");
            verify(dialog, "no item-9 confirmation");
            return dialog;
        }

        function test_9a_loweringAFlaggedItem9AnswerAsksFirst() {
            const saved = saveFlaggedPhq9();
            verify(questionnaireDialog.openEdit(saved.id));
            tryVerify(() => questionnaireDialog.opened);
            verify(questionnaireDialog.form.savedItem9Flag);
            verify(!questionnaireDialog.form.lowersItem9);
            const zero = findChild(questionnaireDialog.contentItem, "q9_a0");
            zero.forceActiveFocus();
            keyClick(Qt.Key_0);
            verify(questionnaireDialog.form.lowersItem9);
            const ask = confirmation(questionnaireDialog);
            mouseClick(findChild(questionnaireDialog.footer, "questionnaireSaveButton"));
            tryVerify(() => ask.opened);
            verify(findChild(ask.contentItem, "item9ChangeText").text.indexOf("report shows it") >= 0);
            // The safe choice has the focus: Enter keeps the first answer and saves nothing.
            keyClick(Qt.Key_Return);
            tryVerify(() => !ask.visible);
            verify(questionnaireDialog.visible);
            questionnaireDialog.close();
            tryVerify(() => !questionnaireDialog.visible);
            verify(questionnaireDialog.openEdit(saved.id));
            compare(questionnaireDialog.form.answers[8], 2);

            questionnaireDialog.form.setAnswer(8, 0);
            mouseClick(findChild(questionnaireDialog.footer, "questionnaireSaveButton"));
            tryVerify(() => ask.opened);
            mouseClick(findChild(ask.contentItem, "item9ChangeConfirm"));
            tryVerify(() => !questionnaireDialog.visible);
            verify(questionnaireDialog.openEdit(saved.id));
            compare(questionnaireDialog.form.answers[8], 0);
            verify(!questionnaireDialog.form.savedItem9Flag);
        }

        function test_9b_trashingAFlaggedQuestionnaireAsksFirst() {
            const saved = saveFlaggedPhq9();
            const before = countKind("questionnaire");
            // From the timeline (Delete on the selected card).
            timelinePage.listView.currentIndex = saved.row;
            timelinePage.moveCurrentToTrash();
            const ask = confirmation(timelinePage);
            tryVerify(() => ask.opened);
            compare(countKind("questionnaire"), before);
            mouseClick(findChild(ask.contentItem, "item9ChangeKeep"));
            tryVerify(() => !ask.visible);
            compare(countKind("questionnaire"), before);
            timelinePage.moveCurrentToTrash();
            tryVerify(() => ask.opened);
            mouseClick(findChild(ask.contentItem, "item9ChangeConfirm"));
            tryVerify(() => countKind("questionnaire") === before - 1);

            // From the questionnaire itself.
            const second = saveFlaggedPhq9();
            verify(questionnaireDialog.openEdit(second.id));
            tryVerify(() => questionnaireDialog.opened);
            const askInDialog = confirmation(questionnaireDialog);
            mouseClick(findChild(questionnaireDialog.footer, "questionnaireDeleteButton"));
            tryVerify(() => askInDialog.opened);
            verify(questionnaireDialog.visible);
            compare(countKind("questionnaire"), before);
            mouseClick(findChild(askInDialog.contentItem, "item9ChangeConfirm"));
            tryVerify(() => !questionnaireDialog.visible);
            tryVerify(() => countKind("questionnaire") === before - 1);
        }
    }
}
