#include "capture.h"

#include <zlib.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace jnic {

LineBytes decode_line(const std::vector<uint64_t> &samples, int samples_per_bit) {
    LineBytes out;
    if (samples_per_bit <= 0) {
        for (uint64_t v : samples) out.bytes.push_back(static_cast<uint8_t>(v));
        return out;
    }
    const double spb = samples_per_bit, slack = samples_per_bit / 4;
    auto level = [&](size_t k) { return samples[k] & 1; };
    // The burst opens with the preamble, whose alternating bits put a transition in the middle of
    // every cell and none between cells: the first transition is the first cell's middle.
    size_t first = 1;
    while (first < samples.size() && level(first) == level(first - 1)) ++first;
    if (first >= samples.size()) return out;  // no transition at all: no cell to read
    std::vector<uint8_t> bits, missing;
    // Where the next middle is expected, kept as a fraction of a sample. Each transition found near
    // it (within a quarter cell; those between cells come half a cell away) pulls it half way, so
    // one transition moved by a bit error cannot drag the decoder onto the cell boundaries.
    double expected = static_cast<double>(first);
    bool found = true;  // the first middle, by definition
    size_t at = first;
    for (;;) {
        bits.push_back(static_cast<uint8_t>(level(at)));
        missing.push_back(!found);
        expected += spb;
        const auto low = static_cast<size_t>(std::ceil(expected - slack));
        const auto high = static_cast<size_t>(std::floor(expected + slack));
        if (high >= samples.size()) break;
        found = false;
        double best = slack + 1;
        for (size_t k = std::max<size_t>(low, 1); k <= high; ++k) {
            const double distance = std::fabs(static_cast<double>(k) - expected);
            if (level(k) != level(k - 1) && distance < best) {
                best = distance;
                at = k;
                found = true;
            }
        }
        if (found)
            expected += (static_cast<double>(at) - expected) / 2;
        else
            at = static_cast<size_t>(std::lround(expected));  // the bit is the level where the middle should be
    }
    for (size_t byte = 0; (byte + 1) * 8 <= bits.size(); ++byte) {
        uint8_t value = 0;
        for (size_t b = 0; b < 8; ++b) {
            value = static_cast<uint8_t>(value | bits[byte * 8 + b] << b);  // LSB first
            out.symbol_errors += missing[byte * 8 + b];
        }
        out.bytes.push_back(value);
    }
    return out;
}

std::vector<uint8_t> frame_after_sfd(const std::vector<uint8_t> &bytes) {
    // The SFD is the 8th byte of a whole burst, and a bit error in the preamble before it changes
    // nothing; failing that (a damaged SFD), the first 0xD5 of the first 8 bytes.
    auto from = [&](size_t k) {
        return std::vector<uint8_t>(bytes.begin() + static_cast<std::ptrdiff_t>(k) + 1, bytes.end());
    };
    if (bytes.size() > 7 && bytes[7] == 0xD5) return from(7);
    for (size_t k = 0; k < bytes.size() && k < 8; ++k)
        if (bytes[k] == 0xD5) return from(k);
    return {};
}

bool fcs_good(const std::vector<uint8_t> &frame) {
    if (frame.size() < 4) return false;
    const size_t n = frame.size() - 4;
    const uLong crc = crc32(crc32(0L, Z_NULL, 0), frame.data(), static_cast<uInt>(n));
    const uLong carried = static_cast<uLong>(frame[n]) | static_cast<uLong>(frame[n + 1]) << 8 |
                          static_cast<uLong>(frame[n + 2]) << 16 | static_cast<uLong>(frame[n + 3]) << 24;
    return crc == carried;
}

ReceiveCapture::ReceiveCapture(const std::string &path, int samples_per_bit)
    : pcap_(path), samples_per_bit_(samples_per_bit) {}

void ReceiveCapture::start(double time_ns) {
    active_ = true;
    collided_ = false;
    start_ns_ = time_ns;
    line_.clear();
}

void ReceiveCapture::edge(bool active, uint64_t signal, bool collided, double time_ns) {
    if (active) {
        if (!active_) start(time_ns);
        line_.push_back(signal);
        collided_ |= collided;
    } else if (active_) {
        finish_line();
    }
}

void ReceiveCapture::mii_edge(bool rx_dv, uint8_t rxd, bool rx_er, bool collided, double time_ns) {
    if (rx_dv) {
        if (!active_) start(time_ns);
        line_.push_back((rxd & 0xFu) | (rx_er ? 0x10u : 0u));
        collided_ |= collided;
    } else if (active_) {
        finish_mii();
    }
}

void ReceiveCapture::finish_line() {
    active_ = false;
    const LineBytes decoded = decode_line(line_, samples_per_bit_);
    write(frame_after_sfd(decoded.bytes), decoded.bytes.size(), decoded.symbol_errors, false);
}

void ReceiveCapture::finish_mii() {
    active_ = false;
    // As the reconciliation sublayer does: nibbles up to the SFD's second one (0xD) are preamble.
    size_t k = 0;
    while (k < line_.size() && (line_[k] & 0xF) != 0xD) ++k;
    std::vector<uint8_t> frame;
    uint64_t errors = 0;
    for (size_t n = k + 1; n + 1 < line_.size(); n += 2) {
        frame.push_back(static_cast<uint8_t>((line_[n] & 0xF) | (line_[n + 1] & 0xF) << 4));
        errors += (line_[n] >> 4 & 1) + (line_[n + 1] >> 4 & 1);
    }
    const bool found = k < line_.size();
    const bool unaligned = found && (line_.size() - k - 1) % 2 != 0;
    write(frame, line_.size() / 2, errors, unaligned);
}

void ReceiveCapture::write(const std::vector<uint8_t> &frame, size_t bytes_in_burst, uint64_t symbol_errors,
                           bool unaligned) {
    const uint64_t at = static_cast<uint64_t>(start_ns_);
    char what[160];
    if (collided_) {
        std::snprintf(what, sizeof what, "collision: %zu bytes heard from more than one station at once",
                      bytes_in_burst);
        pcap_.note(at, what);
        return;
    }
    if (frame.size() < kShortestFrame) {
        std::snprintf(what, sizeof what, "%zu bytes of signal and no frame in them (%s)", bytes_in_burst,
                      frame.empty() ? "no SFD" : "a runt");
        pcap_.note(at, what);
        return;
    }
    uint32_t flags = PcapngWriter::kInbound;
    std::string comment;
    if (!fcs_good(frame)) {
        flags |= PcapngWriter::kCrcError;
        comment = "FCS error";
    }
    if (symbol_errors != 0) {
        flags |= PcapngWriter::kSymbolError;
        comment += (comment.empty() ? "" : ", ") + std::to_string(symbol_errors) + " symbol errors";
    }
    if (unaligned) {
        flags |= PcapngWriter::kUnaligned;
        comment += (comment.empty() ? "" : ", ") + std::string("an odd number of nibbles");
    }
    if (frame.size() < 64) flags |= PcapngWriter::kTooShort;
    if (frame.size() > 1518) flags |= PcapngWriter::kTooLong;
    pcap_.frame(at, frame, comment, flags);
    ++frames_;
}

}  // namespace jnic
