# Installation and packages. `cpack -G DEB` in the build directory makes a Debian package;
# scripts/check-package BUILD_DIR builds it and checks what a user would install.
include(GNUInstallDirs)

install(TARGETS flowwatch RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# The simulator is a developer's tool: out of the user package, installed only on request with
# `cmake --install BUILD_DIR --component simulator`.
if(TARGET flowwatch-sim)
    install(TARGETS flowwatch-sim RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
            COMPONENT simulator EXCLUDE_FROM_ALL)
endif()

set(_resources ${PROJECT_SOURCE_DIR}/resources)
set(_packaging ${PROJECT_SOURCE_DIR}/packaging)
install(FILES ${_resources}/${FLOWWATCH_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${_resources}/${FLOWWATCH_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${_resources}/icons/${FLOWWATCH_APP_ID}.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${_packaging}/debian/copyright
        DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/flowwatch)

# The manual page, compressed as Debian policy asks (-n: no name or time stamp in the gzip
# header, so the package is reproducible).
find_program(FLOWWATCH_GZIP gzip REQUIRED)
set(_man ${CMAKE_CURRENT_BINARY_DIR}/flowwatch.1.gz)
add_custom_command(OUTPUT ${_man}
    COMMAND ${FLOWWATCH_GZIP} -9nc ${_packaging}/man/flowwatch.1 > ${_man}
    DEPENDS ${_packaging}/man/flowwatch.1
    COMMENT "Compressing the manual page"
    VERBATIM)
add_custom_target(flowwatch_man ALL DEPENDS ${_man})
install(FILES ${_man} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)

# Shell completions where each shell's Debian package looks for them.
install(FILES ${_packaging}/completions/flowwatch.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME flowwatch)
install(FILES ${_packaging}/completions/_flowwatch
        DESTINATION ${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions)
install(FILES ${_packaging}/completions/flowwatch.fish
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

set(CPACK_PACKAGE_NAME flowwatch)
set(CPACK_PACKAGE_VENDOR "Flowwatch")
set(CPACK_PACKAGE_CONTACT "Flowwatch <flowwatch@users.noreply.github.com>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "Flowwatch watches KaireonAI data-pipeline runs: progress, partitions as a heat map, the log
timeline and the validation errors, with a spreadsheet-safe CSV export, desktop notifications
when a watched run finishes, and a guarded retry of failed runs. API keys stay in the system
keychain. The export-errors and retry commands work without a display.")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_GENERATOR DEB)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
# Libraries linked directly are found by dpkg-shlibdeps; what Qt loads at run time is listed by
# hand: the platform plugins (qt6-qpa-plugins; xcb's is in libqt6gui6, found through the
# libraries), the SVG icon engine and image plugin that draw the application and status icons
# (libqt6svg6), and libssl3, which Qt's TLS plugin opens for https:// servers.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6, libssl3")
# Wayland sessions (Qt falls back to XWayland without it), a Secret Service for the keychain,
# and a notification service on the session bus.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-wayland, gnome-keyring | libkf5wallet-bin | keepassxc, default-dbus-session-bus | dbus-session-bus")
include(CPack)
