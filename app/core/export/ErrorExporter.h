#pragma once

#include "core/csv/CsvWriterOptions.h"
#include "core/models/errors/ErrorStore.h"

#include <QString>

#include <atomic>
#include <functional>
#include <vector>

QT_BEGIN_NAMESPACE
class QIODevice;
QT_END_NAMESPACE

namespace fw {

/// Writes validation errors from an ErrorStore as CSV (Row,Column,Value,Error through
/// ValidationErrorCsv: RFC 4180, CRLF, UTF-8 with an optional BOM, formulas neutralised).
/// Files are written through QSaveFile: a failed or cancelled export leaves nothing under the
/// final name (and no temporary file).
class ErrorExporter final
{
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        qint64 rows = 0; ///< rows written
        QString error; ///< what went wrong and what to do, for the user
    };
    /// Called every few thousand rows with (rows written, rows to write); return false to cancel.
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    /// Writes the rows of `store` listed in `order` (store indices; nullptr: every row in
    /// arrival order) to `device`, which must be open for writing.
    static Result write(QIODevice *device, const ErrorStore &store,
                        const std::vector<quint32> *order, CsvWriterOptions options,
                        const Progress &progress = {});

    /// The same into `fileName`, committed only when everything was written. "-" is stdout.
    static Result writeFile(const QString &fileName, const ErrorStore &store,
                            const std::vector<quint32> *order, CsvWriterOptions options,
                            const Progress &progress = {});
};

} // namespace fw
