// The world part of the C ABI (jnic_world_*): errors come back as -1 / NULL with a message in
// jnic_sim_last_error().
#include <stdexcept>
#include <vector>

#include "abi.h"

using jnic::fail;

static_assert(static_cast<int>(jnic::Medium::Cable) == JNIC_MEDIUM_CABLE &&
                  static_cast<int>(jnic::Medium::Hub) == JNIC_MEDIUM_HUB,
              "jnic_world_create passes the C ABI's medium number on as a jnic::Medium");

namespace {

// Runs f, turning a C++ exception into -1 and its message.
template <class F>
int64_t guarded(F f) {
    try {
        return static_cast<int64_t>(f());
    } catch (const std::exception &e) {
        return fail(e.what());
    }
}

}  // namespace

namespace {
// The bursts of one batch on one station; the caller has checked the words suffice.
uint64_t run_batch(jnic::World &world, int station, const uint32_t *ops, size_t op_count, uint32_t *words) {
    uint64_t clocks = 0;
    size_t at = 0;
    for (size_t i = 0; i < op_count; ++i) {
        const uint32_t address = ops[2 * i] & ~JNIC_BUS_OP_WRITE;
        const size_t count = ops[2 * i + 1];
        clocks += (ops[2 * i] & JNIC_BUS_OP_WRITE) != 0 ? world.bus_write(station, address, words + at, count)
                                                        : world.bus_read(station, address, words + at, count);
        at += count;
    }
    return clocks;
}

// Words a batch uses, or -1 (with the error set) if the buffer is missing or short.
int64_t batch_words(const uint32_t *ops, size_t op_count, const uint32_t *words, size_t word_count) {
    if (ops == nullptr && op_count > 0) return jnic::fail("no bus operations given");
    size_t needed = 0;
    for (size_t i = 0; i < op_count; ++i) needed += ops[2 * i + 1];
    if (needed > word_count)
        return jnic::fail("bus batch needs " + std::to_string(needed) + " words, the buffer has " +
                          std::to_string(word_count));
    if (words == nullptr && needed > 0) return jnic::fail("no words given");
    return static_cast<int64_t>(needed);
}
}  // namespace

