# Watching a run: the polling schedule, its clock, and the watcher the run view and notifications use.
target_sources(flowwatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/Clock.cpp ${CMAKE_CURRENT_LIST_DIR}/Clock.h
    ${CMAKE_CURRENT_LIST_DIR}/FakeClock.cpp ${CMAKE_CURRENT_LIST_DIR}/FakeClock.h
    ${CMAKE_CURRENT_LIST_DIR}/PollSchedule.cpp ${CMAKE_CURRENT_LIST_DIR}/PollSchedule.h
    ${CMAKE_CURRENT_LIST_DIR}/RunWatcher.cpp ${CMAKE_CURRENT_LIST_DIR}/RunWatcher.h
    ${CMAKE_CURRENT_LIST_DIR}/SystemClock.cpp ${CMAKE_CURRENT_LIST_DIR}/SystemClock.h)
