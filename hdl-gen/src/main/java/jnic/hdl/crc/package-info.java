/**
 * The IEEE 802.3 CRC-32 (clause 3.2.9) as hardware: {@link jnic.hdl.crc.Crc32} for 8 to 64 data
 * bits per clock, with equations derived in Java by {@link jnic.hdl.crc.Crc32Equations} from the
 * polynomial (no typed tables).
 *
 * <p>May depend on: {@code jnic.hdl.core}.
 */
package jnic.hdl.crc;
