// Co-simulation speed, in CPU time of the simulating thread (wall time on 2 shared cores is noise),
// over interleaved rounds, medians. Two NICs on a cable move bulk 1500-byte frames both ways, each
// host keeping its transmit ring full and copying every received frame out:
//   - through the world (host-bus bursts, run until interrupt, the medium, the hooks), with the
//     stations built without tracing (the default) and with it (a traceable station);
//   - the very same run replayed on two bare Verilated models in a tight loop: the same bus
//     requests on the same clocks, the lines crossed with the same one-clock delay, each edge
//     evaluated as the world evaluates it (one evaluation, through the direct edge gen_ports.py
//     writes where it writes one). Both must show the same line activity (checked), so the
//     difference is what the world costs;
//   - the same replay on the same NICs built without profile guidance (plain -O3): what the
//     profile-guided build of the models gives;
//   - the same replay on the previous design (bench/baseline/: inputs not registered, tracing
//     compiled in, as every build was), the reference the speed-ups are measured against.
// Then four NICs on a hub, each sending to the next, through the world: its real-time factor.
//
// usage: jnic_world_speed [clocks] [json output] [markdown output] [rounds]
// The fast build runs the clocks given (default 4000000), the phy build a quarter of them; both
// runs must last long enough to deliver frames, so fewer clocks than that are refused.
#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <type_traits>
#include <utility>
#include <vector>

#include "VNicFast.h"
#include "VNicFastBaseline.h"
#include "VNicFastPlain.h"
#include "VNicFastPlain___024root.h"
#include "VNicFast___024root.h"
#include "VNicPhy.h"
#include "VNicPhyBaseline.h"
#include "VNicPhyPlain.h"
#include "VNicPhyPlain___024root.h"
#include "VNicPhy___024root.h"
#include "bulk_host.h"
#include "jnic_direct_edges.h"  // the direct edges gen_ports.py writes for these classes
#include "verilated.h"
#include "world.h"

// The register map (docs/registers.md), written from hdl-gen's NicRegisters by `make verilog`.
#include "jnic_nic_registers.h"

