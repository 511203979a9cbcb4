#include "pcapng.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <stdexcept>

namespace jnic {

namespace {

void put16(std::vector<uint8_t> &b, uint16_t v) {
    b.push_back(static_cast<uint8_t>(v));
    b.push_back(static_cast<uint8_t>(v >> 8));
}

void put32(std::vector<uint8_t> &b, uint32_t v) {
    put16(b, static_cast<uint16_t>(v));
    put16(b, static_cast<uint16_t>(v >> 16));
}

void pad4(std::vector<uint8_t> &b) {
    while (b.size() % 4 != 0) b.push_back(0);
}

// An option: code, length, value padded to 32 bits.
void option(std::vector<uint8_t> &b, uint16_t code, const void *value, uint16_t length) {
    put16(b, code);
    put16(b, length);
    const uint8_t *v = static_cast<const uint8_t *>(value);
    b.insert(b.end(), v, v + length);
    pad4(b);
}

}  // namespace

PcapngWriter::PcapngWriter(const std::string &path) : file_(std::fopen(path.c_str(), "wb")) {
    if (file_ == nullptr) throw std::runtime_error("cannot write pcapng file " + path + ": " + std::strerror(errno));
    std::vector<uint8_t> shb;
    put32(shb, 0x1A2B3C4D);  // byte-order magic
    put16(shb, 1);           // version 1.0
    put16(shb, 0);
    put32(shb, 0xFFFFFFFF);  // section length: not given
    put32(shb, 0xFFFFFFFF);
    const char app[] = "jnic hw-sim world";
    option(shb, 4, app, sizeof app - 1);  // shb_userappl
    put32(shb, 0);                        // opt_endofopt
    block(0x0A0D0D0A, shb);

    std::vector<uint8_t> idb;
    put16(idb, 1);  // LINKTYPE_ETHERNET
    put16(idb, 0);
    put32(idb, 0);              // snaplen: no limit
    const uint8_t tsresol = 9;  // timestamps in nanoseconds
    option(idb, 9, &tsresol, 1);
    const uint8_t fcslen = 4;  // frames carry their 4-byte FCS
    option(idb, 13, &fcslen, 1);
    put32(idb, 0);
    block(1, idb);
}

PcapngWriter::~PcapngWriter() {
    if (file_ == nullptr) return;
    const std::string notes = take_notes();
    if (!notes.empty()) {
        std::vector<uint8_t> isb;
        put32(isb, 0);  // interface 0
        put32(isb, static_cast<uint32_t>(last_ns_ >> 32));
        put32(isb, static_cast<uint32_t>(last_ns_));
        const std::string text = "after the last frame: " + notes;
        option(isb, 1, text.data(), static_cast<uint16_t>(std::min<size_t>(text.size(), 65535)));  // opt_comment
        put32(isb, 0);
        try {
            block(5, isb);
        } catch (const std::exception &) {
            // a destructor cannot report it; the frames before it are written
        }
    }
    std::fclose(file_);
}

void PcapngWriter::note(uint64_t time_ns, const std::string &text) {
    last_ns_ = std::max(last_ns_, time_ns);
    if (notes_.size() >= kNotesKept) {
        ++notes_dropped_;
        return;
    }
    char at[40];
    std::snprintf(at, sizeof at, "at %.3f us: ", static_cast<double>(time_ns) / 1e3);
    notes_.push_back(at + text);
}

std::string PcapngWriter::take_notes() {
    std::string all;
    for (const std::string &n : notes_) all += (all.empty() ? "" : "; ") + n;
    if (notes_dropped_ != 0) all += "; and " + std::to_string(notes_dropped_) + " more";
    notes_.clear();
    notes_dropped_ = 0;
    return all;
}

void PcapngWriter::frame(uint64_t time_ns, const std::vector<uint8_t> &bytes, const std::string &own_comment,
                         uint32_t flags) {
    last_ns_ = std::max(last_ns_, time_ns);
    const std::string notes = take_notes();
    std::string comment = notes.empty() ? own_comment : "before this frame: " + notes;
    if (!notes.empty() && !own_comment.empty()) comment += "; this frame: " + own_comment;
    if (comment.size() > 65535) comment.resize(65535);
    std::vector<uint8_t> epb;
    put32(epb, 0);  // interface 0
    put32(epb, static_cast<uint32_t>(time_ns >> 32));
    put32(epb, static_cast<uint32_t>(time_ns));
    put32(epb, static_cast<uint32_t>(bytes.size()));  // captured
    put32(epb, static_cast<uint32_t>(bytes.size()));  // on the wire
    epb.insert(epb.end(), bytes.begin(), bytes.end());
    pad4(epb);
    if (!comment.empty() || flags != 0) {
        if (!comment.empty()) option(epb, 1, comment.data(), static_cast<uint16_t>(comment.size()));  // opt_comment
        if (flags != 0) {  // epb_flags, little-endian as every field here
            const uint8_t word[4] = {static_cast<uint8_t>(flags), static_cast<uint8_t>(flags >> 8),
                                     static_cast<uint8_t>(flags >> 16), static_cast<uint8_t>(flags >> 24)};
            option(epb, 2, word, 4);
        }
        put32(epb, 0);
    }
    block(6, epb);
}

void PcapngWriter::block(uint32_t type, const std::vector<uint8_t> &body) {
    std::vector<uint8_t> b;
    uint32_t total = static_cast<uint32_t>(body.size() + 12);
    put32(b, type);
    put32(b, total);
    b.insert(b.end(), body.begin(), body.end());
    put32(b, total);
    if (std::fwrite(b.data(), 1, b.size(), file_) != b.size() || std::fflush(file_) != 0)
        throw std::runtime_error(std::string("writing pcapng failed: ") + std::strerror(errno));
}

}  // namespace jnic
