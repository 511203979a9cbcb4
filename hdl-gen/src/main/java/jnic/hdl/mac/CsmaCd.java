package jnic.hdl.mac;

import static jnic.hdl.core.Hw.assign;
import static jnic.hdl.core.Hw.bits;
import static jnic.hdl.core.Hw.cat;
import static jnic.hdl.core.Hw.go;
import static jnic.hdl.core.Hw.increment;
import static jnic.hdl.core.Hw.is;
import static jnic.hdl.core.Hw.mux;
import static jnic.hdl.core.Hw.uint;
import static jnic.hdl.core.Hw.when;

import jnic.hdl.core.HwComponent;
import spinal.core.BitCount;
import spinal.core.Bits;
import spinal.core.Bool;
import spinal.core.UInt;

/**
 * Half-duplex media access, CSMA/CD (IEEE 802.3 clause 4.2.3.2), between {@link MacTx} and the
 * line. It works in byte times like MacTx: {@code phyReady} is the PHY's byte-time strobe, and
 * MacTx only gets a strobe ({@code macReady}) when it may send.
 *
 * <ul>
 *   <li>Carrier sense: {@code carrierSense} is activity from other stations on the receive side.
 *       Sending while it is high is a collision (10BASE-T's collision presence, clause 14:
 *       transmit and receive activity at once).</li>
 *   <li>Deference (4.2.3.2.1, and the Deference process of 4.2.8), in two parts: no new frame
 *       starts while carrier is sensed, nor until the interframe spacing, 96 bit times (12 byte
 *       times), after it drops. Carrier in the first 64 bit times of that spacing (part 1, two
 *       thirds of it) starts it again; carrier in the last 32 (part 2) is ignored, and a frame
 *       waiting when the spacing ends goes out whatever the line does. So stations that become
 *       ready in one gap all start at its end and collide, and the backoff decides between them,
 *       instead of the one that happens to start first taking every gap. After our own
 *       transmission (a frame or a jam) the whole spacing ignores carrier, as the standard's
 *       wasTransmitting branch does; MacTx times that gap itself. A frame offered after the
 *       spacing ended, while carrier is up, defers to it as before. {@code deferred} pulses once
 *       for each frame that had to wait ({@code frameWaiting} says one is ready).</li>
 *   <li>Collision (4.2.3.2.4): MacTx is aborted, 32 bits of jam (4 × 0x55) go out, the attempt
 *       is counted and {@code collision} pulses. Up to 16 attempts, the frame's source is told
 *       to replay it ({@code rewind}) after a truncated binary exponential backoff: r slot times
 *       of 512 bit times (64 byte times), r uniform in [0, 2^k − 1], k = min(attempts, 10). The
 *       16th collision gives up: {@code excessiveCollisions} pulses and the source drops the
 *       frame ({@code discard}).</li>
 *   <li>Late collision: one more than a slot time (64 bytes, preamble included) into the frame.
 *       It is jammed and counted ({@code lateCollision}) and the frame dropped without a retry,
 *       as most MACs do: by then a well-formed network cannot collide.</li>
 *   <li>{@code halfDuplex} low (full duplex): everything passes through untouched.</li>
 *   <li>The attempt count starts afresh when a transmission ends without a collision: a frame
 *       sent whole, or one MacTx cut short (underflow), which its source drops; each
 *       frame's attempts are its own (the frame's transmission in 4.2.8 starts with none).</li>
 * </ul>
 *
 * <p>Backoff draws come from a 16-bit LFSR, with {@code backoffSeed} (e.g. from the station
 * address) mixed into its state at every collision, so stations in one simulation
 * draw independently-looking numbers but each run repeats exactly. Stations on one hub see the
 * same events and step their LFSRs in lockstep: mixing the seed into the draw alone would leave
 * every pair's draws a constant XOR apart (two stations in step would never pick one slot), while
 * mixed into the state, the difference between two stations' states runs through the LFSR's own
 * sequence.
 */
