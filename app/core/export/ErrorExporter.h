#pragma once

#include "core/csv/CsvWriterOptions.h"
#include "core/models/errors/ErrorStore.h"

#include <QCoreApplication>
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
    Q_DECLARE_TR_FUNCTIONS(fw::ErrorExporter)

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

    /// Whether `fileName` may be written: it does not exist, or it is a regular file (or a
    /// symbolic link to one). QSaveFile renames its temporary file over the target, so a device
    /// node, a fifo or a socket (or a link to one) would be replaced by a regular file.
    static bool isWritableTarget(const QString &fileName);
    /// Why `fileName` is refused, for the user; empty when isWritableTarget().
    static QString refusedTargetMessage(const QString &fileName);

    /// The same into `fileName`, committed only when everything was written. "-" is stdout.
    /// An existing target that is not a regular file is refused and left untouched.
    static Result writeFile(const QString &fileName, const ErrorStore &store,
                            const std::vector<quint32> *order, CsvWriterOptions options,
                            const Progress &progress = {});
};

} // namespace fw
