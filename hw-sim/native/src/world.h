// A world: N stations (instances of one generated top with line ports) on one or more segments,
// each a medium of its own, all clocked in one time base (a router's adapters on two segments see
// the same clock). On its segment each station hears the others: nobody -> silence; one -> that
// station's signal; two or more -> a collision (carrier present, the signals combined by XOR,
// i.e. garbage). The signal takes one clock to cross the medium. Nothing crosses between
// segments in the world: what joins them is above the adapters (a router's or a bridge's driver).
#ifndef JNIC_WORLD_H
#define JNIC_WORLD_H

#include <array>
#include <cstdint>
#include <deque>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "capture.h"
#include "model.h"
#include "pcapng.h"

namespace jnic {

enum class Medium { Cable = 0, Hub = 1 };

// Impairments, all drawn from one seeded generator so the same seed gives the same run.
struct Impairments {
    double bit_error_rate = 0;  // per line bit, independently on what each station hears
    double frame_loss = 0;      // per frame sent: nobody hears it
    uint64_t seed = 1;
    int samples_per_bit = 8;  // of a Manchester line (a bit error there inverts a half cell)
};

class World {
  public:
    // Throws std::invalid_argument with a message saying what is wrong with the configuration.
    World(const std::string &top, int stations, Medium medium, Impairments impairments = {});
    // Several segments: segment_kinds[s] is segment s's medium, segment_of[i] the segment station i
    // is attached to. A cable joins exactly 2 stations, a hub at least 2.
    World(const std::string &top, const std::vector<Medium> &segment_kinds, const std::vector<int> &segment_of,
          Impairments impairments = {});

    int stations() const { return static_cast<int>(models_.size()); }
    Model &station(int i) { return *models_.at(static_cast<size_t>(i)); }
    // Runs for `cycles` periods of the nominal clock. With every station at 0 ppm all step in
    // lockstep (the medium one clock behind); otherwise each station steps at its own rate and
    // hears the others as they are at its clock edge.
    uint64_t run(uint64_t cycles);
    // One segment's impairments instead of the world's (the same generator draws them).
    void set_segment_impairments(int segment, double bit_error_rate, double frame_loss);
    // A station's clock offset from nominal, in ppm (set before running).
    void set_clock_offset(int station, double ppm);
    // Writes every frame put on the medium from now on to a pcapng file, as sent, FCS included,
    // stamped in simulated time (80 ns per clock on the byte-wide line, i.e. 100 Mb/s; 100 ns per
    // clock on the Manchester line, a bit cell of 8 samples per clock at 10 Mb/s). A frame lost on
    // the medium says so in its comment. What is no frame (an attempt cut by a collision and its
    // jam, a burst with no SFD, a runt), and each deferral and backoff an adapter's monitor shows,
    // is a note in the next frame's comment (pcapng.h). Throws std::runtime_error if the file
    // cannot be written.
    void capture(const std::string &path);
    // The same for the frames on one segment only (a capture on that wire).
    void capture_segment(int segment, const std::string &path);
    // What one station received, as a capture of its own (capture.h: off the MII monitor ports
    // where the top has them, else off the line; FCS, alignment and symbol errors flagged,
    // collisions as notes).
    void capture_station(int station, const std::string &path);
    uint64_t frames_captured() const { return frames_captured_; }
    int segments() const { return static_cast<int>(members_.size()); }
    int segment_of(int station) const { return segment_of_.at(static_cast<size_t>(station)); }
    // Clock cycles in which two or more stations of a hub segment were talking at once.
    uint64_t segment_collision_cycles(int segment) const {
        return segment_collisions_.at(static_cast<size_t>(segment));
    }

