# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Fails when a piece of the domain vocabulary is defined twice (issue 15, STYLE.md "One
# vocabulary"): a plausible-range constant defined more than once, a range written as bare numbers
# in a validator, or a label literal in more than one source file. Run with -P from CTest.
set(globs ${SOURCE_DIR}/qml/*.qml)
foreach(folder IN ITEMS storage statistics text transfer passphrase report charts platform app cli gui)
    list(APPEND globs ${SOURCE_DIR}/${folder}/*.cpp ${SOURCE_DIR}/${folder}/*.h)
endforeach()
file(GLOB_RECURSE sources ${globs})
set(problems "")

# (a) The limits live once: storage/Vitals.h (vitals) and storage/Entities.h (ratings, dose).
set(limits SystolicMin SystolicMax DiastolicMin DiastolicMax HeartRateMin HeartRateMax Spo2Min Spo2Max
    MinutesMin MinutesMax MaxReadings ClinicScoreMax RatingMin RatingMax DoseMgMax DoseMgPerKgMax)
foreach(name IN LISTS limits)
    set(defined "")
    foreach(f IN LISTS sources)
        file(STRINGS ${f} hits REGEX "constexpr[a-z0-9_: ]+[ :]${name} *=")
        if(hits)
            list(APPEND defined ${f})
        endif()
    endforeach()
    list(LENGTH defined count)
    if(NOT count EQUAL 1)
        string(REPLACE ";" ", " where "${defined}")
        list(APPEND problems "limit ${name} is defined ${count} times (must be once): ${where}")
    endif()
endforeach()

# The validators take their ranges from those constants, never as bare numbers: a 0-10 rating or a
# dose / vitals maximum written out is the copy that drifts.
set(validators
    app/journal/SessionValidator.cpp app/journal/CheckinForm.cpp cli/Validator.cpp
    cli/AddSessionCommand.cpp cli/AddCheckinCommand.cpp transfer/JsonExportFormat.cpp
    transfer/DaylioImporter.cpp)
foreach(v IN LISTS validators)
    file(STRINGS ${SOURCE_DIR}/${v} hits
        REGEX "(integer|optInt|requiredInt|checkRange|clamp|min|positiveNumber|dose|number)\\(.*[(, ](10|20|30|50|60|100|160|220|250|260|1000|10000)\\)")
    foreach(line IN LISTS hits)
        string(STRIP "${line}" line)
        list(APPEND problems "${v}: a range written as numbers, use the limits in storage/: ${line}")
    endforeach()
endforeach()

# (b) Each label below is a string literal in exactly one file: its one translated table in text/.
# Add a label here once its family has one home.
set(labels
    # Phase kinds: text/PhaseKindText.cpp.
    "Induction"
    "Maintenance"
    "Other period"
    # Severity bands: text/SeverityText.cpp.
    "Minimal"
    "Mild"
    "Moderate"
    "Moderately severe"
    "Severe"
    "moderately severe"
    "mod. severe"
    # Routes: text/RouteText.cpp (short labels, then the pickers' words).
    "Sublingual"
    "IM"
    "IV"
    "Intranasal"
    "Oral"
    "Other route"
    "Sublingual (lozenge, troche)"
    "Intramuscular injection"
    "Intravenous"
    # Modalities and settings: text/EntryText.cpp.
    "Ketamine-assisted psychotherapy"
    "IV infusion"
    "Esketamine nasal spray"
    "Clinic"
    "Home"
    "Telehealth"
    # Who was present and side effects: text/EntryText.cpp (the side effects also as words in the
    # report's list).
    "Therapist"
    "Sitter"
    "Alone"
    "Nausea"
    "Headache"
    "Dizziness"
    "Sedation"
    "Anxiety during session"
    "Urinary symptoms"
    "anxiety during session"
    "urinary symptoms"
    # Modalities in a word, after a route in the report's table: text/EntryText.cpp.
    "KAP"
    # Doses: text/EntryText.cpp.
    "%1 mg"
    "%1 mg/kg")
# A label as a regular expression that matches only itself ("mod. severe", "(lozenge, troche)").
function(literal_regex text out)
    string(REGEX REPLACE "([][.*+?^$()|\\])" "\\\\\\1" escaped "${text}")
    set(${out} "${escaped}" PARENT_SCOPE)
endfunction()

foreach(label IN LISTS labels)
    literal_regex("${label}" pattern)
    set(found "")
    foreach(f IN LISTS sources)
        file(STRINGS ${f} hits REGEX "\"${pattern}\"")
        foreach(line IN LISTS hits)
            # Comments that quote a label define nothing.
            if(NOT line MATCHES "^[ \t]*//")
                list(APPEND found ${f})
                break()
            endif()
        endforeach()
    endforeach()
    list(LENGTH found count)
    if(NOT count EQUAL 1)
        string(REPLACE ";" ", " where "${found}")
        list(APPEND problems "label \"${label}\" is written in ${count} files (must be one): ${where}")
    endif()
endforeach()

# (c) Labels whose words are also stored keys ("minimal" is both a band's key and its label in a
# sentence): only a translated literal, tr("..."), qsTr("...") or QT_TR_NOOP("..."), counts.
set(translatedLabels
    # Severity bands in a sentence: text/SeverityText.cpp. ("severe" is also the top of the
    # check-in's anxiety scale, another word, so it is not listed.)
    "minimal"
    "mild"
    "moderate"
    # Side effects in the report's list and modalities in a word: text/EntryText.cpp.
    "nausea"
    "headache"
    "dizziness"
    "sedation"
    "infusion"
    "esketamine")
foreach(label IN LISTS translatedLabels)
    literal_regex("${label}" pattern)
    set(found "")
    foreach(f IN LISTS sources)
        file(STRINGS ${f} hits REGEX "(^|[^A-Za-z_])(tr|qsTr|QT_TR_NOOP) *\\( *\"${pattern}\"")
        foreach(line IN LISTS hits)
            if(NOT line MATCHES "^[ \t]*//")
                list(APPEND found ${f})
                break()
            endif()
        endforeach()
    endforeach()
    list(LENGTH found count)
    if(NOT count EQUAL 1)
        string(REPLACE ";" ", " where "${found}")
        list(APPEND problems "translated label \"${label}\" is written in ${count} files (must be one): ${where}")
    endif()
endforeach()

# (d) Stored keys are written once, in storage/Entities.h, and used by name everywhere else
# (sideeffectkeys::Urinary, not "urinary"): a copied key is a check box that no longer matches. Only
# keys that are no other word in the code are listed ("anxiety" is also a check-in field, "home" and
# "clinic" too common). Translated words (tr("nausea")) and comments do not count.
set(keys
    sublingual intranasal iv_infusion telehealth esketamine
    therapist sitter alone
    nausea headache dizziness sedation urinary)
foreach(key IN LISTS keys)
    set(found "")
    foreach(f IN LISTS sources)
        file(STRINGS ${f} hits REGEX "\"${key}\"")
        foreach(line IN LISTS hits)
            string(REGEX REPLACE "(^|[ \t])//.*$" "" code "${line}")
            string(REGEX REPLACE "(tr|qsTr|QT_TR_NOOP) *\\( *\"${key}\"" "" code "${code}")
            if(code MATCHES "\"${key}\"")
                list(APPEND found ${f})
                break()
            endif()
        endforeach()
    endforeach()
    if(NOT found STREQUAL "${SOURCE_DIR}/storage/Entities.h")
        string(REPLACE ";" ", " where "${found}")
        list(APPEND problems "key \"${key}\" must be written only in storage/Entities.h, found in: ${where}")
    endif()
endforeach()

list(LENGTH limits limitCount)
list(LENGTH keys keyCount)
list(LENGTH labels labelCount)
list(LENGTH translatedLabels translatedCount)
math(EXPR labelCount "${labelCount} + ${translatedCount}")
if(problems)
    string(REPLACE ";" "\n  " pretty "${problems}")
    message(FATAL_ERROR "The vocabulary has copies:\n  ${pretty}")
endif()
message(STATUS "vocabulary_check: ${limitCount} limits, ${labelCount} labels and ${keyCount} keys each defined once")
