package jnic.hdl.nic;

import jnic.hdl.mac.MacTx;

/**
 * The host-bus address map of the NIC: byte addresses of 32-bit registers and windows, and the
 * bits within them. This is the one definition of the driver's contract, with the counter order
 * of {@link Statistics.Counter}; everything else is made from it or checked against it:
 * <ul>
 *   <li>{@code make verilog} writes it as a C header, {@code verilog-out/jnic_nic_registers.h}
 *       ({@link RegisterHeader}), which the C++ in hw-sim/native includes;</li>
 *   <li>{@code make verilog} writes it as software's Java class, hw-sim's
 *       {@code jnic.sim.nic.NicRegisterMap} ({@link RegisterClass});</li>
 *   <li>docs/registers.md describes it, and NicRegistersDocumentationTest checks its tables.</li>
 * </ul>
 * Register offsets are bytes; {@code CONTROL_*}, {@code STATUS_*}, {@code INT_*} (but
 * {@code INT_BITS}) and {@code DESCRIPTOR_*} (but the mask) are bit numbers in their register.
 */
public final class NicRegisters {
    private NicRegisters() {}

    /** Bus address bits: bits 17..16 pick the region, 15..0 the byte within it. */
    public static final int ADDRESS_BITS = 18;

    public static final int REGION_REGISTERS = 0;
    public static final int REGION_TX_BUFFER = 1;
    public static final int REGION_RX_BUFFER = 2;

    /** Reads "JNIC". */
    public static final int ID = 0x000;

    public static final int ID_VALUE = 0x4A4E4943;
    public static final int CONFIG = 0x004;
    public static final int CONTROL = 0x008;
    public static final int STATUS = 0x00C;
    public static final int INT_STATUS = 0x010;
    public static final int INT_MASK = 0x014;
    public static final int MAC_LOW = 0x018;
    public static final int MAC_HIGH = 0x01C;
    public static final int ROM_MAC_LOW = 0x020;
    public static final int ROM_MAC_HIGH = 0x024;
    public static final int HASH_LOW = 0x028;
    public static final int HASH_HIGH = 0x02C;
    public static final int MAX_LENGTH = 0x030;
    public static final int TX_COMMAND = 0x034;
    public static final int TX_RING = 0x038;
    public static final int RX_RING = 0x03C;
    public static final int STATS_CLEAR = 0x040;
    /** Interrupt moderation: clocks the interrupt line stays low after an acknowledgement (15..0). */
    public static final int INT_HOLDOFF = 0x044;
    /** Statistics counter i (Statistics.Counter order) at STATS + 4i. */
    public static final int STATS = 0x100;
    /** Receive descriptor of slot i at RX_DESCRIPTORS + 4i. */
    public static final int RX_DESCRIPTORS = 0x200;

    // CONTROL bits
    public static final int CONTROL_RESET = 0;
    public static final int CONTROL_TX_ENABLE = 1;
    public static final int CONTROL_RX_ENABLE = 2;
    public static final int CONTROL_HALF_DUPLEX = 3;
    public static final int CONTROL_PROMISCUOUS = 4;
    public static final int CONTROL_LOOPBACK = 5;
    public static final int CONTROL_SELF_TEST = 6;

    // STATUS bits
    public static final int STATUS_SELF_TEST_BUSY = 0;
    public static final int STATUS_SELF_TEST_PASSED = 1;
    public static final int STATUS_MEMORY_FAILED = 2;
    public static final int STATUS_LOOPBACK_FAILED = 3;
    public static final int STATUS_ROM_FAILED = 4;
    public static final int STATUS_ROM_LOADING = 5;
    public static final int STATUS_TX_BUSY = 6;

    // INT_STATUS / INT_MASK bits
    public static final int INT_TX_DONE = 0;
    public static final int INT_RX_READY = 1;
    public static final int INT_RX_OVERFLOW = 2;
    public static final int INT_TX_ERROR = 3;
    public static final int INT_SELF_TEST_DONE = 4;
    public static final int INT_BITS = 5;

    /** MAX_LENGTH after reset: a standard frame without its FCS. */
    public static final int MAX_LENGTH_RESET = 1514;

    /** Descriptor bits: length without FCS in 13..0, then how the frame was addressed. */
    public static final int DESCRIPTOR_LENGTH_MASK = (1 << MacTx.LENGTH_BITS) - 1;

    public static final int DESCRIPTOR_UNICAST = 16;
    public static final int DESCRIPTOR_MULTICAST = 17;
    public static final int DESCRIPTOR_BROADCAST = 18;

    /** Byte address of the transmit (receive) buffer window. */
    public static final int TX_BUFFER = REGION_TX_BUFFER << 16;

    public static final int RX_BUFFER = REGION_RX_BUFFER << 16;
}
