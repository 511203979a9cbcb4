// Reading frames out of line samples, for the world's captures: the line as each sender put its
// frames on it, and what each station's PHY received (bit errors, collisions and all).
#ifndef JNIC_CAPTURE_H
#define JNIC_CAPTURE_H

#include <cstdint>
#include <string>
#include <vector>

#include "pcapng.h"

namespace jnic {

// The bytes in a burst of line samples. On the Manchester line (samples_per_bit > 0) each bit cell
// has a transition in its middle, and the bit is the level after it (IEEE 802.3 clause 7.3.1.1:
// 1 = low to high); the decoder follows those transitions, so it keeps its place whatever the
// sender's clock offset. A cell without its middle transition is a symbol error (its bit is the
// level where the transition should have been). Trailing cells that make no whole byte (the
// end-of-frame delimiter) are left out. On the byte-wide line (samples_per_bit 0) a sample is a byte.
// This is a reference reading of the line, not the adapter's PHY: that one drops lock 1.5 cells
// after the last middle transition (ManchesterDecoder), so where a bit error takes one away it ends
// the frame there and may find another in the rest, while this decoder reads on.
struct LineBytes {
    std::vector<uint8_t> bytes;
    uint64_t symbol_errors = 0;  // in the cells of those bytes
};
LineBytes decode_line(const std::vector<uint64_t> &samples, int samples_per_bit);

// The frame after the preamble (0x55...) and SFD (0xD5, one of the first 8 bytes), FCS included;
// empty if there is no SFD.
std::vector<uint8_t> frame_after_sfd(const std::vector<uint8_t> &bytes);

// Whether the frame's last 4 bytes are the CRC-32 of the rest (IEEE 802.3 3.2.9; zlib's CRC-32).
bool fcs_good(const std::vector<uint8_t> &frame);

// Ethernet header and FCS: anything shorter is no frame a reader could take apart.
constexpr size_t kShortestFrame = 14 + 4;

// What one station received, burst by burst, as a pcapng capture of that station: each frame
// marked inbound, with the pcapng flags for an FCS error, symbol errors, an odd number of nibbles
// (unaligned), too short (< 64 bytes) or too long (> 1518); collisions and bursts with no frame in
// them (no SFD, a runt) as notes on the next frame (or the file's end). Fed one of two ways:
// - mii_edge: the MII's receive side of an adapter with a PHY (its monitor ports), once per MII
//   clock, as the MAC samples it: the frames exactly as the PHY decoded them (clause 22: RX_DV
//   frames them, RXD carries nibbles low first from the SFD's second nibble, RX_ER marks a symbol
//   the PHY could not decode);
// - edge: the line at the station's input, once per clock, read by decode_line (the byte-wide
//   line, or a Manchester station without the monitor).
class ReceiveCapture {
  public:
    // Throws std::runtime_error if the file cannot be written.
    ReceiveCapture(const std::string &path, int samples_per_bit);
    // collided: more than one station was on the line at once.
    void edge(bool active, uint64_t signal, bool collided, double time_ns);
    void mii_edge(bool rx_dv, uint8_t rxd, bool rx_er, bool collided, double time_ns);
    uint64_t frames() const { return frames_; }

  private:
    void start(double time_ns);
    void finish_line();
    void finish_mii();
    void write(const std::vector<uint8_t> &frame, size_t bytes_in_burst, uint64_t symbol_errors, bool unaligned);
    PcapngWriter pcap_;
    int samples_per_bit_;
    bool active_ = false, collided_ = false;
    double start_ns_ = 0;
    std::vector<uint64_t> line_;  // samples, or nibbles with RX_ER in bit 4
    uint64_t frames_ = 0;
};

}  // namespace jnic

#endif
