#include "model.h"

#include <cstring>
#include <vector>

namespace jnic {

void Model::reset(int cycles) {
    if (reset_ < 0) return;
    // The reset is synchronous: each clock's registers take their reset values at its rising edges,
    // so a top with the MII clock is held in reset for at least one of that clock's periods.
    if (has_mii_clock() && cycles < static_cast<int>(kMiiDivider)) cycles = static_cast<int>(kMiiDivider);
    ports_[reset_].write(1);
    for (int i = 0; i < cycles; ++i) {
        settle();
        rise();
    }
    ports_[reset_].write(0);
    settle();
}

bool Model::rise_compared() {
    if (direct_edge_ == nullptr) {
        rise();
        return true;
    }
    // The Verilated root holds the model's whole state in place (values, arrays, the scheduler's
    // fields; no pointer that an evaluation changes), so writing back its bytes undoes an edge.
    auto *const root = static_cast<uint8_t *>(const_cast<void *>(state()));
    const std::vector<uint8_t> before(root, root + state_bytes());
    const DirectEdge taken = edge_;
    edge_ = direct_edge_;
    rise();
    --cycles_;
    const std::vector<uint8_t> direct(root, root + state_bytes());
    std::memcpy(root, before.data(), before.size());
    edge_ = nullptr;
    rise();
    edge_ = taken;
    return std::memcmp(direct.data(), root, direct.size()) == 0;
}

uint64_t Model::run(uint64_t max_cycles, int stop_sink, uint64_t stop_packets) {
    uint64_t ran = 0;
    while (ran < max_cycles) {
        if (stop_sink >= 0 && sinks[static_cast<size_t>(stop_sink)].packets >= stop_packets) break;
        cycle_inputs();
        settle();
        cycle_sample();
        rise();
        cycle_complete();
        ++ran;
    }
    return ran;
}

void Model::cycle_inputs() {
    source_fires_.resize(sources.size());
    source_rewinds_.resize(sources.size());
    source_discards_.resize(sources.size());
    sink_ready_.resize(sinks.size());
    for (Driver &d : drivers)
        if (d.next < d.values.size()) ports_[d.port].write(d.values[d.next++]);
    streams_step_ = logic_edge_next();  // for this cycle's sample and complete phases too
    if (!streams_step_) return;
    for (Source &s : sources) {
        bool gap = !s.gaps.empty() && s.gaps[s.cycle % s.gaps.size()] != 0;
        ++s.cycle;
        // Once offered, an item stays valid until taken (a stream may not retract valid).
        if (!s.offering) s.offering = !s.items.empty() && !gap;
        ports_[s.valid].write(s.offering);
        if (s.offering) {
            ports_[s.data].write(s.items.front().first);
            if (s.last >= 0) ports_[s.last].write(s.items.front().second);
        }
    }
    for (size_t k = 0; k < sinks.size(); ++k) {
        Sink &k_ = sinks[k];
        sink_ready_[k] = k_.readyPattern.empty() ? 1 : k_.readyPattern[k_.cycle % k_.readyPattern.size()];
        ++k_.cycle;
        if (k_.ready >= 0) ports_[k_.ready].write(sink_ready_[k]);
    }
}

void Model::cycle_sample() {
    for (Recorder &r : recorders) r.values.push_back(ports_[r.port].read());
    if (!streams_step_) return;
    for (size_t i = 0; i < sources.size(); ++i) {
        const Source &s = sources[i];
        source_fires_[i] = s.offering && (s.ready < 0 || ports_[s.ready].read() != 0);
        source_rewinds_[i] = s.rewind >= 0 && ports_[s.rewind].read() != 0;
        source_discards_[i] = s.discard >= 0 && ports_[s.discard].read() != 0;
    }
    for (size_t k = 0; k < sinks.size(); ++k) {
        Sink &k_ = sinks[k];
        if (ports_[k_.valid].read() != 0 && sink_ready_[k]) {
            k_.data_out.push_back(ports_[k_.data].read());
            bool last = k_.last >= 0 && ports_[k_.last].read() != 0;
            k_.last_out.push_back(last);
            k_.cycle_out.push_back(cycles_);
            if (last) {
                ++k_.packets;
                for (size_t p = 0; p < k_.status_ports.size(); ++p)
                    k_.status_out[p].push_back(ports_[k_.status_ports[p]].read());
            }
        }
    }
}

void Model::cycle_complete() {
    if (!streams_step_) return;
    for (size_t i = 0; i < sources.size(); ++i) {
        Source &s = sources[i];
        if (source_fires_[i]) {
            s.taken.push_back(s.items.front());
            if (s.items.front().second) s.taken.clear();  // a whole packet went: nothing to replay
            s.items.pop_front();
            s.offering = false;
        }
        if (source_rewinds_[i]) {
            s.items.insert(s.items.begin(), s.taken.begin(), s.taken.end());
            s.taken.clear();
            s.offering = false;
        } else if (source_discards_[i]) {
            while (!s.items.empty()) {
                bool last = s.items.front().second;
                s.items.pop_front();
                if (last) break;
            }
            s.taken.clear();
            s.offering = false;
        }
    }
}

}  // namespace jnic
