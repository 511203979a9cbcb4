package jnic.hdl.phy;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Manchester decoder with clock recovery from the oversampled line (the receive half of
 * {@link ManchesterEncoder}'s code, IEEE 802.3 clause 7.3.1.1).
 *
 * <p>Oversampling: {@code samplesPerBit} samples per bit (8 in the NIC). Every cell has a mid-bit
 * transition, and a boundary transition only when two equal bits follow each other, half a cell
 * before the next mid-bit one. The decoder re-times on each mid-bit transition it accepts, and
 * accepts a transition only from 3/4 of a cell after the previous one: boundary transitions
 * fall at 1/2, mid-bit ones at 1, so with 8 samples per bit a transition may arrive a sample and a
 * half early or late (sampling phase ±1 sample, plus the filter's delay differences) and still be
 * told apart. Drift between the stations' clocks only accumulates between two transitions, one
 * cell: at ±100 ppm each that is 0.0016 samples, nothing next to that margin. Fewer samples
 * (4) would leave half a sample of margin; more cost a wider counter for no gain.
 *
 * <p>Noise: the line passes a 2-flip-flop synchroniser (it comes from another station's clock)
 * and a 3-sample majority filter, so one corrupted sample never makes a transition. Beside a
 * transition it moves the edge by one sample; if the sampling quantisation moves the same edge
 * the same way (more often the larger the clock offset), a mid-bit transition arrives 6 samples
 * after the last and is refused: lock drops and the frame ends early, to be counted as an
 * alignment or FCS error, never delivered. 16 samples per bit would leave room for both; the
 * measured loss on a noisy line (see MacLoopTest) is the price of the cheaper 8.
 *
 * <p>Lock: the first transition on an active line is taken as mid-bit (the preamble has only
 * mid-bit transitions: alternating bits). Lock is lost 1.5 cells after the last mid-bit
 * transition, or when the line goes inactive: the end of the frame. Each accepted transition
 * gives a bit: its value is the level after the transition (low-to-high is a 1).
 */
public final class ManchesterDecoder extends HwComponent {
    public final Bool lineActive;
    public final Bool lineLevel;
    public final Bool bitValid;
    public final Bool bitData;
    public final Bool locked;

    final Bits activeSync;
    final Bits levelSync;
    final Bool filteredLevel;
    final Bool previousLevel;
    final Bool previousActive;
    final UInt sinceMidBit;
    final Bool lockedReg;
    final Bool transition;

    public ManchesterDecoder(int samplesPerBit) {
        if (samplesPerBit < 4 || Integer.bitCount(samplesPerBit) != 1) {
            throw new IllegalArgumentException("samples per bit must be a power of two >= 4, not " + samplesPerBit);
        }
        lineActive = inBool();
        lineLevel = inBool();
        bitValid = outBool();
        bitData = outBool();
        locked = outBool();

        // Shift registers, newest sample in bit 0: bits 0 and 1 synchronise, bits 1..3 vote.
        activeSync = regBits(3, 0);
        levelSync = regBits(4, 0);
        assign(activeSync, cat(activeSync.apply(0, new BitCount(2)), lineActive));
        assign(levelSync, cat(levelSync.apply(0, new BitCount(3)), lineLevel));
        Bool a = levelSync.apply(1);
        Bool b = levelSync.apply(2);
        Bool c = levelSync.apply(3);
        filteredLevel = boolWire();
        assign(filteredLevel, or(and(a, b), and(b, c), and(a, c)));
        Bool active = activeSync.apply(2); // aligned with the middle of the vote

        previousLevel = regBool(false);
        previousActive = regBool(false);
        assign(previousLevel, filteredLevel);
        assign(previousActive, active);
        transition = boolWire();
        assign(transition, and(active, previousActive, xor(filteredLevel, previousLevel)));

        int counterBits = 32 - Integer.numberOfLeadingZeros(2 * samplesPerBit);
        sinceMidBit = regUInt(counterBits, 0);
        lockedReg = regBool(false);
        Bool acceptable = ge(sinceMidBit, uint(3 * samplesPerBit / 4, counterBits));
        Bool lost = ge(sinceMidBit, uint(3 * samplesPerBit / 2, counterBits));

        assign(bitValid, false);
        assign(bitData, filteredLevel);
        when(lt(sinceMidBit, uint(2 * samplesPerBit, counterBits)), () -> increment(sinceMidBit));
        when(not(active), () -> assign(lockedReg, false))
                .elseWhen(
                        not(lockedReg),
                        () -> when(transition, () -> {
                            assign(lockedReg, true);
                            assign(sinceMidBit, 0);
                            assign(bitValid, true);
                        }))
                .elseWhen(and(transition, acceptable), () -> {
                    assign(sinceMidBit, 0);
                    assign(bitValid, true);
                })
                .elseWhen(lost, () -> assign(lockedReg, false));
        assign(locked, lockedReg);
    }
}
