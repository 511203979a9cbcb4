// Fairness of half-duplex CSMA/CD on a hub: 2, 4 and 8 saturated stations, fast and phy builds.
// Every station keeps its transmit ring full of 1500-byte frames to the next station, and the world
// runs until the hub has carried a set number of frames. Per run: each station's share of the
// frames sent, Jain's fairness index over them, collisions per frame sent, and the channel
// efficiency against Metcalfe and Boggs' classic CSMA/CD result for the same frame size and number
// of stations (docs/fairness.md gives the formula and its source). The order in which frames
// succeed shows the capture effect: how much more often than 1/n the station that sent the last
// frame also sends the next, and the longest run of one station's frames.
//
// usage: jnic_hub_fairness [full|quick] [json output] [markdown output]
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "bulk_host.h"
#include "world.h"

namespace {

constexpr uint32_t TX_DONE = 1u << JNIC_REG_INT_TX_DONE, RX_READY = 1u << JNIC_REG_INT_RX_READY,
                   TX_ERROR = 1u << JNIC_REG_INT_TX_ERROR;
constexpr uint32_t ENABLE = (1u << JNIC_REG_CONTROL_TX_ENABLE) | (1u << JNIC_REG_CONTROL_RX_ENABLE),
                   HALF_DUPLEX = 1u << JNIC_REG_CONTROL_HALF_DUPLEX;
using jnic::bench::FRAME;
using jnic::bench::load_frames;
using jnic::bench::read1;
using jnic::bench::reset_all;
using jnic::bench::TX_SLOTS;
using jnic::bench::write1;

// On the line per frame: the frame and its FCS, and what every frame costs besides: preamble and
// SFD (8 bytes) and the interframe gap (12). The slot time is 512 bit times (IEEE 802.3 4.4.2).
constexpr double FRAME_BITS = (FRAME + 4) * 8.0, OVERHEAD_BITS = (8 + 12) * 8.0, SLOT_BITS = 512;

struct Build {
    const char *top;
    double clock_ns;  // one clock of the world
    double bit_rate;  // of the line, bits/s
};

struct Run {
    std::string top;
    int stations = 0;
    double seconds = 0;  // simulated
    std::vector<uint64_t> sent, collisions, excessive;
    std::vector<int> order;  // the station of each frame sent, in order
};

// Queues frames until the transmit ring is full.
void fill_ring(jnic::World &w, int s) {
    const uint32_t ring = read1(w, s, JNIC_REG_TX_RING);
    const uint32_t used = (((ring >> 8) & 0xFF) - (ring & 0xFF)) & (2 * TX_SLOTS - 1);
    for (uint32_t k = used; k < TX_SLOTS; ++k) write1(w, s, JNIC_REG_TX_COMMAND, FRAME);
}

Run run_hub(const Build &b, int n, uint64_t frames_wanted) {
    jnic::World w(b.top, n, jnic::Medium::Hub);
    std::mt19937 rng(static_cast<unsigned>(n));
    reset_all(w, n);
    for (int s = 0; s < n; ++s) {
        load_frames(w, s, n, rng);
        write1(w, s, JNIC_REG_INT_MASK, TX_DONE | TX_ERROR | RX_READY);
        write1(w, s, JNIC_REG_CONTROL, ENABLE | HALF_DUPLEX);
    }
    // Every station's ring is filled before any frame starts: all contend from the first gap.
    for (int s = 0; s < n; ++s) fill_ring(w, s);
    Run r;
    r.top = b.top;
    r.stations = n;
    r.sent.assign(static_cast<size_t>(n), 0);
    const uint64_t start = w.cycles();
    // A cap no fair or unfair hub comes near: 20 times the frames' own line time.
    const uint64_t cap = static_cast<uint64_t>(20.0 * static_cast<double>(frames_wanted) *
                                               (FRAME_BITS + OVERHEAD_BITS) / b.bit_rate * 1e9 / b.clock_ns);
    while (r.order.size() < frames_wanted && w.cycles() - start < cap) {
        uint64_t mask = 0;
        w.run_until_interrupt(cap - (w.cycles() - start), &mask);
        for (int s = 0; s < n; ++s) {
            if ((mask >> s & 1) == 0) continue;
            const uint32_t events = read1(w, s, JNIC_REG_INT_STATUS);
            write1(w, s, JNIC_REG_INT_STATUS, events);
            if (events & (TX_DONE | TX_ERROR)) {
                const uint64_t now = read1(w, s, JNIC_REG_STATS_TX_FRAMES);  // 32 bits: no run wraps it
                for (uint64_t k = r.sent[static_cast<size_t>(s)]; k < now; ++k) r.order.push_back(s);
                r.sent[static_cast<size_t>(s)] = now;
                fill_ring(w, s);
            }
            if (events & RX_READY) {
                const uint32_t ring = read1(w, s, JNIC_REG_RX_RING);
                write1(w, s, JNIC_REG_RX_RING, (ring >> 8) & 0xFF);  // free every slot: the frames are not looked at
            }
        }
    }
    r.seconds = static_cast<double>(w.cycles() - start) * b.clock_ns * 1e-9;
    for (int s = 0; s < n; ++s) {
        r.collisions.push_back(read1(w, s, JNIC_REG_STATS_COLLISIONS));
        r.excessive.push_back(read1(w, s, JNIC_REG_STATS_EXCESSIVE_COLLISIONS));
    }
    return r;
}

// Jain's fairness index: (sum x)^2 / (n sum x^2); 1 when all shares are equal, 1/n when one has all.
double jain(const std::vector<uint64_t> &x) {
    double sum = 0, squares = 0;
    for (uint64_t v : x) {
        sum += static_cast<double>(v);
        squares += static_cast<double>(v) * static_cast<double>(v);
    }
    return squares == 0 ? 0 : sum * sum / (static_cast<double>(x.size()) * squares);
}

// Metcalfe and Boggs (CACM 19(7), 1976, section 6): with Q stations always ready, each
// transmitting in a contention slot with probability 1/Q, a slot is won with probability
// A = (1 - 1/Q)^(Q-1); the mean number of slots lost before a win is W = (1 - A)/A; the efficiency
// is the frame's time over the frame's time and W slots. Here a frame's time on the line also holds
// its preamble and gap, which the 1976 model has no part for.
double metcalfe_boggs(int q) {
    const double a = std::pow(1.0 - 1.0 / q, q - 1);
    const double w = (1 - a) / a;
    return FRAME_BITS / (FRAME_BITS + OVERHEAD_BITS + w * SLOT_BITS);
}

}  // namespace

