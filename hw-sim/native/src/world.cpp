#include "world.h"

#include <stdexcept>

namespace jnic {

World::World(const std::string &top, int stations, Medium medium) : medium_(medium) {
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
        }
        if (line.out_active < 0 || line.out_signal < 0 || line.in_active < 0 || line.in_signal < 0)
            throw std::invalid_argument("top " + top + " has no line ports (lineOut/lineIn Valid+Data or Active+Level)");
        m->reset(2);
        models_.push_back(std::move(m));
        lines_.push_back(line);
    }
    heard_active_.assign(models_.size(), 0);
    heard_signal_.assign(models_.size(), 0);
}

uint64_t World::run(uint64_t cycles) {
    const size_t n = models_.size();
    for (uint64_t c = 0; c < cycles; ++c) {
        for (size_t i = 0; i < n; ++i) {
            Model &m = *models_[i];
            m.cycle_inputs();
            m.set(lines_[i].in_active, heard_active_[i]);
            m.set(lines_[i].in_signal, heard_signal_[i]);
        }
        for (size_t i = 0; i < n; ++i) models_[i]->cycle_settle_and_sample();
        // What each station will hear next cycle: the others' signals as they are on the line
        // during this cycle (settled with this cycle's inputs, before the clock edge; read after
        // it, combinational outputs would still see last cycle's inputs).
        uint64_t talking = 0, combined = 0;
        for (size_t i = 0; i < n; ++i) {
            if (models_[i]->get(lines_[i].out_active) != 0) {
                ++talking;
                combined ^= models_[i]->get(lines_[i].out_signal);
            }
        }
        if (talking >= 2 && medium_ == Medium::Hub) ++collision_cycles_;  // a cable is full duplex
        for (size_t i = 0; i < n; ++i) {
            bool self = models_[i]->get(lines_[i].out_active) != 0;
            uint64_t others = talking - (self ? 1 : 0);
            heard_active_[i] = others > 0;
            heard_signal_[i] = others > 0 ? combined ^ (self ? models_[i]->get(lines_[i].out_signal) : 0) : 0;
        }
        for (size_t i = 0; i < n; ++i) models_[i]->cycle_rise();
    }
    return cycles;
}

}  // namespace jnic
