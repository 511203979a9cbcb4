package jnic.hdl.crc;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.bool;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.when;

import java.math.BigInteger;
import java.util.BitSet;
import jnic.hdl.core.Hw;
import jnic.hdl.core.HwComponent;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;

/**
 * IEEE 802.3 CRC-32 (reflected, polynomial 0x04C11DB7, register preset to all ones, output
 * inverted) over {@code dataWidth} bits per clock.
 *
 * <p>Interface, all sampled on the rising clock edge:
 * <ul>
 *   <li>{@code clear}: start a new frame: the register is preset to all ones (in the same cycle a
 *       valid word is folded into the fresh register, so frames can follow back to back).</li>
 *   <li>{@code valid}, {@code data}, {@code byteEnable}: one word. Lane 0 ({@code data[7:0]}) is
 *       the first byte on the wire. {@code byteEnable} must be "thermometer" coded: lanes 0..n-1
 *       enabled, as on the last, partial word of a frame (like AXI-Stream's tkeep). Any other
 *       pattern leaves the register unchanged and sets the sticky {@code enableError} until the
 *       next {@code clear}. All lanes off is a legal empty word.</li>
 *   <li>{@code crc}: the CRC of everything fed since the last clear (the inverted register), one
 *       cycle after the last word: the FCS to send, least significant byte first.</li>
 *   <li>{@code residueOk}: the register holds the CRC-32 residue 0xDEBB20E3, so the bytes fed
 *       since the last clear were a frame followed by its correct FCS (the receive-side check).</li>
 * </ul>
 *
 * <p>The next-state logic for each number of enabled lanes comes from
 * {@link Crc32Equations#afterBytes}; see the constructor for how it is arranged for few LUTs.
 */
public final class Crc32 extends HwComponent {
    public static final int[] SUPPORTED_WIDTHS = {8, 16, 32, 64};
    private static final BigInteger LOW_32 = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);

    public final Bool clear;
    public final Bool valid;
    public final Bits data;
    public final Bits byteEnable;
    public final Bits crc;
    public final Bool residueOk;
    public final Bool enableError;

    final Bits state;
    final Bool enableErrorSticky;
    final Bits startState;
    final Bits[] stateAfterLanes;

    public Crc32(int dataWidth) {
        if (dataWidth % 8 != 0 || dataWidth < 8 || dataWidth > 64) {
            throw new IllegalArgumentException("CRC data width must be 8..64 in whole bytes, not " + dataWidth);
        }
        int lanes = dataWidth / 8;
        setDefinitionName(topName(dataWidth), false);
        clear = inBool();
        valid = inBool();
        data = inBits(dataWidth);
        byteEnable = inBits(lanes);
        crc = outBits(32);
        residueOk = outBool();
        enableError = outBool();

        state = regBits(32, 0xFFFF_FFFFL);
        enableErrorSticky = regBool(false);

        startState = bitsWire(32);
        assign(startState, mux(clear, bits(0xFFFF_FFFFL, 32), state));

        // Feeding n bytes equals XOR-ing the first min(n, 4) of them into the low register bits
        // and then advancing the register n bytes with zero data: the data bits of lanes 0..3 carry
        // exactly the register bits' coefficients (M_n). So each of those data bits shares one XOR
        // with a register bit, and only lanes 4..7 of a 64-bit word need trees of their own:
        //   next = M_n · (start ⊕ data[lanes 0..3]) ⊕ B_n · data[lanes 4..n-1]
        stateAfterLanes = new Bits[lanes + 1];
        stateAfterLanes[0] = startState;
        for (int n = 1; n <= lanes; n++) {
            int low = Math.min(n, 4);
            Bits mixed = named(bitsWire(32), "lanes" + n + "Mixed");
            assign(mixed, xor(startState, data.apply(0, new BitCount(8 * low)).resize(32)));
            BitSet[] equations = Crc32Equations.afterBytes(n);
            Bits next = named(bitsWire(32), "stateAfter" + n + (n == 1 ? "Byte" : "Bytes"));
            for (int i = 0; i < 32; i++) {
                BigInteger mask = Crc32Equations.mask(equations[i]);
                Bool term = and(mixed, bits(mask.and(LOW_32), 32)).xorR();
                if (n > 4) {
                    int highBits = 8 * (n - 4);
                    Bits high = data.apply(32, new BitCount(highBits));
                    term = xor(
                            term, and(high, bits(mask.shiftRight(64), highBits)).xorR());
                }
                assign(next.apply(i), term);
            }
            stateAfterLanes[n] = next;
        }

        assign(state, startState);
        when(clear, () -> assign(enableErrorSticky, bool(false)));
        when(valid, () -> {
            Hw.When chain =
                    when(named(eq(byteEnable, bits(0, lanes)), "noLaneEnabled"), () -> assign(state, startState));
            for (int n = 1; n <= lanes; n++) {
                Bits after = stateAfterLanes[n];
                Bool firstLanesEnabled = named(
                        eq(byteEnable, bits((1L << n) - 1, lanes)),
                        "first" + n + (n == 1 ? "LaneEnabled" : "LanesEnabled"));
                chain = chain.elseWhen(firstLanesEnabled, () -> assign(state, after));
            }
            chain.otherwise(() -> assign(enableErrorSticky, bool(true)));
        });

        assign(crc, not(state));
        assign(residueOk, eq(state, bits(Crc32Equations.RESIDUE & 0xFFFF_FFFFL, 32)));
        assign(enableError, enableErrorSticky);
    }

    /** The Verilog module name for a width: {@code Crc32W8}, {@code Crc32W64}... */
    public static String topName(int dataWidth) {
        return "Crc32W" + dataWidth;
    }
}
