#include "world.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace jnic {

namespace {
std::vector<int> all_on_segment_zero(int stations) {
    if (stations < 0) throw std::invalid_argument("a world needs stations, not " + std::to_string(stations));
    return std::vector<int>(static_cast<size_t>(stations), 0);
}
}  // namespace

World::World(const std::string &top, int stations, Medium medium, Impairments impairments)
    : World(top, std::vector<Medium>{medium}, all_on_segment_zero(stations), impairments) {}

World::World(const std::string &top, const std::vector<Medium> &segment_kinds, const std::vector<int> &segment_of,
             Impairments impairments)
    : kinds_(segment_kinds), segment_of_(segment_of), impairments_(impairments), rng_(impairments.seed) {
    if (!(impairments.bit_error_rate >= 0 && impairments.bit_error_rate < 1))
        throw std::invalid_argument("bit error rate must be in [0, 1), not " +
                                    std::to_string(impairments.bit_error_rate));
    if (!(impairments.frame_loss >= 0 && impairments.frame_loss <= 1))
        throw std::invalid_argument("frame loss must be in [0, 1], not " + std::to_string(impairments.frame_loss));
    if (kinds_.empty()) throw std::invalid_argument("a world needs at least one segment");
    members_.resize(kinds_.size());
    for (size_t i = 0; i < segment_of_.size(); ++i) {
        int s = segment_of_[i];
        if (s < 0 || static_cast<size_t>(s) >= kinds_.size())
            throw std::invalid_argument("station " + std::to_string(i) + " is on segment " + std::to_string(s) +
                                        ", but the world has " + std::to_string(kinds_.size()));
        members_[static_cast<size_t>(s)].push_back(i);
    }
    for (size_t s = 0; s < kinds_.size(); ++s) {
        const size_t n = members_[s].size();
        const std::string which = kinds_.size() == 1 ? "" : " (segment " + std::to_string(s) + ")";
        if (kinds_[s] == Medium::Cable && n != 2)
            throw std::invalid_argument("a cable joins exactly 2 stations, not " + std::to_string(n) + which);
        if (kinds_[s] == Medium::Hub && n < 2)
            throw std::invalid_argument("a hub needs at least 2 stations, not " + std::to_string(n) + which);
        if (kinds_[s] != Medium::Cable && kinds_[s] != Medium::Hub)
            throw std::invalid_argument("segment " + std::to_string(s) + " has no known medium");
    }
    segment_collisions_.assign(kinds_.size(), 0);
    bit_error_rate_.assign(kinds_.size(), impairments.bit_error_rate);
    frame_loss_.assign(kinds_.size(), impairments.frame_loss);
    medium_now_.assign(kinds_.size(), Medium_now{});
    segment_pcaps_.resize(kinds_.size());
    build(top);
}

void World::build(const std::string &top) {
    const int stations = static_cast<int>(segment_of_.size());
    for (int i = 0; i < stations; ++i) {
        std::unique_ptr<Model> m = create_model(top);
        if (!m) throw std::invalid_argument("no top named " + top + " in this library");
        manchester_ = m->port_index("lineOutValid") < 0;
        const char *const names[2][4] = {{"lineOutValid", "lineOutData", "lineInValid", "lineInData"},
                                         {"lineOutActive", "lineOutLevel", "lineInActive", "lineInLevel"}};
        for (const char *name : names[manchester_ ? 1 : 0])
            if (m->port_index(name) < 0)
                throw std::invalid_argument("top " + top +
                                            " has no line ports (lineOut/lineIn Valid+Data or Active+Level)");
        if (manchester_)
            for (const char *name : {"lineOutLevel", "lineInActive", "lineInLevel"})
                if (m->ports()[static_cast<size_t>(m->port_index(name))].width != impairments_.samples_per_bit)
                    throw std::invalid_argument("top " + top + "'s " + name + " is not " +
                                                std::to_string(impairments_.samples_per_bit) +
                                                " samples (a bit cell) wide");
        host_bus_ = m->port_index("busValid") >= 0;
        ports_.push_back(ports_of(*m, manchester_, host_bus_));
        m->reset(2);
        models_.push_back(std::move(m));
    }
    tracing_.assign(models_.size(), 0);
    irq_.assign(models_.size(), 0);
    active_cycles_.assign(models_.size(), 0);
    traces_.assign(models_.size(), Trace{});
    in_flight_.resize(models_.size());
    if (host_bus_) {
        roms_.resize(models_.size());
        for (int i = 0; i < stations; ++i) {
            const uint8_t address[6] = {0x02, 0x4A, 0x4E, 0x49, 0x43, static_cast<uint8_t>(i + 1)};
            set_rom(i, address);
        }
    }
    heard_active_.assign(models_.size(), 0);
    cell_mask_ = manchester_ ? (uint64_t{1} << impairments_.samples_per_bit) - 1 : 1;
    sent_.assign(models_.size(), {});
    heard_signal_.assign(models_.size(), 0);
    inverting_.assign(models_.size(), 0);
    was_talking_.assign(models_.size(), 0);
    lost_.assign(models_.size(), 0);
    elastic_.assign(models_.size(), Elastic{});
    for (size_t i = 0; i < models_.size(); ++i) until_error_.push_back(bits_until_error(i));
    period_.assign(models_.size(), kNominal);
    talking_now_.assign(models_.size(), 0);
    signal_now_.assign(models_.size(), 0);
    for (size_t i = 0; i < models_.size(); ++i)  // each station's clock at its own phase
        next_edge_.push_back(static_cast<int64_t>(uniform() * kNominal));
}

