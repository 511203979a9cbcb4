// A Verilated top behind a generic interface: ports by name, and a bulk run loop with per-cycle
// port drivers and recorders and valid/ready stream sources and sinks, so a testbench in Java
// describes a whole test in a few calls instead of stepping cycles across the native boundary.
#ifndef JNIC_MODEL_H
#define JNIC_MODEL_H

#include <cstdint>
#include <deque>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include "verilated.h"
#include "verilated_vcd_c.h"

namespace jnic {

struct Port {
    std::string name;
    bool input;
    int width;
    void *storage;
    int bytes;  // 1, 2, 4 or 8: Verilator's CData, SData, IData, QData

    uint64_t read() const {
        switch (bytes) {
            case 1: return *static_cast<uint8_t *>(storage);
            case 2: return *static_cast<uint16_t *>(storage);
            case 4: return *static_cast<uint32_t *>(storage);
            default: return *static_cast<uint64_t *>(storage);
        }
    }

    void write(uint64_t value) const {
        if (width < 64) value &= (uint64_t{1} << width) - 1;
        switch (bytes) {
            case 1: *static_cast<uint8_t *>(storage) = static_cast<uint8_t>(value); break;
            case 2: *static_cast<uint16_t *>(storage) = static_cast<uint16_t>(value); break;
            case 4: *static_cast<uint32_t *>(storage) = static_cast<uint32_t>(value); break;
            default: *static_cast<uint64_t *>(storage) = value; break;
        }
    }
};

// Drives one input port with a value per cycle; holds the last value when the list runs out.
struct Driver {
    int port;
    std::vector<uint64_t> values;
    size_t next = 0;
};

// Records one port's value every cycle, sampled before the clock edge.
struct Recorder {
    int port;
    std::vector<uint64_t> values;
};

// A valid/ready stream of {data, last} items into the model (ports <name>Valid, <name>Ready,
// <name>Data and optionally <name>Last). valid is withheld on cycles where the gap pattern says
// so, which is how tests create bubbles (and, mid-frame, underflow). If the model has the
// outputs <name>Rewind / <name>Discard (a MAC retrying after a collision), the source replays
// the current packet from its first item, or drops the rest of it, like a buffer reader would.
struct Source {
    int valid, ready, data, last;  // last may be -1
    int rewind = -1, discard = -1;
    std::deque<std::pair<uint64_t, bool>> items;
    std::vector<std::pair<uint64_t, bool>> taken;  // items of the current packet handed over
    std::vector<uint8_t> gaps;                     // per cycle: 1 = withhold valid; repeats
    size_t cycle = 0;
    bool offering = false;
};

// A valid/ready stream out of the model; ready follows a pattern (repeating), every transfer
// is recorded with its last flag and the cycle it happened on.
struct Sink {
    int valid, ready, data, last;
    std::vector<uint8_t> readyPattern;  // empty = always ready
    size_t cycle = 0;
    std::vector<uint64_t> data_out;
    std::vector<uint8_t> last_out;
    std::vector<uint64_t> cycle_out;
    uint64_t packets = 0;
    // Ports sampled once per packet, on its last transfer (a frame's verdicts), in step.
    std::vector<int> status_ports;
    std::vector<std::vector<uint64_t>> status_out;
};

class Model {
  public:
    explicit Model(std::string top) : top_(std::move(top)) {}
    virtual ~Model() = default;

    const std::string &top() const { return top_; }
    const std::vector<Port> &ports() const { return ports_; }
    uint64_t cycles() const { return cycles_; }

    int port_index(const std::string &name) const {
        for (size_t i = 0; i < ports_.size(); ++i)
            if (ports_[i].name == name) return static_cast<int>(i);
        return -1;
    }

    template <class T>
    void add_port(const char *name, bool input, int width, T *storage) {
        ports_.push_back(Port{name, input, width, storage, static_cast<int>(sizeof(T))});
    }

    void finish_ports() {
        clk_ = port_index("clk");
        reset_ = port_index("reset");
        if (clk_ < 0) throw std::runtime_error("top " + top_ + " has no clk port");
        clk_storage_ = direct<uint8_t>("clk");
        if (port_index("miiClk") >= 0) mii_storage_ = direct<uint8_t>("miiClk");
    }

