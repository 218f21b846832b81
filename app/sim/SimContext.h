#pragma once

#include "Payloads.h"
#include "SimulatorOptions.h"
#include "World.h"

#include <functional>

namespace fw::sim {

// What the endpoints share: the world, the live options and the simulated clock.
struct SimContext
{
    World *world = nullptr;
    SimulatorOptions *options = nullptr;
    std::function<qint64()> nowMs;
    Payloads::WallClock wall;
};

} // namespace fw::sim