World::Ports World::ports_of(const Model &m, bool manchester, bool bus) {
    Ports p;
    p.in_active = m.direct<uint8_t>(manchester ? "lineInActive" : "lineInValid");
    p.in_signal = m.direct<uint8_t>(manchester ? "lineInLevel" : "lineInData");
    p.out_active = m.direct<uint8_t>(manchester ? "lineOutActive" : "lineOutValid");
    p.out_signal = m.direct<uint8_t>(manchester ? "lineOutLevel" : "lineOutData");
    if (m.port_index("monitorRxDv") >= 0) {
        p.monitor_rx_dv = m.direct<uint8_t>("monitorRxDv");
        p.monitor_rxd = m.direct<uint8_t>("monitorRxd");
        p.monitor_rx_er = m.direct<uint8_t>("monitorRxEr");
    }
    if (m.port_index("monitorBackoff") >= 0) {
        p.monitor_backoff = m.direct<uint8_t>("monitorBackoff");
        p.monitor_backoff_slots = m.direct<uint16_t>("monitorBackoffSlots");
        p.monitor_collisions = m.direct<uint8_t>("monitorCollisions");
        p.monitor_deferred = m.direct<uint8_t>("monitorDeferred");
    }
    if (bus) {
        p.bus_valid = m.direct<uint8_t>("busValid");
        p.bus_write = m.direct<uint8_t>("busWrite");
        p.bus_address = m.direct<uint32_t>("busAddress");
        p.bus_write_data = m.direct<uint32_t>("busWriteData");
        p.bus_read_data = m.direct<uint32_t>("busReadData");
        p.bus_ready = m.direct<uint8_t>("busReady");
        p.bus_stall = m.direct<uint8_t>("busStall");
        p.irq = m.direct<uint8_t>("irq");
        p.rom_address = m.direct<uint8_t>("romAddress");
        p.rom_data = m.direct<uint16_t>("romData");
    }
    return p;
}

void World::set_segment_impairments(int segment, double bit_error_rate, double frame_loss) {
    if (segment < 0 || segment >= segments()) throw std::invalid_argument("no segment " + std::to_string(segment));
    if (!(bit_error_rate >= 0 && bit_error_rate < 1))
        throw std::invalid_argument("bit error rate must be in [0, 1), not " + std::to_string(bit_error_rate));
    if (!(frame_loss >= 0 && frame_loss <= 1))
        throw std::invalid_argument("frame loss must be in [0, 1], not " + std::to_string(frame_loss));
    bit_error_rate_[static_cast<size_t>(segment)] = bit_error_rate;
    frame_loss_[static_cast<size_t>(segment)] = frame_loss;
    for (size_t i : members_[static_cast<size_t>(segment)]) {  // a new rate starts afresh: no error half done
        until_error_[i] = bits_until_error(i);
        inverting_[i] = 0;
    }
}

void World::set_clock_offset(int station, double ppm) {
    if (station < 0 || station >= stations()) throw std::invalid_argument("no station " + std::to_string(station));
    if (!(ppm > -10000 && ppm < 10000))
        throw std::invalid_argument("clock offset must be within ±10000 ppm, not " + std::to_string(ppm));
    period_[static_cast<size_t>(station)] = kNominal + static_cast<int64_t>(std::llround(ppm * 1000));
    free_running_ = false;
    for (int64_t p : period_) free_running_ |= p != kNominal;
}

void World::set_rom(int station, const uint8_t address[6], bool corrupt_checksum) {
    if (!host_bus_) throw std::invalid_argument("top " + models_[0]->top() + " has no address ROM (not a NIC)");
    if (station < 0 || station >= stations()) throw std::invalid_argument("no station " + std::to_string(station));
    std::array<uint16_t, 4> &rom = roms_[static_cast<size_t>(station)];
    uint32_t sum = 0;
    for (int w = 0; w < 3; ++w) {
        rom[static_cast<size_t>(w)] = static_cast<uint16_t>(address[2 * w] | address[2 * w + 1] << 8);
        sum += rom[static_cast<size_t>(w)];
    }
    rom[3] = static_cast<uint16_t>((0xFFFF - sum) ^ (corrupt_checksum ? 0x0100 : 0));
    models_[static_cast<size_t>(station)]->reset(2);
}

uint64_t World::bus_write(int station, uint32_t address, const uint32_t *words, size_t count) {
    BusJob job;
    job.station = station;
    job.write = true;
    job.address = address;
    job.write_words = words;
    job.count = count;
    return bus_job(job);
}

uint64_t World::bus_read(int station, uint32_t address, uint32_t *words, size_t count) {
    BusJob job;
    job.station = station;
    job.address = address;
    job.read_words = words;
    job.count = count;
    return bus_job(job);
}