    // ---- NIC stations (tops with a host bus: NicFast, NicPhy) ----
    bool has_host_bus() const { return host_bus_; }
    // The station's address ROM: the address (wire order) and a checksum word that makes the
    // four words sum to 0xFFFF; corrupt_checksum breaks it (a bad ROM). The station is then
    // reset, as at power-on, so it reads the ROM again. Station i starts with 02:4A:4E:49:43:i+1.
    void set_rom(int station, const uint8_t address[6], bool corrupt_checksum = false);
    // Host-bus bursts on one station: one request per clock to consecutive word addresses from
    // byte address `address`, the whole world running meanwhile; a request the adapter stalls
    // (busStall, its buffer memory's port busy with the line) is presented again the next clock.
    // Return the clocks they took.
    uint64_t bus_write(int station, uint32_t address, const uint32_t *words, size_t count);
    uint64_t bus_read(int station, uint32_t address, uint32_t *words, size_t count);
    // Runs until some station's interrupt line is high (at once if one already is) or max_cycles
    // have passed; returns the clocks run and sets *irq_mask to the stations interrupting
    // (bit i = station i, the first 64).
    uint64_t run_until_interrupt(uint64_t max_cycles, uint64_t *irq_mask);
    // Idle fast-forward (on by default): when no station talks or hears anything, no bus burst runs,
    // no VCD window is open and no testbench drives a station, the world clocks once more and
    // compares every station's whole state with what it was; if nothing changed, nothing can change
    // until an input does, so run() and run_until_interrupt() jump to the end of their time at once.
    // The result is the same, clock for clock, as clocking through. Tries back off while they fail.
    void set_fast_forward(bool on) { fast_forward_ = on; }
    uint64_t clocks_skipped() const { return clocks_skipped_; }
    // Whether stations clock their rising edges through the direct edge gen_ports.py writes for a
    // model whose evaluation it knows (on by default), or through Verilator's eval(); and how many
    // stations take it.
    void use_direct_edges(bool on);
    int direct_edges() const;
    // For tests: every edge of a station with a direct edge taken both ways and compared
    // (Model::rise_compared), in the general step; the edges compared and those that differed.
    void compare_direct_edges(bool on) { compare_edges_ = on; }
    uint64_t direct_edges_compared() const { return edges_compared_; }
    uint64_t direct_edges_differing() const { return edges_differing_; }
    // Clocks run by the plain step (step_plain: one evaluation per station, no per-clock checks).
    uint64_t plain_clocks() const { return plain_clocks_; }
    // Host-bus requests an adapter refused (busStall) and the world presented again.
    uint64_t bus_stalls() const { return bus_stalls_; }
    // Simulated time: nominal clocks since the world was made, and their length in picoseconds.
    uint64_t cycles() const { return free_running_ ? static_cast<uint64_t>(now_ / kNominal) : lockstep_cycles_; }
    uint64_t clock_period_ps() const { return manchester_ ? 100000 : 80000; }

    // Every bus request issued from now on, for replaying the same run elsewhere (benchmarks).
    struct BusRequest {
        uint64_t cycle;
        int station;
        bool write;
        uint32_t address, data;
    };
    void log_bus_requests(std::vector<BusRequest> *log) { bus_log_ = log; }

    // ---- the medium ----
    // Clocks a signal takes to cross the medium (at least 1; lockstep runs only). 10 m of cable
    // at 2/3 c is 50 ns: under a clock on either line (80 ns a byte, 100 ns a bit cell).
    void set_propagation_delay(int clocks);

    // ---- VCD ----
    // Stations are built without tracing (a third faster). make_traceable rebuilds one with it, so
    // trace() can record it later; only before the world has run a clock, as the rebuilt station
    // starts from power-on.
    void make_traceable(int station);
    // Every signal of one station into a VCD file, for simulated time [from_cycle, to_cycle). A
    // station not made traceable is made so if the world has not run yet; otherwise this throws.
    void trace(int station, const std::string &path, uint64_t from_cycle, uint64_t to_cycle);
    uint64_t collision_cycles() const { return collision_cycles_; }
    uint64_t bit_errors() const { return bit_errors_; }
    uint64_t frames_lost() const { return frames_lost_; }
    // Free-running byte-wide line: bytes the receivers' elastic buffers lost or made up (each one
    // corrupts its frame); 0 when the clocks are within the buffers' slack.
    uint64_t elastic_slips() const { return elastic_slips_; }
    // Clocks in which a station was putting a signal on the line.
    uint64_t line_active_cycles(int station) const { return active_cycles_.at(static_cast<size_t>(station)); }

