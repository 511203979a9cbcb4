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

    final Bool clear;
    final Bool valid;
    final Bits data;
    final Bits byteEnable;
    final Bits crc;
    final Bool residueOk;
    final Bool enableError;

    final Bits state;
    final Bool enableErrorSticky;
    final Bits startState;
    final Bits[] stateAfterLanes;

    public Crc32(int dataWidth) {
        if (dataWidth % 8 != 0 || dataWidth < 8 || dataWidth > 64) {
            throw new IllegalArgumentException("CRC data width must be 8..64 in whole bytes, not " + dataWidth);
        }
        int lanes = dataWidth / 8;
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

        // Up to 4 bytes, feeding n bytes equals XOR-ing them into the low 8n register bits and
        // then shifting 8n zero bits: next = M_n · (start ⊕ data), M_n being the register-only part
        // of the equations. Each data bit then shares one XOR with a register bit, and M_n's trees
        // see only 32 inputs. Wider words chain 4-byte steps.
        stateAfterLanes = new Bits[lanes + 1];
        stateAfterLanes[0] = startState;
        for (int n = 1; n <= lanes; n++) {
            Bits x = startState;
            for (int done = 0, step = 0; done < n; done += 4, step++) {
                int k = Math.min(4, n - done);
                Bits chunk = data.apply(8 * done, new BitCount(8 * k));
                Bits mixed = named(bitsWire(32), "lanes" + n + "Step" + step + "Mixed");
                assign(mixed, x.$up(chunk.resize(32)));
                x = zeroShift(mixed, k);
            }
            stateAfterLanes[n] = named(x, "stateAfter" + n + (n == 1 ? "Byte" : "Bytes"));
        }

        assign(state, startState);
        when(clear, () -> assign(enableErrorSticky, bool(false)));
        when(valid, () -> {
            Hw.When chain = when(named(byteEnable.$eq$eq$eq(bits(0, lanes)), "noLaneEnabled"),
                    () -> assign(state, startState));
            for (int n = 1; n <= lanes; n++) {
                Bits after = stateAfterLanes[n];
                Bool firstLanesEnabled = named(byteEnable.$eq$eq$eq(bits((1L << n) - 1, lanes)),
                        "first" + n + (n == 1 ? "LaneEnabled" : "LanesEnabled"));
                chain = chain.elseWhen(firstLanesEnabled, () -> assign(state, after));
            }
            chain.otherwise(() -> assign(enableErrorSticky, bool(true)));
        });

        assign(crc, state.unary_$tilde());
        assign(residueOk, state.$eq$eq$eq(bits(Crc32Equations.RESIDUE & 0xFFFF_FFFFL, 32)));
        assign(enableError, enableErrorSticky);
    }

    /** The register after shifting in {@code bytes} zero bytes: each bit an XOR over {@code x}. */
    private static Bits zeroShift(Bits x, int bytes) {
        BitSet[] equations = Crc32Equations.afterBytes(bytes);
        Bits next = bitsWire(32);
        for (int i = 0; i < 32; i++) {
            BigInteger registerMask = Crc32Equations.mask(equations[i]).and(BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE));
            assign(next.apply(i), x.$amp(bits(registerMask, 32)).xorR());
        }
        return next;
    }

    /** The Verilog module name for a width: {@code Crc32W8}, {@code Crc32W64}... */
    public static String topName(int dataWidth) {
        return "Crc32W" + dataWidth;
    }
}
