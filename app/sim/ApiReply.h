#pragma once

#include "HttpResponse.h"

#include <QString>

namespace fw::sim {

// What an endpoint answers: a complete response, or the description of an errors stream.
struct ApiReply
{
    HttpResponse response;
    bool streamErrors = false;
    bool csv = false;
    QString runId;
    qint64 errorCount = 0; // the run's generator size
    qint64 errorRowSpan = 0;
    qint64 total = 0; // errors to stream (those visible now)
    int delayMs = 0; // real milliseconds to wait before sending `response`
};

} // namespace fw::sim
