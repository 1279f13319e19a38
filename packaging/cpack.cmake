# CPack settings shared by every generator; per-generator settings that must be decided when cpack runs (the .deb's
# run-time Depends, the Windows/macOS deploy step) are in CPackProjectConfig.cmake.in.
#   cpack --config build/X/CPackConfig.cmake            (Linux: two .debs; Windows: MSI; macOS: DMG)
# Output goes to <build>/packages.
set(CPACK_PACKAGE_NAME "${TTC_PRODUCT_ID}")
set(CPACK_PACKAGE_VENDOR "${TTC_ORG_NAME}")
set(CPACK_PACKAGE_CONTACT "${TTC_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${TTC_PRODUCT_SUMMARY}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${TTC_HOMEPAGE}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "${TTC_PRODUCT_NAME}")
set(CPACK_PACKAGE_EXECUTABLES "tooltip-companion;${TTC_PRODUCT_NAME}")
set(CPACK_OUTPUT_FILE_PREFIX "${CMAKE_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
set(CPACK_THREADS 0)
set(CPACK_VERBATIM_VARIABLES ON)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_BINARY_DIR}/CPackProjectConfig.cmake")

# Values the project config file needs at cpack time.
set(CPACK_TTC_SOURCE_DIR "${PROJECT_SOURCE_DIR}")
set(CPACK_TTC_PACKAGING_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
set(CPACK_TTC_BINARY_DIR "${CMAKE_BINARY_DIR}")
set(CPACK_TTC_APP_ID "${TTC_APP_ID}")
set(CPACK_TTC_PRODUCT_ID "${TTC_PRODUCT_ID}")

set(CPACK_COMPONENTS_ALL app)
if(TARGET ttc-server)
    list(APPEND CPACK_COMPONENTS_ALL server)
endif()
set(CPACK_COMPONENT_APP_DISPLAY_NAME "${TTC_PRODUCT_NAME}")
set(CPACK_COMPONENT_APP_DESCRIPTION
    "Tray app with link previews, chat with OpenAI, Anthropic, Gemini or local models using your own keys,\
 voice questions from a global shortcut, and the ttc command line.")
set(CPACK_COMPONENT_APP_REQUIRED ON)
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "ttc-server")
set(CPACK_COMPONENT_SERVER_DESCRIPTION
    "Billing and sync backend for ${TTC_PRODUCT_NAME} accounts: HTTP API over SQLite or PostgreSQL, run by systemd.")

if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR DEB)
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
    set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
    set(CPACK_DEBIAN_COMPRESSION_TYPE xz)

    set(CPACK_DEBIAN_APP_PACKAGE_NAME "${TTC_PRODUCT_ID}")
    set(CPACK_DEBIAN_APP_PACKAGE_SECTION utils)
    # What neither dpkg-shlibdeps nor deb-runtime-depends can see: data and services used at run time.
    set(CPACK_TTC_DEB_APP_EXTRA_DEPENDS "ca-certificates")
    set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS
        "gnome-keyring | kwalletmanager | keepassxc, gstreamer1.0-plugins-good, gstreamer1.0-pulseaudio, pocketsphinx-en-us, qt6-translations-l10n, xdg-utils")
    set(CPACK_DEBIAN_APP_PACKAGE_SUGGESTS "ttc-server")

    set(CPACK_DEBIAN_SERVER_PACKAGE_NAME ttc-server)
    set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "postgresql-client")
    set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
        "${CMAKE_CURRENT_SOURCE_DIR}/linux/server/postinst"
        "${CMAKE_CURRENT_SOURCE_DIR}/linux/server/prerm"
        "${CMAKE_CURRENT_SOURCE_DIR}/linux/server/postrm")
elseif(WIN32)
    # MSI built with the WiX .NET tool (v4, pinned in the release workflow): per-user, so no administrator is needed
    # (%LOCALAPPDATA%\Programs\ToolTip Companion; WiX 3's ICE checks reject per-user file components), Start menu
    # entry, optional "Start at login" feature and removal of the Run entry on uninstall (windows/wix-patch.xml),
    # fixed UpgradeCode so a new version replaces the old one. Needs CMake 3.30 (CPACK_WIX_VERSION 4).
    set(CPACK_GENERATOR WIX)
    if(CMAKE_VERSION VERSION_LESS 3.30)
        message(WARNING "CMake ${CMAKE_VERSION} cannot make the per-user MSI (CPACK_WIX_VERSION 4 needs 3.30)")
    endif()
    set(CPACK_WIX_VERSION 4)
    set(CPACK_WIX_ARCHITECTURE x64)
    set(CPACK_WIX_UPGRADE_GUID "${TTC_MSI_UPGRADE_CODE}")
    set(CPACK_WIX_INSTALL_SCOPE perUser)
    set(CPACK_WIX_ROOT_FOLDER_ID LocalAppDataFolder)
    set(CPACK_PACKAGE_INSTALL_DIRECTORY "Programs/${TTC_PRODUCT_NAME}")
    set(CPACK_WIX_PRODUCT_ICON "${TTC_ICO}")
    set(CPACK_WIX_PROGRAM_MENU_FOLDER "${TTC_PRODUCT_NAME}")
    set(CPACK_WIX_UI_REF WixUI_FeatureTree)
    set(CPACK_WIX_BUILD_EXTENSIONS WixToolset.UI.wixext)
    set(CPACK_WIX_PATCH_FILE "${CMAKE_CURRENT_SOURCE_DIR}/windows/wix-patch.xml")
    set(CPACK_WIX_LICENSE_RTF "${CMAKE_CURRENT_SOURCE_DIR}/windows/license.rtf")
    set(CPACK_WIX_PROPERTY_ARPURLINFOABOUT "${TTC_HOMEPAGE}")
    set(CPACK_WIX_PROPERTY_ARPHELPLINK "${TTC_HOMEPAGE}")
    set(CPACK_WIX_PROPERTY_ARPNOMODIFY 1)
    # The MSVC runtime DLLs go beside the executables (windeployqt is told not to fetch vc_redist).
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT app)
    include(InstallRequiredSystemLibraries)
elseif(APPLE)
    # DMG with tooltip-companion.app and a link to /Applications; deploy.cmake puts ttc and the feature modules in
    # the bundle and runs macdeployqt.
    set(CPACK_GENERATOR DragNDrop)
    set(CPACK_DMG_VOLUME_NAME "${TTC_PRODUCT_NAME}")
    set(CPACK_DMG_FORMAT UDZO)
    set(CPACK_DMG_FILESYSTEM APFS)
endif()
if(WIN32 OR APPLE)
    # Only the app goes into the MSI and the DMG; ttc-server is a Linux service.
    set(CPACK_COMPONENTS_ALL app)
    set(CPACK_COMPONENTS_GROUPING ALL_COMPONENTS_IN_ONE)
    configure_file(deploy.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake" @ONLY)
    set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_BINARY_DIR}/deploy.cmake")
    set(CPACK_POST_BUILD_SCRIPTS "${CMAKE_CURRENT_SOURCE_DIR}/release-sign.cmake")
endif()

configure_file(CPackProjectConfig.cmake.in "${CMAKE_CURRENT_BINARY_DIR}/CPackProjectConfig.cmake" @ONLY)
include(CPack)
