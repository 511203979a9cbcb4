// A world: N stations (instances of one generated top with line ports) on one medium, clocked in
// lockstep. Each station hears the others: nobody -> silence; one -> that station's signal;
// two or more -> a collision (carrier present, the signals combined by XOR, i.e. garbage).
// The signal takes one clock to cross the medium.
#ifndef JNIC_WORLD_H
#define JNIC_WORLD_H

#include <memory>
#include <string>
#include <vector>

#include "model.h"

namespace jnic {

enum class Medium { Cable = 0, Hub = 1 };

class World {
  public:
    // Throws std::invalid_argument with a message saying what is wrong with the configuration.
    World(const std::string &top, int stations, Medium medium);

    int stations() const { return static_cast<int>(models_.size()); }
    Model &station(int i) { return *models_.at(static_cast<size_t>(i)); }
    uint64_t run(uint64_t cycles);
    uint64_t collision_cycles() const { return collision_cycles_; }

  private:
    struct Line {
        int out_active, out_signal, in_active, in_signal;  // valid/data (fast) or active/level (phy)
    };
    Medium medium_;
    std::vector<std::unique_ptr<Model>> models_;
    std::vector<Line> lines_;
    std::vector<uint64_t> heard_active_, heard_signal_;
    uint64_t collision_cycles_ = 0;
};

}  // namespace jnic

#endif