extern "C" {

jnic_world *jnic_world_create(const char *top, int stations, int medium, double bit_error_rate, double frame_loss,
                              uint64_t seed) {
    if (medium != JNIC_MEDIUM_CABLE && medium != JNIC_MEDIUM_HUB) {
        fail("medium must be 0 (cable) or 1 (hub), not " + std::to_string(medium));
        return nullptr;
    }
    if (stations < 0) {
        fail("a world needs stations, not " + std::to_string(stations));
        return nullptr;
    }
    // One segment holding every station.
    const std::vector<int> segment_of(static_cast<size_t>(stations), 0);
    return jnic_world_create_segments(top, 1, &medium, stations, segment_of.data(), bit_error_rate, frame_loss, seed);
}

jnic_world *jnic_world_create_segments(const char *top, int segments, const int *segment_media, int stations,
                                       const int *segment_of_station, double bit_error_rate, double frame_loss,
                                       uint64_t seed) {
    if (top == nullptr) {
        fail("no top name given");
        return nullptr;
    }
    if (segments < 1 || segment_media == nullptr) {
        fail("a world needs at least one segment, not " + std::to_string(segments));
        return nullptr;
    }
    if (stations < 0 || (stations > 0 && segment_of_station == nullptr)) {
        fail("no segment given for the stations");
        return nullptr;
    }
    std::vector<jnic::Medium> kinds;
    for (int s = 0; s < segments; ++s) {
        if (segment_media[s] != JNIC_MEDIUM_CABLE && segment_media[s] != JNIC_MEDIUM_HUB) {
            fail("segment " + std::to_string(s) + "'s medium must be 0 (cable) or 1 (hub), not " +
                 std::to_string(segment_media[s]));
            return nullptr;
        }
        kinds.push_back(static_cast<jnic::Medium>(segment_media[s]));
    }
    try {
        auto w = std::make_unique<jnic_world>();
        jnic::Impairments impairments;
        impairments.bit_error_rate = bit_error_rate;
        impairments.frame_loss = frame_loss;
        impairments.seed = seed;
        w->world = std::make_unique<jnic::World>(
            top, kinds, std::vector<int>(segment_of_station, segment_of_station + stations), impairments);
        for (int i = 0; i < stations; ++i) w->stations.push_back(jnic_model{nullptr, &w->world->station(i)});
        return w.release();
    } catch (const std::exception &e) {
        fail(e.what());
        return nullptr;
    }
}

void jnic_world_destroy(jnic_world *w) { delete w; }

jnic_model *jnic_world_station(jnic_world *w, int index) {
    if (index < 0 || index >= static_cast<int>(w->stations.size())) {
        fail("no station " + std::to_string(index) + " in a world of " + std::to_string(w->stations.size()));
        return nullptr;
    }
    return &w->stations[static_cast<size_t>(index)];
}

uint64_t jnic_world_run(jnic_world *w, uint64_t cycles) { return w->world->run(cycles); }

int jnic_world_pcapng(jnic_world *w, const char *path) {
    if (path == nullptr) return fail("no pcapng path given");
    try {
        w->world->capture(path);
        return 0;
    } catch (const std::exception &e) {
        return fail(e.what());
    }
}

int jnic_world_pcapng_segment(jnic_world *w, int segment, const char *path) {
    if (path == nullptr) return fail("no pcapng path given");
    return static_cast<int>(guarded([&] {
        w->world->capture_segment(segment, path);
        return 0;
    }));
}

int jnic_world_pcapng_station(jnic_world *w, int station, const char *path) {
    if (path == nullptr) return fail("no pcapng path given");
    return static_cast<int>(guarded([&] {
        w->world->capture_station(station, path);
        return 0;
    }));
}

int jnic_world_set_segment_impairments(jnic_world *w, int segment, double bit_error_rate, double frame_loss) {
    return static_cast<int>(guarded([&] {
        w->world->set_segment_impairments(segment, bit_error_rate, frame_loss);
        return 0;
    }));
}

int64_t jnic_world_segment_collision_cycles(const jnic_world *w, int segment) {
    return guarded([&] { return w->world->segment_collision_cycles(segment); });
}

uint64_t jnic_world_frames_captured(const jnic_world *w) { return w->world->frames_captured(); }

int jnic_world_set_clock_offset(jnic_world *w, int station, double ppm) {
    try {
        w->world->set_clock_offset(station, ppm);
        return 0;
    } catch (const std::exception &e) {
        return fail(e.what());
    }
}
uint64_t jnic_world_collision_cycles(const jnic_world *w) { return w->world->collision_cycles(); }
uint64_t jnic_world_bit_errors(const jnic_world *w) { return w->world->bit_errors(); }
uint64_t jnic_world_frames_lost(const jnic_world *w) { return w->world->frames_lost(); }
uint64_t jnic_world_elastic_slips(const jnic_world *w) { return w->world->elastic_slips(); }
uint64_t jnic_world_bus_stalls(const jnic_world *w) { return w->world->bus_stalls(); }

int jnic_world_set_rom(jnic_world *w, int station, const uint8_t address[6], int corrupt_checksum) {
    if (address == nullptr) return fail("no address given");
    return static_cast<int>(guarded([&] {
        w->world->set_rom(station, address, corrupt_checksum != 0);
        return 0;
    }));
}

int64_t jnic_world_bus_write(jnic_world *w, int station, uint32_t address, const uint32_t *words, size_t count) {
    if (words == nullptr && count > 0) return fail("no words given");
    return guarded([&] { return w->world->bus_write(station, address, words, count); });
}

int64_t jnic_world_bus_read(jnic_world *w, int station, uint32_t address, uint32_t *words, size_t count) {
    if (words == nullptr && count > 0) return fail("no buffer given");
    return guarded([&] { return w->world->bus_read(station, address, words, count); });
}

int64_t jnic_world_bus_batch(jnic_world *w, int station, const uint32_t *ops, size_t op_count, uint32_t *words,
                             size_t word_count) {
    if (batch_words(ops, op_count, words, word_count) < 0) return -1;
    return guarded([&] { return run_batch(*w->world, station, ops, op_count, words); });
}

int64_t jnic_world_run_until_interrupt_then_batch(jnic_world *w, uint64_t max_cycles, uint64_t *irq_mask,
                                                  const uint32_t *ops, size_t op_count, uint32_t *words,
                                                  size_t words_per_station, size_t word_count) {
    if (irq_mask == nullptr) return fail("no interrupt mask given");
    if (batch_words(ops, op_count, words, words_per_station) < 0) return -1;
    if (words_per_station * static_cast<size_t>(w->world->stations()) > word_count)
        return fail("the words buffer must hold words_per_station for every station");
    return guarded([&] {
        uint64_t clocks = w->world->run_until_interrupt(max_cycles, irq_mask);
        for (int i = 0; i < w->world->stations() && i < 64; ++i)
            if ((*irq_mask >> i & 1) != 0)
                clocks += run_batch(*w->world, i, ops, op_count, words + i * words_per_station);
        return clocks;
    });
}

uint64_t jnic_world_run_until_interrupt(jnic_world *w, uint64_t max_cycles, uint64_t *irq_mask) {
    return w->world->run_until_interrupt(max_cycles, irq_mask);
}

uint64_t jnic_world_cycles(const jnic_world *w) { return w->world->cycles(); }
uint64_t jnic_world_clock_period_ps(const jnic_world *w) { return w->world->clock_period_ps(); }

int jnic_world_set_propagation_delay(jnic_world *w, int clocks) {
    return static_cast<int>(guarded([&] {
        w->world->set_propagation_delay(clocks);
        return 0;
    }));
}

void jnic_world_set_fast_forward(jnic_world *w, int on) { w->world->set_fast_forward(on != 0); }

uint64_t jnic_world_clocks_skipped(const jnic_world *w) { return w->world->clocks_skipped(); }
uint64_t jnic_world_plain_clocks(const jnic_world *w) { return w->world->plain_clocks(); }

int jnic_world_use_direct_edges(jnic_world *w, int on) {
    w->world->use_direct_edges(on != 0);
    return w->world->direct_edges();
}

int jnic_world_direct_edges(const jnic_world *w) { return w->world->direct_edges(); }

void jnic_world_compare_direct_edges(jnic_world *w, int on) { w->world->compare_direct_edges(on != 0); }

uint64_t jnic_world_direct_edges_compared(const jnic_world *w, uint64_t *differing) {
    if (differing != nullptr) *differing = w->world->direct_edges_differing();
    return w->world->direct_edges_compared();
}

int jnic_world_make_traceable(jnic_world *w, int station) {
    return static_cast<int>(guarded([&] {
        w->world->make_traceable(station);
        w->stations[static_cast<size_t>(station)].model = &w->world->station(station);  // it was rebuilt
        return 0;
    }));
}

int jnic_world_vcd(jnic_world *w, int station, const char *path, uint64_t from_cycle, uint64_t to_cycle) {
    if (path == nullptr) return fail("no VCD path given");
    return static_cast<int>(guarded([&] {
        w->world->trace(station, path, from_cycle, to_cycle);
        w->stations[static_cast<size_t>(station)].model = &w->world->station(station);  // it may have been rebuilt
        return 0;
    }));
}

}  // extern "C"
