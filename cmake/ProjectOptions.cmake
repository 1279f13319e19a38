# One INTERFACE target carries the language level, warnings and strict Qt defines; every target links it.
add_library(ttc_project_options INTERFACE)
target_compile_features(ttc_project_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_CXX_STANDARD 20)
set(CMAKE_CXX_STANDARD_REQUIRED ON)
if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE RelWithDebInfo CACHE STRING "Build type" FORCE)
endif()

target_compile_definitions(ttc_project_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    TTC_VERSION="${TTC_VERSION}"
    TTC_PRODUCT_ID="${TTC_PRODUCT_ID}"
    TTC_PRODUCT_NAME="${TTC_PRODUCT_NAME}"
    TTC_ORG_DOMAIN="${TTC_ORG_DOMAIN}"
    TTC_APP_ID="${TTC_APP_ID}")

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(ttc_project_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow=local -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
        -Wformat=2 -Wimplicit-fallthrough -Wno-missing-field-initializers)
    option(TTC_WERROR "Treat warnings as errors" OFF)
    if(TTC_WERROR)
        target_compile_options(ttc_project_options INTERFACE -Werror)
    endif()
elseif(MSVC)
    target_compile_options(ttc_project_options INTERFACE /W4 /permissive- /Zc:__cplusplus /utf-8)
endif()

option(TTC_SANITIZE "Build with AddressSanitizer and UBSan" OFF)
if(TTC_SANITIZE)
    target_compile_options(ttc_project_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
    target_link_options(ttc_project_options INTERFACE -fsanitize=address,undefined)
endif()
