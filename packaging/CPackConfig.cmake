# CPack: `cpack -G DEB` in the build folder makes two Debian packages, dnd-tracker (the application
# and the command-line companion) and dnd-tracker-server (the service). On Windows `cpack -G NSIS`
# makes an installer and on macOS `cpack -G DragNDrop` a disk image with the application bundle;
# both deploy Qt next to the program (qt_generate_deploy_app_script in app/gui).
set(CPACK_PACKAGE_NAME dnd-tracker)
set(CPACK_PACKAGE_VENDOR "The D&D Encounter Tracker authors")
set(CPACK_PACKAGE_VERSION ${PROJECT_VERSION})
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Prepare and run D&D combat encounters")
set(CPACK_PACKAGE_HOMEPAGE_URL ${DND_HOMEPAGE_URL})
set(CPACK_PACKAGE_CONTACT ${DND_PACKAGE_MAINTAINER})
set(CPACK_PACKAGE_INSTALL_DIRECTORY "D&D Encounter Tracker")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGE_ICON ${DND_PACKAGING_DIR}/icons/hicolor/dnd-tracker-128.png)
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_EXECUTABLES dnd-tracker "D&D Encounter Tracker")
set(CPACK_SOURCE_IGNORE_FILES "/build/;/\\\\.git/;/node_modules/")

set(CPACK_COMPONENT_APP_DISPLAY_NAME "D&D Encounter Tracker")
set(CPACK_COMPONENT_APP_DESCRIPTION "The desktop application and the command-line companion")
set(CPACK_COMPONENT_SERVER_DISPLAY_NAME "Companion service")
set(CPACK_COMPONENT_SERVER_DESCRIPTION "Accounts, subscription tiers and sync between a DM's computers")
set(CPACK_COMPONENTS_ALL)
if(WITH_GUI)
    list(APPEND CPACK_COMPONENTS_ALL app)
endif()
if(WITH_SERVER AND UNIX AND NOT APPLE)
    list(APPEND CPACK_COMPONENTS_ALL server)
endif()

# Debian: one package per component, installed under /usr; DESTDIR staging lets the service's
# settings and unit land in /etc and /lib/systemd/system (see DND_SYSTEM_PATHS_CODE).
set(CPACK_DEB_COMPONENT_INSTALL ON)
set(CPACK_SET_DESTDIR ON)
set(CPACK_INSTALL_PREFIX /usr)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE ${DND_HOMEPAGE_URL})
set(CPACK_DEBIAN_PACKAGE_MAINTAINER ${DND_PACKAGE_MAINTAINER})
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

set(CPACK_DEBIAN_APP_PACKAGE_NAME dnd-tracker)
set(CPACK_DEBIAN_APP_PACKAGE_SECTION utils)
# Plugins are loaded at run time, so the library scan cannot see them: the SQLite driver of the
# store and the window system plugins. libqrencode4 (the share link's QR code) is linked and found
# by the scan as well; it is named so the dependency stays when the scan is off.
set(CPACK_DEBIAN_APP_PACKAGE_DEPENDS "libqt6sql6-sqlite, qt6-qpa-plugins, libqrencode4")
set(CPACK_DEBIAN_APP_PACKAGE_RECOMMENDS "qt6-translations-l10n, gnome-keyring | kwalletmanager")
set(CPACK_DEBIAN_APP_DESCRIPTION "encounter tracker for Dungeon Masters
A desktop application to prepare and run combat encounters of fifth-edition
tabletop role-playing games: parties, encounters built from the bundled SRD
bestiary (2014 and 2024 rules) and your own creatures, initiative, hit
points, conditions, concentration and a combat log, all from the keyboard
with undo for every step, and a player display for a second screen.

The package also holds dnd-tracker-cli, which checks, backs up, imports and
exports the same local store from the command line.")

set(CPACK_DEBIAN_SERVER_PACKAGE_NAME dnd-tracker-server)
set(CPACK_DEBIAN_SERVER_PACKAGE_SECTION net)
set(CPACK_DEBIAN_SERVER_PACKAGE_DEPENDS "adduser, libqt6sql6-sqlite")
set(CPACK_DEBIAN_SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
set(CPACK_DEBIAN_SERVER_PACKAGE_SUGGESTS "nginx | nginx-light, postgresql")
set(CPACK_DEBIAN_SERVER_PACKAGE_CONTROL_EXTRA
    ${DND_PACKAGING_DIR}/server/postinst ${DND_PACKAGING_DIR}/server/prerm ${DND_PACKAGING_DIR}/server/postrm
    ${DND_PACKAGING_DIR}/debian/conffiles)
set(CPACK_DEBIAN_SERVER_DESCRIPTION "companion service of the D&D Encounter Tracker
Holds the accounts and subscription tiers of D&D Encounter Tracker users,
takes payments through Stripe and keeps a Dungeon Master's computers in sync
over HTTP and WebSocket.

The package runs the service as the system user dnd-tracker-server through
a hardened systemd unit, with its settings in /etc/dnd-tracker-server/env
and an nginx example for TLS in front of it.")

# Windows: an NSIS installer with a Start menu entry and the .dndtracker file type.
set(CPACK_NSIS_PACKAGE_NAME "D&D Encounter Tracker")
set(CPACK_NSIS_DISPLAY_NAME "D&D Encounter Tracker")
set(CPACK_NSIS_MUI_ICON ${DND_PACKAGING_DIR}/windows/dnd-tracker.ico)
set(CPACK_NSIS_MUI_UNIICON ${DND_PACKAGING_DIR}/windows/dnd-tracker.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\dnd-tracker.exe")
set(CPACK_NSIS_URL_INFO_ABOUT ${DND_HOMEPAGE_URL})
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
file(READ ${DND_PACKAGING_DIR}/windows/file-association-install.nsh CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ ${DND_PACKAGING_DIR}/windows/file-association-uninstall.nsh CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)

# macOS: a drag-and-drop disk image holding "D&D Encounter Tracker.app".
set(CPACK_DMG_VOLUME_NAME "D&D Encounter Tracker")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_BUNDLE_NAME "D&D Encounter Tracker")

# Settings that differ by generator, read when cpack runs (CPackProjectConfig.cmake).
set(CPACK_PROJECT_CONFIG_FILE ${DND_PACKAGING_DIR}/CPackProjectConfig.cmake)

include(CPack)
