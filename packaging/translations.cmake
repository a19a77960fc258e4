# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Translations with Qt Linguist (included from packaging/CMakeLists.txt).
#
#   cmake --build build --target update_translations   lupdate: refresh translations/*.ts from the
#                                                      sources (every C++ folder and qml/)
#   cmake --build build --target release_translations  lrelease: .ts -> .qm, embedded into
#                                                      kapjournal_platform under :/i18n (loaded
#                                                      by platform/Translations.cpp)
#
# translations/kapjournal.ts is the template (source strings only) for translators; a language is
# added by copying it to translations/kapjournal_<lang>.ts (e.g. kapjournal_de.ts) and translating.
# A pseudo-translation (en_XA: every string wrapped in [brackets], accented and 40 % longer) is
# generated from the current sources at build time for the i18n tests; it is never shipped.

set(KAP_I18N_GLOBS)
foreach(folder IN ITEMS statistics text transfer passphrase report charts platform app gui cli)
    list(APPEND KAP_I18N_GLOBS ${PROJECT_SOURCE_DIR}/${folder}/*.cpp ${PROJECT_SOURCE_DIR}/${folder}/*.h)
endforeach()
file(GLOB_RECURSE KAP_I18N_SOURCES CONFIGURE_DEPENDS ${KAP_I18N_GLOBS}
    ${PROJECT_SOURCE_DIR}/qml/*.qml ${PROJECT_SOURCE_DIR}/qml/*.js)
set(KAP_LUPDATE_OPTIONS -no-obsolete -locations none -source-language en)
# lupdate follows the path-qualified includes from the source root to learn each class's
# namespace, which is part of its strings' context (kap::TimelineModel).
set(KAP_LUPDATE_INCLUDES -I ${PROJECT_SOURCE_DIR})

set(KAP_TS_TEMPLATE ${CMAKE_CURRENT_SOURCE_DIR}/translations/kapjournal.ts)
# English plural forms ("%n word(s)" -> "1 word" / "4 words"): only the %n strings, refreshed with
# the update_english_plurals target and filled in by hand. Installed under every other language
# as the fallback (platform/Translations.cpp), so it is never a full translation.
set(KAP_TS_ENGLISH_PLURALS ${CMAKE_CURRENT_SOURCE_DIR}/translations/kapjournal_en.ts)
file(GLOB KAP_TS_LANGUAGES CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/translations/kapjournal_*.ts)
list(REMOVE_ITEM KAP_TS_LANGUAGES ${KAP_TS_ENGLISH_PLURALS})

qt_add_lupdate(kapjournal
    TS_FILES ${KAP_TS_TEMPLATE} ${KAP_TS_LANGUAGES}
    SOURCES ${KAP_I18N_SOURCES}
    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR}
    OPTIONS ${KAP_LUPDATE_OPTIONS})
add_custom_target(update_english_plurals
    COMMAND Qt6::lupdate -silent -pluralonly ${KAP_LUPDATE_OPTIONS} ${KAP_LUPDATE_INCLUDES} -target-language en ${KAP_I18N_SOURCES}
            -ts ${KAP_TS_ENGLISH_PLURALS}
    COMMENT "lupdate: refreshing the English plural forms (fill new <numerusform>s by hand)"
    VERBATIM)

# The .qm files live in kapjournal_platform, next to the code that loads them, so the app and
# every test main that calls kap::installTranslations() get the same strings.
qt_add_lrelease(kapjournal_platform TS_FILES ${KAP_TS_ENGLISH_PLURALS} ${KAP_TS_LANGUAGES}
    QM_FILES_OUTPUT_VARIABLE kap_qm_files)
qt_add_resources(kapjournal_platform kapjournal_translations
    PREFIX /i18n
    BASE ${CMAKE_CURRENT_BINARY_DIR}
    FILES ${kap_qm_files})

# --- Pseudo-translation for tests: lupdate (fresh, from the sources) -> pseudo .ts -> .qm ---
add_executable(kap-pseudo-translate tools/PseudoTranslate.cpp)
target_link_libraries(kap-pseudo-translate PRIVATE kap_build_flags Qt6::Core)

set(kap_pseudo_dir ${CMAKE_CURRENT_BINARY_DIR}/pseudo)
file(MAKE_DIRECTORY ${kap_pseudo_dir})
add_custom_command(OUTPUT ${kap_pseudo_dir}/kapjournal_source.ts
    COMMAND ${CMAKE_COMMAND} -E rm -f ${kap_pseudo_dir}/kapjournal_source.ts
    COMMAND Qt6::lupdate -silent ${KAP_LUPDATE_OPTIONS} ${KAP_LUPDATE_INCLUDES} ${KAP_I18N_SOURCES}
            -ts ${kap_pseudo_dir}/kapjournal_source.ts
    DEPENDS ${KAP_I18N_SOURCES}
    COMMENT "lupdate: collecting source strings for the pseudo-translation"
    VERBATIM)
add_custom_command(OUTPUT ${kap_pseudo_dir}/kapjournal_en_XA.ts
    COMMAND kap-pseudo-translate ${kap_pseudo_dir}/kapjournal_source.ts ${kap_pseudo_dir}/kapjournal_en_XA.ts
    DEPENDS kap-pseudo-translate ${kap_pseudo_dir}/kapjournal_source.ts
    VERBATIM)
add_custom_command(OUTPUT ${kap_pseudo_dir}/kapjournal_en_XA.qm
    COMMAND Qt6::lrelease -silent ${kap_pseudo_dir}/kapjournal_en_XA.ts -qm ${kap_pseudo_dir}/kapjournal_en_XA.qm
    DEPENDS ${kap_pseudo_dir}/kapjournal_en_XA.ts
    VERBATIM)
add_custom_target(kap_pseudo_translation DEPENDS ${kap_pseudo_dir}/kapjournal_en_XA.qm)
