target_sources(kapjournal_app PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/JournalController.cpp ${CMAKE_CURRENT_LIST_DIR}/JournalController.h
)
