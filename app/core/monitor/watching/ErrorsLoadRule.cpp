#include "ErrorsLoadRule.h"

namespace fw {

bool ErrorsLoadRule::loadsAllErrors(RunStatus status, qint64 failedRows)
{
    return isTerminal(status) && failedRows <= maxUnaskedRows;
}

} // namespace fw