namespace {

constexpr uint32_t TX_DONE = 1u << JNIC_REG_INT_TX_DONE, RX_READY = 1u << JNIC_REG_INT_RX_READY;
constexpr uint32_t RESET = 1u << JNIC_REG_CONTROL_RESET,
                   ENABLE = (1u << JNIC_REG_CONTROL_TX_ENABLE) | (1u << JNIC_REG_CONTROL_RX_ENABLE);
using jnic::bench::FRAME;
using jnic::bench::load_frames;
using jnic::bench::read1;
using jnic::bench::reset_all;
using jnic::bench::RX_SLOTS;
using jnic::bench::SLOT_BYTES;
using jnic::bench::TX_SLOTS;
using jnic::bench::write1;

// Clocks one frame holds a line: preamble and SFD, the frame, its FCS and the inter-frame gap, at a
// byte a clock on the fast build's byte-wide line and 8 bit clocks (a cell of 8 samples each) a byte
// on the phy build's Manchester line.
constexpr uint64_t LINE_BYTES = 8 + FRAME + 4 + 12;
constexpr uint64_t FAST_FRAME_CLOCKS = LINE_BYTES, PHY_FRAME_CLOCKS = LINE_BYTES * 8;
// The phy build runs a quarter of the clocks, which keeps the bench short (a frame takes it 8 times the
// fast build's clocks).
constexpr uint64_t PHY_SHARE = 4;
// A run must receive frames to be measured (and compared with its replay): it lasts at least two frame
// times on its line, one for the first frame to cross and one of margin for the pipeline's latency.
// The phy run's share of the clocks decides the least argument; the fast run then has plenty.
constexpr uint64_t RUN_FRAMES = 2;
constexpr uint64_t MIN_CLOCKS = PHY_SHARE * RUN_FRAMES * PHY_FRAME_CLOCKS;
static_assert(MIN_CLOCKS >= RUN_FRAMES * FAST_FRAME_CLOCKS, "the fast run gets two frame times too");

// CPU time of this thread: what the simulation cost, whatever else the machine was doing.
double thread_seconds() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

double median(std::vector<double> v) {
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

struct WorldRun {
    double seconds = 0;
    uint64_t clocks = 0, frames = 0, bus_words = 0;
    std::vector<jnic::World::BusRequest> requests;
    uint64_t line_active[2] = {0, 0};
    bool one_evaluation = false;  // the world evaluated its stations once per clock
};

struct Shape {
    int stations;
    jnic::Medium medium;
    bool traceable;  // stations built with tracing compiled in (no VCD written)
};

// A minimal host on each station: keep the transmit ring full of 1500-byte frames (to the next
// station), copy every received frame out of the receive ring.
WorldRun run_world(const std::string &top, uint64_t clocks, Shape shape) {
    const int n = shape.stations;
    jnic::World w(top, n, shape.medium);
    for (int s = 0; s < n && shape.traceable; ++s) w.make_traceable(s);
    WorldRun r;
    r.one_evaluation = w.station(0).settle_needless();
    // The log is the bench's, not the world's work: its memory is touched before the clock starts (at
    // most one request per clock), so growing it costs no page faults in the measured run.
    r.requests.resize(clocks + clocks / 8);
    r.requests.clear();
    w.log_bus_requests(&r.requests);
    std::mt19937 rng(1);
    reset_all(w, n);
    const uint32_t duplex = shape.medium == jnic::Medium::Hub ? 1u << JNIC_REG_CONTROL_HALF_DUPLEX : 0;
    for (int s = 0; s < n; ++s) {
        load_frames(w, s, n, rng);
        write1(w, s, JNIC_REG_INT_MASK, TX_DONE | RX_READY);
        write1(w, s, JNIC_REG_CONTROL, ENABLE | duplex);
        for (uint32_t k = 0; k < TX_SLOTS; ++k) write1(w, s, JNIC_REG_TX_COMMAND, FRAME);
    }
    std::vector<uint32_t> frame(FRAME / 4 + 1);
    const uint64_t start_clock = w.cycles();
    const double start = thread_seconds();
    while (w.cycles() - start_clock < clocks) {
        uint64_t mask = 0;
        w.run_until_interrupt(clocks - (w.cycles() - start_clock), &mask);
        for (int s = 0; s < n; ++s) {
            if ((mask >> s & 1) == 0) continue;
            uint32_t events = read1(w, s, JNIC_REG_INT_STATUS);
            write1(w, s, JNIC_REG_INT_STATUS, events);
            if (events & TX_DONE) {
                uint32_t ring = read1(w, s, JNIC_REG_TX_RING);
                uint32_t used = (((ring >> 8) & 0xFF) - (ring & 0xFF)) & (2 * TX_SLOTS - 1);
                for (uint32_t k = used; k < TX_SLOTS; ++k) write1(w, s, JNIC_REG_TX_COMMAND, FRAME);
            }
            if (events & RX_READY) {
                uint32_t ring = read1(w, s, JNIC_REG_RX_RING);
                uint32_t head = ring & 0xFF, tail = (ring >> 8) & 0xFF;
                for (uint32_t p = head; p != tail; p = (p + 1) & (2 * RX_SLOTS - 1)) {
                    w.bus_read(s, JNIC_REG_RX_BUFFER + (p % RX_SLOTS) * SLOT_BYTES, frame.data(), FRAME / 4);
                    ++r.frames;
                }
                write1(w, s, JNIC_REG_RX_RING, tail);
            }
        }
    }
    r.seconds = thread_seconds() - start;
    r.clocks = w.cycles();
    r.bus_words = r.requests.size();
    for (int s = 0; s < 2; ++s) r.line_active[s] = w.line_active_cycles(s);
    return r;
}

// CPU seconds per simulated second of an idle line: two NICs reset and enabled, nothing to send,
// run for `clocks` with the idle fast-forward on or off.
double idle_cost(const std::string &top, uint64_t clocks, double clock_ns, bool fast_forward) {
    jnic::World w(top, 2, jnic::Medium::Cable);
    w.set_fast_forward(fast_forward);
    for (int s = 0; s < 2; ++s) {
        write1(w, s, JNIC_REG_CONTROL, RESET);
        w.run(10);
        write1(w, s, JNIC_REG_INT_MASK, TX_DONE | RX_READY);
        write1(w, s, JNIC_REG_CONTROL, ENABLE);
    }
    w.run(1000);  // the enable settles
    const double start = thread_seconds();
    w.run(clocks);
    return (thread_seconds() - start) / (static_cast<double>(clocks) * clock_ns * 1e-9);
}

// The same clocks on two bare models: the logged bus requests replayed, lines crossed. A top
// with an MII clock (the phy build's) gets it as Model drives it; the world logged each request at
// the clock whose edge was one of the station's logic clock, and that is the clock that counts.
// A design whose clock is `scale` times faster for the same simulated time (the previous phy
// build sampled the line at 8 clocks per bit) runs `scale` times the clocks, each request at its
// clock times `scale`.
// Whether Verilator keeps its record of clk's last value under the name gen_ports.py arms (the
// Verilator 5 name): with another Verilator the bare loop settles every clock, as the world does.
template <class Root, class = void>
struct ArmableEdge : std::false_type {};
template <class Root>
struct ArmableEdge<Root, std::void_t<decltype(std::declval<Root &>().__Vtrigrprev__TOP__clk)>> : std::true_type {};

// OneEvaluation: each clock is the edge's evaluation alone, as the world runs a top whose outputs
// follow no input within the clock (gen_ports.py finds that in the Verilated model): the edge is
// armed by setting Verilator's record of the clock's last value low. Otherwise (the previous
// design, whose inputs were not registered) a clock-low evaluation settles the inputs first.
template <class M, bool OneEvaluation, class Line>
double run_bare(const WorldRun &world, uint64_t line_active[2], Line line, uint64_t scale = 1) {
    uint64_t own_clock[2] = {0, 0};
    auto rise = [&](M &x, int s) {
        x.clk = 1;
        if constexpr (Line::kMii) x.miiClk = own_clock[s] % Line::kMiiDivider < Line::kMiiDivider / 2;
        if constexpr (OneEvaluation && HasDirectEdge<M>::value)
            direct_edge(&x);  // as the world's Model::rise evaluates the edge (gen_ports.py)
        else
            x.eval();
        ++own_clock[s];
    };
    line_active[0] = line_active[1] = 0;
    auto context = std::make_unique<VerilatedContext>();
    std::unique_ptr<M> m[2] = {std::make_unique<M>(context.get(), "a"), std::make_unique<M>(context.get(), "b")};
    uint16_t rom[2][4];
    for (int s = 0; s < 2; ++s) {
        const uint8_t a[6] = {0x02, 0x4A, 0x4E, 0x49, 0x43, static_cast<uint8_t>(s + 1)};  // the world's default
        uint32_t sum = 0;
        for (int i = 0; i < 3; ++i) sum += rom[s][i] = static_cast<uint16_t>(a[2 * i] | a[2 * i + 1] << 8);
        rom[s][3] = static_cast<uint16_t>(0xFFFF - sum);
        for (int twice = 0; twice < 2; ++twice) {  // as the world: reset at creation and on loading the ROM
            m[s]->reset = 1;
            for (int i = 0; i < 2; ++i) {
                m[s]->clk = 0;
                m[s]->eval();
                rise(*m[s], s);
            }
            m[s]->reset = 0;
            m[s]->clk = 0;
            m[s]->eval();
        }
    }
    uint64_t heard_active[2] = {0, 0}, heard_signal[2] = {0, 0}, out_active[2], out_signal[2];
    size_t next = 0;
    const auto &requests = world.requests;
    const double start = thread_seconds();
    for (uint64_t clock = 0; clock < world.clocks * scale; ++clock) {
        for (int s = 0; s < 2; ++s) {
            M &x = *m[s];
            line.set_in(x, heard_active[s], heard_signal[s]);
            x.romData = rom[s][x.romAddress & 3];
            x.busValid = 0;
        }
        while (next < requests.size() && requests[next].cycle * scale == clock) {
            const auto &q = requests[next++];
            M &x = *m[q.station];
            x.busValid = 1;
            x.busWrite = q.write;
            x.busAddress = q.address;
            x.busWriteData = q.data;
        }
        for (int s = 0; s < 2; ++s) {
            m[s]->clk = 0;
            if constexpr (OneEvaluation && ArmableEdge<std::remove_pointer_t<decltype(m[s]->rootp)>>::value)
                m[s]->rootp->__Vtrigrprev__TOP__clk = 0;
            else
                m[s]->eval();
            out_active[s] = line.active(*m[s]);
            out_signal[s] = line.signal(*m[s]);
            line_active[s] += out_active[s];
        }
        for (int s = 0; s < 2; ++s) {
            heard_active[s] = out_active[1 - s];
            heard_signal[s] = out_active[1 - s] ? out_signal[1 - s] : 0;
        }
        for (int s = 0; s < 2; ++s) rise(*m[s], s);
    }
    return thread_seconds() - start;
}

// The line ports of the byte-wide and the Manchester builds, for any model class of them.
struct FastLine {
    static constexpr bool kMii = false;
    static constexpr uint64_t kMiiDivider = 1;
    template <class M>
    static void set_in(M &m, uint64_t active, uint64_t signal) {
        m.lineInValid = static_cast<uint8_t>(active);
        m.lineInData = static_cast<uint8_t>(signal);
    }
    template <class M>
    static uint64_t active(const M &m) {
        return m.lineOutValid;
    }
    template <class M>
    static uint64_t signal(const M &m) {
        return m.lineOutData;
    }
};

// Cells: a bit cell of samples per clock each way (today's PHY), else one sample per clock (the
// previous design's). MiiDivider: line clocks per MII clock (0: no MII clock).
template <bool Cells, uint64_t MiiDivider>
struct PhyLineOf {
    static constexpr bool kMii = MiiDivider != 0;
    static constexpr uint64_t kMiiDivider = MiiDivider == 0 ? 1 : MiiDivider;
    template <class M>
    static void set_in(M &m, uint64_t active, uint64_t signal) {
        m.lineInActive = static_cast<uint8_t>(Cells && active ? 0xFF : active);
        m.lineInLevel = static_cast<uint8_t>(signal);
    }
    template <class M>
    static uint64_t active(const M &m) {
        return m.lineOutActive;
    }
    template <class M>
    static uint64_t signal(const M &m) {
        return m.lineOutLevel;
    }
};

// Medians over the rounds, in CPU seconds.
struct Figures {
    std::string top;
    WorldRun world;  // the first round's run (its requests are what the replays replay)
    double world_s = 0, traced_s = 0, bare_s = 0, plain_s = 0, baseline_s = 0, hub_s = 0;
    double idle_on = 0, idle_off = 0;  // CPU seconds per simulated second of idle line
    uint64_t hub_clocks = 0, hub_frames = 0;
    uint64_t bare_active[2] = {0, 0};
    double clock_ns = 0;
    bool same = false;
    bool same_evaluations = false;  // the bare loop evaluates each clock as often as the world
};

template <class M, class Plain, class Baseline, class Line, class BaselineLine = Line>
Figures measure(const std::string &top, uint64_t clocks, double clock_ns, int rounds, uint64_t baseline_scale = 1) {
    Figures f;
    f.top = top;
    f.clock_ns = clock_ns;
    std::vector<double> world, traced, bare, plain, baseline, hub, idle_on, idle_off;
    run_world(top, clocks / 8, Shape{2, jnic::Medium::Cable, false});  // warm-up: caches, page faults, clock speed
    for (int round = 0; round < rounds; ++round) {  // interleaved, so drifts in the machine hit all alike
        WorldRun run = run_world(top, clocks, Shape{2, jnic::Medium::Cable, false});
        world.push_back(run.seconds);
        traced.push_back(run_world(top, clocks, Shape{2, jnic::Medium::Cable, true}).seconds);
        if (round == 0) f.world = std::move(run);
        bare.push_back(run_bare<M, true>(f.world, f.bare_active, Line{}));
        uint64_t plain_active[2], baseline_active[2];
        plain.push_back(run_bare<Plain, true>(f.world, plain_active, Line{}));
        baseline.push_back(run_bare<Baseline, false>(f.world, baseline_active, BaselineLine{}, baseline_scale));
        WorldRun on_hub = run_world(top, clocks, Shape{4, jnic::Medium::Hub, false});
        hub.push_back(on_hub.seconds);
        f.hub_clocks = on_hub.clocks;
        f.hub_frames = on_hub.frames;
        // A simulated second with the fast-forward; clocking through, a fortieth of one. Both per
        // simulated second.
        const uint64_t second = static_cast<uint64_t>(1e9 / clock_ns);
        idle_on.push_back(idle_cost(top, second, clock_ns, true));
        idle_off.push_back(idle_cost(top, second / 40, clock_ns, false));
    }
    f.idle_on = median(idle_on);
    f.idle_off = median(idle_off);
    f.world_s = median(world);
    f.traced_s = median(traced);
    f.bare_s = median(bare);
    f.plain_s = median(plain);
    f.baseline_s = median(baseline);
    f.hub_s = median(hub);
    f.same = f.bare_active[0] == f.world.line_active[0] && f.bare_active[1] == f.world.line_active[1];
    f.same_evaluations = f.world.one_evaluation == ArmableEdge<std::remove_pointer_t<decltype(M{}.rootp)>>::value;
    return f;
}

}  // namespace

int main(int argc, char **argv) {
    uint64_t clocks = 4000000;
    if (argc > 1) {
        char *end = nullptr;
        errno = 0;
        clocks = std::strtoull(argv[1], &end, 10);
        bool number = argv[1][0] >= '0' && argv[1][0] <= '9' && *end == '\0' && errno == 0;
        if (!number || clocks < MIN_CLOCKS) {
            std::fprintf(stderr,
                         "jnic_world_speed: clocks must be a whole number of at least %llu, not '%s': the phy build "
                         "runs a quarter of them and needs %llu frame times of %llu clocks to receive frames\n",
                         static_cast<unsigned long long>(MIN_CLOCKS), argv[1],
                         static_cast<unsigned long long>(RUN_FRAMES),
                         static_cast<unsigned long long>(PHY_FRAME_CLOCKS));
            return 2;
        }
    }
    int rounds = 5;
    if (argc > 4) {
        rounds = std::atoi(argv[4]);
        if (rounds < 1 || rounds > 99) {
            std::fprintf(stderr, "jnic_world_speed: rounds must be 1 to 99, not '%s'\n", argv[4]);
            return 2;
        }
    }
    std::vector<Figures> all;
    all.push_back(measure<VNicFast, VNicFastPlain, VNicFastBaseline, FastLine>("NicFast", clocks, 80.0, rounds));
    // The previous phy design clocked everything at the line's 80 MHz sampling rate: 8 of its clocks
    // per bit clock of today's, for the same simulated time.
    all.push_back(
        measure<VNicPhy, VNicPhyPlain, VNicPhyBaseline, PhyLineOf<true, jnic::Model::kMiiDivider>, PhyLineOf<false, 0>>(
            "NicPhy", clocks / PHY_SHARE, 100.0, rounds, 8));

    std::ostringstream json, md;
    json << "{\n  \"benchmark\": \"two NICs on a cable, 1500-byte frames both ways, CPU time of the simulating "
            "thread, medians of "
         << rounds
         << " interleaved rounds; the world against a bare C++ loop replaying the same bus requests on the same "
            "models, on the same models built without profile guidance, and on the previous design's models in that "
            "loop; four NICs on a hub through the "
            "world\",\n  \"builds\": [\n";
    md << "# Co-simulation speed\n\n"
       << "Two NICs on a cable move 1500-byte frames both ways, each host keeping its transmit ring full\n"
       << "and copying every received frame out over the host bus. The same run is then replayed on two\n"
       << "bare Verilated models in a tight loop: the same bus requests on the same clocks, lines crossed\n"
       << "with the same one-clock delay; on the same models built without profile guidance (plain -O3);\n"
       << "and on the previous design's models (hw-sim/native/bench/baseline:\n"
       << "inputs not registered, tracing compiled in). Four NICs on a hub, each sending to the next, run\n"
       << "through the world. CPU time of the simulating thread, medians of " << rounds << " interleaved rounds.\n"
       << "Written by `make bench` (`hw-sim/build/jnic_world_speed`).\n\n"
       << "| build | clocks | world clocks/CPU-s | traced stations | bare loop | world overhead | bare, no profile | "
          "previous design, "
          "bare | world over previous | real time: 2 on a cable | 4 on a hub | idle second, CPU ms | clocking "
          "through |\n"
       << "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n";
    bool ok = true;
    for (size_t i = 0; i < all.size(); ++i) {
        const Figures &f = all[i];
        const double c = static_cast<double>(f.world.clocks);
        const double overhead = f.world_s / f.bare_s - 1;
        // Simulated seconds per CPU second (the real-time factor).
        const double rtf = c * f.clock_ns * 1e-9 / f.world_s;
        const double hub_rtf = static_cast<double>(f.hub_clocks) * f.clock_ns * 1e-9 / f.hub_s;
        const double payload_mbit = static_cast<double>(f.world.frames) * FRAME * 8.0 / 1e6;
        // The replay is only a fair reference if it did the same work: the same clocks of line
        // activity on both stations.
        ok &= f.world.frames > 0 && f.same && f.same_evaluations && f.hub_frames > 0;
        if (!f.same_evaluations)
            std::fprintf(stderr,
                         "jnic_world_speed: %s: the world evaluates %s per clock and the bare loop does not; "
                         "no fair reference\n",
                         f.top.c_str(), f.world.one_evaluation ? "once" : "twice");
        if (!f.same)
            std::fprintf(
                stderr, "jnic_world_speed: %s replay differs: line active %llu/%llu in the world, %llu/%llu bare\n",
                f.top.c_str(), static_cast<unsigned long long>(f.world.line_active[0]),
                static_cast<unsigned long long>(f.world.line_active[1]),
                static_cast<unsigned long long>(f.bare_active[0]), static_cast<unsigned long long>(f.bare_active[1]));
        json << "    {\"top\": \"" << f.top << "\", \"clocks\": " << f.world.clocks
             << ", \"world_cpu_seconds\": " << f.world_s << ", \"traced_world_cpu_seconds\": " << f.traced_s
             << ", \"bare_cpu_seconds\": " << f.bare_s << ", \"bare_without_profile_cpu_seconds\": " << f.plain_s
             << ", \"previous_design_bare_cpu_seconds\": " << f.baseline_s << ", \"world_overhead\": " << overhead
             << ", \"world_clocks_per_second\": " << c / f.world_s
             << ", \"traced_world_clocks_per_second\": " << c / f.traced_s
             << ", \"bare_clocks_per_second\": " << c / f.bare_s
             << ", \"bare_without_profile_clocks_per_second\": " << c / f.plain_s
             << ", \"profile_over_plain\": " << f.plain_s / f.bare_s
             << ", \"previous_design_bare_clocks_per_second\": " << c / f.baseline_s
             << ", \"world_over_previous_design\": " << f.baseline_s / f.world_s
             << ", \"untraced_over_traced\": " << f.traced_s / f.world_s
             << ", \"idle_cpu_ms_per_simulated_second\": " << f.idle_on * 1e3
             << ", \"idle_cpu_ms_per_simulated_second_clocking_through\": " << f.idle_off * 1e3
             << ", \"real_time_factor_cable_2\": " << rtf << ", \"real_time_factor_hub_4\": " << hub_rtf
             << ", \"hub_frames_received\": " << f.hub_frames << ", \"frames_received\": " << f.world.frames
             << ", \"bus_requests\": " << f.world.bus_words << ", \"simulated_seconds\": " << c * f.clock_ns * 1e-9
             << ", \"simulated_payload_mbit_per_cpu_second\": " << payload_mbit / f.world_s
             << ", \"line_active_clocks\": [" << f.world.line_active[0] << ", " << f.world.line_active[1] << "]"
             << ", \"replay_identical\": " << (f.same ? "true" : "false") << "}" << (i + 1 < all.size() ? "," : "")
             << "\n";
        char row[768];
        std::snprintf(row, sizeof row,
                      "| %s | %llu | %.0f | %.0f (x%.2f) | %.0f | %+.1f %% | %.0f (x%.2f) | %.0f | x%.2f | %.4f | %.4f "
                      "| %.3f | %.0f "
                      "|\n",
                      f.top.c_str(), static_cast<unsigned long long>(f.world.clocks), c / f.world_s, c / f.traced_s,
                      f.traced_s / f.world_s, c / f.bare_s, overhead * 100, c / f.plain_s, f.plain_s / f.bare_s,
                      c / f.baseline_s, f.baseline_s / f.world_s, rtf, hub_rtf, f.idle_on * 1e3, f.idle_off * 1e3);
        md << row;
    }
    json << "  ]\n}\n";
    md << "\nTraced stations: the same world with tracing compiled into the models (no VCD written), and how\n"
       << "much faster the default build is (untraced, and profile-guided: make builds the models a world\n"
       << "holds and the world's code with gcc's -fprofile-use, trained on this bench). Bare, no profile: the\n"
       << "bare loop on the same models built without the profile, and how much faster the profiled ones\n"
       << "are. World over previous: the previous design's bare loop\n"
       << "time over today's whole world for the same simulated time (its own world was slower still; the\n"
       << "previous phy design ran 8 clocks, one per line sample, for each bit clock of today's, and its\n"
       << "column counts today's clocks). Real time: simulated seconds per\n"
       << "CPU second (the fast build's line is 100 Mb/s, the phy build's 10 Mb/s). Idle second: CPU\n"
       << "milliseconds per simulated second of two enabled adapters with nothing to send, with the world's\n"
       << "idle fast-forward and clocking through every clock.\n";
    std::fputs(json.str().c_str(), stdout);
    if (argc > 2) std::ofstream(argv[2]) << json.str();
    if (argc > 3) std::ofstream(argv[3]) << md.str();
    return ok ? 0 : 1;
}
