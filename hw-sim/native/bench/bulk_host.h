// The minimal host the world benchmarks run on every station: reset, and the transmit slots filled
// with one 1500-byte frame to the next station, to be sent again and again.
#ifndef JNIC_BENCH_BULK_HOST_H
#define JNIC_BENCH_BULK_HOST_H

#include <cstdint>
#include <random>
#include <vector>

#include "world.h"

// The register map (docs/registers.md), written from hdl-gen's NicRegisters by `make verilog`.
#include "jnic_nic_registers.h"

namespace jnic::bench {

// NicConfig.STANDARD's rings, and the frames the benchmarks send (header and payload; the MAC adds the FCS).
constexpr uint32_t TX_SLOTS = 4, RX_SLOTS = 8, SLOT_BYTES = 2048, FRAME = 1500;

inline uint32_t read1(World &w, int s, uint32_t address) {
    uint32_t v = 0;
    w.bus_read(s, address, &v, 1);
    return v;
}

inline void write1(World &w, int s, uint32_t address, uint32_t value) { w.bus_write(s, address, &value, 1); }

// Resets stations 0 to n - 1, one after the other.
inline void reset_all(World &w, int n) {
    for (int s = 0; s < n; ++s) {
        write1(w, s, JNIC_REG_CONTROL, 1u << JNIC_REG_CONTROL_RESET);
        w.run(10);
    }
}

// Fills station s's transmit slots with a frame to station (s + 1) % n: its addresses, EtherType
// 0x88B5 (IEEE 802 local experimental) and a payload drawn from rng.
inline void load_frames(World &w, int s, int n, std::mt19937 &rng) {
    uint32_t peer[2], own[2];
    w.bus_read((s + 1) % n, JNIC_REG_MAC_LOW, peer, 2);
    w.bus_read(s, JNIC_REG_MAC_LOW, own, 2);
    std::vector<uint32_t> words(FRAME / 4);
    for (auto &x : words) x = static_cast<uint32_t>(rng());
    words[0] = peer[0];                              // destination bytes 0..3
    words[1] = (peer[1] & 0xFFFF) | (own[0] << 16);  // destination 4..5, source 0..1
    words[2] = (own[0] >> 16) | (own[1] << 16);      // source 2..5
    words[3] = (words[3] & 0xFFFF0000) | 0xB588;     // EtherType 0x88B5
    for (uint32_t slot = 0; slot < TX_SLOTS; ++slot)
        w.bus_write(s, JNIC_REG_TX_BUFFER + slot * SLOT_BYTES, words.data(), words.size());
}

}  // namespace jnic::bench

#endif