uint64_t World::bus_job(BusJob job) {
    if (!host_bus_) throw std::invalid_argument("top " + models_[0]->top() + " has no host bus (not a NIC)");
    if (job.station < 0 || job.station >= stations())
        throw std::invalid_argument("no station " + std::to_string(job.station));
    if (job.address % 4 != 0)
        throw std::invalid_argument("bus address " + std::to_string(job.address) + " is not word aligned");
    if (job.address + 4 * static_cast<uint64_t>(job.count) > (uint64_t{1} << 18))
        throw std::invalid_argument("bus burst runs past the end of the address space");
    // An adapter that stops taking or answering requests (stalled for ever, or no busReady) would
    // hold the world here for ever: give up after this many clocks without progress.
    constexpr uint64_t kStuck = 1000000;
    const uint64_t start = cycles();
    job_ = job;
    plain_ = plain_possible();
    size_t progress = 0;
    uint64_t still = 0;  // steps without progress
    while (job_.answered < job_.count) {
        step_one();
        const size_t now = job_.issued + job_.answered;
        still = now == progress ? still + 1 : 0;
        progress = now;
        if (still > kStuck) {
            const size_t taken = job_.issued, answered = job_.answered;
            job_ = BusJob{};
            throw std::runtime_error("station " + std::to_string(job.station) + " took " + std::to_string(taken) +
                                     " and answered " + std::to_string(answered) + " of " + std::to_string(job.count) +
                                     " host-bus requests, then nothing for " + std::to_string(kStuck) + " clocks");
        }
    }
    job_ = BusJob{};
    return cycles() - start;
}

uint64_t World::run_until_interrupt(uint64_t max_cycles, uint64_t *irq_mask) {
    const uint64_t start = cycles();
    plain_ = plain_possible();
    for (;;) {
        uint64_t mask = 0;
        for (size_t i = 0; i < irq_.size() && i < 64; ++i) mask |= static_cast<uint64_t>(irq_[i]) << i;
        if (mask != 0 || cycles() - start >= max_cycles) {
            if (irq_mask != nullptr) *irq_mask = mask;
            return cycles() - start;
        }
        const uint64_t left = max_cycles - (cycles() - start);
        if (try_fast_forward(left) != 0) continue;
        if (plain_)
            run_plain(left, true);
        else
            step_one();
    }
}

// Nothing on any medium or on its way, no bus burst, no VCD window, no testbench: the world's
// inputs to every station stay what they were as long as the stations' outputs do.
bool World::quiet() const {
    if (free_running_ || job_.station >= 0) return false;
    for (size_t i = 0; i < models_.size(); ++i) {
        if (talking_now_[i] || heard_active_[i] || tracing_[i] || models_[i]->has_testbench()) return false;
        if (capturing_ && bursts_[i].active) return false;
        for (const auto &on_the_way : in_flight_[i])
            if (on_the_way.first) return false;
    }
    return true;
}

// While the world is quiet, now and then: clock one period, and if that left every station's
// state as it was, the state repeats with that period under the same inputs, so whole periods
// more would change nothing either: count them as run. The period is one clock on the byte-wide
// line; on the Manchester line it is a byte time (8 bit clocks), over which the encoder's nibble
// strobe and the PHY's MII toggle come round (they run free). Tries after 64 quiet clocks, then
// twice as far apart while they fail (up to 65536), so a world that is merely between frames pays
// little for them.
uint64_t World::try_fast_forward(uint64_t remaining) {
    constexpr uint64_t kFirstTry = 64, kLongestWait = 65536;
    const uint64_t period = manchester_ ? 8 : 1;
    if (!fast_forward_ || remaining < 2 * period) return 0;
    if (!quiet()) {
        quiet_steps_ = 0;
        next_try_ = kFirstTry;
        return 0;
    }
    if (next_try_ == 0) next_try_ = kFirstTry;
    if (++quiet_steps_ < next_try_) return 0;
    quiet_steps_ = 0;
    snapshots_.resize(models_.size());
    for (size_t i = 0; i < models_.size(); ++i) {
        const auto *bytes = static_cast<const uint8_t *>(models_[i]->state());
        snapshots_[i].assign(bytes, bytes + models_[i]->state_bytes());
    }
    bool still = true;
    uint64_t stepped = 0;
    while (stepped < period && still) {
        step_lockstep();
        ++stepped;
        still = quiet() && std::none_of(irq_.begin(), irq_.end(), [](uint8_t line) { return line != 0; });
    }
    for (size_t i = 0; i < models_.size() && still; ++i)
        still = std::memcmp(snapshots_[i].data(), models_[i]->state(), snapshots_[i].size()) == 0;
    if (!still) {
        next_try_ = std::min(next_try_ * 2, kLongestWait);
        return stepped;
    }
    const uint64_t skip = (remaining - period) / period * period;
    lockstep_cycles_ += skip;
    for (auto &m : models_) m->count_skipped(skip);
    clocks_skipped_ += skip;
    return period + skip;
}

void World::step_one() {
    if (free_running_)
        run(1);
    else if (plain_)
        step_plain();
    else
        step_lockstep();
}

void World::set_propagation_delay(int clocks) {
    if (clocks < 1 || clocks > 100000)
        throw std::invalid_argument("propagation delay must be 1 to 100000 clocks, not " + std::to_string(clocks));
    propagation_ = clocks;
    for (auto &q : in_flight_) q.clear();
}

