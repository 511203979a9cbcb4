/**
 * The adapter around the MAC: {@link jnic.hdl.nic.Nic} (start here) with its register file on a
 * host bus ({@link jnic.hdl.nic.NicRegisters}, the one definition of the register map), transmit
 * and receive buffer memory, interrupts, statistics, the MAC-address ROM loader and the self-test.
 *
 * <p>May depend on: {@code jnic.hdl.core}, {@code jnic.hdl.crc}, {@code jnic.hdl.mac},
 * {@code jnic.hdl.phy}.
 */
package jnic.hdl.nic;
