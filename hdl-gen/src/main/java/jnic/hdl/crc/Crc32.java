package jnic.hdl.crc;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.bool;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.when;

import java.math.BigInteger;
import java.util.BitSet;
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
 *   <li>{@code clear}: start a new frame: the register is preset at this edge (to all ones, or the
 *       preset given). A word
 *       in the same cycle is not taken, so a frame's first word comes at least a cycle after its
 *       clear (on a line there is always an idle cycle between frames). Until the first clear the
 *       register holds no defined value: nothing resets it.</li>
 *   <li>{@code valid}, {@code data}, {@code byteEnable}: one word. Lane 0 ({@code data[7:0]}) is
 *       the first byte on the wire. {@code byteEnable} must be "thermometer" coded: lanes 0..n-1
 *       enabled, as on the last, partial word of a frame (like AXI-Stream's tkeep). A partial word
 *       ends the frame: the next word must come after a {@code clear}. Any other pattern, or a word
 *       after a partial one without {@code clear}, leaves the CRC unchanged and sets the sticky
 *       {@code enableError} until the next {@code clear}. All lanes off is a legal empty word.</li>
 *   <li>{@code crc}: the CRC of everything fed since the last clear (the inverted register),
 *       {@link #latency} cycles after the last word: the FCS to send, least significant byte
 *       first. It stays until the next word or clear.</li>
 *   <li>{@code residueOk}: at the same time, the register holds the CRC-32 residue 0xDEBB20E3, so
 *       the bytes fed since the last clear were a frame followed by its correct FCS (the
 *       receive-side check).</li>
 * </ul>
 *
 * <p>Why a latency: the register's own loop folds whole words only, one equation per bit for one
 * word length, which keeps the loop as short as a CRC's can be. A partial last word is finished
 * outside the loop, in a pipeline that needs no feedback: it advances the register by the word's
 * lanes in steps of a half, a quarter... of the word (4, 2, 1 bytes for 64 bits), one register
 * stage per step, a step taken when that bit of the lane count is set. Wide MACs likewise finish
 * the last partial word apart from the whole-word update; an equation for each lane count inside
 * the loop made the 64-bit core 1.6 times as big (1392 LUT4 against 862 on the iCE40 HX8K) and
 * 42 % slower (81 against 141 MHz). Equations from {@link Crc32Equations#afterBytes} (at 8 bits: eight shifts).
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
    final Bool frameEnded;
    final Bits stateAfterWord;
    /**
     * The partial-word pipeline, stage 0 and one stage per step: the register value, the bytes
     * still to fold and the partial word's lane count (the last stage holds only the value).
     * Empty at 8 bits per clock.
     */
    final Bits[] tailState;

    final Bits[] tailData;
    final Bits[] tailLanes;

    public Crc32(int dataWidth) {
        this(dataWidth, 0xFFFF_FFFFL);
    }

    /**
     * A core whose {@code clear} presets the register to {@code preset} instead of all ones (for a
     * user that feeds it bytes before the frame's first, such as MacTx's preamble: the preset that
     * those bytes take to all ones). Its module is named for the preset.
     */
    public Crc32(int dataWidth, long preset) {
        if (dataWidth % 8 != 0 || dataWidth < 8 || dataWidth > 64) {
            throw new IllegalArgumentException("CRC data width must be 8..64 in whole bytes, not " + dataWidth);
        }
        int lanes = dataWidth / 8;
        int steps = Integer.numberOfTrailingZeros(lanes);
        setDefinitionName(
                topName(dataWidth) + (preset == 0xFFFF_FFFFL ? "" : String.format("Preset%08X", preset)), false);
        clear = inBool();
        valid = inBool();
        data = inBits(dataWidth);
        byteEnable = inBits(lanes);
        crc = outBits(32);
        residueOk = outBool();
        enableError = outBool();

        // No reset: clear presets it, so an FPGA's flip-flops take the preset as their synchronous
        // set and the next-state equations see the register alone, not a multiplexer before it
        // (make synth: Crc32W8 89 LUT4 against 134 with the multiplexer).
        state = dataRegBits(32);
        enableErrorSticky = regBool(false);
        frameEnded = lanes > 1 ? regBool(false) : boolWire(); // at 8 bits no word is partial

        Bool word = and(valid, not(clear)); // a word with clear is not taken
        stateAfterWord = lanes == 1
                ? advanceBitByBit(state, data, "stateAfterWord")
                : advance(state, data, lanes, "stateAfterWord");

        Bool allLanes = named(eq(byteEnable, bits((1L << lanes) - 1, lanes)), "allLanes");
        Bool noLane = named(eq(byteEnable, bits(0, lanes)), "noLane");
        Bool partial = bool(false);
        for (int n = 1; n < lanes; n++) {
            partial = or(partial, eq(byteEnable, bits((1L << n) - 1, lanes)));
        }
        Bool partialWord = and(word, partial);
        Bool wordAfterEnd = and(word, frameEnded, not(noLane));
        Bool badWord = named(or(and(word, not(allLanes), not(noLane), not(partial)), wordAfterEnd), "badWord");

        Bits loopNext = named(bitsWire(32), "loopNext");
        assign(loopNext, state);
        when(and(word, allLanes, not(badWord)), () -> assign(loopNext, stateAfterWord));
        when(clear, () -> assign(loopNext, bits(preset, 32)));
        assign(state, loopNext);

        when(clear, () -> assign(enableErrorSticky, bool(false)));
        when(badWord, () -> assign(enableErrorSticky, bool(true)));
        if (lanes > 1) {
            when(clear, () -> assign(frameEnded, bool(false)));
            when(and(partialWord, not(badWord)), () -> assign(frameEnded, bool(true)));
        } else {
            assign(frameEnded, bool(false));
        }

        int stages = steps == 0 ? 0 : steps + 1;
        tailState = new Bits[stages];
        tailData = new Bits[steps]; // the last stage holds only the result
        tailLanes = new Bits[steps];
        Bits result;
        if (steps == 0) {
            result = state; // 8 bits per clock: every word is whole
        } else {
            int laneBits = steps; // lanes - 1 fits in log2(lanes) bits
            int tailWidth = dataWidth - 8; // a partial word has at most lanes - 1 bytes
            tailState[0] = regBits(32, 0xFFFF_FFFFL);
            tailData[0] = regBits(tailWidth, 0);
            tailLanes[0] = regBits(laneBits, 0);
            // Stage 0 holds after a partial word until the next clear (any word before it is an
            // error and changes nothing), so the pipeline keeps presenting that frame's CRC.
            Bool hold = and(frameEnded, not(clear));
            when(not(hold), () -> {
                assign(tailState[0], loopNext);
                assign(tailData[0], data.apply(0, new BitCount(tailWidth)));
                assign(tailLanes[0], bits(0, laneBits));
                when(and(partialWord, not(badWord)), () -> {
                    assign(tailState[0], state);
                    assign(tailLanes[0], laneCount(byteEnable, lanes, laneBits));
                });
            });
            for (int s = 1; s <= steps; s++) {
                int stepBytes = lanes >> s; // lanes/2, lanes/4, ..., 1
                Bits inState = tailState[s - 1];
                Bits inData = tailData[s - 1];
                Bool take = tailLanes[s - 1].apply(steps - s);
                tailState[s] = regBits(32, 0xFFFF_FFFFL);
                Bits advanced = advance(inState, inData, stepBytes, "tailAdvanced_" + s);
                assign(tailState[s], mux(take, advanced, inState));
                if (s < steps) {
                    // What the later steps still need: stepBytes - 1 bytes and the count's low bits.
                    int restBits = 8 * (stepBytes - 1);
                    tailData[s] = regBits(restBits, 0);
                    tailLanes[s] = regBits(steps - s, 0);
                    Bits afterStep = inData.apply(8 * stepBytes, new BitCount(restBits));
                    Bits withoutStep = inData.apply(0, new BitCount(restBits));
                    assign(tailData[s], mux(take, afterStep, withoutStep));
                    assign(tailLanes[s], tailLanes[s - 1].apply(0, new BitCount(steps - s)));
                }
            }
            result = tailState[steps];
        }

        assign(crc, not(result));
        assign(residueOk, eq(result, bits(Crc32Equations.RESIDUE & 0xFFFF_FFFFL, 32)));
        assign(enableError, enableErrorSticky);
    }

    /**
     * The register after {@code bytes} bytes of {@code word} (lane 0 first) from {@code start}.
     * Feeding n bytes equals XOR-ing the first min(n, 4) of them into the low register bits and
     * then advancing the register n bytes with zero data: the data bits of lanes 0..3 carry exactly
     * the register bits' coefficients (M_n). So each of those data bits shares one XOR with a
     * register bit, and only lanes 4..7 need trees of their own:
     * {@code next = M_n · (start ⊕ data[lanes 0..3]) ⊕ B_n · data[lanes 4..n-1]}.
     */
    private static Bits advance(Bits start, Bits word, int bytes, String name) {
        int low = Math.min(bytes, 4);
        Bits mixed = named(bitsWire(32), name + "Mixed");
        assign(mixed, xor(start, word.apply(0, new BitCount(8 * low)).resize(32)));
        BitSet[] equations = Crc32Equations.afterBytes(bytes);
        Bits next = bitsWire(32);
        for (int i = 0; i < 32; i++) {
            BigInteger mask = Crc32Equations.mask(equations[i]);
            Bool term = and(mixed, bits(mask.and(LOW_32), 32)).xorR();
            if (bytes > 4) {
                int highBits = 8 * (bytes - 4);
                Bits high = word.apply(32, new BitCount(highBits));
                term = xor(term, and(high, bits(mask.shiftRight(64), highBits)).xorR());
            }
            assign(next.apply(i), term);
        }
        return named(next, name);
    }

    /**
     * The register after one byte from {@code start}, written as the LFSR's eight shifts (each: the
     * register one bit down, XOR the reflected polynomial if the bit shifted out was set), the
     * byte XOR-ed into the low bits first. The same function as {@link #advance}'s equations (make
     * formal proves the two byte-wide cores equal), which ABC maps its own way (134 LUT4 against
     * 143). It is written this way for simulation: Verilator evaluates the equations as 32
     * parities of masked words every clock, the shifts as eight shift-and-XOR steps, a third of the
     * time in a Verilated byte-wide core.
     */
    private static Bits advanceBitByBit(Bits start, Bits word, String name) {
        Bits register = named(bitsWire(32), name + "Mixed");
        assign(register, xor(start, word.resize(32)));
        for (int bit = 0; bit < 8; bit++) {
            Bits shifted = named(bitsWire(32), name + "Shift" + bit);
            Bits down = cat(bits(0, 1), register.apply(1, new BitCount(31)));
            // The polynomial AND the shifted-out bit copied 32 times (its sign extension), not a
            // multiplexer, which Verilator makes a branch on the data, taken at random.
            Bits everyBit = register.apply(0).asSInt().resize(32).asBits();
            Bits feedback = and(bits(Crc32Equations.POLYNOMIAL_REFLECTED & 0xFFFF_FFFFL, 32), everyBit);
            assign(shifted, xor(down, feedback));
            register = shifted;
        }
        return named(register, name);
    }

    /** The number of enabled lanes of a thermometer-coded enable with fewer than all lanes on. */
    private static Bits laneCount(Bits byteEnable, int lanes, int laneBits) {
        Bits count = bitsWire(laneBits);
        assign(count, bits(0, laneBits));
        for (int n = 1; n < lanes; n++) {
            long value = n;
            when(byteEnable.apply(n - 1), () -> assign(count, bits(value, laneBits)));
        }
        return count;
    }

    /** Cycles from a word's clock edge until {@code crc} and {@code residueOk} include it. */
    public static int latency(int dataWidth) {
        return 1 + Integer.numberOfTrailingZeros(dataWidth / 8);
    }

    /** The Verilog module name for a width: {@code Crc32W8}, {@code Crc32W64}... */
    public static String topName(int dataWidth) {
        return "Crc32W" + dataWidth;
    }
}
