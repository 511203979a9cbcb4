// The C ABI's handle types and error reporting, shared by model_abi.cpp and world_abi.cpp.
#ifndef JNIC_ABI_H
#define JNIC_ABI_H

#include <memory>
#include <string>
#include <vector>

#include "jnic_sim.h"
#include "model.h"
#include "world.h"

// A handle on a model: owned (jnic_model_create) or a station of a world (owned by the world).
struct jnic_model {
    std::unique_ptr<jnic::Model> owner;
    jnic::Model *model;
};

struct jnic_world {
    std::unique_ptr<jnic::World> world;
    std::vector<jnic_model> stations;
};

namespace jnic {
// Sets the message jnic_sim_last_error() returns; returns -1.
int fail(const std::string &message);
}  // namespace jnic

#endif
