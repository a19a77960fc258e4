// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtTest
import "../../../qml/journal"
import KapJournal.App

// Dates in the editors (issue 16): the calendar beside a date field sets the date (a day in the
// month grid, Today, Yesterday, the keyboard), typing still works, a wrong date shows its message
// under the date only, and Escape closes the calendar without closing the editor.
Item {
    id: top
    width: 900
    height: 600

    SessionEditor {
        id: sessionEditor
    }
    PhasesPage {
        id: phasesPage
        anchors.fill: parent
        visible: false
    }

    TestCase {
        name: "JournalDates"
        when: windowShown

        readonly property string passphrase: "paper boats sail past the old mill"

        function initTestCase() {
            const path = JournalController.defaultJournalPath.replace(/\.kapj$/, "") + "-dates.kapj";
            JournalController.createJournal(path, passphrase, passphrase);
            tryVerify(() => JournalController.unlocked, 30000, JournalController.errorMessage);
        }
        function cleanupTestCase() {
            JournalController.lock();
        }
        function init() {
            sessionEditor.openNew();
            tryVerify(() => sessionEditor.opened);
        }
        function cleanup() {
            sessionEditor.close();
            tryVerify(() => !sessionEditor.visible);
            phasesPage.visible = false;
        }

        function iso(day) {
            return day.getFullYear() + "-" + String(day.getMonth() + 1).padStart(2, "0") + "-" + String(day.getDate()).padStart(2, "0");
        }
        function daysFromToday(offset) {
            const now = new Date();
            return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
        }
        function child(parent, name) {
            const item = findChild(parent, name);
            verify(item, "no item " + name);
            return item;
        }
        function typeInto(input, text) {
            input.forceActiveFocus();
            input.selectAll();
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i]);
        }
        function openCalendar(dateField) {
            mouseClick(dateField.calendarButton);
            tryVerify(() => dateField.calendar.opened, 2000, "the calendar opens");
            return dateField.calendar;
        }
        // The cell of `day` in the open calendar (1-based month in its name).
        function dayCell(calendar, year, month, day) {
            return child(calendar.contentItem, "day_" + year + "_" + month + "_" + day);
        }

        function test_clickingADayInTheMonthGridSetsTheDate() {
            const dateField = child(sessionEditor.contentItem, "sessionDate");
            compare(dateField.field.text, iso(new Date()), "a new session starts today");
            typeInto(dateField.field, "2025-07-04");
            compare(sessionEditor.form.fields.date, "2025-07-04", "typing still reaches the form");

            const calendar = openCalendar(dateField);
            const grid = child(calendar.contentItem, "monthGrid");
            compare(grid.month, 6, "the calendar shows the typed date's month");
            compare(grid.year, 2025);
            verify(child(calendar.contentItem, "monthTitle").text.indexOf("2025") >= 0);

            mouseClick(dayCell(calendar, 2025, 7, 20));
            tryVerify(() => !calendar.visible, 2000, "picking a day closes the calendar");
            compare(dateField.field.text, "2025-07-20");
            compare(sessionEditor.form.fields.date, "2025-07-20");
            verify(sessionEditor.visible, "the editor stays open");

            // Another month through the header's buttons.
            openCalendar(dateField);
            mouseClick(child(calendar.contentItem, "previousMonth"));
            mouseClick(child(calendar.contentItem, "previousMonth"));
            compare(grid.month, 4);
            mouseClick(child(calendar.contentItem, "nextMonth"));
            compare(grid.month, 5);
            mouseClick(dayCell(calendar, 2025, 6, 1));
            tryVerify(() => !calendar.visible);
            compare(sessionEditor.form.fields.date, "2025-06-01");
            compare(child(sessionEditor.contentItem, "sessionDateError").visible, false);
        }

        function test_todayAndYesterday() {
            const dateField = child(sessionEditor.contentItem, "sessionDate");
            typeInto(dateField.field, "2024-01-15");
            const calendar = openCalendar(dateField);
            mouseClick(child(calendar.contentItem, "pickYesterday"));
            tryVerify(() => !calendar.visible);
            compare(dateField.field.text, iso(daysFromToday(-1)));
            compare(sessionEditor.form.fields.date, iso(daysFromToday(-1)));

            openCalendar(dateField);
            mouseClick(child(calendar.contentItem, "pickToday"));
            tryVerify(() => !calendar.visible);
            compare(dateField.field.text, iso(new Date()));
            compare(sessionEditor.form.fields.date, iso(new Date()));
        }

        function test_keyboardOpensAndPicks() {
            const dateField = child(sessionEditor.contentItem, "sessionDate");
            dateField.field.forceActiveFocus();
            keyClick(Qt.Key_Tab);
            verify(dateField.calendarButton.activeFocus, "Tab goes from the date to its calendar button");
            keyClick(Qt.Key_Space);
            const calendar = dateField.calendar;
            tryVerify(() => calendar.opened);
            const grid = child(calendar.contentItem, "monthGrid");
            tryVerify(() => grid.activeFocus, 2000, "the month grid takes the keys");
            keyClick(Qt.Key_Left); // from today to yesterday
            keyClick(Qt.Key_Up); // a week earlier
            keyClick(Qt.Key_Return);
            tryVerify(() => !calendar.visible);
            compare(sessionEditor.form.fields.date, iso(daysFromToday(-8)));
            verify(dateField.field.activeFocus, "the focus goes back to the date");
        }

        function test_wrongDateShowsItsErrorUnderTheDateOnly_data() {
            return [
                { tag: "no such day", date: "2026-02-30" },
                { tag: "words", date: "last week" },
                { tag: "half typed", date: "2026-0" }
            ];
        }
        function test_wrongDateShowsItsErrorUnderTheDateOnly(data) {
            const dateError = child(sessionEditor.contentItem, "sessionDateError");
            const timeError = child(sessionEditor.contentItem, "sessionTimeError");
            typeInto(child(sessionEditor.contentItem, "sessionTimeInput"), "09:15");
            typeInto(child(sessionEditor.contentItem, "sessionDateInput"), data.date);
            tryVerify(() => dateError.visible, 1000, "the wrong date has a message");
            verify(dateError.text.length > 0);
            verify(!timeError.visible, "the right time has none: " + timeError.text);

            // And the other way round: a wrong time flags the time only.
            typeInto(child(sessionEditor.contentItem, "sessionDateInput"), iso(daysFromToday(-2)));
            typeInto(child(sessionEditor.contentItem, "sessionTimeInput"), "25:00");
            tryVerify(() => timeError.visible);
            verify(!dateError.visible, "the right date has no message: " + dateError.text);
        }

        function test_escapeClosesOnlyTheCalendar() {
            const dateField = child(sessionEditor.contentItem, "sessionDate");
            const calendar = openCalendar(dateField);
            keyClick(Qt.Key_Escape);
            tryVerify(() => !calendar.visible, 2000, "Escape closes the calendar");
            wait(100);
            verify(sessionEditor.opened, "the editor stays open");
            compare(sessionEditor.form.fields.date, iso(new Date()), "nothing was picked");
            // The next Escape is the editor's again (nothing changed, so it closes without asking).
            keyClick(Qt.Key_Escape);
            tryVerify(() => !sessionEditor.visible, 2000, "Escape closes the editor");
        }

        // The weekday of the grid's first cell (AppSettings.weekStart: 1 Monday ... 7 Sunday).
        function firstWeekdayShown(calendar) {
            const cells = child(calendar.contentItem, "monthGrid").contentItem.children;
            for (let i = 0; i < cells.length; ++i) {
                if (cells[i].day !== undefined)
                    return new Date(cells[i].year, cells[i].month, cells[i].day).getDay();
            }
            return -1;
        }
        function test_weekStartsOnTheChosenDay() {
            const saved = AppSettings.weekStart;
            const dateField = child(sessionEditor.contentItem, "sessionDate");
            AppSettings.weekStart = 7;
            const calendar = openCalendar(dateField);
            compare(firstWeekdayShown(calendar), 0, "Sunday first");
            keyClick(Qt.Key_Escape);
            tryVerify(() => !calendar.visible);
            AppSettings.weekStart = 1;
            openCalendar(dateField);
            compare(firstWeekdayShown(calendar), 1, "Monday first");
            keyClick(Qt.Key_Escape);
            tryVerify(() => !calendar.visible);
            AppSettings.weekStart = saved;
        }

        function test_phaseFirstDayFromTheCalendar() {
            sessionEditor.close();
            tryVerify(() => !sessionEditor.visible);
            phasesPage.visible = true;
            const startField = child(phasesPage, "phaseStart");
            const calendar = openCalendar(startField);
            mouseClick(child(calendar.contentItem, "pickYesterday"));
            tryVerify(() => !calendar.visible);
            compare(startField.text, iso(daysFromToday(-1)));
            compare(startField.field.text, iso(daysFromToday(-1)));
            verify(!child(phasesPage, "phaseStartError").visible);
            verify(!child(phasesPage, "phaseEndError").visible);
        }
    }
}