  private:
    // A station's line and host-bus ports as the Verilated storage itself, so the per-clock loop
    // sets and reads them without a lookup or a switch on their width (bus pointers null for a
    // top without a host bus).
    struct Ports {
        uint8_t *in_active = nullptr, *in_signal = nullptr;
        const uint8_t *out_active = nullptr, *out_signal = nullptr;
        uint8_t *bus_valid = nullptr, *bus_write = nullptr;
        uint32_t *bus_address = nullptr, *bus_write_data = nullptr;
        const uint32_t *bus_read_data = nullptr;
        const uint8_t *bus_ready = nullptr, *bus_stall = nullptr, *irq = nullptr, *rom_address = nullptr;
        uint16_t *rom_data = nullptr;
        // The MII receive monitor of an adapter with a PHY (Mac.monitorRxDv), or null.
        const uint8_t *monitor_rx_dv = nullptr, *monitor_rxd = nullptr, *monitor_rx_er = nullptr;
        // The backoff monitor of an adapter (Mac.monitorBackoff), or null.
        const uint8_t *monitor_backoff = nullptr, *monitor_collisions = nullptr, *monitor_deferred = nullptr;
        const uint16_t *monitor_backoff_slots = nullptr;
    };
    static Ports ports_of(const Model &m, bool manchester, bool bus);
    std::vector<Ports> ports_;      // per station
    std::vector<uint8_t> tracing_;  // per station: a VCD window is open
    struct BusJob {
        int station = -1;
        bool write = false;
        uint32_t address = 0;
        const uint32_t *write_words = nullptr;
        uint32_t *read_words = nullptr;
        size_t count = 0, issued = 0, answered = 0;
    };
    struct Trace {
        uint64_t from = 0, to = 0;
    };
    // A station's ROM and bus inputs for this clock, then its bus answer and interrupt line;
    // logic_edge: the clock's edge is one of the adapter's logic clock (Model::logic_edge_next).
    void before_settle(size_t i, bool logic_edge);
    void after_settle(size_t i, bool logic_edge);
    void trace_low(size_t i, uint64_t cycle_start_ps);  // after the settle: the VCD's low half
    void after_rise(size_t i, uint64_t cycle_start_ps);
    uint64_t bus_job(BusJob job);
    void step_one();  // one nominal clock of the whole world
    bool host_bus_ = false;
    std::vector<std::array<uint16_t, 4>> roms_;
    std::vector<uint8_t> irq_;
    BusJob job_;
    uint64_t bus_stalls_ = 0;
    std::vector<Trace> traces_;
    std::vector<BusRequest> *bus_log_ = nullptr;
    std::vector<uint64_t> active_cycles_;
    int propagation_ = 1;
    // Per listener: (active, signal) still on the way.
    std::vector<std::deque<std::pair<uint64_t, uint64_t>>> in_flight_;
    void step_lockstep();
    // The common lockstep case, with nothing to do each clock but the stations and the medium: no
    // testbench, no VCD window, no capture, no impairment, no lost frame on the line, the signal one
    // clock on the wire, and every station's outputs registered (one evaluation a clock,
    // Model::settle_needless). Decided when run(), run_until_interrupt() or a bus burst starts
    // (nothing of it changes inside one); each clock is then step_plain(), the clock step_lockstep()
    // would give, without the checks for what is absent.
    bool plain_possible() const;
    // One plain clock. busy: a station talks or hears something (or, with a bus burst running, the
    // world is not quiet()); irq: a station's interrupt line is high after it.
    struct PlainClock {
        bool busy, irq;
    };
    PlainClock step_plain();
    // Plain clocks in a row (the world's hot loop), until a station raises its interrupt, max_cycles
    // have run, or the world falls quiet (where try_fast_forward takes over, a clock at a time, as
    // for any world); with stop_on_irq false, only the last two. Returns the clocks run.
    uint64_t run_plain(uint64_t max_cycles, bool stop_on_irq);
    bool plain_ = false;
    uint64_t plain_clocks_ = 0;
    bool quiet() const;
    uint64_t try_fast_forward(uint64_t remaining);  // clocks consumed (0: none, the caller steps)
    bool fast_forward_ = true;
    bool direct_edges_ = true;
    bool compare_edges_ = false;
    uint64_t edges_compared_ = 0, edges_differing_ = 0;
    void rise(Model &m);  // m.rise(), or compared (compare_direct_edges)
    uint64_t quiet_steps_ = 0, next_try_ = 0, clocks_skipped_ = 0;
    std::vector<std::vector<uint8_t>> snapshots_;
    void step_station(size_t i);  // one clock edge of one station (free-running clocks)
    // The medium now: frame-loss decisions for frames just started, stations talking, and the
    // XOR of their signals. Then what station i hears: the same less its own signal.
    struct Medium_now {
        uint64_t talking = 0, combined = 0;
    };
    Medium_now survey(size_t segment);
    bool track_burst(size_t j);
    // Of `talking` stations on station i's segment (lost frames not counted), those other than i.
    uint64_t others_talking(size_t i, uint64_t talking) const { return talking - (talking_now_[i] && !lost_[i]); }
    void hear(size_t i, const Medium_now &medium);
    // Free-running clocks on the Manchester line: what station i's samples caught of the others'
    // cells over the bit time before this edge.
    void resample(size_t i);
    // Free-running clocks on the byte-wide line (the fast build, whose PHY is the world's): each
    // listener's PHY recovers the sender's clock and hands the bytes over to its own clock through an
    // elastic buffer (as a 100BASE-X PHY does between its recovered clock and the MII), which starts
    // a burst once kElasticPreload bytes are in and holds at most kElasticDepth: a byte of slack for
    // a slower sender, two for a faster one. A clock that finds it empty while the sender still
    // talks hands over a zero byte; a byte that finds it full pushes out its oldest. Either way the
    // frame fails its FCS. Collisions bypass it (heard as they are, to the end of the burst).
    // On a shared clock (lockstep) the buffer would only add latency, so lockstep runs hear directly.
    static constexpr size_t kElasticPreload = 2, kElasticDepth = 4;
    struct Elastic {
        std::deque<uint8_t> bytes;
        bool delivering = false;
        bool collided = false;  // hearing a collision, until the line is quiet again
    };
    std::vector<Elastic> elastic_;  // per listener
    uint64_t elastic_slips_ = 0;    // bytes lost to overflow or made up for an underrun
    void feed(size_t sender);       // after the sender settled at its edge: its byte into each listener's buffer
    void recover(size_t i, const Medium_now &medium);  // what listener i's PHY hands over at its edge
    struct Cell {
        int64_t start = INT64_MIN;  // the edge it was sent from, in the free-running time base
        bool active = false;
        uint64_t signal = 0;
    };
    std::vector<std::array<Cell, 3>> sent_;  // per station: its last cells, newest first
    uint64_t cell_mask_ = 1;                 // a whole clock heard: every sample of a cell, or the valid bit
    void build(const std::string &top);
    void capture_edge(size_t i, double time_ns);  // after station i settled at its clock edge
    void note(size_t segment, uint64_t at, const char *what);
    double uniform();                           // [0, 1), 53 bits, the same on every platform
    uint64_t bits_until_error(size_t station);  // drawn with the error rate of the station's segment
    void impair(size_t station);