void World::make_traceable(int station) {
    if (station < 0 || station >= stations()) throw std::invalid_argument("no station " + std::to_string(station));
    std::unique_ptr<Model> &m = models_[static_cast<size_t>(station)];
    if (m->traceable()) return;
    if (cycles() != 0)
        throw std::logic_error("station " + std::to_string(station) +
                               " was built without tracing, and can be rebuilt with it only before the world runs "
                               "(make it traceable when making the world)");
    if (m->has_testbench())
        throw std::logic_error("station " + std::to_string(station) +
                               " already has drivers, recorders or streams; make it traceable first");
    std::unique_ptr<Model> traced = create_model(m->top(), true);
    if (!traced) throw std::invalid_argument("this library has no build of " + m->top() + " with tracing");
    if (traced->ports().size() != m->ports().size())
        throw std::logic_error("the traced build of " + m->top() + " has other ports than the plain one");
    traced->use_direct_edge(direct_edges_);
    traced->reset(2);
    m = std::move(traced);
    ports_[static_cast<size_t>(station)] = ports_of(*m, manchester_, host_bus_);
}

void World::use_direct_edges(bool on) {
    direct_edges_ = on;
    for (auto &m : models_) m->use_direct_edge(on);
}

void World::rise(Model &m) {
    if (!compare_edges_) {
        m.rise();
        return;
    }
    edges_compared_ += m.has_direct_edge();
    edges_differing_ += !m.rise_compared();
}

int World::direct_edges() const {
    return static_cast<int>(
        std::count_if(models_.begin(), models_.end(), [](const auto &m) { return m->takes_direct_edge(); }));
}

void World::trace(int station, const std::string &path, uint64_t from_cycle, uint64_t to_cycle) {
    if (station < 0 || station >= stations()) throw std::invalid_argument("no station " + std::to_string(station));
    if (to_cycle <= from_cycle) throw std::invalid_argument("VCD window is empty: to <= from");
    make_traceable(station);
    models_[static_cast<size_t>(station)]->trace_open(path);
    traces_[static_cast<size_t>(station)] = Trace{from_cycle, to_cycle};
    tracing_[static_cast<size_t>(station)] = 1;
}

void World::before_settle(size_t i, bool logic_edge) {
    // The ROM and the bus belong to the adapter's logic clock (the MII's, on the phy build): the ROM
    // word is sampled at its edges, a request is held from one of its edges to the next, and each
    // answer is read once, before the edge after it.
    if (!host_bus_ || !logic_edge) return;
    const Ports &p = ports_[i];
    *p.rom_data = roms_[i][*p.rom_address & 3];
    if (job_.station == static_cast<int>(i) && job_.issued < job_.count) {
        *p.bus_valid = 1;
        *p.bus_write = job_.write;
        *p.bus_address = job_.address + 4 * static_cast<uint32_t>(job_.issued);
        *p.bus_write_data = job_.write ? job_.write_words[job_.issued] : 0;
        ++job_.issued;
    } else {
        *p.bus_valid = 0;
    }
}

void World::after_settle(size_t i, bool logic_edge) {
    if (!host_bus_) return;
    const Ports &p = ports_[i];
    if (job_.station == static_cast<int>(i) && logic_edge) {
        // A request not taken is presented again at the next edge. Without a branch: whether the
        // adapter stalls follows the line's traffic, which a branch predictor cannot.
        const size_t stalled = static_cast<size_t>(*p.bus_valid & *p.bus_stall);
        job_.issued -= stalled;
        bus_stalls_ += stalled;
        if (bus_log_ != nullptr && *p.bus_valid != 0 && stalled == 0) {
            // Built in place: a request made on the stack and copied in would stall the copy's loads
            // on the stores just made (store forwarding across widths).
            BusRequest &r = bus_log_->emplace_back();
            r.cycle = cycles();
            r.station = static_cast<int>(i);
            r.write = *p.bus_write != 0;
            r.address = *p.bus_address;
            r.data = *p.bus_write_data;
        }
        if (job_.answered < job_.issued && *p.bus_ready != 0) {
            if (!job_.write) job_.read_words[job_.answered] = *p.bus_read_data;
            ++job_.answered;
        }
    }
    irq_[i] = *p.irq != 0;
}

// VCD, inside the station's window [from, to) of clock periods: each edge with what it made (after_rise)
// and, half a period before an edge, the clock's low half settled with that clock's inputs
// (trace_low, after the settle). The low half before the window's first edge lies outside it.
void World::trace_low(size_t i, uint64_t cycle_start_ps) {
    const uint64_t cycle = cycle_start_ps / clock_period_ps();
    if (tracing_[i] && cycle > traces_[i].from && cycle <= traces_[i].to)
        models_[i]->trace_dump(cycle_start_ps - clock_period_ps() / 2);
}

void World::after_rise(size_t i, uint64_t cycle_start_ps) {
    if (!tracing_[i]) return;
    Model &m = *models_[i];
    const Trace &t = traces_[i];
    const uint64_t cycle = cycle_start_ps / clock_period_ps();
    if (cycle >= t.to) {
        m.trace_close();
        tracing_[i] = 0;
    } else if (cycle >= t.from) {
        m.trace_dump(cycle_start_ps);
    }
}

double World::uniform() { return static_cast<double>(rng_() >> 11) * 0x1.0p-53; }

