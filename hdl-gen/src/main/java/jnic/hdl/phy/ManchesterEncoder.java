package jnic.hdl.phy;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Manchester line encoder (IEEE 802.3 clause 7.3.1.1; 10BASE-T uses the same code, clause 14).
 *
 * <p>Polarity: the first half of each bit cell carries the complement of the bit and the second
 * half the bit itself, so a 1 is low-then-high and a 0 high-then-low, with a transition in the
 * middle of every cell. Words ({@code wordBits} wide: nibbles from an MII, 4 bits) go out least
 * significant bit first (clause 3.3), so a byte sent as its low nibble, then its high one, goes out
 * in byte order.
 *
 * <p>Timing: one clock per bit cell. {@code lineLevel} is the cell as {@code samplesPerBit} line
 * samples, bit 0 first in time, for a serialiser that shifts them out at {@code samplesPerBit}
 * times the clock (an OSERDES; the world plays that part). A word takes {@code wordBits} clocks.
 * {@code txReady} pulses once per word time, free-running, and the word offered on that pulse
 * ({@code txValid} high) is sent during the next word time; a pulse with {@code txValid} low is an
 * idle word time.
 *
 * <p>Line: {@code lineActive} is high while this station drives the medium, for whole cells. After
 * the last word of a frame the line is held high for {@link #END_BIT_TIMES} bit times, then
 * released: the start of TP_IDL (clause 14.3.1.2.1: a high of 250–350 ns, 2.5 to 3.5 bit times at
 * 10 Mb/s). Receivers see it as a cell with no mid-bit transition: end of frame.
 */
public final class ManchesterEncoder extends HwComponent {
    public static final int END_BIT_TIMES = 3;

    public final Bool txValid;
    public final Bits txData;
    public final Bool txReady;
    public final Bool lineActive;
    public final Bits lineLevel;

    final UInt bitIndex;
    final Bits shift;
    final Bool sending;
    final UInt endCount;
    final Bool ending;
    final Bool currentBit;

    public ManchesterEncoder(int samplesPerBit, int wordBits) {
        if (samplesPerBit < 4 || samplesPerBit > 8 || Integer.bitCount(samplesPerBit) != 1) {
            throw new IllegalArgumentException(
                    "samples per bit must be a power of two from 4 to 8, not " + samplesPerBit);
        }
        if (wordBits != 4 && wordBits != 8) {
            throw new IllegalArgumentException("a word is a nibble or a byte, not " + wordBits + " bits");
        }
        int indexBits = Integer.numberOfTrailingZeros(wordBits);
        txValid = inBool();
        txData = inBits(wordBits);
        txReady = outBool();
        lineActive = outBool();
        lineLevel = outBits(samplesPerBit);

        bitIndex = regUInt(indexBits, 0);
        shift = regBits(wordBits, 0);
        sending = regBool(false);
        ending = regBool(false);
        endCount = regUInt(2, 0);

        increment(bitIndex);
        assign(txReady, is(bitIndex, wordBits - 1));
        when(txReady, () -> {
            assign(shift, txData);
            assign(sending, txValid);
            when(and(sending, not(txValid)), () -> {
                assign(ending, true);
                assign(endCount, 0);
            });
        });
        when(ending, () -> {
            increment(endCount);
            when(is(endCount, END_BIT_TIMES - 1), () -> assign(ending, false));
        });

        currentBit = boolWire();
        assign(currentBit, shift.apply(bitIndex));
        long secondHalf = ((1L << samplesPerBit) - 1) & ~((1L << samplesPerBit / 2) - 1);
        long firstHalf = (1L << samplesPerBit / 2) - 1;
        // A 1: low, then high; a 0: high, then low (clause 7.3.1.1). The end of frame: high.
        Bits cell = mux(currentBit, bits(secondHalf, samplesPerBit), bits(firstHalf, samplesPerBit));
        Bits held = mux(ending, bits((1L << samplesPerBit) - 1, samplesPerBit), bits(0, samplesPerBit));
        assign(lineLevel, mux(sending, cell, held));
        assign(lineActive, or(sending, ending));
    }
}
