#pragma once

#include "Fault.h"

#include <functional>

namespace fw::sim {

class HttpConnection;

// Plays one Fault on a connection instead of the normal answer.
class FaultPlayer final
{
public:
    // `process` runs the request for real (used by DropAfterProcessing).
    static void play(HttpConnection *connection, const Fault &fault,
                     const std::function<void()> &process);
};

} // namespace fw::sim