// Line bits (or Manchester samples) before the next error: geometric with the error rate.
uint64_t World::bits_until_error(size_t station) {
    double p = bit_error_rate_[static_cast<size_t>(segment_of_[station])];
    if (p <= 0) return UINT64_MAX;
    double bits = std::floor(std::log1p(-uniform()) / std::log1p(-p));
    uint64_t scale = manchester_ ? static_cast<uint64_t>(impairments_.samples_per_bit) : 1;
    return bits >= 1e18 ? UINT64_MAX : static_cast<uint64_t>(bits) * scale;
}

// Bit errors on what station i hears this cycle (only while it hears a signal).
// Without errors on the station's segment there is nothing to do: counting down to an error that
// never comes would change nothing (the count is drawn afresh when an error rate is set).
void World::impair(size_t i) {
    if (!heard_active_[i] || bit_error_rate_[static_cast<size_t>(segment_of_[i])] <= 0) return;
    if (manchester_) {  // a cell of samples per clock; an error inverts a half cell, maybe across clocks
        const uint64_t active = heard_active_[i];
        if (inverting_[i] == 0 && until_error_[i] >= static_cast<uint64_t>(__builtin_popcountll(active))) {
            until_error_[i] -= static_cast<uint64_t>(__builtin_popcountll(active));
            return;
        }
        for (int k = 0; k < impairments_.samples_per_bit; ++k) {
            if ((active >> k & 1) == 0) continue;
            if (inverting_[i] > 0) {
                heard_signal_[i] ^= uint64_t{1} << k;
                --inverting_[i];
            } else if (until_error_[i]-- == 0) {
                inverting_[i] = impairments_.samples_per_bit / 2 - 1;  // a whole half cell: one bit in error
                heard_signal_[i] ^= uint64_t{1} << k;
                ++bit_errors_;
                until_error_[i] = bits_until_error(i);
            }
        }
        return;
    }
    for (uint64_t bit = 0; bit < 8;) {  // a byte per clock on the fast line
        if (until_error_[i] >= 8 - bit) {
            until_error_[i] -= 8 - bit;
            break;
        }
        bit += until_error_[i];
        heard_signal_[i] ^= uint64_t{1} << bit;
        ++bit_errors_;
        ++bit;
        until_error_[i] = bits_until_error(i);
    }
}

uint64_t World::run(uint64_t cycles) {
    if (!free_running_) {
        plain_ = plain_possible();
        for (uint64_t c = 0; c < cycles;) {
            const uint64_t done = try_fast_forward(cycles - c);
            if (done != 0) {
                c += done;
            } else if (plain_) {
                c += run_plain(cycles - c, false);
            } else {
                step_lockstep();
                ++c;
            }
        }
        return cycles;
    }
    int64_t until = now_ + static_cast<int64_t>(cycles) * kNominal;
    for (;;) {
        size_t next = 0;
        for (size_t i = 1; i < models_.size(); ++i)
            if (next_edge_[i] < next_edge_[next]) next = i;
        if (next_edge_[next] >= until) break;
        now_ = next_edge_[next];
        step_station(next);
        next_edge_[next] += period_[next];
    }
    now_ = until;
    return cycles;
}

// Every station one clock: inputs, the medium as it was last clock, settle, then the edge.
void World::step_lockstep() {
    const size_t n = models_.size();
    for (size_t i = 0; i < n; ++i) {
        Model &m = *models_[i];
        const bool bench = m.has_testbench();
        if (bench) m.cycle_inputs();
        *ports_[i].in_active = static_cast<uint8_t>(heard_active_[i]);
        *ports_[i].in_signal = static_cast<uint8_t>(heard_signal_[i]);
        const bool logic_edge = m.logic_edge_next();
        before_settle(i, logic_edge);
        // A station with a VCD open settles every clock (the VCD shows the low half); otherwise the
        // clock-low evaluation is skipped where it cannot change what the outputs show
        // (Model::settle_needless).
        if (tracing_[i] || !m.settle_needless()) m.settle();
        trace_low(i, lockstep_cycles_ * clock_period_ps());
        if (bench) m.cycle_sample();
        // What each station puts on the line this cycle: settled with this cycle's inputs,
        // before the clock edge (after it, combinational outputs would see last cycle's inputs).
        talking_now_[i] = *ports_[i].out_active != 0;
        signal_now_[i] = *ports_[i].out_signal;
        active_cycles_[i] += talking_now_[i];
        after_settle(i, logic_edge);
    }
    for (size_t s = 0; s < members_.size(); ++s) {
        medium_now_[s] = survey(s);
        if (medium_now_[s].talking >= 2 && kinds_[s] == Medium::Hub) {
            ++collision_cycles_;
            ++segment_collisions_[s];
        }
    }
    for (size_t i = 0; i < n; ++i) {
        hear(i, medium_now_[static_cast<size_t>(segment_of_[i])]);
        if (propagation_ > 1) {  // the signal is still on the wire for propagation_ - 1 more clocks
            auto &wire = in_flight_[i];
            wire.emplace_back(heard_active_[i], heard_signal_[i]);
            if (wire.size() >= static_cast<size_t>(propagation_)) {
                heard_active_[i] = wire.front().first;
                heard_signal_[i] = wire.front().second;
                wire.pop_front();
            } else {
                heard_active_[i] = 0;
                heard_signal_[i] = 0;
            }
        }
    }
    if (capturing_)
        for (size_t i = 0; i < n; ++i)
            capture_edge(i, static_cast<double>(lockstep_cycles_) * static_cast<double>(clock_period_ps()) / 1000);
    for (size_t i = 0; i < n; ++i) {
        Model &m = *models_[i];
        rise(m);
        if (m.has_testbench()) m.cycle_complete();
        after_rise(i, lockstep_cycles_ * clock_period_ps());
    }
    ++lockstep_cycles_;
}

