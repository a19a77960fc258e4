// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtTest
import KapJournal
import KapJournal.App

// Keyboard focus is visible everywhere, in both themes. In the real window, Tab goes through each
// entry screen, page and dialog; every stop shows where it is: a control carries the
// KeyboardFocusFrame, a text input its caret. The frame's colour stands out from the window's
// background by at least 3:1 (WCAG 1.4.11, non-text contrast) in the light and the dark theme.
TestCase {
    id: testCase
    name: "Focus"
    when: windowShown

    readonly property string passphrase: "amber ferries whistle past nine cold lighthouses"
    property var window: null

    function initTestCase() {
        const component = Qt.createComponent("qrc:/qt/qml/KapJournal/Main.qml");
        compare(component.status, Component.Ready, component.errorString());
        window = component.createObject(null, { width: 900, height: 600 });
        verify(window);
        window.requestActivate();
    }
    function cleanupTestCase() {
        AppSettings.theme = "system";
        JournalController.lock();
        window.destroy();
    }

    function nameOf(item) {
        for (let at = item; at; at = at.parent) {
            if (at.objectName.length > 0)
                return at.objectName + (at === item ? "" : "/" + item);
        }
        return String(item);
    }
    // Presses Tab `steps` times under `area`; each stop must show focus. Returns the stops inside `area`.
    function walk(area, steps) {
        const frame = window.keyboardFocusFrame.frame;
        const inside = [];
        for (let i = 0; i < steps; ++i) {
            keyClick(Qt.Key_Tab);
            const item = window.activeFocusItem;
            verify(item, "something has focus after Tab " + i);
            const name = nameOf(item);
            if (item instanceof TextInput || item instanceof TextEdit) {
                verify(item.cursorVisible || item.readOnly, name + ": a text input shows its caret");
            } else {
                verify(item.visualFocus === true, name + " was reached by Tab but shows no focus");
                compare(frame.parent, item, name + " carries the focus frame");
                verify(frame.visible && frame.width > 0 && frame.height > 0, name + ": the frame is shown");
            }
            if (area.contains(area.mapFromItem(item, item.width / 2, item.height / 2)) && inside.indexOf(name) < 0)
                inside.push(name);
        }
        return inside;
    }
    function walkPage(index, minimum) {
        const frame = window.mainFrame;
        frame.showPage(index);
        tryCompare(frame, "currentIndex", index);
        wait(300);
        const stops = walk(frame.stack, 40);
        verify(stops.length >= minimum, "page " + index + ": " + JSON.stringify(stops));
    }
    function walkDialog(dialog, minimum) {
        tryVerify(() => dialog.opened, 5000, dialog.objectName + " opens");
        const stops = walk(dialog.contentItem.parent, 40);
        verify(stops.length >= minimum, dialog.objectName + ": " + JSON.stringify(stops));
        dialog.close();
        tryVerify(() => !dialog.visible);
    }
    function findIn(name) {
        const found = findChild(window.contentItem.parent, name) ?? findChild(window, name);
        verify(found, name);
        return found;
    }
    function luminance(c) {
        const channel = v => v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        return 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    }
    function contrast(a, b) {
        const la = luminance(a), lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    function test_1_frameStandsOutInBothThemes() {
        for (const theme of ["light", "dark"]) {
            AppSettings.theme = theme;
            tryCompare(window, "dark", theme === "dark");
            const ratio = contrast(window.keyboardFocusFrame.color, window.Material.background);
            verify(ratio >= 3, theme + ": focus frame contrast " + ratio.toFixed(2) + ":1");
        }
        AppSettings.theme = "light";
    }
    function test_2_entryScreens() {
        // The welcome screen's main button has the keyboard; Tab goes on to the next button.
        // (Earlier test files may have left a journal behind: the window would start on unlock.)
        window.entryMode = "welcome";
        tryVerify(() => window.activeFocusItem && window.activeFocusItem.objectName === "welcomeCreateButton", 2000,
                  "focus on " + (window.activeFocusItem ? window.activeFocusItem.objectName : "nothing"));
        keyClick(Qt.Key_Tab);
        compare(window.activeFocusItem.objectName, "welcomeDemoButton");
        walk(window.contentItem, 12);
        window.entryMode = "create";
        wait(300);
        walk(window.contentItem, 16);
        JournalController.createJournal(JournalController.defaultJournalPath.replace(/\.kapj$/, "-focus.kapj"), passphrase, passphrase);
        tryVerify(() => JournalController.unlocked, 20000);
    }
    function test_3_pages_data() {
        return [{ tag: "light", theme: "light" }, { tag: "dark", theme: "dark" }];
    }
    function test_3_pages(data) {
        AppSettings.theme = data.theme;
        tryVerify(() => window.mainFrame !== null);
        const frame = window.mainFrame;
        walkPage(frame.journalPage, 2);
        walkPage(frame.trendsPage, 3);
        walkPage(frame.phasesPage, 2);
        walkPage(frame.searchPage, 1);
        walkPage(frame.trashPage, 0); // empty: nothing to reach, but every stop on the way shows
        walkPage(frame.settingsPage, 6);
        frame.showPage(frame.journalPage);
    }
    // The phase form in its reading order, and back.
    function test_3b_phaseFormTabOrder() {
        const frame = window.mainFrame;
        frame.showPage(frame.phasesPage);
        tryCompare(frame, "currentIndex", frame.phasesPage);
        wait(300);
        findIn("phaseKindCombo").forceActiveFocus(Qt.TabFocusReason);
        const order = ["phaseLabel", "phaseStart", "phaseStartCalendarButton", "phaseEnd", "phaseEndCalendarButton", "phaseNotes"];
        const names = [];
        for (let i = 0; i < order.length; ++i) {
            keyClick(Qt.Key_Tab);
            names.push(stopName(window.activeFocusItem));
        }
        compare(JSON.stringify(names), JSON.stringify(order));
        keyClick(Qt.Key_Backtab);
        compare(stopName(window.activeFocusItem), "phaseEndCalendarButton");
        frame.showPage(frame.journalPage);
    }
    // The named field a focused item belongs to ("phaseStart" for the text input inside it).
    function stopName(item) {
        for (let at = item; at; at = at.parent) {
            if (at.objectName.length > 0)
                return at.objectName.replace(/Input$/, "");
        }
        return String(item);
    }
    function test_4_dialogs() {
        const frame = window.mainFrame;
        frame.newSession();
        walkDialog(findIn("sessionEditor"), 28);
        frame.newNote();
        walkDialog(findIn("noteEditor"), 4);
        frame.newCheckin();
        walkDialog(findIn("checkinDialog"), 5);
        frame.newQuestionnaire("phq9");
        walkDialog(findIn("questionnaireDialog"), 10);
        for (const name of ["report", "backup", "daylio", "json"]) {
            const dialog = findIn(name + "DialogSlot").dialog();
            verify(dialog);
            dialog.open();
            const dialogName = { report: "reportDialog", backup: "backupDialog", daylio: "importDaylioDialog", json: "jsonExportDialog" }[name];
            walkDialog(findIn(dialogName), 2);
        }
        for (const name of ["aboutDialog", "shortcutsDialog"]) {
            const dialog = findIn(name);
            dialog.open();
            walkDialog(dialog, 1);
        }
        frame.showPage(frame.settingsPage);
        wait(300);
        const change = findIn("changePassphraseDialog");
        change.open();
        walkDialog(change, 4);
    }
    function test_5_unlockScreen() {
        JournalController.lock();
        tryCompare(window, "entryMode", "unlock");
        wait(300);
        walk(window.contentItem, 10);
    }
}
