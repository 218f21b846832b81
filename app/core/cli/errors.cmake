# flowwatch export-errors: the validation errors of a run as safe CSV, no display needed.
target_sources(flowwatch_core PRIVATE
    ExportErrorsCommand.cpp ExportErrorsCommand.h)
