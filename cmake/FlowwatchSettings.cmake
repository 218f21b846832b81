# flowwatch_settings: the strict settings every Flowwatch target links.
add_library(flowwatch_settings INTERFACE)
target_compile_features(flowwatch_settings INTERFACE cxx_std_20)
target_compile_definitions(flowwatch_settings INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT            # honoured from Qt 6.7 on
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_STRICT_ITERATORS
    FLOWWATCH_VERSION="${PROJECT_VERSION}"
    FLOWWATCH_APP_ID="${FLOWWATCH_APP_ID}")
target_compile_options(flowwatch_settings INTERFACE
    -Wall -Wextra -Wpedantic
    -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    -Wcast-qual -Wshadow=local -Wimplicit-fallthrough
    $<$<CXX_COMPILER_ID:Clang>:-Wno-unknown-warning-option> # clang has no -Wshadow=local
    $<$<BOOL:${FLOWWATCH_WERROR}>:-Werror>)

# Precompiled Qt headers keep a 2-core build short. Off for the lint configuration: clang-tidy
# cannot read GCC's precompiled headers.
option(FLOWWATCH_PCH "Precompile the Qt headers" ON)
function(flowwatch_precompile target)
    if(FLOWWATCH_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()

# FLOWWATCH_SANITIZE: every target (libraries, app, simulator, tests) compiled and linked with
# AddressSanitizer, LeakSanitizer and UndefinedBehaviorSanitizer; any report fails the process.
# Set at directory scope so precompiled headers get the same flags as the sources using them.
# Use a build directory of its own (scripts/dev test uses build-sanitize/).
option(FLOWWATCH_SANITIZE "Build with AddressSanitizer, LeakSanitizer and UBSan" OFF)
set(FLOWWATCH_TEST_ENVIRONMENT "")
if(FLOWWATCH_SANITIZE)
    set(_flowwatch_sanitize -fsanitize=address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    # After the build type's flags, so they win: -O1 and line tables only build much faster on
    # two cores and still give stack traces with file and line.
    add_compile_options(${_flowwatch_sanitize} -O1 -g1)
    add_link_options(${_flowwatch_sanitize})
    # Lets a test that measures memory allow for the sanitizer's quarantine and shadow memory.
    add_compile_definitions(FLOWWATCH_SANITIZED=1)
    set(_flowwatch_supp ${CMAKE_CURRENT_LIST_DIR}/../tests/sanitizers)
    cmake_path(NORMAL_PATH _flowwatch_supp)
    # What every test runs with (tests/CMakeLists.txt adds it to each test's ENVIRONMENT).
    set(FLOWWATCH_TEST_ENVIRONMENT
        "ASAN_OPTIONS=detect_leaks=1:strict_init_order=1:check_initialization_order=1:detect_stack_use_after_return=0:abort_on_error=0:halt_on_error=1"
        "LSAN_OPTIONS=suppressions=${_flowwatch_supp}/lsan.supp:print_suppressions=0"
        "UBSAN_OPTIONS=suppressions=${_flowwatch_supp}/ubsan.supp:print_stacktrace=1:halt_on_error=1")
endif()

# FLOWWATCH_FUZZ: libFuzzer targets under tests/fuzz/ (clang only; a build directory of its own,
# CXX=clang++). Everything is instrumented for coverage, AddressSanitizer and UBSan; only the
# fuzz targets link libFuzzer's main. scripts/dev fuzz builds and runs them.
option(FLOWWATCH_FUZZ "Build the libFuzzer targets (needs CXX=clang++)" OFF)
if(FLOWWATCH_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "FLOWWATCH_FUZZ needs clang: configure with CXX=clang++")
    endif()
    set(_flowwatch_fuzz -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    add_compile_options(${_flowwatch_fuzz} -O1 -g1)
    add_link_options(-fsanitize=address,undefined)
endif()
