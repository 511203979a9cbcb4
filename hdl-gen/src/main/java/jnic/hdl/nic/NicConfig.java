package jnic.hdl.nic;

import jnic.hdl.core.Hw;

/**
 * The generator parameters of a NIC: how many frame slots each ring of the adapter's buffer
 * memory has, and how big a slot is. Slots are whole frames (a maximum-length frame with its FCS
 * must fit), so the hardware never splits a frame across slots.
 *
 * @param txSlots   transmit ring slots (a power of two, 2 to 64)
 * @param rxSlots   receive ring slots (a power of two, 2 to 64)
 * @param slotBytes bytes per slot (a power of two, 2048 for standard frames)
 */
public record NicConfig(int txSlots, int rxSlots, int slotBytes) {
    /** 4 transmit and 8 receive slots of 2 KiB: 24 KiB of buffer memory, like a 1990s ISA card's. */
    public static final NicConfig STANDARD = new NicConfig(4, 8, 2048);

    /**
     * 2 transmit and 4 receive slots of 2 KiB: 12 KiB, 24 of the iCE40 HX8K's 32 block RAMs of
     * 4 Kbit (the standard 24 KiB needs 48; the receive descriptors take one more).
     */
    public static final NicConfig HX8K = new NicConfig(2, 4, 2048);

    /** Each ring window on the host bus spans 64 KiB, so a ring holds at most that much. */
    public static final int WINDOW_BYTES = 1 << 16;

    public NicConfig {
        Hw.log2(txSlots, "txSlots");
        Hw.log2(rxSlots, "rxSlots");
        Hw.log2(slotBytes, "slotBytes");
        if (txSlots < 2 || rxSlots < 2 || txSlots > 64 || rxSlots > 64) {
            throw new IllegalArgumentException("a ring has 2 to 64 slots, not " + txSlots + " / " + rxSlots);
        }
        if (slotBytes < 128 || slotBytes > 16384) {
            throw new IllegalArgumentException("slotBytes must be 128 to 16384, not " + slotBytes);
        }
        if (txSlots * slotBytes > WINDOW_BYTES || rxSlots * slotBytes > WINDOW_BYTES) {
            throw new IllegalArgumentException("a ring must fit its 64 KiB bus window: " + Math.max(txSlots, rxSlots)
                    + " slots of " + slotBytes + " bytes do not");
        }
    }

    int slotWords() {
        return slotBytes / 4;
    }

    int wordBits() {
        return Hw.log2(slotWords(), "slot words");
    }

    int txSlotBits() {
        return Hw.log2(txSlots, "txSlots");
    }

    int rxSlotBits() {
        return Hw.log2(rxSlots, "rxSlots");
    }

    /** Address bits of the transmit (receive) buffer memory, in 32-bit words. */
    int txAddressBits() {
        return txSlotBits() + wordBits();
    }

    int rxAddressBits() {
        return rxSlotBits() + wordBits();
    }
}