public final class CsmaCd extends HwComponent {
    public enum State {
        PASS,
        JAM,
        BACKOFF
    }

    public static final int GAP_BYTES = 12;
    /** The last third of the interframe spacing (32 bit times), in which carrier is ignored. */
    public static final int GAP_PART2_BYTES = 4;

    public static final int JAM_BYTES = 4;
    public static final int JAM_BYTE = 0x55;
    public static final int SLOT_BYTES = 64;
    private static final int SLOT_BITS = 6; // log2(SLOT_BYTES)
    public static final int MAX_ATTEMPTS = 16;
    public static final int BACKOFF_LIMIT = 10;

    public final Bool macValid;
    public final Bits macData;
    public final Bool macReady;
    public final Bool macAbort;
    public final Bool lineValid;
    public final Bits lineData;
    public final Bool phyReady;
    public final Bool carrierSense;
    public final Bool frameWaiting;
    public final Bool halfDuplex;
    public final Bits backoffSeed;
    public final Bool rewind;
    public final Bool discard;
    public final Bool collision;
    public final Bool lateCollision;
    public final Bool excessiveCollisions;
    public final Bool deferred;
    /**
     * For a monitor: the backoff drawn, in slot times, in the clock after the draw ({@code rewind});
     * it counts down while the backoff is waited and means nothing after it, nor before the first
     * draw (no reset). And the attempts that collided so far.
     */
    public final UInt drawnSlots;

    public final UInt collidedAttempts;

    final UInt state;
    final Bool inBurst;
    final UInt burstBytes;
    final UInt gapCount;
    final UInt jamCount;
    final UInt attempts;
    /** The attempt count and the mask start afresh in the next clock. */
    final Bool clearPending;

    final Bool late;
    /** The backoff still to wait, in byte times: slot times in the high bits, byte times of a slot in the low 6. */
    final UInt backoff;
    /** 2^k − 1 for k = min(attempts, 10): the draw's mask, a one shifted in at each collision. */
    final Bits mask;

    final Bits lfsr;
    final Bool active;
    final Bool fresh;
    final Bool deferCounted;
    final Bool afterOwn;
    final Bool afterJam;
    final Bool released;
    final Bool deferring;
    final Bool permit;

