// The CRC-32 cores behind the C ABI: one Verilated model per data width, one wrapper template.
#include "jnic_sim.h"

#include <cstring>
#include <memory>

#include "VCrc32W16.h"
#include "VCrc32W32.h"
#include "VCrc32W64.h"
#include "VCrc32W8.h"
#include "verilated.h"

struct jnic_crc_core {
    virtual ~jnic_crc_core() = default;
    virtual void reset() = 0;
    virtual void cycle(bool clear, bool valid, uint64_t data, uint32_t byte_enable) = 0;
    virtual uint32_t frame(const uint8_t *data, size_t length) = 0;
    virtual uint32_t crc() const = 0;
    virtual bool residue_ok() const = 0;
    virtual bool enable_error() const = 0;
    virtual int latency() const = 0;
    uint64_t cycles = 0;
};

namespace {

// Latency: cycles from a word's clock edge until crc includes it, as hdl-gen's Crc32.latency gives
// it (1 at 8 bits; one more per step of the partial-word pipeline: 2, 3, 4 at 16, 32, 64 bits).
template <class Model, unsigned Lanes, int Latency>
class CrcCore final : public jnic_crc_core {
  public:
    CrcCore() : context_(std::make_unique<VerilatedContext>()), model_(std::make_unique<Model>(context_.get(), "crc")) {
        reset();
    }

    void reset() override {
        model_->reset = 1;
        cycle(false, false, 0, 0);
        cycle(false, false, 0, 0);
        model_->reset = 0;
    }

    void cycle(bool clear, bool valid, uint64_t data, uint32_t byte_enable) override {
        model_->clear = clear;
        model_->valid = valid;
        model_->data = data;  // narrowed to the port's width by the model's type
        model_->byteEnable = byte_enable & kAllLanes;
        model_->clk = 0;
        model_->eval();
        model_->clk = 1;
        model_->eval();
        ++cycles;
    }

    // The whole frame loop lives here so the compiler sees the model's eval() inline.
    uint32_t frame(const uint8_t *data, size_t length) override {
        cycle(true, false, 0, 0);  // the clear presets the register; the frame's first word follows
        while (length >= Lanes) {
            uint64_t word = 0;
            std::memcpy(&word, data, Lanes);  // little-endian host: byte 0 lands in lane 0
            cycle(false, true, word, kAllLanes);
            data += Lanes;
            length -= Lanes;
        }
        if (length > 0) {
            uint64_t word = 0;
            std::memcpy(&word, data, length);
            cycle(false, true, word, (1u << length) - 1);
        }
        for (int i = 1; i < Latency; ++i) cycle(false, false, 0, 0);
        return crc();
    }

    uint32_t crc() const override { return model_->crc; }
    bool residue_ok() const override { return model_->residueOk; }
    bool enable_error() const override { return model_->enableError; }
    int latency() const override { return Latency; }

  private:
    static constexpr uint32_t kAllLanes = (1u << Lanes) - 1;
    std::unique_ptr<VerilatedContext> context_;
    std::unique_ptr<Model> model_;
};

static_assert(__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__, "frame() packs lanes assuming a little-endian host");

}  // namespace

extern "C" {

const char *jnic_sim_version(void) {
    static const char version[] = "jnic-sim 0.1 (Verilator " VERILATOR_VERSION ")";
    return version;
}

int jnic_sim_nop(int value) { return value; }

jnic_crc_core *jnic_crc_create(int data_width_bits) {
    switch (data_width_bits) {
        case 8: return new CrcCore<VCrc32W8, 1, 1>();
        case 16: return new CrcCore<VCrc32W16, 2, 2>();
        case 32: return new CrcCore<VCrc32W32, 4, 3>();
        case 64: return new CrcCore<VCrc32W64, 8, 4>();
        default: return nullptr;
    }
}

void jnic_crc_destroy(jnic_crc_core *core) { delete core; }
void jnic_crc_reset(jnic_crc_core *core) { core->reset(); }

void jnic_crc_cycle(jnic_crc_core *core, int clear, int valid, uint64_t data, uint32_t byte_enable) {
    core->cycle(clear != 0, valid != 0, data, byte_enable);
}

uint32_t jnic_crc_value(const jnic_crc_core *core) { return core->crc(); }
int jnic_crc_residue_ok(const jnic_crc_core *core) { return core->residue_ok() ? 1 : 0; }
int jnic_crc_enable_error(const jnic_crc_core *core) { return core->enable_error() ? 1 : 0; }
uint64_t jnic_crc_cycles(const jnic_crc_core *core) { return core->cycles; }
int jnic_crc_latency(const jnic_crc_core *core) { return core->latency(); }

uint32_t jnic_crc_frame(jnic_crc_core *core, const uint8_t *data, size_t length) { return core->frame(data, length); }

}  // extern "C"
