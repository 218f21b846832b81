# The validation-error table: compact store, sort/filter on a worker thread, summary counts.
target_sources(flowwatch_core PRIVATE
    ErrorClipboard.cpp ErrorClipboard.h
    ErrorFilter.h
    ErrorMatcher.cpp ErrorMatcher.h
    ErrorSorter.cpp ErrorSorter.h
    ErrorStore.cpp ErrorStore.h
    ErrorSummaryModel.cpp ErrorSummaryModel.h
    ErrorTableModel.cpp ErrorTableModel.h)
