# ttc_add_test(NAME <name> SOURCES <files...> [LIBS <targets...>] [LABELS unit|integration|gui|slow...]
#              [ENV <VAR=value>...] [TIMEOUT <seconds>] [ARGS <args...>])
# One Qt Test executable per class or feature. Every test gets a private temp folder and profile, the fixture
# folder, and the build's bin folder in its environment.
if(DEFINED ENV{TTC_FIXTURES_DIR})
    set(_ttc_fixtures_default "$ENV{TTC_FIXTURES_DIR}")
else()
    get_filename_component(_ttc_fixtures_default "${PROJECT_SOURCE_DIR}/../shared/fixtures" ABSOLUTE)
endif()
set(TTC_FIXTURES_DIR "${_ttc_fixtures_default}" CACHE PATH "Third-party recordings, read in place (never copied)")

function(ttc_add_test)
    cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENV;ARGS" ${ARGN})
    if(NOT T_NAME OR NOT T_SOURCES)
        message(FATAL_ERROR "ttc_add_test needs NAME and SOURCES")
    endif()
    if(NOT T_LABELS)
        set(T_LABELS unit)
    endif()
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 60)
    endif()
    add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE ttc_project_options ttc_test_support Qt6::Test ${T_LIBS})
    set_target_properties(${T_NAME} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    add_test(NAME ${T_NAME} COMMAND ${T_NAME} ${T_ARGS})
    set(_env
        "TTC_FIXTURES_DIR=${TTC_FIXTURES_DIR}"
        "TTC_BIN_DIR=${CMAKE_BINARY_DIR}/bin"
        "TTC_TEST_ARTIFACTS=${CMAKE_BINARY_DIR}/test-artifacts"
        "TTC_SOURCE_DIR=${PROJECT_SOURCE_DIR}"
        ${T_ENV})
    if(NOT "gui" IN_LIST T_LABELS)
        list(APPEND _env "QT_QPA_PLATFORM=offscreen")
    endif()
    set_tests_properties(${T_NAME} PROPERTIES LABELS "${T_LABELS}" TIMEOUT ${T_TIMEOUT} ENVIRONMENT "${_env}")
    if("gui" IN_LIST T_LABELS)
        # GUI tests share one display and compare screenshots: one at a time.
        set_tests_properties(${T_NAME} PROPERTIES RESOURCE_LOCK display)
    endif()
endfunction()
