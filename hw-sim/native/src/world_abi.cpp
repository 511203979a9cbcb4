// The world part of the C ABI (jnic_world_*): errors come back as -1 / NULL with a message in
// jnic_sim_last_error().
#include <stdexcept>

#include "abi.h"

using jnic::fail;

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

extern "C" {

jnic_world *jnic_world_create(const char *top, int stations, int medium, double bit_error_rate, double frame_loss,
                              uint64_t seed) {
    if (top == nullptr) {
        fail("no top name given");
        return nullptr;
    }
    if (medium != 0 && medium != 1) {
        fail("medium must be 0 (cable) or 1 (hub), not " + std::to_string(medium));
        return nullptr;
    }
    try {
        auto w = std::make_unique<jnic_world>();
        jnic::Impairments impairments;
        impairments.bit_error_rate = bit_error_rate;
        impairments.frame_loss = frame_loss;
        impairments.seed = seed;
        w->world = std::make_unique<jnic::World>(top, stations, static_cast<jnic::Medium>(medium), impairments);
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

int jnic_world_vcd(jnic_world *w, int station, const char *path, uint64_t from_cycle, uint64_t to_cycle) {
    if (path == nullptr) return fail("no VCD path given");
    return static_cast<int>(guarded([&] {
        w->world->trace(station, path, from_cycle, to_cycle);
        return 0;
    }));
}

}  // extern "C"