    public CsmaCd() {
        macValid = inBool();
        macData = inBits(8);
        macReady = outBool();
        macAbort = outBool();
        lineValid = outBool();
        lineData = outBits(8);
        phyReady = inBool();
        carrierSense = inBool();
        frameWaiting = inBool();
        halfDuplex = inBool();
        backoffSeed = inBits(BACKOFF_LIMIT);
        rewind = outBool();
        discard = outBool();
        collision = outBool();
        lateCollision = outBool();
        excessiveCollisions = outBool();
        deferred = outBool();
        drawnSlots = outUInt(BACKOFF_LIMIT);
        collidedAttempts = outUInt(5);

        state = regState(State.class, State.PASS);
        inBurst = regBool(false);
        burstBytes = regUInt(7, 0);
        gapCount = regUInt(4, 0);
        jamCount = dataRegUInt(2);
        attempts = dataRegUInt(5);
        clearPending = regBool(true);
        late = regBool(false);
        backoff = dataRegUInt(BACKOFF_LIMIT + SLOT_BITS);
        mask = dataRegBits(BACKOFF_LIMIT);
        // The LFSR has no reset of its own: it takes its preset in the clocks that find fresh set
        // (during a reset and the clock after), so its flip-flops' enable is the active register
        // alone, with no reset gate in front of it.
        lfsr = dataRegBits(16);
        active = regBool(true);
        fresh = regBool(true);
        deferCounted = regBool(false);
        afterOwn = regBool(false);
        afterJam = regBool(false);
        released = regBool(false);
        deferring = regBool(false);
        permit = regBool(true);

        // x^16 + x^14 + x^13 + x^11 + 1, a maximal-length Fibonacci LFSR, one step per clock after a
        // clock with anything going on (a frame offered or waiting, carrier, a burst, a collision's
        // jam or backoff): the activity is registered (active), so the LFSR's enable is one
        // flip-flop. An idle adapter's state then stands still, which lets a simulator skip idle time
        // exactly (the world's fast-forward); the draws still differ from collision to collision.
        // A collision steps it too: it needs a burst, whose bytes were activity in the clock before.
        // An LFSR cannot leave the all-zero state, and never enters it from another: the seed mixed
        // in at a collision (below) sets the top bit as well, so no mix can make it zero either.
        Bool feedback = xor(lfsr.apply(15), lfsr.apply(13), lfsr.apply(12), lfsr.apply(10));
        Bits stepped = cat(lfsr.apply(0, new BitCount(15)), feedback);
        // A collision (below) mixes the seed into the step it takes anyway (a collision needs a
        // burst, which steps the LFSR): one assignment under one enable, so the enable goes on
        // the flip-flops and each bit is a shift with at most an XOR.
        Bool colliding = and(is(state, State.PASS), halfDuplex, inBurst, carrierSense);
        Bits seed = mux(colliding, backoffSeed, bits(0, BACKOFF_LIMIT));
        assign(active, or(macValid, frameWaiting, carrierSense, inBurst, not(is(state, State.PASS))));
        assign(fresh, false);
        when(
                active,
                () -> assign(
                        lfsr,
                        mux(
                                fresh,
                                bits(0xACE1, 16),
                                or(
                                        xor(stepped, cat(bits(0, 16 - BACKOFF_LIMIT), seed)),
                                        cat(colliding, bits(0, 15))))));

        // Defaults: full duplex, or half duplex with nothing in the way, is a plain pass-through.
        // MacTx offers a byte before it is taken; on the line is only what is taken.
        assign(lineValid, and(macValid, macReady));
        assign(lineData, macData);
        // MacTx's strobe is the PHY's strobe and a registered permit, so no logic of this stage
        // sits in front of MacTx's register enables. The permit lags its causes by a clock; MacTx
        // is held aborted outside PASS, so the lag can never let it start a frame there.
        assign(macReady, and(phyReady, permit));
        assign(macAbort, not(is(state, State.PASS)));
        quietPulses();

        Bool half = halfDuplex;
        // Deference. gapCount times the interframe spacing in byte times: from carrier dropping
        // (reloaded while carrier is sensed in part 1) or from the end of our own burst.
        Bool gapRunning = not(eq(gapCount, uint(0, 4)));
        Bool inPart2 = and(gapRunning, not(gt(gapCount, uint(GAP_PART2_BYTES, 4))));
        Bool ignoreCarrier = or(afterOwn, released, inPart2);
        Bool gapEnds = and(phyReady, is(gapCount, 1));
        // Our burst ended on this strobe (the strobe is the spacing's first byte time), or our jam.
        Bool ownBurstEnds = and(is(state, State.PASS), macReady, not(macValid), inBurst);
        Bool jamEnds = and(is(state, State.JAM), phyReady, is(jamCount, JAM_BYTES - 1));
        Bool slotPassed = and(burstBytes.apply(6), burstBytes.apply(0)); // SLOT_BYTES + 1 bytes: the count stops
        // Counted down on every byte time and held at zero by taking away gapRunning, so no test
        // decides whether it counts: on the fast build, a byte time every clock, its flip-flops
        // need no enable, and the loads below (which win) sit in their data alone.
        when(phyReady, () -> assign(gapCount, minus(gapCount, mux(gapRunning, uint(1, 4), uint(0, 4)))));
        when(or(ownBurstEnds, jamEnds), () -> assign(gapCount, GAP_BYTES - 1))
                .elseWhen(and(carrierSense, not(ignoreCarrier)), () -> assign(gapCount, GAP_BYTES));
        // The spacing that follows our burst (a frame or a jam) or our jam, from its end to the
        // spacing's end: next values in every clock (a set and a clear, the clear winning) rather than
        // flip-flops with an enable, whose enable would gather every condition here.
        assign(afterOwn, and(not(gapEnds), or(ownBurstEnds, jamEnds, afterOwn)));
        assign(afterJam, and(not(gapEnds), or(jamEnds, and(not(ownBurstEnds), afterJam))));
        // The spacing ends: a frame waiting now goes, carrier or not, until it starts; not one
        // still backing off (it defers like any other when its backoff is over). The clear below
        // keeps the release only while a frame waits in PASS.
        assign(
                released,
                and(
                        or(gapEnds, released),
                        not(or(not(frameWaiting), and(macReady, macValid), not(is(state, State.PASS))))));
        // The decision to hold MacTx back is registered: it takes effect a clock after carrier
        // appears, like one more clock of propagation (a frame started in that clock meets its
        // collision a clock later, as on a wire), and keeps the gap counter's zero test out of
        // MacTx's timing paths. Collisions are still seen at once. After our own frame MacTx keeps
        // the gap itself; after our jam it is kept here, from the jam's last byte time on (a retry
        // with no backoff waits for it). In both, carrier is ignored.
        assign(deferring, and(half, not(released), not(afterOwn), or(carrierSense, gapRunning)));
        Bool mustDefer = and(deferring, not(inBurst));
        Bool jamGap = or(jamEnds, and(afterJam, gapRunning));
        assign(permit, or(not(half), and(is(state, State.PASS), not(mustDefer), not(jamGap))));

        // Our own bursts, tracked in PASS: a strobe with a byte starts or continues one, a strobe
        // without ends it. The burst a collision ended is over in the jam: cleared there, in the
        // jam's clocks, rather than by the collision itself, which then reaches none of these. A
        // frame that had to defer is counted once (deferCounted), until its first byte goes out.
        // All next values in every clock (sets, clears and a count) rather than flip-flops with
        // enables, whose enables would gather these conditions behind MacTx's registers.
        Bool inPass = is(state, State.PASS);
        Bool byteSent = and(inPass, macReady, macValid);
        Bool strobeIdle = and(inPass, macReady, not(macValid));
        assign(inBurst, and(not(is(state, State.JAM)), or(byteSent, and(inBurst, not(and(inPass, macReady))))));
        assign(
                burstBytes,
                mux(
                        or(is(state, State.JAM), strobeIdle),
                        uint(0, 7),
                        plus(burstBytes, mux(and(byteSent, not(slotPassed)), uint(1, 7), uint(0, 7)))));
        assign(deferCounted, and(not(byteSent), or(deferCounted, and(inPass, mustDefer, frameWaiting))));

        // The attempt count and the draw's mask change in one assignment under one condition, so
        // their flip-flops take it as their enable: a collision counts the attempt and widens the
        // mask; the end of our burst without a collision (the frame went out, whole or cut short)
        // or a frame given up after the jam (late, or the 16th attempt) starts them afresh, a clock
        // later through clearPending (after a burst or a jam no collision can come in that clock;
        // after full duplex one can: below), so the enable is a collision or that register, and no
        // reset (clearPending's reset value clears them after one). The attempt that collided was
        // the 16th when the count's top bit is set: the count never passes 16, as it starts again there.
        Bool exhausted = attempts.apply(Integer.numberOfTrailingZeros(MAX_ATTEMPTS));
        Bool givesUp = and(jamEnds, or(late, exhausted));
        // In full duplex the count stays at zero (a switch to full duplex in a jam leaves none). A
        // collision in the clock of a clear (half duplex again after a single clock of full) counts
        // from the cleared value.
        // A collision in the clock our burst ends counts, and no clear follows it.
        assign(clearPending, and(or(ownBurstEnds, givesUp, not(halfDuplex)), not(colliding)));
        when(or(colliding, clearPending), () -> {
            int width = attempts.getWidth();
            assign(
                    attempts,
                    mux(colliding, mux(clearPending, uint(1, width), plus(attempts, uint(1, width))), uint(0, width)));
            assign(
                    mask,
                    mux(
                            colliding,
                            mux(
                                    clearPending,
                                    bits(1, BACKOFF_LIMIT),
                                    cat(mask.apply(0, new BitCount(BACKOFF_LIMIT - 1)), bits(1, 1))),
                            bits(0, BACKOFF_LIMIT)));
        });

        when(is(state, State.PASS), () -> {
                    when(and(mustDefer, frameWaiting, not(deferCounted)), () -> assign(deferred, true));
                    // Loaded on every clock in PASS and read only in the jam, so a collision finds them
                    // set and they wait for no collision test: whether the burst was past the slot
                    // time, and the jam's first byte time (this one if it is a strobe).
                    assign(late, slotPassed);
                    assign(jamCount, mux(phyReady, uint(1, 2), uint(0, 2)));
                    when(colliding, () -> {
                        // Collision: stop MacTx and jam at once (this byte time is the jam's first if it
                        // is a strobe), count the attempt.
                        assign(macAbort, true);
                        assign(lineValid, true);
                        assign(lineData, bits(JAM_BYTE, 8));
                        assign(collision, true);
                        go(state, State.JAM);
                    });
                })
                .elseWhen(is(state, State.JAM), () -> {
                    assign(lineValid, true);
                    assign(lineData, bits(JAM_BYTE, 8));
                    // r uniform in [0, 2^k - 1], k = min(attempts, 10): the LFSR draw masked. The seed
                    // is XORed into the draw as well as into the state: the jam ends a few steps after
                    // the collision's mix, too few for the seed's low bits to reach the draw's low bits
                    // (which the first attempts use) through the feedback, so without it two stations
                    // in step whose addresses differ only in their last byte draw the same first slots
                    // (every time on the fast build; CsmaCdTest checks the first draw). Loaded on every
                    // clock of the jam, so the last load, in the clock the jam ends, is the draw the
                    // backoff counts down (read by the monitor in the clock after). The counter's enable
                    // is then the state alone, not the jam's end and its verdicts.
                    Bits draw = xor(lfsr.apply(0, new BitCount(BACKOFF_LIMIT)), backoffSeed);
                    assign(backoff, cat(and(draw, mask), bits(0, SLOT_BITS)).asUInt());
                    when(phyReady, () -> {
                        increment(jamCount);
                        when(is(jamCount, JAM_BYTES - 1), () -> {
                            when(or(late, exhausted), () -> {
                                        assign(lateCollision, late);
                                        assign(excessiveCollisions, not(late));
                                        assign(discard, true);
                                        go(state, State.PASS);
                                    })
                                    .otherwise(() -> {
                                        assign(rewind, true);
                                        go(state, State.BACKOFF);
                                    });
                        });
                    });
                })
                .elseWhen(is(state, State.BACKOFF), () -> {
                    assign(lineValid, false);
                    // Counted down on every byte time, past zero too: the state leaves at zero, and the
                    // counter's enable waits for no zero test.
                    when(is(backoff, 0), () -> go(state, State.PASS));
                    when(phyReady, () -> assign(backoff, minus(backoff, uint(1, BACKOFF_LIMIT + SLOT_BITS))));
                });

        assign(drawnSlots, backoff.apply(SLOT_BITS, new BitCount(BACKOFF_LIMIT)));
        assign(collidedAttempts, attempts);

        // Full duplex: nothing above applies.
        when(not(half), () -> {
            assign(lineValid, and(macValid, phyReady));
            assign(lineData, macData);
            assign(macAbort, false);
            quietPulses();
            go(state, State.PASS);
        });
    }

    /** No event this clock: the one-clock pulses to the frame's source and the counters stay low. */
    private void quietPulses() {
        assign(rewind, false);
        assign(discard, false);
        assign(collision, false);
        assign(lateCollision, false);
        assign(excessiveCollisions, false);
        assign(deferred, false);
    }
}
