# Compiler settings shared by every target of the project.
add_library(project_options INTERFACE)
if(MSVC)
    target_compile_options(project_options INTERFACE /W4 /permissive- /utf-8)
else()
    target_compile_options(project_options INTERFACE -Wall -Wextra -Wpedantic)
endif()
target_compile_definitions(project_options INTERFACE
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)

if(WARNINGS_AS_ERRORS)
    target_compile_options(project_options INTERFACE $<IF:$<CXX_COMPILER_ID:MSVC>,/WX,-Werror>)
endif()

# Any sanitizer report fails the run: undefined behaviour aborts instead of printing and going on.
if(WITH_ASAN OR WITH_FUZZERS)
    target_compile_options(project_options INTERFACE -fsanitize=address,undefined
                           -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(project_options INTERFACE -fsanitize=address,undefined)
endif()
# Fuzzing builds instrument every library for libFuzzer's coverage; only the fuzz_* executables
# link libFuzzer's main (tests/fuzz).
if(WITH_FUZZERS)
    target_compile_options(project_options INTERFACE -fsanitize=fuzzer-no-link)
endif()

# add_unit_test(SOURCE [MORE_SOURCES files...] [LIBS libs...] [LABELS labels...] [TIMEOUT seconds])
# One Qt Test executable per class or feature, registered with CTest. The executable and the test
# are named after the source file (TestDice.cpp holds class TestDice and is the test TestDice), so
# the file, the class and the name `ctest -N` lists cannot drift apart.
function(add_unit_test source)
    cmake_parse_arguments(ARG "" "TIMEOUT" "MORE_SOURCES;LIBS;LABELS" ${ARGN})
    get_filename_component(name ${source} NAME_WE)
    if(NOT name MATCHES "^Test[A-Z]")
        message(FATAL_ERROR "Test source ${source} must be named TestSomething.cpp")
    endif()
    file(STRINGS ${CMAKE_CURRENT_SOURCE_DIR}/${source} class_line REGEX "^class ${name}( final)? : public QObject")
    if(NOT class_line)
        message(FATAL_ERROR "${source} must hold the test class ${name}")
    endif()
    add_executable(${name} ${source} ${ARG_MORE_SOURCES})
    target_link_libraries(${name} PRIVATE project_options Qt6::Test testsupport ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}"
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
endfunction()

# add_unit_test_variant(TestX VARIANT [ENVIRONMENT vars...] [FIXTURES fixtures...] [RESOURCE_LOCK lock])
# The same test executable run once more under other conditions (another database, say); the test
# is named TestX:VARIANT.
function(add_unit_test_variant name variant)
    cmake_parse_arguments(ARG "" "RESOURCE_LOCK" "ENVIRONMENT;FIXTURES" ${ARGN})
    set(variant_name "${name}:${variant}")
    add_test(NAME ${variant_name} COMMAND ${name})
    get_test_property(${name} TIMEOUT timeout)
    get_test_property(${name} LABELS labels)
    get_test_property(${name} ENVIRONMENT environment)
    list(APPEND environment ${ARG_ENVIRONMENT})
    set_tests_properties(${variant_name} PROPERTIES TIMEOUT ${timeout} LABELS "${labels}"
                         ENVIRONMENT "${environment}")
    if(ARG_FIXTURES)
        set_tests_properties(${variant_name} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
    if(ARG_RESOURCE_LOCK)
        set_tests_properties(${variant_name} PROPERTIES RESOURCE_LOCK ${ARG_RESOURCE_LOCK})
    endif()
endfunction()
