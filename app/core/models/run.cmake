# The run view's models: header summary, partitions, log, throughput, and their formatting.
target_sources(flowwatch_core PRIVATE
    LogFilterModel.cpp LogFilterModel.h
    LogModel.cpp LogModel.h
    PartitionModel.cpp PartitionModel.h
    RunFormat.cpp RunFormat.h
    RunSummary.cpp RunSummary.h
    ThroughputSeries.cpp ThroughputSeries.h)
