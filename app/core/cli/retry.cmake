# `flowwatch retry`: one confirmed retry from the command line, through the same RetryController.
target_sources(flowwatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/RetryCommand.cpp ${CMAKE_CURRENT_LIST_DIR}/RetryCommand.h)
