/**
 * The MAC (IEEE 802.3 clause 4): transmit ({@link jnic.hdl.mac.MacTx}: preamble, SFD, padding, FCS,
 * inter-frame gap), half-duplex CSMA/CD ({@link jnic.hdl.mac.CsmaCd}), the receive stages (bit or
 * byte framer, {@link jnic.hdl.mac.RxChecker}'s FCS and length verdicts,
 * {@link jnic.hdl.mac.AddressFilter}), joined into {@link jnic.hdl.mac.Mac}, where to start.
 *
 * <p>May depend on: {@code jnic.hdl.core}, {@code jnic.hdl.crc}, {@code jnic.hdl.phy}.
 */
package jnic.hdl.mac;
