// A minimal pcapng writer (section header, one Ethernet interface with nanosecond timestamps and
// a 4-byte FCS, enhanced packet blocks with an optional comment and flags, an interface statistics
// block with a comment at the end), as the pcapng specification (IETF draft-ietf-opsawg-pcapng)
// lays the blocks out. Writing a few fixed blocks needs no library.
#ifndef JNIC_PCAPNG_H
#define JNIC_PCAPNG_H

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

namespace jnic {

class PcapngWriter {
  public:
    // Throws std::runtime_error saying why the file cannot be written.
    explicit PcapngWriter(const std::string &path);
    ~PcapngWriter();
    PcapngWriter(const PcapngWriter &) = delete;
    PcapngWriter &operator=(const PcapngWriter &) = delete;

    // epb_flags: the direction, and link-layer errors (bits 31 to 24: symbol, preamble, SFD,
    // unaligned, gap, too short, too long, CRC).
    static constexpr uint32_t kInbound = 1, kSymbolError = 1u << 31, kUnaligned = 1u << 28, kTooShort = 1u << 26,
                              kTooLong = 1u << 25, kCrcError = 1u << 24;

    // One frame (destination address .. FCS) at time_ns; flags 0 writes none. Notes waiting are
    // put first in its comment.
    void frame(uint64_t time_ns, const std::vector<uint8_t> &bytes, const std::string &comment, uint32_t flags = 0);
    // Something that happened on the line but is no frame (a collision, a fragment): it goes into
    // the next frame's comment, stamped, or if none follows into the interface statistics block
    // that ends the file. Past kNotesKept notes waiting, only their number is kept.
    void note(uint64_t time_ns, const std::string &text);
    static constexpr size_t kNotesKept = 16;

  private:
    void block(uint32_t type, const std::vector<uint8_t> &body);
    std::string take_notes();
    std::FILE *file_;
    std::vector<std::string> notes_;
    size_t notes_dropped_ = 0;
    uint64_t last_ns_ = 0;
};

}  // namespace jnic

#endif
