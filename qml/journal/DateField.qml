// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// Not "pragma ComponentBehavior: Bound": MonthGrid (Qt 6.4) also sets its roles as context
// properties of each day, which a bound component refuses with a warning per day.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// A date field: typed as year-month-day exactly as before, or picked in a calendar that the
// button beside the field opens (a month at a time, "Today" and "Yesterday" as quick choices).
// A picked day reaches the form through edited(), the same way as typing, so the form that owns
// the value and its message cannot tell the two apart.
ValidatedField {
    id: root

    readonly property alias calendar: calendarPopup
    readonly property alias calendarButton: calendarButton
    // For owners without a validator of their own (a period's first and last day).
    readonly property string formatProblem: root.field.text.trim().length > 0 && !root.isDay(root.field.text)
                                            ? qsTr("Enter the day as year-month-day, for example 2026-03-02.") : ""

    // The person is done with the date: a day picked in the calendar, or Enter or leaving the
    // field after typing. (edited() comes with every keystroke.)
    signal committed(string text)

    // The day `text` names as year-month-day; an invalid Date when there is no such day.
    function dayFrom(text: string): date {
        const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
        const day = m ? new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : new Date(NaN);
        return m && day.getMonth() === Number(m[2]) - 1 ? day : new Date(NaN);
    }
    function isDay(text: string): bool {
        return !isNaN(root.dayFrom(text).getTime());
    }
    function isoDate(day: date): string {
        return Qt.formatDate(day, "yyyy-MM-dd");
    }
    function daysFromToday(offset: int): date {
        const now = new Date();
        return new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    }
    function pick(day: date): void {
        // The owner of the value updates text, which the input shows (as after typing).
        const text = root.isoDate(day);
        root.edited(text);
        calendarPopup.close();
        root.committed(text);
        // If the owner's value did not change (the same day as before), the input would keep
        // showing what was typed: show the owner's value again.
        root.field.text = Qt.binding(() => root.text);
    }
    function openCalendar(): void {
        // The calendar starts at the field's day, else today.
        calendarPopup.cursor = root.isDay(root.field.text) ? root.dayFrom(root.field.text) : root.daysFromToday(0);
        calendarPopup.open();
    }

    extraInputMethodHints: Qt.ImhDate
    // A calendar left open must not outlive its dialog or page (closing, locking).
    onVisibleChanged: if (!visible) calendarPopup.close()

    Connections {
        target: root.field
        function onEditingFinished(): void {
            // Not when the calendar takes the focus: the pick commits on its own.
            if (!calendarPopup.visible)
                root.committed(root.field.text.trim());
        }
    }

    // Beside the input (ValidatedField's inputRow), so that Tab goes from the text to the button.
    RoundButton {
        id: calendarButton
        objectName: root.objectName.length > 0 ? root.objectName + "CalendarButton" : ""
        parent: root.inputRow
        flat: true
        focusPolicy: Qt.StrongFocus
        implicitWidth: 40
        implicitHeight: 40
        Accessible.name: root.label.length > 0 ? qsTr("%1: choose in a calendar").arg(root.label) : qsTr("Choose the date in a calendar")
        ToolTip.visible: hovered || visualFocus
        ToolTip.text: qsTr("Choose in a calendar")
        onClicked: root.openCalendar()

        // A small calendar sheet in the text colour, so it follows the light and dark themes.
        contentItem: Item {
            implicitWidth: 18
            implicitHeight: 18
            Rectangle {
                anchors.centerIn: parent
                width: 16
                height: 15
                radius: 2
                color: "transparent"
                border.width: 2
                border.color: calendarButton.Material.foreground
                Rectangle {
                    width: parent.width
                    height: 5
                    color: calendarButton.Material.foreground
                }
                // Two rows of days under the sheet's top bar.
                Column {
                    x: 3
                    y: 7
                    spacing: 2
                    Rectangle {
                        width: 10
                        height: 2
                        color: calendarButton.Material.foreground
                    }
                    Rectangle {
                        width: 6
                        height: 2
                        color: calendarButton.Material.foreground
                    }
                }
            }
        }
    }

    Popup {
        id: calendarPopup
        objectName: root.objectName.length > 0 ? root.objectName + "Calendar" : ""

        // The day the keyboard is on (arrow keys); Enter or Space picks it.
        property date cursor: new Date()
        readonly property var calendarLocale: CalendarLocale.withWeekStart(AppSettings.weekStart)

        function moveCursor(days: int): void {
            calendarPopup.cursor = new Date(calendarPopup.cursor.getFullYear(), calendarPopup.cursor.getMonth(), calendarPopup.cursor.getDate() + days);
        }
        function showMonth(offset: int): void {
            calendarPopup.cursor = new Date(calendarPopup.cursor.getFullYear(), calendarPopup.cursor.getMonth() + offset, 1);
        }

        parent: calendarButton
        x: calendarButton.width - width
        y: calendarButton.height + 4
        // Kept inside the window, also at 900 x 600.
        margins: 8
        padding: 8
        modal: false
        focus: true
        // Escape closes this popup only: it takes the key before the dialog's Escape shortcut.
        closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutsideParent
        // A plain sheet with an edge: it stands out from the dialog under it with or without
        // shadows (software rendering draws none, AppSettings.plainPopups).
        background: Rectangle {
            color: calendarPopup.Material.dialogColor
            radius: 4
            border.width: 1
            border.color: calendarPopup.Material.foreground
        }
        onOpened: monthGrid.forceActiveFocus(Qt.PopupFocusReason)
        onClosed: if (root.visible) root.field.forceActiveFocus()

        contentItem: ColumnLayout {
            spacing: 4

            RowLayout {
                Layout.fillWidth: true
                ToolButton {
                    objectName: "previousMonth"
                    // i18n-ignore: an arrow symbol; the accessible name says what it does
                    text: "‹"
                    font.pixelSize: 20
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Previous month")
                    onClicked: calendarPopup.showMonth(-1)
                }
                Label {
                    id: monthTitle
                    objectName: "monthTitle"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    font.bold: true
                    text: qsTr("%1 %2", "month and year above the calendar").arg(calendarPopup.calendarLocale.standaloneMonthName(monthGrid.month)).arg(monthGrid.year)
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                ToolButton {
                    objectName: "nextMonth"
                    // i18n-ignore: an arrow symbol; the accessible name says what it does
                    text: "›"
                    font.pixelSize: 20
                    focusPolicy: Qt.StrongFocus
                    Accessible.name: qsTr("Next month")
                    onClicked: calendarPopup.showMonth(1)
                }
            }

            DayOfWeekRow {
                locale: calendarPopup.calendarLocale
                Layout.fillWidth: true
            }

            MonthGrid {
                id: monthGrid
                objectName: "monthGrid"
                Layout.fillWidth: true
                implicitWidth: 7 * 38
                implicitHeight: 6 * 34
                month: calendarPopup.cursor.getMonth()
                year: calendarPopup.cursor.getFullYear()
                locale: calendarPopup.calendarLocale
                focusPolicy: Qt.StrongFocus
                Accessible.role: Accessible.Table
                Accessible.name: qsTr("Days of %1").arg(monthTitle.text)
                onClicked: day => root.pick(day)

                Keys.onLeftPressed: calendarPopup.moveCursor(-1)
                Keys.onRightPressed: calendarPopup.moveCursor(1)
                Keys.onUpPressed: calendarPopup.moveCursor(-7)
                Keys.onDownPressed: calendarPopup.moveCursor(7)
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Return || event.key === Qt.Key_Enter || event.key === Qt.Key_Space) {
                        root.pick(calendarPopup.cursor);
                        event.accepted = true;
                    } else if (event.key === Qt.Key_PageUp || event.key === Qt.Key_PageDown) {
                        calendarPopup.showMonth(event.key === Qt.Key_PageUp ? -1 : 1);
                        event.accepted = true;
                    }
                }

                // The day cells name this file's ids, which qmllint can only check in a bound
                // component; see the note at the top for why this file cannot be bound on Qt 6.4.
                // qmllint disable unqualified
                delegate: Label {
                    id: dayCell
                    required property int day
                    required property int month
                    required property int year
                    required property bool today

                    readonly property bool inMonth: month === monthGrid.month
                    readonly property bool chosen: root.field.text.trim() === Qt.formatDate(new Date(year, month, day), "yyyy-MM-dd")
                    readonly property bool underCursor: year === calendarPopup.cursor.getFullYear()
                                                        && month === calendarPopup.cursor.getMonth()
                                                        && day === calendarPopup.cursor.getDate()

                    objectName: "day_" + year + "_" + (month + 1) + "_" + day
                    text: String(day)
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                    opacity: inMonth ? 1 : 0.45
                    font.bold: today
                    color: chosen ? monthGrid.Material.background : monthGrid.Material.foreground
                    Accessible.role: Accessible.Button
                    Accessible.name: Qt.formatDate(new Date(year, month, day), Locale.LongFormat)

                    background: Rectangle {
                        anchors.centerIn: parent
                        width: Math.min(dayCell.width, dayCell.height)
                        height: width
                        radius: width / 2
                        color: dayCell.chosen ? monthGrid.Material.accent : "transparent"
                        border.width: dayCell.underCursor && monthGrid.activeFocus ? 2 : (dayCell.today ? 1 : 0)
                        border.color: dayCell.underCursor && monthGrid.activeFocus ? monthGrid.Material.accent : monthGrid.Material.foreground
                    }
                }
                // qmllint enable unqualified
            }

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    objectName: "pickToday"
                    text: qsTr("Today")
                    flat: true
                    Accessible.name: qsTr("Choose today")
                    onClicked: root.pick(root.daysFromToday(0))
                }
                Button {
                    objectName: "pickYesterday"
                    text: qsTr("Yesterday")
                    flat: true
                    Accessible.name: qsTr("Choose yesterday")
                    onClicked: root.pick(root.daysFromToday(-1))
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    objectName: "closeCalendar"
                    text: qsTr("Close")
                    flat: true
                    Accessible.name: qsTr("Close the calendar")
                    onClicked: calendarPopup.close()
                }
            }
        }
    }
}
