# SPDX-FileCopyrightText: 2026 KAP Journal developers
# SPDX-License-Identifier: GPL-3.0-or-later

# Checks the built Debian package; one CHECK per ctest (see CMakeLists.txt beside this file).
#   cmake -DBUILD_DIR=<build> -DSOURCE_DIR=<src> -DVERSION=<x.y.z> -DCHECK=<name> -P check_deb.cmake
# Every check prints what it ran and what the tool said, and fails with a reason.

cmake_minimum_required(VERSION 3.24)

foreach(var BUILD_DIR SOURCE_DIR VERSION CHECK)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_deb.cmake: -D${var}=... is required")
    endif()
endforeach()

file(GLOB debs ${BUILD_DIR}/packages/kapjournal_${VERSION}_*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
    message(FATAL_ERROR "expected exactly one kapjournal_${VERSION}_*.deb in ${BUILD_DIR}/packages, found: ${debs}")
endif()
set(DEB ${debs})
message(STATUS "package: ${DEB}")

set(work ${BUILD_DIR}/packaging-check/${CHECK})
file(REMOVE_RECURSE ${work})
file(MAKE_DIRECTORY ${work})

# Runs a command; fails the check unless it exits 0. Output goes to <prefix>_out / <prefix>_rc.
function(run prefix)
    execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
    string(REPLACE ";" " " shown "${ARGN}")
    message(STATUS "$ ${shown}\n${out}${err}(exit ${rc})")
    set(${prefix}_out "${out}${err}" PARENT_SCOPE)
    set(${prefix}_rc "${rc}" PARENT_SCOPE)
endfunction()

function(require_ok prefix what)
    if(NOT "${${prefix}_rc}" STREQUAL "0")
        message(FATAL_ERROR "${what} failed (exit ${${prefix}_rc})")
    endif()
endfunction()

function(extract_to root)
    run(x dpkg-deb -x ${DEB} ${root})
    require_ok(x "dpkg-deb -x")
endfunction()

set(app_id org.kapjournal.KapJournal)

if(CHECK STREQUAL "lintian")
    # No errors and no warnings; overrides live in packaging/debian/lintian-overrides with reasons.
    run(l lintian --fail-on error,warning --info --display-info --show-overrides ${DEB})
    require_ok(l "lintian")
    if(l_out MATCHES "(^|\n)[EW]: ")
        message(FATAL_ERROR "lintian reported errors or warnings")
    endif()

elseif(CHECK STREQUAL "desktop_file")
    extract_to(${work}/root)
    run(d desktop-file-validate ${work}/root/usr/share/applications/${app_id}.desktop)
    require_ok(d "desktop-file-validate")
    if(NOT d_out STREQUAL "")
        message(FATAL_ERROR "desktop-file-validate printed hints or warnings")
    endif()

elseif(CHECK STREQUAL "appstream")
    extract_to(${work}/root)
    # --no-net: the screenshot URLs are checked for form, not fetched (the build has no network).
    run(a appstreamcli validate --no-net --pedantic --explain
        ${work}/root/usr/share/metainfo/${app_id}.metainfo.xml)
    require_ok(a "appstreamcli validate")
    # The metainfo's screenshots must be the images shipped in the package, with their real sizes.
    file(READ ${work}/root/usr/share/metainfo/${app_id}.metainfo.xml metainfo)
    string(REGEX MATCHALL "<image type=\"source\" width=\"[0-9]+\" height=\"[0-9]+\">https://[^<]+</image>"
        images "${metainfo}")
    list(LENGTH images image_count)
    if(image_count LESS 2)
        message(FATAL_ERROR "metainfo has ${image_count} https screenshot images, at least 2 are required")
    endif()
    foreach(image IN LISTS images)
        string(REGEX REPLACE ".*width=\"([0-9]+)\" height=\"([0-9]+)\">https://[^<]*/([^/<]+)</image>" "\\1;\\2;\\3"
            parts "${image}")
        list(GET parts 0 width)
        list(GET parts 1 height)
        list(GET parts 2 name)
        set(png ${work}/root/usr/share/kapjournal/screenshots/${name})
        if(NOT EXISTS ${png})
            message(FATAL_ERROR "screenshot ${name} is named in the metainfo but not shipped")
        endif()
        file(READ ${png} header OFFSET 16 LIMIT 8 HEX)
        string(SUBSTRING "${header}" 0 8 w)
        string(SUBSTRING "${header}" 8 8 h)
        math(EXPR w "0x${w}")
        math(EXPR h "0x${h}")
        if(NOT w EQUAL width OR NOT h EQUAL height)
            message(FATAL_ERROR "${name} is ${w}x${h}, the metainfo says ${width}x${height}")
        endif()
        if(w LESS 620 OR h LESS 350)
            message(FATAL_ERROR "${name} is ${w}x${h}; AppStream asks for at least 620x350")
        endif()
        message(STATUS "screenshot ${name}: ${w}x${h}, shipped and referenced")
    endforeach()

elseif(CHECK STREQUAL "contents")
    run(c dpkg-deb --contents ${DEB})
    require_ok(c "dpkg-deb --contents")
    set(expected
        ./usr/bin/kapjournal
        ./usr/bin/kapjournal-cli
        ./usr/share/applications/${app_id}.desktop
        ./usr/share/metainfo/${app_id}.metainfo.xml
        ./usr/share/mime/packages/${app_id}.xml
        ./usr/share/icons/hicolor/scalable/apps/${app_id}.svg
        ./usr/share/man/man1/kapjournal.1.gz
        ./usr/share/man/man1/kapjournal-cli.1.gz
        ./usr/share/doc/kapjournal/copyright
        ./usr/share/doc/kapjournal/changelog.gz
        ./usr/share/lintian/overrides/kapjournal)
    # The AppStream screenshots (their names are checked against the metainfo by the appstream check).
    string(REGEX MATCHALL "\\./usr/share/kapjournal/screenshots/[a-z0-9-]+\\.png" shots "${c_out}")
    list(LENGTH shots shot_count)
    if(shot_count LESS 2)
        message(FATAL_ERROR "the package ships ${shot_count} screenshots, at least 2 are required")
    endif()
    list(APPEND expected ${shots})
    foreach(size 16 22 24 32 48 64 128 256)
        list(APPEND expected ./usr/share/icons/hicolor/${size}x${size}/apps/${app_id}.png)
    endforeach()
    foreach(path IN LISTS expected)
        string(REGEX REPLACE "([.+])" "\\\\\\1" pattern "${path}")
        if(NOT c_out MATCHES "root/root[^\n]* ${pattern}\n")
            message(FATAL_ERROR "missing from the package (or not owned by root/root): ${path}")
        endif()
    endforeach()
    foreach(binary kapjournal kapjournal-cli)
        if(NOT c_out MATCHES "-rwxr-xr-x root/root[^\n]* ./usr/bin/${binary}\n")
            message(FATAL_ERROR "/usr/bin/${binary} is not an executable with mode 0755")
        endif()
    endforeach()
    # Nothing else: every file must be one of the expected ones (no headers, static libraries,
    # test binaries or build leftovers).
    string(REGEX MATCHALL "[^\n]+\n" lines "${c_out}")
    foreach(line IN LISTS lines)
        if(line MATCHES "^-[^\n]* (\\./[^\n]+)\n$")
            list(FIND expected "${CMAKE_MATCH_1}" index)
            if(index LESS 0)
                message(FATAL_ERROR "unexpected file in the package: ${CMAKE_MATCH_1}")
            endif()
        endif()
    endforeach()
    list(LENGTH expected n)
    message(STATUS "all ${n} expected files present, nothing else")

elseif(CHECK STREQUAL "install_run")
    set(root ${work}/root)
    extract_to(${root})
    # Dependencies come from dpkg-shlibdeps (versioned Qt and library packages) plus the QML
    # modules listed by hand. The library packages' names differ between releases (libsqlcipher0
    # on Debian 12, libsqlcipher1 and the t64 Qt packages on Debian 13), so the expected names are
    # looked up here: the package that owns each library the installed binary loads.
    run(f dpkg-deb -f ${DEB} Depends)
    require_ok(f "dpkg-deb -f Depends")
    run(needs ldd ${root}/usr/bin/kapjournal)
    require_ok(needs "ldd kapjournal")
    set(library_packages "")
    foreach(library libQt6Core libQt6Qml libQt6DBus libsqlcipher libsodium libc)
        if(NOT needs_out MATCHES "${library}\\.so[.0-9]* => ([^ \n]+)")
            message(FATAL_ERROR "kapjournal does not load ${library}")
        endif()
        set(path ${CMAKE_MATCH_1})
        file(REAL_PATH ${path} real)
        # dpkg knows a file by the path its package ships (/lib or /usr/lib, before and after the
        # /usr merge moved them): try each spelling.
        string(REGEX REPLACE "^/usr/" "/" unmerged ${real})
        set(owner "")
        foreach(candidate ${path} ${real} ${unmerged} /usr${unmerged})
            execute_process(COMMAND dpkg -S ${candidate} OUTPUT_VARIABLE s_out ERROR_QUIET RESULT_VARIABLE s_rc)
            if(s_rc EQUAL 0 AND s_out MATCHES "^([a-z0-9][a-z0-9+.-]+)(:[a-z0-9]+)?: ")
                set(owner ${CMAKE_MATCH_1})
                break()
            endif()
        endforeach()
        if(owner STREQUAL "")
            message(FATAL_ERROR "no installed package owns ${path}")
        endif()
        list(APPEND library_packages ${owner})
    endforeach()
    message(STATUS "library packages on this release: ${library_packages}")
    foreach(package IN LISTS library_packages)
        string(REPLACE "+" "\\+" pattern ${package})
        if(NOT f_out MATCHES "(^|[ ,])${pattern} \\(>= ")
            message(FATAL_ERROR "Depends lacks a versioned ${package}")
        endif()
    endforeach()
    foreach(dep "qml6-module-qtquick-controls" "qt6-qpa-plugins")
        if(NOT f_out MATCHES "${dep}")
            message(FATAL_ERROR "Depends lacks ${dep}")
        endif()
    endforeach()
    foreach(binary kapjournal kapjournal-cli)
        # Every library the binaries need is a system one (no RPATH, no bundled libraries).
        run(ldd ldd ${root}/usr/bin/${binary})
        require_ok(ldd "ldd ${binary}")
        if(ldd_out MATCHES "not found")
            message(FATAL_ERROR "${binary} needs a library that is not installed")
        endif()
        run(rp readelf -d ${root}/usr/bin/${binary})
        if(rp_out MATCHES "R(UN)?PATH")
            message(FATAL_ERROR "${binary} has an RPATH/RUNPATH")
        endif()
    endforeach()
    run(v ${root}/usr/bin/kapjournal-cli --version)
    require_ok(v "kapjournal-cli --version")
    if(NOT v_out MATCHES "${VERSION}")
        message(FATAL_ERROR "kapjournal-cli --version does not print ${VERSION}")
    endif()
    run(g ${CMAKE_COMMAND} -E env QT_QPA_PLATFORM=offscreen ${root}/usr/bin/kapjournal --version)
    require_ok(g "kapjournal --version")
    if(NOT g_out MATCHES "${VERSION}")
        message(FATAL_ERROR "kapjournal --version does not print ${VERSION}")
    endif()

elseif(CHECK STREQUAL "man_pages")
    extract_to(${work}/root)
    foreach(page kapjournal kapjournal-cli)
        # groff with all warnings on and output suppressed (-z): anything on stderr is a warning.
        execute_process(COMMAND gzip -dc ${work}/root/usr/share/man/man1/${page}.1.gz
                        COMMAND groff -man -Tutf8 -ww -z
                        ERROR_VARIABLE groff_err RESULT_VARIABLE groff_rc)
        message(STATUS "$ gzip -dc ${page}.1.gz | groff -man -Tutf8 -ww -z\n${groff_err}(exit ${groff_rc})")
        if(NOT groff_rc STREQUAL "0" OR NOT groff_err STREQUAL "")
            message(FATAL_ERROR "groff warnings in ${page}.1")
        endif()
    endforeach()
    # The CLI page documents every command the installed tool lists in --help, and every exit code.
    run(t ${CMAKE_COMMAND} -E env LC_ALL=C.UTF-8 MANWIDTH=200 man -l ${work}/root/usr/share/man/man1/kapjournal-cli.1.gz)
    run(h ${work}/root/usr/bin/kapjournal-cli --help)
    require_ok(h "kapjournal-cli --help")
    string(REGEX MATCH "\nCommands:\n(.*)\n\n" commands_block "${h_out}")
    string(REGEX MATCHALL "\n  ([a-z][a-z-]+) " command_lines "\n${CMAKE_MATCH_1}")
    list(LENGTH command_lines command_count)
    if(command_count LESS 5)
        message(FATAL_ERROR "could not read the command list from kapjournal-cli --help")
    endif()
    foreach(line IN LISTS command_lines)
        string(STRIP "${line}" command)
        if(NOT t_out MATCHES "\n       ${command}[ \n]")
            message(FATAL_ERROR "kapjournal-cli.1 does not document the command ${command}")
        endif()
    endforeach()
    foreach(code 0 1 2 3 4 5 70)
        if(NOT t_out MATCHES "\n       ${code} ")
            message(FATAL_ERROR "kapjournal-cli.1 does not document exit status ${code}")
        endif()
    endforeach()
    message(STATUS "${command_count} commands from --help, all documented")

elseif(CHECK STREQUAL "mime_database")
    # The MIME package compiles with shared-mime-info's own tool (as the dpkg trigger would run it)
    # and declares the glob and the magic.
    extract_to(${work}/root)
    run(u update-mime-database -V ${work}/root/usr/share/mime)
    require_ok(u "update-mime-database")
    if(u_out MATCHES "[Ww]arning|[Ee]rror|[Ii]nvalid")
        message(FATAL_ERROR "update-mime-database complained")
    endif()
    file(READ ${work}/root/usr/share/mime/globs2 globs)
    if(NOT globs MATCHES "application/x-kapjournal:\\*\\.kapj")
        message(FATAL_ERROR "the *.kapj glob is not in the compiled MIME database")
    endif()
    file(READ ${work}/root/usr/share/mime/magic magic HEX)
    # "application/x-kapjournal" then the 3-byte value 'K' 'J' 0x01
    if(NOT magic MATCHES "6170706c69636174696f6e2f782d6b61706a6f75726e616c" OR NOT magic MATCHES "00034b4a01")
        message(FATAL_ERROR "the KJ\\x01 magic is not in the compiled MIME database")
    endif()

else()
    message(FATAL_ERROR "unknown CHECK=${CHECK}")
endif()

message(STATUS "${CHECK}: ok")
