#pragma once

#include "StageTimeline.h"
#include "core/api/LogEntry.h"
#include "core/api/PartitionDetail.h"

#include <QList>
#include <QRegularExpression>
#include <QString>

namespace fw {

/// What the partition detail pane says about one partition: its status, rows and progress as
/// sent, when the polls first saw it running and saw it finish, and its log lines (the entries
/// that name it, "Partition 3 …"). Plain text: server values are never markup.
namespace PartitionDetails {

/// What a log entry that names partition `index` contains ("Partition 3 started", "partition 3:").
QRegularExpression mentionPattern(qint64 index);
/// Whether a log entry names the partition of `pattern` (see mentionPattern()).
bool mentions(const LogEntry &entry, const QRegularExpression &pattern);
/// The pane's text. `span` (optional) gives first and last seen; `lines` its log lines.
QString describe(const PartitionDetail &partition, const StageTimeline::PartitionSpan *span,
                 const QList<LogEntry> &lines);

} // namespace PartitionDetails

} // namespace fw
