package jnic.hdl.phy;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.BitCount;
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
 * <p>Timing: the clock runs at {@code samplesPerBit} clocks per bit; a word takes
 * {@code wordBits * samplesPerBit} clocks. {@code txReady} pulses once per word time, free-running,
 * and the word offered on that pulse ({@code txValid} high) is sent during the next word time; a
 * pulse with {@code txValid} low is an idle word time.
 *
 * <p>Line: {@code lineActive} is high while this station drives the medium, {@code lineLevel} is
 * the level. After the last word of a frame the line is held high for {@link #END_BIT_TIMES} bit
 * times, then released: the start of TP_IDL (clause 14.3.1.2.1: a high of 250–350 ns, 2.5 to 3.5
 * bit times at 10 Mb/s). Receivers see it as a cell with no mid-bit transition: end of frame.
 */
public final class ManchesterEncoder extends HwComponent {
    public static final int END_BIT_TIMES = 3;

    public final Bool txValid;
    public final Bits txData;
    public final Bool txReady;
    public final Bool lineActive;
    public final Bool lineLevel;

    final UInt phase;
    final Bits shift;
    final Bool sending;
    final UInt endCount;
    final Bool ending;
    final Bool currentBit;

    public ManchesterEncoder(int samplesPerBit, int wordBits) {
        if (samplesPerBit < 4 || Integer.bitCount(samplesPerBit) != 1) {
            throw new IllegalArgumentException("samples per bit must be a power of two >= 4, not " + samplesPerBit);
        }
        if (wordBits != 4 && wordBits != 8) {
            throw new IllegalArgumentException("a word is a nibble or a byte, not " + wordBits + " bits");
        }
        int sampleBits = Integer.numberOfTrailingZeros(samplesPerBit);
        int indexBits = Integer.numberOfTrailingZeros(wordBits);
        int wordClocks = wordBits * samplesPerBit;
        txValid = inBool();
        txData = inBits(wordBits);
        txReady = outBool();
        lineActive = outBool();
        lineLevel = outBool();

        // phase = {bit index (indexBits), sample within the bit (sampleBits)}
        phase = regUInt(indexBits + sampleBits, 0);
        shift = regBits(wordBits, 0);
        sending = regBool(false);
        ending = regBool(false);
        endCount = regUInt(8, 0);

        increment(phase);
        assign(txReady, is(phase, wordClocks - 1));
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
            when(is(endCount, END_BIT_TIMES * samplesPerBit - 1), () -> assign(ending, false));
        });

        UInt bitIndex = phase.apply(sampleBits, new BitCount(indexBits));
        currentBit = boolWire();
        assign(currentBit, shift.apply(bitIndex));
        Bool secondHalf = phase.apply(sampleBits - 1);
        // First half: complement of the bit; second half: the bit (clause 7.3.1.1).
        assign(lineLevel, mux(sending, mux(secondHalf, currentBit, not(currentBit)), ending));
        assign(lineActive, or(sending, ending));
    }
}