    // The phy build's tops have a second clock, the MII's (miiClk): one nibble time, kMiiDivider
    // clocks of clk (its bit clock), from the same time base. The model drives it itself: high for
    // the first half of each period, so its rising edges fall on rising edges of clk, at
    // cycles() = 0, 4, 8... Both pins change before one evaluation, so edges that coincide act as
    // one synchronous edge.
    static constexpr uint64_t kMiiDivider = 4;
    bool has_mii_clock() const { return mii_storage_ != nullptr; }
    // Whether the next rise() is also a rising edge of the clock the top's logic runs on (always, for
    // a top with one clock): what a testbench or a host bus may hand over or take at that edge.
    bool logic_edge_next() const { return mii_storage_ == nullptr || cycles_ % kMiiDivider == 0; }

    void set(int port, uint64_t value) { ports_.at(port).write(value); }
    uint64_t get(int port) const { return ports_.at(port).read(); }

    // Holds reset high for `cycles` rising edges of clk (at least one period of the MII clock, if any).
    void reset(int cycles);
    // Runs until max_cycles have passed or, if stop_sink >= 0, that sink has seen stop_packets
    // packets (transfers with last). Returns the cycles run.
    uint64_t run(uint64_t max_cycles, int stop_sink, uint64_t stop_packets);

    // One cycle of run() in phases, so a world can step many models in lockstep and set their
    // line inputs between phases: apply this cycle's testbench inputs; settle (clock low); sample
    // (what the registers will see at the edge); rise (the clock edge); complete stream transfers.
    // A world skips the testbench phases of a model that has none (has_testbench()). Drivers and
    // recorders act on every clk cycle; streams, which belong to the top's logic, only on the
    // cycles whose edge is one of its clock (logic_edge_next()).
    void cycle_inputs();
    void settle() {
        *clk_storage_ = 0;
        eval();
    }
    void cycle_sample();
    // The edge, with or without a settle before it: Verilator detects a rising edge against the clock
    // value of the last evaluation, so with the settle skipped that record is set low here (it is
    // low already after a settle).
    void rise() {
        if (clk_previous_ != nullptr) *clk_previous_ = 0;
        *clk_storage_ = 1;
        if (mii_storage_ != nullptr) *mii_storage_ = cycles_ % kMiiDivider < kMiiDivider / 2;
        if (edge_ != nullptr)
            edge_(verilated_);
        else
            eval();
        ++cycles_;
    }
    void cycle_complete();
    // Whether a clock may be run as rise() alone, without settle(): no output follows an input within
    // the clock (the port table finds that in the Verilated model and arms the edges), so the outputs
    // after an edge are those a settle with the next clock's inputs would show. Streams, drivers and
    // recorders act between the two halves, so a model with a testbench still settles.
    bool settle_needless() const { return clk_previous_ != nullptr && !has_testbench(); }
    // The direct edge the port table generates for a model whose evaluation it knows (gen_ports.py):
    // what eval() runs for such an edge, without its loops. Called with the Verilated object.
    using DirectEdge = void (*)(void *verilated);
    void arm_edges_with(uint8_t *clk_previous, DirectEdge edge, void *verilated) {
        clk_previous_ = clk_previous;
        edge_ = direct_edge_ = edge;
        verilated_ = verilated;
    }
    // Whether rise() takes the direct edge, if the model has one (on by default); off, it calls
    // eval(), Verilator's own loop, which tests compare it with.
    void use_direct_edge(bool on) { edge_ = on ? direct_edge_ : nullptr; }
    bool takes_direct_edge() const { return edge_ != nullptr; }
    bool has_direct_edge() const { return direct_edge_ != nullptr; }
    // For tests: rise() twice from the same state, through the direct edge and through eval();
    // whether both leave the model's whole state (Model::state) byte for byte the same. The model
    // goes on from eval()'s. True, after a plain rise(), for a model without a direct edge.
    bool rise_compared();
    bool has_testbench() const { return !drivers.empty() || !recorders.empty() || !sources.empty() || !sinks.empty(); }

    // The model's whole state (every register, memory and port, as Verilator keeps them), for a
    // world to see that a clock changed nothing; and clocks to count as run without running them
    // (a world skipping a stretch in which the state provably stands still).
    virtual const void *state() const = 0;
    virtual size_t state_bytes() const = 0;
    void count_skipped(uint64_t clocks) { cycles_ += clocks; }

