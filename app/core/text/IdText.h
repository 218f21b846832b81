#pragma once

#include <QStringView>

namespace fw {

/// True for a plausible KaireonAI id (pipeline, run, tenant): 1–128 characters of letters,
/// digits, '_', '-', '.', ':', not starting with a dot. Anything else in a link or a pasted URL is
/// refused.
bool isPlausibleId(QStringView text);

} // namespace fw