    std::vector<Medium> kinds_;                 // per segment
    std::vector<std::vector<size_t>> members_;  // per segment: its stations
    std::vector<int> segment_of_;               // per station
    std::vector<uint64_t> segment_collisions_;
    std::vector<double> bit_error_rate_, frame_loss_;  // per segment
    std::vector<Medium_now> medium_now_;               // per segment, this clock
    Impairments impairments_;
    bool manchester_ = false;
    std::mt19937_64 rng_;
    std::vector<uint64_t> until_error_;  // per listener: line bits (fast) or samples (phy) to the next error
    std::vector<int> inverting_;         // per listener, phy: samples of a half cell still inverted
    std::vector<uint8_t> was_talking_, lost_;
    uint64_t bit_errors_ = 0, frames_lost_ = 0;
    // Free-running clocks: time in units of 1e-9 nominal periods, exact integer arithmetic.
    static constexpr int64_t kNominal = 1000000000;
    std::vector<int64_t> period_, next_edge_;
    std::vector<uint8_t> talking_now_;  // each station's line out at its last edge
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
    std::unique_ptr<PcapngWriter> pcap_;                        // every segment
    std::vector<std::unique_ptr<PcapngWriter>> segment_pcaps_;  // per segment, or null
    bool capturing_ = false;
    std::vector<Burst> bursts_;
    uint64_t frames_captured_ = 0;
    std::vector<std::unique_ptr<ReceiveCapture>> receive_pcaps_;  // per station, or null
    std::vector<std::unique_ptr<Model>> models_;
    std::vector<uint64_t> heard_active_, heard_signal_;
    uint64_t collision_cycles_ = 0;
};

}  // namespace jnic

#endif
