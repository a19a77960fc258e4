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
