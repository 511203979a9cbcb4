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
 * as in Xilinx XAPP523's oversampling receivers) delivers them. It decides sample for sample as a
 * decoder clocked at the sampling rate would, and keeps its state between clocks, so the sender's
 * clock may run at any phase and rate against ours. It does not walk the samples one stage of
 * logic after another, though, which put 8 comparisons and increments of the counter in series
 * (6.2 MHz on an iCE40 UP5K, short of the 10 MHz bit clock): it finds the clock's first event
 * (a bit, or lock lost) and a possible second bit side by side (see the body). make formal proves
 * it equal to the sample-serial decoder (formal/decoder_equivalence.ys) in every state.
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
        int accept = 3 * n / 4;
        int lose = 3 * n / 2;
        int saturate = 2 * n;
        UInt s = sinceMidBit;
        Bool locked = lockedReg;

        // The samples in order, as a decoder at the sampling rate walks them, but decided side by
        // side: before the clock's first bit the counter is s + k at sample k, so each threshold
        // is a comparison of s with a constant; after a bit it is known outright (k - j - 1 after a
        // bit at j). Accepted transitions are more than 3/4 of a cell apart, so there are at most
        // two bits, and a second only more than `accept` samples after the first.
        Bool[] transition = new Bool[n];
        Bool[] bitHere = new Bool[n]; // the first event of the clock is a bit at k
        Bool earlier = bool(false); // an event (a bit, or lock lost) before k
        for (int k = 0; k < n; k++) {
            Bool previous = k == 0 ? lastFiltered : filtered[k - 1];
            Bool previousActive = k == 0 ? lastFilteredActive : active[k - 1];
            transition[k] = named(and(active[k], previousActive, xor(filtered[k], previous)), "transition_" + k);
            // Locked: a mid-bit transition once s + k >= accept; lock is lost on an inactive sample or
            // once s + k >= lose without one. Unlocked: the first transition is taken as mid-bit.
            Bool pastAccept = k >= accept ? bool(true) : not(below(s, accept - k));
            Bool pastLose = k >= lose ? bool(true) : not(below(s, lose - k));
            Bool bit = and(transition[k], or(not(locked), pastAccept));
            Bool loss = and(locked, or(not(active[k]), and(pastLose, not(transition[k]))));
            bitHere[k] = named(and(not(earlier), bit), "firstBitAt_" + k);
            earlier = or(earlier, bit, loss);
        }
        Bool firstBit = bool(false);
        Bits first = bits(0, 1);
        Bool secondBit = bool(false);
        Bits second = bits(0, 1);
        Bool lostAfter = bool(false); // lock lost after the first bit (an inactive sample)
        UInt sinceAfter = uint(0, counterBits); // the counter after a bit at the clock's last bit
        for (int j = 0; j < n; j++) {
            firstBit = or(firstBit, bitHere[j]);
            first = mux(bitHere[j], filtered[j].asBits(), first);
            // After a bit at j the counter before sample k is k - j - 1: the next mid-bit transition
            // can come from k = j + accept + 1, with every sample between active.
            Bool allActive = bool(true);
            Bool secondFromJ = bool(false);
            UInt sinceFromJ = uint(n - 1 - j, counterBits);
            for (int k = j + 1; k < n; k++) {
                if (k >= j + accept + 1) {
                    Bool secondAtK = and(allActive, not(secondFromJ), transition[k]);
                    Bool here = and(bitHere[j], secondAtK);
                    secondBit = or(secondBit, here);
                    second = mux(here, filtered[k].asBits(), second);
                    sinceFromJ = mux(secondAtK, uint(n - 1 - k, counterBits), sinceFromJ);
                    secondFromJ = or(secondFromJ, secondAtK);
                }
                allActive = and(allActive, or(secondFromJ, active[k]));
            }
            lostAfter = or(lostAfter, and(bitHere[j], not(allActive)));
            sinceAfter = mux(bitHere[j], sinceFromJ, sinceAfter);
        }
        Bool lostBefore = and(earlier, not(firstBit)); // the clock's first event was lock lost
        // Without a bit the counter counts every sample, saturating (as it stands if already past).
        UInt counted = mux(
                below(s, saturate - n),
                plus(s, uint(n, counterBits)),
                mux(below(s, saturate), uint(saturate, counterBits), s));
        assign(sinceMidBit, mux(firstBit, sinceAfter, counted));
        assign(lockedReg, mux(firstBit, not(lostAfter), and(locked, not(lostBefore))));
        assign(bitCount, mux(secondBit, uint(2, 2), mux(firstBit, uint(1, 2), uint(0, 2))));
        assign(bits, cat(second, first));
        assign(lockLost, or(lostBefore, lostAfter));
    }
}