bool World::plain_possible() const {
    if (free_running_ || propagation_ != 1 || capturing_ || compare_edges_) return false;
    for (size_t s = 0; s < kinds_.size(); ++s)
        if (bit_error_rate_[s] > 0 || frame_loss_[s] > 0) return false;
    for (size_t i = 0; i < models_.size(); ++i)
        if (tracing_[i] || !models_[i]->settle_needless() || (lost_[i] && (talking_now_[i] || was_talking_[i])))
            return false;
    return true;
}

uint64_t World::run_plain(uint64_t max_cycles, bool stop_on_irq) {
    uint64_t ran = 0;
    PlainClock clock{true, false};
    while (ran < max_cycles && clock.busy && !(stop_on_irq && clock.irq)) {
        clock = step_plain();
        ++ran;
    }
    // What try_fast_forward would have done, called before each of these clocks: after a busy clock
    // (every clock but the last is one) it starts its count again, if it is on and the run had at
    // least two periods left (the most it had was at the second clock).
    const uint64_t period = manchester_ ? 8 : 1;
    if (ran >= 2 && fast_forward_ && max_cycles - 1 >= 2 * period) {
        quiet_steps_ = 0;
        next_try_ = 0;  // the first wait, as try_fast_forward reads it
    }
    return ran;
}

// step_lockstep() less what plain_possible() rules out: no settle, testbench phases, VCD dumps,
// captures, impairments or wire delay. A frame starting is never lost (track_burst with no loss).
World::PlainClock World::step_plain() {
    const size_t n = models_.size();
    PlainClock clock{job_.station >= 0, false};
    for (size_t i = 0; i < n; ++i) {
        const Ports &p = ports_[i];
        *p.in_active = static_cast<uint8_t>(heard_active_[i]);
        *p.in_signal = static_cast<uint8_t>(heard_signal_[i]);
        const bool logic_edge = models_[i]->logic_edge_next();
        before_settle(i, logic_edge);
        const uint8_t talking = *p.out_active != 0;
        if (talking && !was_talking_[i]) lost_[i] = 0;
        was_talking_[i] = talking;
        talking_now_[i] = talking;
        signal_now_[i] = *p.out_signal;
        active_cycles_[i] += talking;
        after_settle(i, logic_edge);
        clock.irq |= irq_[i] != 0;
    }
    for (size_t s = 0; s < members_.size(); ++s) {
        Medium_now m;
        for (size_t j : members_[s]) {
            m.talking += talking_now_[j];
            m.combined ^= talking_now_[j] ? signal_now_[j] : 0;
        }
        medium_now_[s] = m;
        clock.busy |= m.talking != 0;  // a station talks, or hears another
        if (m.talking >= 2 && kinds_[s] == Medium::Hub) {
            ++collision_cycles_;
            ++segment_collisions_[s];
        }
        for (size_t i : members_[s]) {
            const bool others = m.talking > talking_now_[i];
            heard_active_[i] = others ? cell_mask_ : 0;
            heard_signal_[i] = others ? m.combined ^ (talking_now_[i] ? signal_now_[i] : 0) : 0;
        }
    }
    for (size_t i = 0; i < n; ++i) models_[i]->rise();
    ++lockstep_cycles_;
    ++plain_clocks_;
    return clock;
}

void World::capture(const std::string &path) {
    pcap_ = std::make_unique<PcapngWriter>(path);
    if (!capturing_) bursts_.assign(models_.size(), Burst{});
    capturing_ = true;
}

void World::capture_segment(int segment, const std::string &path) {
    if (segment < 0 || segment >= segments()) throw std::invalid_argument("no segment " + std::to_string(segment));
    segment_pcaps_[static_cast<size_t>(segment)] = std::make_unique<PcapngWriter>(path);
    if (!capturing_) bursts_.assign(models_.size(), Burst{});
    capturing_ = true;
}

void World::capture_station(int station, const std::string &path) {
    if (station < 0 || station >= stations()) throw std::invalid_argument("no station " + std::to_string(station));
    receive_pcaps_.resize(models_.size());
    receive_pcaps_[static_cast<size_t>(station)] =
        std::make_unique<ReceiveCapture>(path, manchester_ ? impairments_.samples_per_bit : 0);
    if (!capturing_) bursts_.assign(models_.size(), Burst{});
    capturing_ = true;
}

