# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

target_sources(kapjournal_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/JournalController.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalController.h
    ${CMAKE_CURRENT_LIST_DIR}/PassphraseChange.cpp ${CMAKE_CURRENT_LIST_DIR}/PassphraseChange.h
    # journal area: timeline, editors' state, phases, search, trash
    ${CMAKE_CURRENT_LIST_DIR}/CheckinForm.cpp ${CMAKE_CURRENT_LIST_DIR}/CheckinForm.h
    ${CMAKE_CURRENT_LIST_DIR}/EditorDraft.cpp ${CMAKE_CURRENT_LIST_DIR}/EditorDraft.h
    ${CMAKE_CURRENT_LIST_DIR}/EntryActions.cpp ${CMAKE_CURRENT_LIST_DIR}/EntryActions.h
    ${CMAKE_CURRENT_LIST_DIR}/EntryText.cpp ${CMAKE_CURRENT_LIST_DIR}/EntryText.h
    ${CMAKE_CURRENT_LIST_DIR}/NoteForm.cpp ${CMAKE_CURRENT_LIST_DIR}/NoteForm.h
    ${CMAKE_CURRENT_LIST_DIR}/PhaseModel.cpp ${CMAKE_CURRENT_LIST_DIR}/PhaseModel.h
    ${CMAKE_CURRENT_LIST_DIR}/PhaseSuggester.cpp ${CMAKE_CURRENT_LIST_DIR}/PhaseSuggester.h
    ${CMAKE_CURRENT_LIST_DIR}/QuestionnaireForm.cpp ${CMAKE_CURRENT_LIST_DIR}/QuestionnaireForm.h
    ${CMAKE_CURRENT_LIST_DIR}/SearchModel.cpp ${CMAKE_CURRENT_LIST_DIR}/SearchModel.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionForm.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionForm.h
    ${CMAKE_CURRENT_LIST_DIR}/SessionValidator.cpp ${CMAKE_CURRENT_LIST_DIR}/SessionValidator.h
    ${CMAKE_CURRENT_LIST_DIR}/TimelineModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TimelineModel.h
    ${CMAKE_CURRENT_LIST_DIR}/TrashModel.cpp ${CMAKE_CURRENT_LIST_DIR}/TrashModel.h
)
