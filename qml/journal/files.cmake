# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# QML files of the journal area, relative to qml/.
qt_target_qml_sources(kapjournal_qml QML_FILES
    journal/CalmBusyIndicator.qml
    journal/CheckinDialog.qml
    journal/Chip.qml
    journal/CrisisPanel.qml
    journal/DateField.qml
    journal/DraftGuard.qml
    journal/FittingMenu.qml
    journal/FocusScroller.qml
    journal/Item9ChangeConfirmation.qml
    journal/JournalTextArea.qml
    journal/JournalTextField.qml
    journal/KeyComboBox.qml
    journal/KeyboardFocusFrame.qml
    journal/NoteEditor.qml
    journal/PhasesPage.qml
    journal/QuestionnaireDialog.qml
    journal/RatingRow.qml
    journal/SearchPage.qml
    journal/SessionEditor.qml
    journal/TimelineCard.qml
    journal/TimelinePage.qml
    journal/TrashPage.qml
    journal/UndoBar.qml
    journal/ValidatedField.qml
    journal/VitalsEditor.qml
)
