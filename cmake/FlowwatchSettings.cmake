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
    $<$<BOOL:${FLOWWATCH_WERROR}>:-Werror>)

# Precompiled Qt headers keep a 2-core build short. Off for the lint configuration: clang-tidy
# cannot read GCC's precompiled headers.
option(FLOWWATCH_PCH "Precompile the Qt headers" ON)
function(flowwatch_precompile target)
    if(FLOWWATCH_PCH)
        target_precompile_headers(${target} PRIVATE ${ARGN})
    endif()
endfunction()
