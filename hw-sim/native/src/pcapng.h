// A minimal pcapng writer (section header, one Ethernet interface with nanosecond timestamps and
// a 4-byte FCS, enhanced packet blocks with an optional comment), as the pcapng specification
// (IETF draft-ietf-opsawg-pcapng) lays the blocks out. Writing a few fixed blocks needs no library.
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

    // One frame as it crossed the medium (destination address .. FCS), at time_ns.
    void frame(uint64_t time_ns, const std::vector<uint8_t> &bytes, const std::string &comment);

  private:
    void block(uint32_t type, const std::vector<uint8_t> &body);
    std::FILE *file_;
};

}  // namespace jnic

#endif
