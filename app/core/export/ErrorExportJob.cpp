#include "ErrorExportJob.h"

#include <QElapsedTimer>

namespace fw {

ErrorExportJob::ErrorExportJob(QObject *parent)
    : QObject(parent)
    , m_cancel(std::make_shared<std::atomic<bool>>(false))
{
    m_pool.setMaxThreadCount(1);
}

ErrorExportJob::~ErrorExportJob()
{
    m_cancel->store(true);
    m_pool.waitForDone();
}

void ErrorExportJob::start(const QString &fileName, ErrorStore snapshot, std::vector<quint32> order,
                           bool allRows, CsvWriterOptions options)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_fileName = fileName;
    m_result = {};
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancelFlag = m_cancel;
    m_pool.start([this, fileName, cancelFlag, snapshot = std::move(snapshot),
                  order = std::move(order), allRows, options]() {
        QElapsedTimer sinceReport;
        sinceReport.start();
        const auto progress = [&](qint64 done, qint64 total) {
            if (sinceReport.elapsed() >= 50 || done == total) {
                sinceReport.restart();
                QMetaObject::invokeMethod(
                    this, [this, done, total] { Q_EMIT progressChanged(done, total); },
                    Qt::QueuedConnection);
            }
            return !cancelFlag->load();
        };
        ErrorExporter::Result result = ErrorExporter::writeFile(
            fileName, snapshot, allRows ? nullptr : &order, options, progress);
        // The job outlives its pool's task (the destructor waits for it).
        QMetaObject::invokeMethod(
            this,
            [this, result = std::move(result)] {
                m_result = result;
                m_running = false;
                Q_EMIT finished();
            },
            Qt::QueuedConnection);
    });
}

void ErrorExportJob::cancel()
{
    m_cancel->store(true);
}

} // namespace fw
