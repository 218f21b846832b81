#pragma once

#include "RunStatus.h"

#include <QString>

#include <optional>

namespace fw {

/// One partition of a run. `progress` (0-100 per the docs) is present only while running;
/// out-of-range values are kept as sent so the views can flag them.
struct PartitionDetail
{
    qint64 index = 0;
    PartitionStatus status = PartitionStatus::Unknown;
    QString statusText; ///< raw status as sent
    qint64 rows = 0;
    std::optional<double> progress;

    friend bool operator==(const PartitionDetail &, const PartitionDetail &) = default;
};

} // namespace fw
