// Bare C++ simulation speed of the MAC builds: the model alone in a tight loop, its line output
// wired back to its own input, frames fed through the TX handshake. No Java, no C ABI: the
// reference for what the world and the driver cost on top (later issues).
//
// usage: jnic_sim_speed [seconds per build]   (prints one JSON object)
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <random>
#include <vector>

#include "VMacFast.h"
#include "VMacPhy.h"
#include "verilated.h"

namespace {

struct Result {
    uint64_t cycles = 0;
    uint64_t frames_received = 0;
    double seconds = 0;
};

// The phy build's MAC runs on the MII clock (miiClk, one edge every 4 clocks of clk, rising with
// clk's; see Model::kMiiDivider): its frame handshake counts only on those edges.
constexpr uint64_t kMiiDivider = 4;

template <class M, bool Mii, class Wire>
Result run(double seconds, unsigned frame_bytes, Wire wire) {
    auto context = std::make_unique<VerilatedContext>();
    auto m = std::make_unique<M>(context.get(), "mac");
    uint64_t clock = 0;
    auto rise = [&] {
        m->clk = 1;
        if constexpr (Mii) m->miiClk = clock % kMiiDivider < kMiiDivider / 2;
        m->eval();
        ++clock;
    };
    m->reset = 1;
    for (int i = 0; i < 4; ++i) {
        m->clk = 0;
        m->eval();
        rise();
    }
    m->reset = 0;
    m->maxLength = 1514;
    m->stationAddress = 0x302010005e02ULL;
    m->promiscuous = 1;

    std::mt19937 rng(1);
    std::vector<uint8_t> frame(frame_bytes);
    for (auto &b : frame) b = static_cast<uint8_t>(rng());
    unsigned pos = 0;
    Result r;
    auto start = std::chrono::steady_clock::now();
    for (;;) {
        for (int batch = 0; batch < 65536; ++batch) {
            m->frameValid = 1;
            m->frameData = frame[pos];
            m->frameLast = pos + 1 == frame.size();
            wire(*m);
            m->clk = 0;
            m->eval();
            const bool logic_edge = !Mii || clock % kMiiDivider == 0;
            bool fire = logic_edge && m->frameReady;
            if (logic_edge && m->rxValid && m->rxLast) ++r.frames_received;
            rise();
            if (fire) pos = pos + 1 == frame.size() ? 0 : pos + 1;
            ++r.cycles;
        }
        r.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        if (r.seconds >= seconds) break;
    }
    return r;
}

void print(const char *name, const Result &r, double line_bits_per_clock, bool comma) {
    double cps = r.cycles / r.seconds;
    std::printf("  \"%s\": {\"cycles\": %llu, \"seconds\": %.3f, \"cycles_per_second\": %.0f, "
                "\"simulated_line_mbit_per_second\": %.3f, \"frames_received\": %llu}%s\n",
                name, static_cast<unsigned long long>(r.cycles), r.seconds, cps, cps * line_bits_per_clock / 1e6,
                static_cast<unsigned long long>(r.frames_received), comma ? "," : "");
}

}  // namespace

int main(int argc, char **argv) {
    double seconds = argc > 1 ? std::atof(argv[1]) : 3.0;
    if (!(seconds > 0)) {
        std::fprintf(stderr, "jnic_sim_speed: seconds must be a positive number, not '%s'\n", argv[1]);
        return 2;
    }
    Result fast = run<VMacFast, false>(seconds, 1500, [](VMacFast &m) {
        m.lineInValid = m.lineOutValid;
        m.lineInData = m.lineOutData;
    });
    Result phy = run<VMacPhy, true>(seconds, 1500, [](VMacPhy &m) {
        m.lineInActive = m.lineOutActive ? 0xFF : 0;  // a whole bit cell of samples
        m.lineInLevel = m.lineOutLevel;
    });
    std::printf("{\n  \"benchmark\": \"bare C++ loop, MAC line wired back to itself, 1500-byte frames\",\n");
    print("MacFast", fast, 8.0, true);  // a byte per clock
    print("MacPhy", phy, 1.0, false);   // a bit cell per clock
    std::printf("}\n");
    return fast.frames_received > 0 && phy.frames_received > 0 ? 0 : 1;
}
