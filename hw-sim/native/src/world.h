// A world: N stations (instances of one generated top with line ports) on one medium, clocked in
// lockstep. Each station hears the others: nobody -> silence; one -> that station's signal;
// two or more -> a collision (carrier present, the signals combined by XOR, i.e. garbage).
// The signal takes one clock to cross the medium.
#ifndef JNIC_WORLD_H
#define JNIC_WORLD_H

#include <memory>
#include <random>
#include <string>
#include <vector>

#include "model.h"
#include "pcapng.h"

namespace jnic {

enum class Medium { Cable = 0, Hub = 1 };

// Impairments, all drawn from one seeded generator so the same seed gives the same run.
struct Impairments {
    double bit_error_rate = 0;  // per line bit, independently on what each station hears
    double frame_loss = 0;      // per frame sent: nobody hears it
    uint64_t seed = 1;
    int samples_per_bit = 8;    // of a Manchester line (a bit error there inverts a half cell)
};

class World {
  public:
    // Throws std::invalid_argument with a message saying what is wrong with the configuration.
    World(const std::string &top, int stations, Medium medium, Impairments impairments = {});

    int stations() const { return static_cast<int>(models_.size()); }
    Model &station(int i) { return *models_.at(static_cast<size_t>(i)); }
    // Runs for `cycles` periods of the nominal clock. With every station at 0 ppm all step in
    // lockstep (the medium one clock behind); otherwise each station steps at its own rate and
    // hears the others as they are at its clock edge.
    uint64_t run(uint64_t cycles);
    // A station's clock offset from nominal, in ppm (set before running).
    void set_clock_offset(int station, double ppm);
    // Writes every frame put on the medium from now on to a pcapng file, as sent, FCS included,
    // stamped in simulated time (80 ns per clock on the byte-wide line, i.e. 100 Mb/s; 12.5 ns per
    // sample on the Manchester line, 8 samples per bit at 10 Mb/s). Collisions and losses are
    // noted in the packet comments; bursts cut before their SFD (collision fragments) are written
    // as they were on the line, preamble included. Throws std::runtime_error if the file cannot
    // be written.
    void capture(const std::string &path);
    uint64_t frames_captured() const { return frames_captured_; }
    uint64_t collision_cycles() const { return collision_cycles_; }
    uint64_t bit_errors() const { return bit_errors_; }
    uint64_t frames_lost() const { return frames_lost_; }

  private:
    struct Line {
        int out_active, out_signal, in_active, in_signal;  // valid/data (fast) or active/level (phy)
    };
    void step_lockstep();
    void step_station(size_t i);  // one clock edge of one station (free-running clocks)
    // The medium now: frame-loss decisions for frames just started, stations talking, and the
    // XOR of their signals. Then what station i hears: the same less its own signal.
    struct Medium_now {
        uint64_t talking = 0, combined = 0;
    };
    Medium_now survey();
    void hear(size_t i, const Medium_now &medium);
    void capture_edge(size_t i, double time_ns);  // after station i settled at its clock edge
    std::vector<uint8_t> frame_of(const std::vector<uint64_t> &line) const;
    std::vector<uint8_t> line_bytes(const std::vector<uint64_t> &line) const;
    double uniform();  // [0, 1), 53 bits, the same on every platform
    uint64_t bits_until_error();
    void impair(size_t station);

    Medium medium_;
    Impairments impairments_;
    bool manchester_ = false;
    std::mt19937_64 rng_;
    std::vector<uint64_t> until_error_;   // per listener: line bits (fast) or samples (phy) to the next error
    std::vector<int> inverting_;          // per listener, phy: samples of a half cell still inverted
    std::vector<uint8_t> was_talking_, lost_;
    uint64_t bit_errors_ = 0, frames_lost_ = 0;
    // Free-running clocks: time in units of 1e-9 nominal periods, exact integer arithmetic.
    static constexpr int64_t kNominal = 1000000000;
    std::vector<int64_t> period_, next_edge_;
    std::vector<uint8_t> talking_now_;   // each station's line out at its last edge
    std::vector<uint64_t> signal_now_;
    bool free_running_ = false;
    int64_t now_ = 0;
    uint64_t lockstep_cycles_ = 0;
    // Capture: each station's burst on the medium, collected at its clock edges.
    struct Burst {
        bool active = false, collided = false, lost = false;
        double start_ns = 0;
        std::vector<uint64_t> line;
    };
    std::unique_ptr<PcapngWriter> pcap_;
    std::vector<Burst> bursts_;
    uint64_t frames_captured_ = 0;
    std::vector<std::unique_ptr<Model>> models_;
    std::vector<Line> lines_;
    std::vector<uint64_t> heard_active_, heard_signal_;
    uint64_t collision_cycles_ = 0;
};

}  // namespace jnic

#endif