void World::capture_edge(size_t i, double time_ns) {
    const size_t segment = static_cast<size_t>(segment_of_[i]);
    const Ports &p = ports_[i];
    // The other stations talking on a hub (on a full-duplex cable both talking at once is normal).
    size_t others = 0;
    if (kinds_[segment] == Medium::Hub)
        for (size_t j : members_[segment]) others += j != i && talking_now_[j];
    if (i < receive_pcaps_.size() && receive_pcaps_[i]) {
        // What the station received; a collision if it hears two others at once, or one while it
        // talks itself.
        const bool collided = others >= 2 || (others == 1 && talking_now_[i]);
        if (p.monitor_rx_dv == nullptr && manchester_) {
            const double sample_ns = static_cast<double>(clock_period_ps()) / 1000 / impairments_.samples_per_bit;
            for (int k = 0; k < impairments_.samples_per_bit; ++k)
                receive_pcaps_[i]->edge((heard_active_[i] >> k & 1) != 0, heard_signal_[i] >> k & 1, collided,
                                        time_ns + k * sample_ns);
        } else if (p.monitor_rx_dv == nullptr) {
            receive_pcaps_[i]->edge(heard_active_[i] != 0, heard_signal_[i], collided, time_ns);
        } else if (models_[i]->logic_edge_next())  // the MII as the MAC samples it at this edge
            receive_pcaps_[i]->mii_edge(*p.monitor_rx_dv != 0, *p.monitor_rxd, *p.monitor_rx_er != 0, collided,
                                        time_ns);
    }
    // What the adapter's CSMA/CD did at this edge (its monitor ports): notes on the next frame.
    if (p.monitor_backoff != nullptr && models_[i]->logic_edge_next()) {
        char what[160];
        if (*p.monitor_deferred != 0) {  // its frame waits for the line (IEEE 802.3 4.2.3.2.1)
            std::snprintf(what, sizeof what, "deferral: station %zu's frame waits for the line", i);
            note(segment, static_cast<uint64_t>(time_ns), what);
        }
        if (*p.monitor_backoff != 0) {  // it drew a backoff (IEEE 802.3 4.2.3.2.5)
            const unsigned n = *p.monitor_collisions, r = *p.monitor_backoff_slots;
            std::snprintf(what, sizeof what,
                          "backoff: station %zu draws %u slot times after its collision %u (0 to %u)", i, r, n,
                          (1u << std::min(n, 10u)) - 1);
            note(segment, static_cast<uint64_t>(time_ns), what);
        }
    }
    Burst &b = bursts_[i];
    if (talking_now_[i]) {
        if (!b.active) b = Burst{true, false, false, time_ns, {}};
        if (manchester_)
            for (int k = 0; k < impairments_.samples_per_bit; ++k) b.line.push_back(signal_now_[i] >> k & 1);
        else
            b.line.push_back(signal_now_[i]);
        b.collided |= others != 0;
        b.lost |= lost_[i] != 0;
        return;
    }
    if (!b.active) return;
    b.active = false;
    const std::vector<uint8_t> bytes = decode_line(b.line, manchester_ ? impairments_.samples_per_bit : 0).bytes;
    const std::vector<uint8_t> frame = frame_after_sfd(bytes);
    PcapngWriter *wire = segment_pcaps_[segment].get();
    const uint64_t at = static_cast<uint64_t>(b.start_ns);
    if (b.collided || frame.size() < kShortestFrame) {
        // No frame: a collision's cut attempt and its jam, or a fragment. A note on the next frame.
        char what[200];
        if (b.collided) {
            const std::string cut =
                frame.empty() ? "cut in the preamble" : "cut " + std::to_string(frame.size()) + " bytes after the SFD";
            std::snprintf(what, sizeof what, "collision: station %zu's attempt, %zu bytes on the line (%s), jammed", i,
                          bytes.size(), cut.c_str());
        } else {
            std::snprintf(what, sizeof what, "station %zu: %zu bytes on the line and no frame in them (%s)", i,
                          bytes.size(), frame.empty() ? "no SFD" : "a runt");
        }
        note(segment, at, what);
        return;
    }
    const std::string comment = b.lost ? "lost on the medium" : "";
    if (pcap_) pcap_->frame(at, frame, comment);
    if (wire != nullptr) wire->frame(at, frame, comment);
    ++frames_captured_;
}

// A note for the next frame in the captures of the whole world and of the segment's wire.
void World::note(size_t segment, uint64_t at, const char *what) {
    if (pcap_) pcap_->note(at, what);
    if (segment_pcaps_[segment]) segment_pcaps_[segment]->note(at, what);
}

// One station's clock edge, the others holding what they last put on the line.
void World::step_station(size_t i) {
    Model &m = *models_[i];
    const size_t segment = static_cast<size_t>(segment_of_[i]);
    const Medium_now medium = survey(segment);
    if (medium.talking >= 2 && kinds_[segment] == Medium::Hub && i == members_[segment].front()) {
        ++collision_cycles_;  // on the clock of the segment's first station
        ++segment_collisions_[segment];
    }
    if (manchester_)
        resample(i);
    else
        recover(i, medium);
    const bool bench = m.has_testbench();
    if (bench) m.cycle_inputs();
    *ports_[i].in_active = static_cast<uint8_t>(heard_active_[i]);
    *ports_[i].in_signal = static_cast<uint8_t>(heard_signal_[i]);
    const bool logic_edge = m.logic_edge_next();
    before_settle(i, logic_edge);
    if (tracing_[i] || !m.settle_needless()) m.settle();
    trace_low(i, static_cast<uint64_t>(static_cast<double>(now_) * static_cast<double>(clock_period_ps()) / kNominal));
    if (bench) m.cycle_sample();
    talking_now_[i] = *ports_[i].out_active != 0;
    signal_now_[i] = *ports_[i].out_signal;
    active_cycles_[i] += talking_now_[i];
    if (!manchester_) feed(i);
    if (manchester_) {  // the cell it sends from now until its next edge
        auto &sent = sent_[i];
        sent[2] = sent[1];
        sent[1] = sent[0];
        sent[0] = Cell{now_, talking_now_[i] != 0, signal_now_[i]};
    }
    after_settle(i, logic_edge);
    if (capturing_)
        capture_edge(i, static_cast<double>(now_) * static_cast<double>(clock_period_ps()) / 1000 / kNominal);
    rise(m);
    if (bench) m.cycle_complete();
    after_rise(i, static_cast<uint64_t>(static_cast<double>(now_) * static_cast<double>(clock_period_ps()) / kNominal));
}

