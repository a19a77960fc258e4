target_sources(kapjournal_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ErrorText.cpp ${CMAKE_CURRENT_LIST_DIR}/ErrorText.h
    ${CMAKE_CURRENT_LIST_DIR}/JournalLocation.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalLocation.h
    ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.cpp ${CMAKE_CURRENT_LIST_DIR}/ProcessHardening.h
)
