# Retrying a run: who may (PermissionPolicy), the one-POST-per-click controller, and the texts
# the dialog, the run page and the command line share.
target_sources(flowwatch_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/PermissionPolicy.cpp ${CMAKE_CURRENT_LIST_DIR}/PermissionPolicy.h
    ${CMAKE_CURRENT_LIST_DIR}/RetryController.cpp ${CMAKE_CURRENT_LIST_DIR}/RetryController.h
    ${CMAKE_CURRENT_LIST_DIR}/RetryOutcomeCheck.cpp ${CMAKE_CURRENT_LIST_DIR}/RetryOutcomeCheck.h
    ${CMAKE_CURRENT_LIST_DIR}/RetryOutlook.cpp ${CMAKE_CURRENT_LIST_DIR}/RetryOutlook.h
    ${CMAKE_CURRENT_LIST_DIR}/RetryPermission.cpp ${CMAKE_CURRENT_LIST_DIR}/RetryPermission.h
    ${CMAKE_CURRENT_LIST_DIR}/Role.h)
