// The world's cost over the bare model: two NICs on a cable moving bulk 1500-byte frames both ways,
// first through the world (host-bus bursts, run until interrupt, the medium, the hooks), then the
// very same run replayed on two bare Verilated models in a tight loop: the same bus requests on
// the same clocks, the lines crossed with the same one-clock delay. Both runs must show the same
// line activity (checked), so the difference in wall time is what the world costs.
//
// usage: jnic_world_speed [clocks] [json output] [markdown output]
// The fast build runs the clocks given (default 4000000), the phy build a quarter of them; both
// runs must last long enough to deliver frames, so fewer clocks than that are refused.
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "VNicFast.h"
#include "VNicPhy.h"
#include "verilated.h"
#include "world.h"

// The register map (docs/registers.md), written from hdl-gen's NicRegisters by `make verilog`.
#include "jnic_nic_registers.h"

namespace {

constexpr uint32_t TX_DONE = 1u << JNIC_REG_INT_TX_DONE, RX_READY = 1u << JNIC_REG_INT_RX_READY;
constexpr uint32_t RESET = 1u << JNIC_REG_CONTROL_RESET,
                   ENABLE = (1u << JNIC_REG_CONTROL_TX_ENABLE) | (1u << JNIC_REG_CONTROL_RX_ENABLE);
// NicConfig.STANDARD's rings, and the frames this bench sends.
constexpr uint32_t TX_SLOTS = 4, RX_SLOTS = 8, SLOT_BYTES = 2048, FRAME = 1500;

// Clocks one frame holds a line: preamble and SFD, the frame, its FCS and the inter-frame gap, at a
// byte a clock on the fast build's byte-wide line and 8 bits of 8 samples (Generate.SAMPLES_PER_BIT)
// a byte on the phy build's Manchester line.
constexpr uint64_t LINE_BYTES = 8 + FRAME + 4 + 12;
constexpr uint64_t FAST_FRAME_CLOCKS = LINE_BYTES, PHY_FRAME_CLOCKS = LINE_BYTES * 8 * 8;
// The phy build runs a quarter of the clocks, which keeps the bench short (a frame takes it 64 times the
// fast build's clocks).
constexpr uint64_t PHY_SHARE = 4;
// A run must receive frames to be measured (and compared with its replay): it lasts at least two frame
// times on its line, one for the first frame to cross and one of margin for the pipeline's latency.
// The phy run's share of the clocks decides the least argument; the fast run then has plenty.
constexpr uint64_t RUN_FRAMES = 2;
constexpr uint64_t MIN_CLOCKS = PHY_SHARE * RUN_FRAMES * PHY_FRAME_CLOCKS;
static_assert(MIN_CLOCKS >= RUN_FRAMES * FAST_FRAME_CLOCKS, "the fast run gets two frame times too");

using Clock = std::chrono::steady_clock;

struct WorldRun {
    double seconds = 0;
    uint64_t clocks = 0, frames = 0, bus_words = 0;
    std::vector<jnic::World::BusRequest> requests;
    uint64_t line_active[2] = {0, 0};
};

uint32_t read1(jnic::World &w, int s, uint32_t address) {
    uint32_t v = 0;
    w.bus_read(s, address, &v, 1);
    return v;
}

void write1(jnic::World &w, int s, uint32_t address, uint32_t value) { w.bus_write(s, address, &value, 1); }

// A minimal host on each station: keep the transmit ring full of 1500-byte frames, copy every
// received frame out of the receive ring.
WorldRun run_world(const std::string &top, uint64_t clocks) {
    jnic::World w(top, 2, jnic::Medium::Cable);
    WorldRun r;
    w.log_bus_requests(&r.requests);
    std::mt19937 rng(1);
    for (int s = 0; s < 2; ++s) {
        write1(w, s, JNIC_REG_CONTROL, RESET);
        w.run(10);
    }
    for (int s = 0; s < 2; ++s) {
        uint32_t peer[2], own[2];
        w.bus_read(1 - s, JNIC_REG_MAC_LOW, peer, 2);
        w.bus_read(s, JNIC_REG_MAC_LOW, own, 2);
        std::vector<uint32_t> words(FRAME / 4);
        for (auto &x : words) x = static_cast<uint32_t>(rng());
        words[0] = peer[0];                              // destination bytes 0..3
        words[1] = (peer[1] & 0xFFFF) | (own[0] << 16);  // destination 4..5, source 0..1
        words[2] = (own[0] >> 16) | (own[1] << 16);      // source 2..5
        words[3] = (words[3] & 0xFFFF0000) | 0xB588;     // EtherType 0x88B5
        for (uint32_t slot = 0; slot < TX_SLOTS; ++slot)
            w.bus_write(s, JNIC_REG_TX_BUFFER + slot * SLOT_BYTES, words.data(), words.size());
        write1(w, s, JNIC_REG_INT_MASK, TX_DONE | RX_READY);
        write1(w, s, JNIC_REG_CONTROL, ENABLE);
        for (uint32_t k = 0; k < TX_SLOTS; ++k) write1(w, s, JNIC_REG_TX_COMMAND, FRAME);
    }
    std::vector<uint32_t> frame(FRAME / 4 + 1);
    const uint64_t start_clock = w.cycles();
    const auto start = Clock::now();
    while (w.cycles() - start_clock < clocks) {
        uint64_t mask = 0;
        w.run_until_interrupt(clocks - (w.cycles() - start_clock), &mask);
        for (int s = 0; s < 2; ++s) {
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
    r.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    r.clocks = w.cycles();
    r.bus_words = r.requests.size();
    for (int s = 0; s < 2; ++s) r.line_active[s] = w.line_active_cycles(s);
    return r;
}

// The same clocks on two bare models: the logged bus requests replayed, lines crossed.
template <class M, class Line>
double run_bare(const WorldRun &world, uint64_t line_active[2], Line line) {
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
                m[s]->clk = 1;
                m[s]->eval();
            }
            m[s]->reset = 0;
            m[s]->clk = 0;
            m[s]->eval();
        }
    }
    uint64_t heard_active[2] = {0, 0}, heard_signal[2] = {0, 0}, out_active[2], out_signal[2];
    size_t next = 0;
    const auto &requests = world.requests;
    const auto start = Clock::now();
    for (uint64_t clock = 0; clock < world.clocks; ++clock) {
        for (int s = 0; s < 2; ++s) {
            M &x = *m[s];
            line.set_in(x, heard_active[s], heard_signal[s]);
            x.romData = rom[s][x.romAddress & 3];
            x.busValid = 0;
        }
        while (next < requests.size() && requests[next].cycle == clock) {
            const auto &q = requests[next++];
            M &x = *m[q.station];
            x.busValid = 1;
            x.busWrite = q.write;
            x.busAddress = q.address;
            x.busWriteData = q.data;
        }
        for (int s = 0; s < 2; ++s) {
            m[s]->clk = 0;
            m[s]->eval();
            out_active[s] = line.active(*m[s]);
            out_signal[s] = line.signal(*m[s]);
            line_active[s] += out_active[s];
        }
        for (int s = 0; s < 2; ++s) {
            heard_active[s] = out_active[1 - s];
            heard_signal[s] = out_active[1 - s] ? out_signal[1 - s] : 0;
        }
        for (int s = 0; s < 2; ++s) {
            m[s]->clk = 1;
            m[s]->eval();
        }
    }
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct FastLine {
    static void set_in(VNicFast &m, uint64_t active, uint64_t signal) {
        m.lineInValid = static_cast<uint8_t>(active);
        m.lineInData = static_cast<uint8_t>(signal);
    }
    static uint64_t active(const VNicFast &m) { return m.lineOutValid; }
    static uint64_t signal(const VNicFast &m) { return m.lineOutData; }
};

struct PhyLine {
    static void set_in(VNicPhy &m, uint64_t active, uint64_t signal) {
        m.lineInActive = static_cast<uint8_t>(active);
        m.lineInLevel = static_cast<uint8_t>(signal);
    }
    static uint64_t active(const VNicPhy &m) { return m.lineOutActive; }
    static uint64_t signal(const VNicPhy &m) { return m.lineOutLevel; }
};

struct Figures {
    std::string top;
    WorldRun world;
    double bare_seconds;
    uint64_t bare_active[2];
    double clock_ns;
    bool same;
};

template <class M, class Line>
Figures measure(const std::string &top, uint64_t clocks, double clock_ns) {
    Figures f{top, run_world(top, clocks), 0, {0, 0}, clock_ns, false};
    f.bare_seconds = run_bare<M>(f.world, f.bare_active, Line{});
    f.same = f.bare_active[0] == f.world.line_active[0] && f.bare_active[1] == f.world.line_active[1];
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
    std::vector<Figures> all;
    all.push_back(measure<VNicFast, FastLine>("NicFast", clocks, 80.0));
    all.push_back(measure<VNicPhy, PhyLine>("NicPhy", clocks / PHY_SHARE, 12.5));

    std::ostringstream json, md;
    json << "{\n  \"benchmark\": \"two NICs on a cable, 1500-byte frames both ways; the world against a bare C++ "
            "loop replaying the same bus requests on the same models\",\n  \"builds\": [\n";
    md << "# The world's overhead over the bare model\n\n"
       << "Two NICs on a cable move 1500-byte frames both ways, each host keeping its transmit ring full\n"
       << "and copying every received frame out over the host bus. The same run is then replayed on two\n"
       << "bare Verilated models in a tight loop: the same bus requests on the same clocks, lines crossed\n"
       << "with the same one-clock delay. Written by `make bench` (`hw-sim/build/jnic_world_speed`).\n\n"
       << "| build | clocks | world s | bare s | world overhead | world clocks/s | simulated Mb/s per wall s | frames "
          "|\n"
       << "|---|---:|---:|---:|---:|---:|---:|---:|\n";
    bool ok = true;
    for (size_t i = 0; i < all.size(); ++i) {
        const Figures &f = all[i];
        double overhead = f.world.seconds / f.bare_seconds - 1;
        double simulated_s = f.world.clocks * f.clock_ns * 1e-9;
        double payload_mbit = f.world.frames * FRAME * 8.0 / 1e6;
        double sim_mbps_per_wall = payload_mbit / f.world.seconds;
        // The replay is only a fair reference if it did the same work: the same clocks of line
        // activity on both stations.
        ok &= f.world.frames > 0 && f.same;
        if (!f.same)
            std::fprintf(
                stderr, "jnic_world_speed: %s replay differs: line active %llu/%llu in the world, %llu/%llu bare\n",
                f.top.c_str(), static_cast<unsigned long long>(f.world.line_active[0]),
                static_cast<unsigned long long>(f.world.line_active[1]),
                static_cast<unsigned long long>(f.bare_active[0]), static_cast<unsigned long long>(f.bare_active[1]));
        json << "    {\"top\": \"" << f.top << "\", \"clocks\": " << f.world.clocks
             << ", \"world_seconds\": " << f.world.seconds << ", \"bare_seconds\": " << f.bare_seconds
             << ", \"world_overhead\": " << overhead
             << ", \"world_clocks_per_second\": " << f.world.clocks / f.world.seconds
             << ", \"bare_clocks_per_second\": " << f.world.clocks / f.bare_seconds
             << ", \"frames_received\": " << f.world.frames << ", \"bus_requests\": " << f.world.bus_words
             << ", \"simulated_seconds\": " << simulated_s
             << ", \"simulated_payload_mbit_per_wall_second\": " << sim_mbps_per_wall << ", \"line_active_clocks\": ["
             << f.world.line_active[0] << ", " << f.world.line_active[1] << "]"
             << ", \"replay_identical\": " << (f.same ? "true" : "false") << "}" << (i + 1 < all.size() ? "," : "")
             << "\n";
        char row[512];
        std::snprintf(row, sizeof row, "| %s | %llu | %.3f | %.3f | %+.1f %% | %.0f | %.2f | %llu |\n", f.top.c_str(),
                      static_cast<unsigned long long>(f.world.clocks), f.world.seconds, f.bare_seconds, overhead * 100,
                      f.world.clocks / f.world.seconds, sim_mbps_per_wall,
                      static_cast<unsigned long long>(f.world.frames));
        md << row;
    }
    json << "  ]\n}\n";
    md << "\nSimulated Mb/s counts frame payload delivered (both directions) per second of wall time;\n"
       << "the fast build's line is 100 Mb/s of simulated time per direction, the phy build's 10 Mb/s.\n";
    std::fputs(json.str().c_str(), stdout);
    if (argc > 2) std::ofstream(argv[2]) << json.str();
    if (argc > 3) std::ofstream(argv[3]) << md.str();
    return ok ? 0 : 1;
}
