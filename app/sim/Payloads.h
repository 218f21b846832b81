#pragma once

#include "HttpResponse.h"
#include "PipelineInfo.h"
#include "RunPlan.h"
#include "RunState.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace fw::sim {

// JSON bodies of the API, built from plans and evaluated states.
class Payloads final
{
public:
    using WallClock = std::function<QDateTime(qint64 simulatedMs)>;

    static QString iso(const QDateTime &time);
    static QJsonObject pipeline(const PipelineInfo &pipeline, const RunPlan *latest,
                                const RunState *latestState, const WallClock &wall);
    static QJsonObject runSummary(const RunPlan &plan, const RunState &state,
                                  const WallClock &wall);
    static QJsonObject progress(const RunPlan &plan, const RunState &state, quint64 seed,
                                const WallClock &wall);
    static HttpResponse json(int status, const QJsonDocument &document);
    static HttpResponse error(int status, const QString &code, const QString &message);
    static QByteArray jsonContentType();
};

} // namespace fw::sim
