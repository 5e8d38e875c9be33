# Read by cpack for each generator. A Debian package's description is its own synopsis line and
# text (CPACK_DEBIAN_<COMPONENT>_DESCRIPTION); CPackDeb would put the one project-wide summary in
# front of both packages' descriptions, so the Debian packages go without it.
if(CPACK_GENERATOR STREQUAL "DEB")
    unset(CPACK_PACKAGE_DESCRIPTION_SUMMARY)
endif()