int main(int argc, char **argv) {
    const std::string mode = argc > 1 ? argv[1] : "full";
    if (mode != "full" && mode != "quick") {
        std::fprintf(stderr, "jnic_hub_fairness: the first argument is full or quick, not '%s'\n", mode.c_str());
        return 2;
    }
    const bool quick = mode == "quick";
    const Build builds[] = {{"NicFast", 80.0, 100e6}, {"NicPhy", 100.0, 10e6}};
    std::vector<Run> runs;
    for (const Build &b : builds) {
        const uint64_t frames = quick ? 200 : 3000;
        for (int n : {2, 4, 8}) {
            std::fprintf(stderr, "jnic_hub_fairness: %d %s on a hub, %llu frames\n", n, b.top,
                         static_cast<unsigned long long>(frames));
            runs.push_back(run_hub(b, n, frames));
        }
    }
    std::ostringstream json, md;
    json << "{\n  \"benchmark\": \"saturated stations on a hub, 1500-byte frames: shares, Jain's index, collisions "
            "per frame, channel efficiency against Metcalfe and Boggs (1976), and the capture effect\",\n"
         << "  \"runs\": [\n";
    md << "# Fairness of CSMA/CD on a hub\n\n"
       << "Saturated stations (every transmit ring kept full of 1500-byte frames) on one hub, the adapters'\n"
       << "own CSMA/CD with two-part deferral (docs/fairness.md). Written by `jnic bench --only fairness`\n"
       << "(`hw-sim/build/jnic_hub_fairness`" << (quick ? ", quick" : "") << ").\n\n"
       << "| build | stations | frames | simulated ms | shares of the frames | Jain's index | collisions per "
          "frame | dropped (16 collisions) | efficiency | Metcalfe & Boggs | same station next | longest run |\n"
       << "|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|---:|\n";
    bool ok = true;
    for (size_t i = 0; i < runs.size(); ++i) {
        const Run &r = runs[i];
        const Build &b = std::string(r.top) == "NicFast" ? builds[0] : builds[1];
        uint64_t total = 0, collisions = 0, dropped = 0;
        for (int s = 0; s < r.stations; ++s) {
            total += r.sent[static_cast<size_t>(s)];
            collisions += r.collisions[static_cast<size_t>(s)];
            dropped += r.excessive[static_cast<size_t>(s)];
        }
        ok &= total > 0;
        const double efficiency = static_cast<double>(total) * FRAME_BITS / (r.seconds * b.bit_rate);
        uint64_t repeats = 0, run_length = 1, longest = r.order.empty() ? 0 : 1;
        for (size_t k = 1; k < r.order.size(); ++k) {
            if (r.order[k] == r.order[k - 1]) {
                ++repeats;
                longest = std::max(longest, ++run_length);
            } else {
                run_length = 1;
            }
        }
        // How much more often than chance (1/n) the last frame's sender sends the next one too.
        const double repeat_ratio =
            r.order.size() < 2 ? 0
                               : static_cast<double>(repeats) / static_cast<double>(r.order.size() - 1) * r.stations;
        std::ostringstream shares, sent;  // for the table, and as a JSON array
        for (int s = 0; s < r.stations; ++s) {
            shares << (s ? " " : "") << r.sent[static_cast<size_t>(s)];
            sent << (s ? ", " : "") << r.sent[static_cast<size_t>(s)];
        }
        const double per_frame = total ? static_cast<double>(collisions) / static_cast<double>(total) : 0;
        json << "    {\"top\": \"" << r.top << "\", \"stations\": " << r.stations << ", \"frames\": " << total
             << ", \"simulated_seconds\": " << r.seconds << ", \"sent\": [" << sent.str() << "]"
             << ", \"jain_index\": " << jain(r.sent) << ", \"collisions_per_frame\": " << per_frame
             << ", \"dropped_after_16_collisions\": " << dropped << ", \"efficiency\": " << efficiency
             << ", \"metcalfe_boggs_efficiency\": " << metcalfe_boggs(r.stations)
             << ", \"same_station_next_over_chance\": " << repeat_ratio << ", \"longest_run\": " << longest << "}"
             << (i + 1 < runs.size() ? "," : "") << "\n";
        char row[512];
        std::snprintf(row, sizeof row,
                      "| %s | %d | %llu | %.1f | %s | %.3f | %.2f | %llu | %.3f | %.3f | x%.2f | %llu |\n",
                      r.top.c_str(), r.stations, static_cast<unsigned long long>(total), r.seconds * 1e3,
                      shares.str().c_str(), jain(r.sent), per_frame, static_cast<unsigned long long>(dropped),
                      efficiency, metcalfe_boggs(r.stations), repeat_ratio, static_cast<unsigned long long>(longest));
        md << row;
    }
    json << "  ]\n}\n";
    md << "\nEfficiency: the frames' bits (header to FCS) over the line's capacity in the run's time. Same\n"
       << "station next: how often the sender of a frame also sends the next one, over the 1/n of\n"
       << "independent turns (above 1: the capture effect). Longest run: the most frames one station sent\n"
       << "in a row. Collisions per frame: each station counts its own attempts that collided.\n";
    std::fputs(md.str().c_str(), stdout);
    if (argc > 2) std::ofstream(argv[2]) << json.str();
    if (argc > 3) std::ofstream(argv[3]) << md.str();
    return ok ? 0 : 1;
}
