/**
 * The physical layer of the phy build: Manchester coding (IEEE 802.3 clause 7.3.1.1, the 10 Mb/s
 * line) in {@link jnic.hdl.phy.ManchesterEncoder}, and the decoder with clock recovery from an
 * oversampled line in {@link jnic.hdl.phy.ManchesterDecoder}.
 *
 * <p>May depend on: {@code jnic.hdl.core}.
 */
package jnic.hdl.phy;