// The medium as the stations' last settled outputs make it.
// Whether station j talks now; a frame's loss is decided once, when its sender starts it (by
// whichever of survey() and feed() sees the start first).
bool World::track_burst(size_t j) {
    const bool on = talking_now_[j] != 0;
    if (on && !was_talking_[j]) {
        const double loss = frame_loss_[static_cast<size_t>(segment_of_[j])];
        lost_[j] = loss > 0 && uniform() < loss;
        frames_lost_ += lost_[j];
    }
    was_talking_[j] = on;
    return on;
}

World::Medium_now World::survey(size_t segment) {
    Medium_now m;
    for (size_t j : members_[segment]) {
        const bool on = track_burst(j);
        if (on && !lost_[j]) {
            ++m.talking;
            m.combined ^= signal_now_[j];
        }
    }
    return m;
}

// Station i hears the others (the medium less its own signal), with bit errors applied.
void World::hear(size_t i, const Medium_now &medium) {
    const bool self = talking_now_[i] && !lost_[i];
    const uint64_t others = others_talking(i, medium.talking);
    heard_active_[i] = others > 0 ? cell_mask_ : 0;
    heard_signal_[i] = others > 0 ? medium.combined ^ (self ? signal_now_[i] : 0) : 0;
    impair(i);
}

// Free-running clocks on the Manchester line: station i's deserialiser took its samples over the
// bit time that ends at this edge, at its own sampling instants; each is whatever the other
// stations' serialisers were putting out at that instant (XOR where several were), from the cells
// they sent at their own edges and rates.
void World::resample(size_t i) {
    const int64_t period = period_[i];
    const int n = impairments_.samples_per_bit;
    const size_t segment = static_cast<size_t>(segment_of_[i]);
    uint64_t active = 0, signal = 0;
    for (int k = 0; k < n; ++k) {
        const int64_t at = now_ - period + k * period / n;
        for (size_t j : members_[segment]) {
            if (j == i || lost_[j]) continue;
            for (const Cell &c : sent_[j]) {
                if (c.start > at) continue;
                if (c.active && at < c.start + period_[j]) {
                    active |= uint64_t{1} << k;
                    signal ^= (c.signal >> ((at - c.start) * n / period_[j]) & 1) << k;
                }
                break;  // the latest cell begun by then
            }
        }
    }
    heard_active_[i] = active;
    heard_signal_[i] = signal;
    impair(i);
}

void World::feed(size_t sender) {
    if (!track_burst(sender) || lost_[sender]) return;
    const size_t segment = static_cast<size_t>(segment_of_[sender]);
    uint64_t talking = 0;
    for (size_t k : members_[segment]) talking += talking_now_[k] && !lost_[k];
    for (size_t i : members_[segment]) {
        if (i == sender) continue;
        Elastic &e = elastic_[i];
        // A collision, to its end: recover() hears it as it is.
        if (others_talking(i, talking) != 1 || e.collided) continue;
        e.bytes.push_back(static_cast<uint8_t>(signal_now_[sender]));
        if (e.bytes.size() > kElasticDepth) {
            e.bytes.pop_front();
            ++elastic_slips_;
        }
    }
}

void World::recover(size_t i, const Medium_now &medium) {
    Elastic &e = elastic_[i];
    const uint64_t others = others_talking(i, medium.talking);
    // No clock to recover from a collision's garbage: heard as it is, and so is the rest of the
    // burst once one talker is left (its jam), so the carrier does not drop while it refills.
    if (others >= 2 || (e.collided && others > 0)) {
        e.collided = true;
        e.bytes.clear();
        e.delivering = false;
        hear(i, medium);
        return;
    }
    e.collided = false;
    if (!e.delivering && (e.bytes.size() >= kElasticPreload || (!e.bytes.empty() && others == 0))) e.delivering = true;
    if (e.delivering && !e.bytes.empty()) {
        heard_active_[i] = 1;
        heard_signal_[i] = e.bytes.front();
        e.bytes.pop_front();
    } else if (e.delivering && others == 1) {  // run dry while the sender still talks
        heard_active_[i] = 1;
        heard_signal_[i] = 0;
        ++elastic_slips_;
    } else {
        e.delivering = false;
        heard_active_[i] = 0;
        heard_signal_[i] = 0;
    }
    impair(i);
}

}  // namespace jnic
