# The shell's browser models: pipelines (with a filter), a pipeline's runs, the watched runs.
target_sources(flowwatch_core PRIVATE
    BrowserFormat.cpp BrowserFormat.h
    PipelineFilterModel.cpp PipelineFilterModel.h
    PipelineListModel.cpp PipelineListModel.h
    RunListModel.cpp RunListModel.h
    WatchListModel.cpp WatchListModel.h)
