#include "ErrorExporter.h"

#include "ValidationErrorCsv.h"
#include "core/csv/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace fw {

namespace {
constexpr qint64 ProgressEvery = 16 * 1024;
} // namespace

ErrorExporter::Result ErrorExporter::write(QIODevice *device, const ErrorStore &store,
                                           const std::vector<quint32> *order,
                                           CsvWriterOptions options, const Progress &progress)
{
    Result result;
    const qint64 total = order ? qint64(order->size()) : store.size();
    CsvWriter writer(device, options);
    ValidationErrorCsv csv(writer);
    csv.writeHeader();
    for (qint64 k = 0; k < total && writer.ok(); ++k) {
        if (progress && k % ProgressEvery == 0 && !progress(k, total)) {
            result.cancelled = true;
            result.rows = k;
            result.error = tr("Export cancelled.");
            return result;
        }
        csv.writeError(store.borrowedAt(order ? qsizetype((*order)[std::size_t(k)]) : k));
        result.rows = k + 1;
    }
    if (!writer.flush()) {
        result.error = writer.errorString();
        return result;
    }
    if (progress)
        progress(total, total);
    result.ok = true;
    return result;
}

bool ErrorExporter::isWritableTarget(const QString &fileName)
{
    // QFileInfo follows symbolic links: a dangling link is created as a regular file.
    const QFileInfo target(fileName);
    return !target.exists() || target.isFile();
}

QString ErrorExporter::refusedTargetMessage(const QString &fileName)
{
    if (isWritableTarget(fileName))
        return {};
    return tr("%1 is not a regular file (a folder, a device or a pipe) and is left as it is — "
              "choose another file name.")
        .arg(QDir::toNativeSeparators(fileName));
}

ErrorExporter::Result ErrorExporter::writeFile(const QString &fileName, const ErrorStore &store,
                                               const std::vector<quint32> *order,
                                               CsvWriterOptions options, const Progress &progress)
{
    if (fileName == u"-"_s) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly)) {
            Result result;
            result.error = tr("Cannot write to standard output.");
            return result;
        }
        return write(&out, store, order, options, progress);
    }
    if (!isWritableTarget(fileName)) {
        Result result;
        result.error = refusedTargetMessage(fileName);
        return result;
    }
    QSaveFile file(fileName);
    // Never write in place: the old file stays whole until the new one is complete.
    file.setDirectWriteFallback(false);
    if (!file.open(QIODevice::WriteOnly)) {
        Result result;
        result.error = tr("Cannot write %1: %2 — choose another folder or file name.")
                           .arg(QDir::toNativeSeparators(fileName), file.errorString());
        return result;
    }
    Result result = write(&file, store, order, options, progress);
    if (!result.ok) {
        file.cancelWriting();
        if (!result.cancelled) {
            result.error = tr("Could not write %1: %2 — check the free space and try again.")
                               .arg(QDir::toNativeSeparators(fileName), result.error);
        }
        return result;
    }
    if (!file.commit()) {
        result.ok = false;
        result.error = tr("Could not save %1: %2 — check the free space and permissions.")
                           .arg(QDir::toNativeSeparators(fileName), file.errorString());
    }
    return result;
}

} // namespace fw
