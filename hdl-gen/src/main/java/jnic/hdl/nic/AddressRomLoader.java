package jnic.hdl.nic;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Reads the station address from the adapter's address ROM, as an NE2000-class card reads its
 * PROM (or a 93C46 EEPROM) at reset. The ROM sits beside the chip, so each adapter carries its
 * own address while every adapter runs the same hardware: four 16-bit words on {@code romAddress}
 * / {@code romData} (an asynchronous ROM: data follows the address within the clock).
 *
 * <ul>
 *   <li>Words 0..2: the address in wire order, byte 2i in bits 7..0 of word i, byte 2i+1 in
 *       bits 15..8.</li>
 *   <li>Word 3: a checksum, chosen so the four words sum to 0xFFFF modulo 2^16. An erased ROM
 *       (all ones or all zeros) fails it.</li>
 * </ul>
 * Loading starts at reset and again on {@code start} (a soft reset); {@code address} holds the
 * address (wire order, byte 0 in bits 7..0) and {@code checksumOk} the check once {@code loaded}
 * has pulsed; {@code busy} is high meanwhile.
 */
public final class AddressRomLoader extends HwComponent {
    public static final int WORDS = 4;
    public static final int CHECKSUM = 0xFFFF;

    public final Bool start;
    public final UInt romAddress;
    public final Bits romData;
    public final Bits address;
    public final Bool checksumOk;
    public final Bool loaded;
    public final Bool busy;

    final Bool loading;
    final UInt index;
    final Bits words;
    final UInt sum;
    final Bool checksumReg;

    public AddressRomLoader() {
        start = inBool();
        romAddress = outUInt(2);
        romData = inBits(16);
        address = outBits(48);
        checksumOk = outBool();
        loaded = outBool();
        busy = outBool();

        loading = regBool(true);
        index = regUInt(2, 0);
        words = regBits(48, 0);
        sum = regUInt(16, 0);
        checksumReg = regBool(false);

        assign(romAddress, index);
        assign(address, words);
        assign(checksumOk, checksumReg);
        assign(busy, loading);
        assign(loaded, false);

        when(loading, () -> {
            UInt total = plus(sum, romData.asUInt());
            assign(sum, total);
            increment(index);
            for (int w = 0; w < WORDS - 1; w++) {
                int from = 16 * w;
                when(is(index, w), () -> assign(words.apply(from, new BitCount(16)), romData));
            }
            when(is(index, WORDS - 1), () -> {
                assign(checksumReg, eq(total, uint(CHECKSUM, 16)));
                assign(loaded, true);
                assign(loading, false);
            });
        });
        when(start, () -> {
            assign(loading, true);
            assign(index, 0);
            assign(sum, 0);
        });
    }
}
