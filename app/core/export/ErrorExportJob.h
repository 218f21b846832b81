#pragma once

#include "ErrorExporter.h"
#include "core/csv/CsvWriterOptions.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>

namespace fw {

/// Runs an ErrorExporter::writeFile() on a worker thread over a snapshot of the store, with
/// progress and cancel; the window keeps working meanwhile.
class ErrorExportJob final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ErrorExportJob)

public:
    explicit ErrorExportJob(QObject *parent = nullptr);
    ~ErrorExportJob() override;

    /// `order`: store indices to write in that order; empty with `allRows` writes every row.
    void start(const QString &fileName, ErrorStore snapshot, std::vector<quint32> order,
               bool allRows, CsvWriterOptions options);
    /// Stops at the next block; finished() reports cancelled and no file is left.
    void cancel();
    bool isRunning() const { return m_running; }
    const ErrorExporter::Result &result() const { return m_result; }
    const QString &fileName() const { return m_fileName; }

Q_SIGNALS:
    void progressChanged(qint64 done, qint64 total);
    void finished();

private:
    QThreadPool m_pool;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    ErrorExporter::Result m_result;
    QString m_fileName;
    bool m_running = false;
};

} // namespace fw
