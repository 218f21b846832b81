#pragma once

#include <QString>

namespace fw::ui {

/// The run a Retry action is for, and the connection it goes through, as the user knows them.
struct RetryTarget
{
    QString pipelineId;
    QString pipelineName; ///< may be empty until the browser knows it
    QString runId;
    QString profileName;
    bool production = false; ///< a production profile: the dialog warns with icon and text
};

} // namespace fw::ui
