#include "world.h"

#include <cmath>
#include <stdexcept>

namespace jnic {

World::World(const std::string &top, int stations, Medium medium, Impairments impairments)
    : medium_(medium), impairments_(impairments), rng_(impairments.seed) {
    if (!(impairments.bit_error_rate >= 0 && impairments.bit_error_rate < 1))
        throw std::invalid_argument("bit error rate must be in [0, 1), not " + std::to_string(impairments.bit_error_rate));
    if (!(impairments.frame_loss >= 0 && impairments.frame_loss <= 1))
        throw std::invalid_argument("frame loss must be in [0, 1], not " + std::to_string(impairments.frame_loss));
    if (medium == Medium::Cable && stations != 2)
        throw std::invalid_argument("a cable joins exactly 2 stations, not " + std::to_string(stations));
    if (medium == Medium::Hub && stations < 2)
        throw std::invalid_argument("a hub needs at least 2 stations, not " + std::to_string(stations));
    for (int i = 0; i < stations; ++i) {
        std::unique_ptr<Model> m = create_model(top);
        if (!m) throw std::invalid_argument("no top named " + top + " in this library");
        Line line{};
        if (m->port_index("lineOutValid") >= 0) {
            line = {m->port_index("lineOutValid"), m->port_index("lineOutData"), m->port_index("lineInValid"),
                    m->port_index("lineInData")};
        } else {
            line = {m->port_index("lineOutActive"), m->port_index("lineOutLevel"), m->port_index("lineInActive"),
                    m->port_index("lineInLevel")};
            manchester_ = true;
        }
        if (line.out_active < 0 || line.out_signal < 0 || line.in_active < 0 || line.in_signal < 0)
            throw std::invalid_argument("top " + top + " has no line ports (lineOut/lineIn Valid+Data or Active+Level)");
        m->reset(2);
        models_.push_back(std::move(m));
        lines_.push_back(line);
    }
    heard_active_.assign(models_.size(), 0);
    heard_signal_.assign(models_.size(), 0);
    inverting_.assign(models_.size(), 0);
    was_talking_.assign(models_.size(), 0);
    lost_.assign(models_.size(), 0);
    for (size_t i = 0; i < models_.size(); ++i) until_error_.push_back(bits_until_error());
    period_.assign(models_.size(), kNominal);
    talking_now_.assign(models_.size(), 0);
    signal_now_.assign(models_.size(), 0);
    for (size_t i = 0; i < models_.size(); ++i)  // each station's clock at its own phase
        next_edge_.push_back(static_cast<int64_t>(uniform() * kNominal));
}

void World::set_clock_offset(int station, double ppm) {
    if (station < 0 || station >= stations())
        throw std::invalid_argument("no station " + std::to_string(station));
    if (!(ppm > -10000 && ppm < 10000))
        throw std::invalid_argument("clock offset must be within ±10000 ppm, not " + std::to_string(ppm));
    period_[static_cast<size_t>(station)] = kNominal + static_cast<int64_t>(std::llround(ppm * 1000));
    free_running_ = false;
    for (int64_t p : period_) free_running_ |= p != kNominal;
}

double World::uniform() { return static_cast<double>(rng_() >> 11) * 0x1.0p-53; }

// Line bits (or Manchester samples) before the next error: geometric with the error rate.
uint64_t World::bits_until_error() {
    double p = impairments_.bit_error_rate;
    if (p <= 0) return UINT64_MAX;
    double bits = std::floor(std::log1p(-uniform()) / std::log1p(-p));
    uint64_t scale = manchester_ ? static_cast<uint64_t>(impairments_.samples_per_bit) : 1;
    return bits >= 1e18 ? UINT64_MAX : static_cast<uint64_t>(bits) * scale;
}

// Bit errors on what station i hears this cycle (only while it hears a signal).
void World::impair(size_t i) {
    if (!heard_active_[i]) return;
    if (manchester_) {
        if (inverting_[i] > 0) {
            heard_signal_[i] ^= 1;
            --inverting_[i];
        } else if (until_error_[i]-- == 0) {
            inverting_[i] = impairments_.samples_per_bit / 2 - 1;  // a whole half cell: one bit in error
            heard_signal_[i] ^= 1;
            ++bit_errors_;
            until_error_[i] = bits_until_error();
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
        until_error_[i] = bits_until_error();
    }
}

uint64_t World::run(uint64_t cycles) {
    if (!free_running_) {
        for (uint64_t c = 0; c < cycles; ++c) step_lockstep();
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
        m.cycle_inputs();
        m.set(lines_[i].in_active, heard_active_[i]);
        m.set(lines_[i].in_signal, heard_signal_[i]);
    }
    for (size_t i = 0; i < n; ++i) {
        models_[i]->cycle_settle_and_sample();
        // What each station puts on the line this cycle: settled with this cycle's inputs,
        // before the clock edge (after it, combinational outputs would see last cycle's inputs).
        talking_now_[i] = models_[i]->get(lines_[i].out_active) != 0;
        signal_now_[i] = models_[i]->get(lines_[i].out_signal);
    }
    const Medium_now medium = survey();
    if (medium.talking >= 2 && medium_ == Medium::Hub) ++collision_cycles_;
    for (size_t i = 0; i < n; ++i) hear(i, medium);
    if (pcap_)
        for (size_t i = 0; i < n; ++i) capture_edge(i, static_cast<double>(lockstep_cycles_) * (manchester_ ? 12.5 : 80.0));
    for (size_t i = 0; i < n; ++i) models_[i]->cycle_rise();
    ++lockstep_cycles_;
}

void World::capture(const std::string &path) {
    pcap_ = std::make_unique<PcapngWriter>(path);
    bursts_.assign(models_.size(), Burst{});
}

void World::capture_edge(size_t i, double time_ns) {
    Burst &b = bursts_[i];
    if (talking_now_[i]) {
        if (!b.active) b = Burst{true, false, false, time_ns, {}};
        b.line.push_back(signal_now_[i]);
        if (medium_ == Medium::Hub)  // on a full-duplex cable both talking at once is normal
            for (size_t j = 0; j < models_.size(); ++j) b.collided |= j != i && talking_now_[j];
        b.lost |= lost_[i] != 0;
        return;
    }
    if (!b.active) return;
    b.active = false;
    std::vector<uint8_t> frame = frame_of(b.line);
    std::string comment = b.collided ? "collision" : "";
    if (frame.empty()) {
        // Cut before its SFD (a collision in the preamble, a jam): shown as it was on the line.
        frame = line_bytes(b.line);
        comment = (b.collided ? "collision fragment" : "fragment") + std::string(" (no SFD)");
    }
    if (b.lost) comment += comment.empty() ? "lost on the medium" : ", lost on the medium";
    pcap_->frame(static_cast<uint64_t>(b.start_ns), frame, comment);
    ++frames_captured_;
}

// The frame in a burst as its sender put it on the line: the bytes after the preamble and SFD.
std::vector<uint8_t> World::frame_of(const std::vector<uint64_t> &line) const {
    std::vector<uint8_t> bytes = line_bytes(line);
    size_t k = 0;
    while (k < bytes.size() && bytes[k] == 0x55) ++k;
    if (k == bytes.size() || bytes[k] != 0xD5) return {};
    return std::vector<uint8_t>(bytes.begin() + static_cast<std::ptrdiff_t>(k) + 1, bytes.end());
}

// The whole bytes of a burst, preamble included.
std::vector<uint8_t> World::line_bytes(const std::vector<uint64_t> &line) const {
    std::vector<uint8_t> bytes;
    if (manchester_) {
        // The sender's own samples, one cell per bit from the burst's first sample; the bit is
        // the level of the cell's second half (clause 7.3.1.1). Trailing end-of-frame cells
        // make no whole byte.
        const size_t spb = static_cast<size_t>(impairments_.samples_per_bit);
        uint8_t byte = 0;
        for (size_t bit = 0; (bit + 1) * spb <= line.size(); ++bit) {
            byte = static_cast<uint8_t>(byte | ((line[bit * spb + spb * 3 / 4] & 1) << (bit % 8)));
            if (bit % 8 == 7) {
                bytes.push_back(byte);
                byte = 0;
            }
        }
    } else {
        for (uint64_t v : line) bytes.push_back(static_cast<uint8_t>(v));
    }
    return bytes;
}

// One station's clock edge, the others holding what they last put on the line.
void World::step_station(size_t i) {
    Model &m = *models_[i];
    const Medium_now medium = survey();
    if (medium.talking >= 2 && medium_ == Medium::Hub && i == 0) ++collision_cycles_;  // on station 0's clock
    hear(i, medium);
    m.cycle_inputs();
    m.set(lines_[i].in_active, heard_active_[i]);
    m.set(lines_[i].in_signal, heard_signal_[i]);
    m.cycle_settle_and_sample();
    talking_now_[i] = m.get(lines_[i].out_active) != 0;
    signal_now_[i] = m.get(lines_[i].out_signal);
    if (pcap_) capture_edge(i, static_cast<double>(now_) * (manchester_ ? 12.5 : 80.0) / kNominal);
    m.cycle_rise();
}

// The medium as the stations' last settled outputs make it; a frame's loss is decided once,
// when its sender starts it.
World::Medium_now World::survey() {
    Medium_now m;
    for (size_t j = 0; j < models_.size(); ++j) {
        bool on = talking_now_[j] != 0;
        if (on && !was_talking_[j] && impairments_.frame_loss > 0) {
            lost_[j] = uniform() < impairments_.frame_loss;
            frames_lost_ += lost_[j];
        }
        was_talking_[j] = on;
        if (on && !lost_[j]) {
            ++m.talking;
            m.combined ^= signal_now_[j];
        }
    }
    return m;
}

// Station i hears the others (the medium less its own signal), with bit errors applied.
void World::hear(size_t i, const Medium_now &medium) {
    bool self = talking_now_[i] && !lost_[i];
    uint64_t others = medium.talking - (self ? 1 : 0);
    heard_active_[i] = others > 0;
    heard_signal_[i] = others > 0 ? medium.combined ^ (self ? signal_now_[i] : 0) : 0;
    impair(i);
}

}  // namespace jnic
