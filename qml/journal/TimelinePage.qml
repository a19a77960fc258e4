// SPDX-FileCopyrightText: 2026 KAP Journal developers
// SPDX-License-Identifier: GPL-3.0-or-later

// No "pragma ComponentBehavior: Bound" here: with it, Qt 6.4's ListView never creates section
// delegates ("Component is not ready") and the week headings disappear.
import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import KapJournal.App

// The journal timeline: newest first, grouped by week with the phase shown, filterable by kind
// and phase. Opening an entry is left to the app frame (openEntry), which owns the editors.
Page {
    id: root

    /// The app frame opens the matching editor: kind is "session", "note", "checkin" or
    /// "questionnaire".
    signal openEntry(string kind, real recordId)
    signal newSessionRequested()
    signal newNoteRequested()
    signal newCheckinRequested()
    signal newQuestionnaireRequested(string kind)

    property alias model: timeline
    property alias listView: list

    objectName: "timelinePage"
    title: qsTr("Journal")
    Accessible.name: qsTr("Journal timeline")

    // A PHQ-9 with a flagged item-9 answer goes to the trash only after the person confirmed it.
    function moveCurrentToTrash(): void {
        const item = list.currentItem;
        if (!item)
            return;
        if (item.kind === "questionnaire" && item.item9) {
            item9Confirmation.recordId = item.recordId;
            item9Confirmation.askTrash();
            return;
        }
        EntryActions.moveToTrash(item.kind, item.recordId);
    }

    Item9ChangeConfirmation {
        id: item9Confirmation
        property real recordId: 0
        onConfirmed: EntryActions.moveToTrash("questionnaire", recordId)
        onClosed: root.listView.forceActiveFocus()
    }

    // Offers every deletion back (it listens to EntryActions; one per window, and the timeline
    // page lives as long as the unlocked journal).
    UndoBar {}

    TimelineModel {
        id: timeline
        weekStart: AppSettings.weekStart
    }

    header: ToolBar {
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 8

            Label {
                text: qsTr("Show")
            }
            ComboBox {
                id: kindFilter
                objectName: "timelineKindFilter"
                Accessible.name: qsTr("Show entries of kind")
                textRole: "text"
                valueRole: "kinds"
                model: [
                    { text: qsTr("Everything"), kinds: [] },
                    { text: qsTr("Sessions"), kinds: ["session"] },
                    { text: qsTr("Integration notes"), kinds: ["note"] },
                    { text: qsTr("Check-ins"), kinds: ["checkin"] },
                    { text: qsTr("Questionnaires"), kinds: ["questionnaire"] },
                    { text: qsTr("Sessions and notes"), kinds: ["session", "note"] }
                ]
                onActivated: timeline.kinds = currentValue
                // As wide as the longest choice ("Sessions and notes" was cut off at 200 px).
                implicitContentWidthPolicy: ComboBox.WidestText
                Layout.minimumWidth: 200
            }
            ComboBox {
                id: phaseFilter
                objectName: "timelinePhaseFilter"
                Accessible.name: qsTr("Show phase")
                textRole: "text"
                valueRole: "id"
                model: timeline.phaseChoices
                onActivated: timeline.phaseId = currentValue
                Layout.preferredWidth: 260
            }
            Item { Layout.fillWidth: true }
            // One "New" menu rather than a button per kind: the row must fit the window's minimum
            // width with longer translations (the rail and the File menu offer the same entries).
            ToolButton {
                id: newButton
                text: qsTr("New")
                icon.name: "list-add"
                objectName: "timelineNew"
                Accessible.name: qsTr("New entry")
                onClicked: newMenu.open()
                FittingMenu {
                    id: newMenu
                    objectName: "timelineNewMenu"
                    y: newButton.height
                    MenuItem {
                        text: qsTr("Session")
                        objectName: "timelineNewSession"
                        Accessible.name: qsTr("New session")
                        onTriggered: root.newSessionRequested()
                    }
                    MenuItem {
                        text: qsTr("Integration note")
                        objectName: "timelineNewNote"
                        Accessible.name: qsTr("New integration note")
                        onTriggered: root.newNoteRequested()
                    }
                    MenuItem {
                        text: qsTr("Mood check-in")
                        objectName: "timelineNewCheckin"
                        Accessible.name: qsTr("New mood check-in")
                        onTriggered: root.newCheckinRequested()
                    }
                    MenuSeparator {}
                    MenuItem {
                        text: qsTr("PHQ-9 (depression)")
                        objectName: "timelineNewPhq9"
                        onTriggered: root.newQuestionnaireRequested("phq9")
                    }
                    MenuItem {
                        text: qsTr("GAD-7 (anxiety)")
                        objectName: "timelineNewGad7"
                        onTriggered: root.newQuestionnaireRequested("gad7")
                    }
                }
            }
        }
    }

    ListView {
        id: list
        objectName: "timelineList"
        anchors.fill: parent
        clip: true
        focus: true
        model: timeline
        keyNavigationEnabled: true
        highlightFollowsCurrentItem: true
        highlightMoveDuration: 0
        reuseItems: true
        cacheBuffer: 800
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Journal entries, newest first")
        ScrollBar.vertical: ScrollBar {}

        Keys.onDeletePressed: root.moveCurrentToTrash()

        section.property: "section"
        section.criteria: ViewSection.FullString
        section.delegate: Pane {
            id: sectionHeading
            required property string section
            width: ListView.view.width
            topPadding: 14
            bottomPadding: 4
            leftPadding: 16
            background: null
            Label {
                text: sectionHeading.section
                font.bold: true
                font.pixelSize: 14
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
        }

        // The cards call this page, which qmllint can only check in a bound component; see the note
        // at the top for why this file cannot be bound on Qt 6.4.
        // qmllint disable unqualified
        delegate: TimelineCard {
            highlighted: ListView.isCurrentItem
            onActivated: (kind, recordId) => root.openEntry(kind, recordId)
            onPressed: ListView.view.currentIndex = index
        }
        // qmllint enable unqualified

        Label {
            anchors.centerIn: parent
            width: Math.min(parent.width - 48, 420)
            visible: list.count === 0
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: timeline.errorMessage.length > 0 ? timeline.errorMessage
                : (timeline.kinds.length > 0 || timeline.phaseId > 0)
                  ? qsTr("Nothing here with these filters.")
                  : qsTr("Your journal is empty. Log a session, write a note or check in with your mood to begin.")
        }
    }
}