    // A port's storage as the Verilated type T, for loops that set and read ports directly; throws
    // std::invalid_argument if the port is missing or of another size.
    template <class T>
    T *direct(const std::string &name) const {
        const int p = port_index(name);
        if (p < 0) throw std::invalid_argument("top " + top_ + " has no port " + name);
        if (ports_[static_cast<size_t>(p)].bytes != static_cast<int>(sizeof(T)))
            throw std::invalid_argument("port " + name + " of " + top_ + " is not " + std::to_string(sizeof(T)) +
                                        " bytes wide in the model");
        return static_cast<T *>(ports_[static_cast<size_t>(p)].storage);
    }

    // VCD of every signal (hierarchical names as in the Java source), dumped when the owner says
    // so, stamped in picoseconds. Throws std::runtime_error if the file cannot be opened.
    virtual void trace_open(const std::string &path) = 0;
    virtual void trace_dump(uint64_t time_ps) = 0;
    virtual void trace_close() = 0;
    virtual bool tracing() const = 0;
    virtual bool traceable() const = 0;

    std::vector<Driver> drivers;
    std::vector<Recorder> recorders;
    std::vector<Source> sources;
    std::vector<Sink> sinks;

  protected:
    virtual void eval() = 0;

  private:
    std::vector<uint8_t> source_fires_, source_rewinds_, source_discards_, sink_ready_;
    std::string top_;
    std::vector<Port> ports_;
    int clk_ = -1, reset_ = -1;
    uint8_t *clk_storage_ = nullptr, *mii_storage_ = nullptr;
    uint8_t *clk_previous_ = nullptr;  // Verilator's record of clk at the last evaluation, if armed
    DirectEdge edge_ = nullptr;        // rise()'s evaluation, if it has a direct edge and uses it
    DirectEdge direct_edge_ = nullptr;
    void *verilated_ = nullptr;
    bool streams_step_ = true;  // this cycle's edge is one of the logic clock's (set by cycle_inputs)
    uint64_t cycles_ = 0;
};

// A Verilated class behind Model. Traceable: the class was built with tracing compiled in
// (V<top>Traced), so trace_open can write a VCD; the default build has none and is faster.
template <class V, bool Traceable>
class ModelOf final : public Model {
  public:
    explicit ModelOf(const std::string &top)
        : Model(top),
          context_(std::make_unique<VerilatedContext>()),
          model_(std::make_unique<V>(context_.get(), top.c_str())) {}
    ~ModelOf() override { trace_close(); }
    V *verilated() { return model_.get(); }

    void trace_open(const std::string &path) override {
        if constexpr (Traceable) {
            trace_close();
            context_->traceEverOn(true);
            vcd_ = std::make_unique<VerilatedVcdC>();
            model_->trace(vcd_.get(), 99);
            vcd_->set_time_unit("1ps");
            vcd_->set_time_resolution("1ps");
            vcd_->open(path.c_str());
            if (!vcd_->isOpen()) {
                vcd_.reset();
                throw std::runtime_error("cannot write VCD file " + path);
            }
        } else {
            throw std::runtime_error("this " + top() + " was built without tracing (ask for a traceable one)");
        }
    }
    void trace_dump(uint64_t time_ps) override {
        if (vcd_) vcd_->dump(time_ps);
    }
    void trace_close() override {
        if (vcd_) vcd_->close();
        vcd_.reset();
    }
    bool tracing() const override { return vcd_ != nullptr; }
    bool traceable() const override { return Traceable; }
    const void *state() const override { return model_->rootp; }
    size_t state_bytes() const override { return sizeof(*model_->rootp); }

  protected:
    void eval() override { model_->eval(); }

  private:
    std::unique_ptr<VerilatedContext> context_;
    std::unique_ptr<V> model_;
    std::unique_ptr<VerilatedVcdC> vcd_;
};

// A model of the top, or null if the library has no such top (or, traceable, no traced build of it).
std::unique_ptr<Model> create_model(const std::string &top, bool traceable = false);
// Whether the library holds a build of the top with tracing compiled in.
bool has_traceable_build(const std::string &top);
extern const char *const kTops[];

}  // namespace jnic

#endif
