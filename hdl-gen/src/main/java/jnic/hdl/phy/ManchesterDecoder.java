package jnic.hdl.phy;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.bool;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;

import jnic.hdl.core.HwComponent;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Manchester decoder with clock recovery from the oversampled line (the receive half of
 * {@link ManchesterEncoder}'s code, IEEE 802.3 clause 7.3.1.1), a bit cell's worth of samples per
 * clock.
 *
 * <p>Oversampling: {@code samplesPerBit} samples per bit (8 in the NIC), all of one nominal bit
 * time handed over together each clock, bit 0 first in time, as a 1:8 deserialiser (an ISERDES,
 * as in Xilinx XAPP523's oversampling receivers) delivers them. Inside one clock the decoder walks
 * the samples in order, one stage of logic per sample, and keeps its state between clocks; so it
 * decides sample for sample as a decoder clocked at the sampling rate would, and the sender's clock
 * may run at any phase and rate against ours.
 *
 * <p>Every cell has a mid-bit transition, and a boundary transition only when two equal bits follow
 * each other, half a cell before the next mid-bit one. The decoder re-times on each mid-bit
 * transition it accepts, and accepts a transition only from 3/4 of a cell after the previous one:
 * boundary transitions fall at 1/2, mid-bit ones at 1, so with 8 samples per bit a transition may
 * arrive a sample and a half early or late (sampling phase ±1 sample, plus the filter's delay
 * differences) and still be told apart. Drift between the stations' clocks only accumulates between
 * two transitions, one cell: at ±100 ppm each that is 0.0016 samples, nothing next to that margin.
 * Since accepted transitions are at least 6 samples apart, a clock gives 0, 1 or 2 bits: 2 when the
 * sender's clock is the faster and a cell's transition has slipped to the other end of our word.
 *
 * <p>Noise: the samples are registered once (they come from another station's clock) and pass a
 * 3-sample majority filter, so one corrupted sample never makes a transition. Beside a transition
 * it moves the edge by one sample; if the sampling quantisation moves the same edge the same way
 * (more often the larger the clock offset), a mid-bit transition arrives 6 samples after the last
 * and is refused: lock drops and the frame ends early, to be counted as an alignment or FCS error,
 * never delivered.
 *
 * <p>Lock: the first transition on an active line is taken as mid-bit (the preamble has only
 * mid-bit transitions: alternating bits). Lock is lost 1.5 cells after the last mid-bit transition,
 * or when the line goes inactive: the end of the frame ({@code lockLost}, after the clock's bits).
 * Lock is not taken again in the clock it was lost in; the next frame is at least an interframe gap
 * away. Each accepted transition gives a bit: its value is the level after the transition
 * (low-to-high is a 1).
 */
public final class ManchesterDecoder extends HwComponent {
    public final Bits lineActive;
    public final Bits lineLevel;
    /** Bits decoded this clock, 0 to 2; the first is {@code bits[0]}. */
    public final UInt bitCount;

    public final Bits bits;
    public final Bool lockLost;

    final Bits activeIn;
    final Bits levelIn;
    final Bits levelHistory;
    final Bool activeHistory;
    final Bool lastFiltered;
    final Bool lastFilteredActive;
    final UInt sinceMidBit;
    final Bool lockedReg;

    public ManchesterDecoder(int samplesPerBit) {
        if (samplesPerBit < 4 || samplesPerBit > 8 || Integer.bitCount(samplesPerBit) != 1) {
            throw new IllegalArgumentException(
                    "samples per bit must be a power of two from 4 to 8, not " + samplesPerBit);
        }
        int n = samplesPerBit;
        lineActive = inBits(n);
        lineLevel = inBits(n);
        bitCount = outUInt(2);
        bits = outBits(2);
        lockLost = outBool();

        activeIn = regBits(n, 0);
        levelIn = regBits(n, 0);
        assign(activeIn, lineActive);
        assign(levelIn, lineLevel);
        // The last two samples of the clock before, for the majority window across the boundary.
        levelHistory = regBits(2, 0);
        activeHistory = regBool(false);
        assign(levelHistory, levelIn.apply(n - 2, new BitCount(2)));
        assign(activeHistory, activeIn.apply(n - 1));

        // x: history (2 samples) then this clock's n; filtered sample k votes over x[k..k+2], so it
        // stands for x[k+1], one sample behind, and the activity beside it is a[k] (ax[k]).
        Bits x = cat(levelIn, levelHistory);
        Bits ax = cat(activeIn.apply(0, new BitCount(n - 1)), activeHistory);
        Bool[] filtered = new Bool[n];
        Bool[] active = new Bool[n];
        for (int k = 0; k < n; k++) {
            Bool a = x.apply(k);
            Bool b = x.apply(k + 1);
            Bool c = x.apply(k + 2);
            filtered[k] = named(or(and(a, b), and(b, c), and(a, c)), "filtered_" + k);
            active[k] = named(ax.apply(k), "active_" + k);
        }
        lastFiltered = regBool(false);
        lastFilteredActive = regBool(false);
        assign(lastFiltered, filtered[n - 1]);
        assign(lastFilteredActive, active[n - 1]);

        int counterBits = 32 - Integer.numberOfLeadingZeros(2 * n);
        sinceMidBit = regUInt(counterBits, 0);
        lockedReg = regBool(false);
        UInt accept = uint(3L * n / 4, counterBits);
        UInt lose = uint(3L * n / 2, counterBits);
        UInt saturate = uint(2L * n, counterBits);
        UInt zero = uint(0, counterBits);

        // One stage per sample: the state after sample k from the state before it.
        UInt since = sinceMidBit;
        Bool isLocked = lockedReg;
        Bool dropped = bool(false);
        UInt count = uint(0, 2);
        Bits first = bits(0, 1);
        Bits second = bits(0, 1);
        for (int k = 0; k < n; k++) {
            Bool previous = k == 0 ? lastFiltered : filtered[k - 1];
            Bool previousActive = k == 0 ? lastFilteredActive : active[k - 1];
            Bool transition = named(and(active[k], previousActive, xor(filtered[k], previous)), "transition_" + k);
            Bool acquire = and(not(isLocked), not(dropped), transition);
            Bool midBit = and(isLocked, transition, ge(since, accept));
            Bool bit = named(and(active[k], or(acquire, midBit)), "bit_" + k);
            Bool lost = and(isLocked, or(not(active[k]), and(not(midBit), ge(since, lose))));
            UInt counted = mux(lt(since, saturate), plus(since, uint(1, counterBits)), since);
            first = mux(and(bit, eq(count, uint(0, 2))), filtered[k].asBits(), first);
            second = mux(and(bit, eq(count, uint(1, 2))), filtered[k].asBits(), second);
            count = mux(bit, plus(count, uint(1, 2)), count);
            since = named(mux(bit, zero, counted), "since_" + k);
            isLocked = named(mux(bit, bool(true), mux(lost, bool(false), isLocked)), "locked_" + k);
            dropped = named(or(dropped, lost), "dropped_" + k);
        }
        assign(sinceMidBit, since);
        assign(lockedReg, isLocked);
        assign(bitCount, count);
        assign(bits, cat(second, first));
        assign(lockLost, dropped);
    }
}
