# The validation-error table: compact store, sort/filter on a worker thread, summary counts,
# and the streaming loader that feeds it.
target_sources(flowwatch_core PRIVATE
    ErrorClipboard.cpp ErrorClipboard.h
    ErrorFilter.h
    ErrorLoader.cpp ErrorLoader.h
    ErrorMatcher.cpp ErrorMatcher.h
    ErrorSorter.cpp ErrorSorter.h
    ErrorStore.cpp ErrorStore.h
    ErrorSummaryModel.cpp ErrorSummaryModel.h
    ErrorTableModel.cpp ErrorTableModel.h)
