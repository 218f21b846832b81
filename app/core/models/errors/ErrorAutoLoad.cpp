#include "ErrorAutoLoad.h"

namespace fw {

bool ErrorAutoLoad::shouldLoadAll(RunStatus status, qint64 failedRows)
{
    return isTerminal(status) && failedRows <= kMaxRows;
}

} // namespace fw
