package jnic.sim.mac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import jnic.sim.Model;
import jnic.sim.golden.EthernetReference;
import org.junit.jupiter.api.Test;

/**
 * Testbench of CsmaCd (IEEE 802.3 clause 4.2.3.2) inside the fast MAC, one byte time per clock.
 * Other stations are played by a scripted carrier on the line in; the frame source replays or
 * drops frames when the MAC asks, as the NIC's buffer reader will.
 */
class CsmaCdTest {
    private static final int SLOT = 64;
    private static final int GAP = 12;
    private static final int JAM = 4;

    /** One burst on the line out: first clock, bytes. */
    record Burst(int start, byte[] bytes) {
        int end() {
            return start + bytes.length;
        }
    }

    /**
     * Everything observed in a run; {@code draws} the backoffs the monitor showed, in slot times,
     * and {@code drawnAfter} the attempts of the frame that had collided at each.
     */
    record Run(
            List<Burst> bursts,
            long collisions,
            long late,
            long excessive,
            long deferred,
            long sent,
            long underflows,
            List<Integer> draws,
            List<Integer> drawnAfter) {}

    private static Run run(boolean halfDuplex, List<byte[]> frames, long[] carrier, int cycles) {
        return run(halfDuplex, frames, carrier, cycles, 0);
    }

    /** As above, the frames offered only from clock {@code holdOff} on. */
    private static Run run(boolean halfDuplex, List<byte[]> frames, long[] carrier, int cycles, int holdOff) {
        byte[] gaps = new byte[cycles];
        Arrays.fill(gaps, 0, holdOff, (byte) 1);
        return run(halfDuplex, frames, carrier, gaps);
    }

    /** As above, the frames' source offering nothing in the clocks where {@code gaps} is set. */
    private static Run run(boolean halfDuplex, List<byte[]> frames, long[] carrier, byte[] gaps) {
        return run(halfDuplex, frames, carrier, gaps, new byte[] {2, 0, 0, 0, 0x12, 0x34});
    }

    /** As above, for the station with this address (its last bits seed the backoff's draws). */
    private static Run run(boolean halfDuplex, List<byte[]> frames, long[] carrier, byte[] gaps, byte[] address) {
        int cycles = gaps.length;
        try (Model m = Model.create("MacFast")) {
            m.set("maxLength", 1514);
            m.set("halfDuplex", halfDuplex ? 1 : 0);
            m.set("stationAddress", EthernetReference.wireOrder(address));
            Model.Source in = m.source("frame", gaps);
            frames.forEach(in::pushPacket);
            m.drive("lineInValid", carrier);
            Model.Recorder valid = m.record("lineOutValid");
            Model.Recorder data = m.record("lineOutData");
            Model.Recorder collision = m.record("txCollision");
            Model.Recorder late = m.record("txLateCollision");
            Model.Recorder excessive = m.record("txExcessiveCollisions");
            Model.Recorder deferred = m.record("txDeferred");
            Model.Recorder sent = m.record("txSent");
            Model.Recorder drew = m.record("monitorBackoff");
            Model.Recorder draw = m.record("monitorBackoffSlots");
            Model.Recorder attempts = m.record("monitorCollisions");
            Model.Recorder underflow = m.record("txUnderflow");
            m.run(cycles);
            long[] v = valid.take();
            long[] d = data.take();
            List<Burst> bursts = new ArrayList<>();
            ByteArrayOutputStream current = new ByteArrayOutputStream();
            int start = -1;
            for (int c = 0; c < v.length; c++) {
                if (v[c] != 0) {
                    if (start < 0) {
                        start = c;
                    }
                    current.write((int) d[c]);
                } else if (start >= 0) {
                    bursts.add(new Burst(start, current.toByteArray()));
                    current.reset();
                    start = -1;
                }
            }
            // The monitor shows each backoff drawn, in slot times, for a clock.
            long[] drewAt = drew.take();
            long[] slots = draw.take();
            long[] collided = attempts.take();
            List<Integer> draws = new ArrayList<>();
            List<Integer> drawnAfter = new ArrayList<>();
            for (int c = 0; c < drewAt.length; c++) {
                if (drewAt[c] != 0) {
                    draws.add((int) slots[c]);
                    drawnAfter.add((int) collided[c]);
                }
            }
            return new Run(
                    bursts,
                    ones(collision.take()),
                    ones(late.take()),
                    ones(excessive.take()),
                    ones(deferred.take()),
                    ones(sent.take()),
                    ones(underflow.take()),
                    draws,
                    drawnAfter);
        }
    }

    private static long ones(long[] samples) {
        return Arrays.stream(samples).filter(x -> x != 0).count();
    }

    private static long[] carrier(int cycles, int... startEndPairs) {
        long[] c = new long[cycles];
        for (int i = 0; i < startEndPairs.length; i += 2) {
            Arrays.fill(c, startEndPairs[i], startEndPairs[i + 1], 1);
        }
        return c;
    }

    private static boolean isJam(Burst b, int from) {
        for (int i = from; i < b.bytes().length; i++) {
            if (b.bytes()[i] != 0x55) {
                return false;
            }
        }
        return true;
    }

    @Test
    void defersToCarrierAndWaitsTheGapAfterIt() {
        byte[] frame = EthernetReference.randomBytes(new Random(1), 100);
        // Carrier is up before the frame is offered (the station senses it a clock after it appears).
        Run r = run(true, List.of(frame), carrier(2000, 0, 300), 2000, 5);
        assertEquals(1, r.bursts().size());
        Burst b = r.bursts().get(0);
        assertArrayEquals(EthernetReference.wire(frame), b.bytes(), "sent whole");
        assertTrue(b.start() >= 300 + GAP, "waited for carrier and 96 bit times after it: started at " + b.start());
        assertTrue(b.start() <= 300 + GAP + 4, "and not much longer: started at " + b.start());
        assertEquals(1, r.deferred());
        assertEquals(0, r.collisions());
    }

    @Test
    void carrierInTheFirstTwoThirdsOfTheGapIsDeferredTo() {
        byte[] frame = EthernetReference.randomBytes(new Random(11), 100);
        // Another station starts 5 byte times into the gap after the first: part 1 (4.2.3.2.1).
        Run r = run(true, List.of(frame), carrier(3000, 0, 300, 305, 1000), 3000, 5);
        assertEquals(1, r.bursts().size());
        Burst b = r.bursts().get(0);
        assertTrue(b.start() >= 1000 + GAP, "deferred to the second carrier and its gap: started at " + b.start());
        assertTrue(b.start() <= 1000 + GAP + 4, "and not much longer: started at " + b.start());
        assertArrayEquals(EthernetReference.wire(frame), b.bytes(), "sent whole");
        assertEquals(0, r.collisions());
    }

    @Test
    void carrierInTheLastThirdOfTheGapDoesNotHoldBackAWaitingFrame() {
        byte[] frame = EthernetReference.randomBytes(new Random(12), 100);
        // Another station starts 10 byte times into the gap: part 2, where carrier is ignored. Both
        // were waiting for the same gap, so both go and collide (the other stops after its jam),
        // and the backoff decides.
        Run r = run(true, List.of(frame), carrier(3000, 0, 300, 310, 330), 3000, 5);
        Burst first = r.bursts().get(0);
        assertTrue(first.start() >= 300 + GAP, "still waited out the gap: started at " + first.start());
        assertTrue(first.start() <= 300 + GAP + 4, "and went at its end, into the carrier: " + first.start());
        assertEquals(1, r.collisions(), "the two stations collided");
        assertTrue(isJam(first, first.bytes().length - JAM), "and the attempt ends in a jam");
        assertEquals(2, r.bursts().size(), "the cut attempt, then the retry");
        Burst retry = r.bursts().get(1);
        assertTrue(
                retry.start() >= first.end() + GAP,
                "the retry waits out the gap after its own jam: " + retry.start() + ", jam ended " + first.end());
        assertArrayEquals(EthernetReference.wire(frame), retry.bytes(), "and is the whole frame");
        assertEquals(1, r.sent());
    }

    @Test
    void aFrameOfferedAfterTheGapDefersToCarrierInIt() {
        byte[] frame = EthernetReference.randomBytes(new Random(13), 100);
        // The carrier came in part 2 of the gap, but no frame was waiting when the gap ended.
        Run r = run(true, List.of(frame), carrier(3000, 0, 300, 310, 1000), 3000, 330);
        assertEquals(1, r.bursts().size());
        assertTrue(
                r.bursts().get(0).start() >= 1000 + GAP,
                "deferred: " + r.bursts().get(0).start());
        assertEquals(0, r.collisions());
    }

    @Test
    void theGapAfterOurOwnFrameIgnoresCarrier() {
        byte[] one = EthernetReference.randomBytes(new Random(14), 100);
        byte[] two = EthernetReference.randomBytes(new Random(15), 100);
        Run alone = run(true, List.of(one, two), new long[3000], 3000);
        assertEquals(2, alone.bursts().size());
        int end = alone.bursts().get(0).end();
        int next = alone.bursts().get(1).start();
        assertEquals(end + GAP, next, "back to back, 96 bit times apart");
        // Another station starts 3 byte times into our gap (and stops after the collision's jam):
        // the standard times our whole spacing without looking at carrier (4.2.8, wasTransmitting),
        // so the next frame still goes then.
        Run hit = run(true, List.of(one, two), carrier(3000, end + 3, end + 30), 3000);
        assertEquals(next, hit.bursts().get(1).start(), "the second frame started on time");
        assertEquals(1, hit.collisions(), "into the other station's frame");
        assertEquals(2, hit.sent(), "and both frames went out whole in the end");
    }

    @Test
    void fullDuplexIgnoresCarrier() {
        byte[] frame = EthernetReference.randomBytes(new Random(2), 100);
        Run r = run(false, List.of(frame), carrier(2000, 0, 1500), 2000);
        assertEquals(1, r.bursts().size());
        assertTrue(r.bursts().get(0).start() < 10, "no deference in full duplex");
        assertEquals(0, r.deferred());
    }

    @Test
    void aCollisionIsJammedBackedOffAndTheFrameSentAgainWhole() {
        byte[] frame = EthernetReference.randomBytes(new Random(3), 200);
        // The first burst starts within a few clocks; another station starts 30 bytes in.
        Run r = run(true, List.of(frame), carrier(3000, 30, 36), 3000);
        assertEquals(1, r.collisions());
        assertEquals(2, r.bursts().size(), "the cut attempt, then the retry");
        Burst cut = r.bursts().get(0);
        Burst retry = r.bursts().get(1);
        // The collision is seen through the synchroniser-free byte line at once: the attempt
        // stops and 4 bytes of jam follow.
        assertTrue(isJam(cut, cut.bytes().length - JAM), "ends with 32 bits of jam");
        assertArrayEquals(EthernetReference.wire(frame), retry.bytes(), "the retry is the whole frame again");
        int wait = retry.start() - cut.end();
        // Attempt 1: r in {0, 1} slots; and not before the gap after the other station's carrier.
        assertTrue(retry.start() >= 36 + GAP, "deferred to the other station: " + retry.start());
        assertTrue(wait <= SLOT + GAP + 2, "backoff of at most one slot: waited " + wait);
        assertEquals(1, r.sent());
    }

    @Test
    void sixteenCollisionsGiveUpWithBackoffsInRange() {
        byte[] frame = EthernetReference.randomBytes(new Random(4), 1500);
        // Another station talks for 2 byte times in every 40, all run long: every attempt of a
        // long frame is hit within its first slot, and the gaps (38 > 12 byte times) let each
        // attempt start. Worst case for 16 attempts: about 7000 slots of backoff.
        int cycles = 1_000_000;
        long[] carrier = new long[cycles];
        for (int c = 20; c + 1 < cycles; c += 40) {
            carrier[c] = 1;
            carrier[c + 1] = 1;
        }
        Run r = run(true, List.of(frame), carrier, cycles);
        assertEquals(16, r.collisions(), "16 attempts");
        assertEquals(15, r.draws().size(), "a backoff drawn after each collision but the last");
        assertEquals(
                IntStream.rangeClosed(1, 15).boxed().toList(),
                r.drawnAfter(),
                "each drawn after 1, 2, ... 15 attempts");
        assertEquals(1, r.excessive(), "then it gives up");
        assertEquals(0, r.late(), "every collision within the slot time");
        List<Burst> bursts = r.bursts();
        assertEquals(16, bursts.size(), "16 cut attempts, and after the last nothing: the frame was dropped");
        for (Burst b : bursts) {
            assertTrue(isJam(b, b.bytes().length - JAM), "every attempt ends in a jam");
        }
        long longWaits = 0;
        for (int attempt = 1; attempt < 16; attempt++) {
            int k = Math.min(attempt, 10);
            int wait = bursts.get(attempt).start() - bursts.get(attempt - 1).end();
            assertTrue(
                    wait <= ((1 << k) - 1) * SLOT + 40 + GAP,
                    "attempt " + attempt + " waited " + wait + ", more than r <= 2^" + k + " - 1 slots allows");
            // The draw the monitor showed is the wait: r slot times from the jam's end, then at most
            // a deferral to the other station (2 byte times in 40) and the gap after it.
            int drawn = r.draws().get(attempt - 1);
            assertTrue(
                    wait >= drawn * SLOT && wait <= drawn * SLOT + 40 + GAP,
                    "attempt " + attempt + " drew " + drawn + " slots and waited " + wait + " byte times");
            longWaits += wait > 4 * SLOT ? 1 : 0;
        }
        assertTrue(longWaits >= 3, "the backoff grows with the attempts: " + longWaits + " waits over 4 slots");
        assertEquals(0, r.sent());
    }

    @Test
    void aFrameCutShortAfterACollisionLeavesNoAttemptsToTheNext() {
        // IEEE 802.3 4.2.8: each frame's transmission starts with no attempts. Frame A collides
        // once, its retry is cut short by its source (underflow: a bad FCS, then A is dropped),
        // and frame B's first collision must count as B's first, drawing from {0, 1}.
        byte[] a = EthernetReference.randomBytes(new Random(8), 300);
        byte[] b = EthernetReference.randomBytes(new Random(9), 300);
        int cycles = 4000;
        long[] hitA = carrier(cycles, 30, 36);
        // The runs are deterministic: find where A's retry starts, stall the source in it, then
        // find where B starts and hit B too.
        int retry =
                run(true, List.of(a, b), hitA, new byte[cycles]).bursts().get(1).start();
        byte[] stall = new byte[cycles];
        Arrays.fill(stall, retry + 40, retry + 45, (byte) 1);
        Run cutA = run(true, List.of(a, b), hitA, stall);
        assertEquals(1, cutA.underflows(), "A's retry was cut short");
        assertEquals(3, cutA.bursts().size(), "A's attempt, A's retry cut short, B");
        int startB = cutA.bursts().get(2).start();
        Run r = run(true, List.of(a, b), carrier(cycles, 30, 36, startB + 20, startB + 26), stall);
        assertEquals(2, r.collisions());
        assertEquals(List.of(1, 1), r.drawnAfter(), "B's collision is its first, as A's was");
        assertTrue(r.draws().get(1) <= 1, "so B draws from {0, 1}: " + r.draws());
        assertEquals(1, r.sent(), "B goes out whole after its backoff");
    }

    @Test
    void stationsWhoseAddressesDifferInTheLastBitDrawDifferentFirstSlots() {
        // Stations on one hub see the same events, so their LFSRs step in lockstep; only their
        // seeds (the address's last ten bits) tell their draws apart. The first draw (r in {0, 1})
        // must depend on the seed's lowest bit: two stations whose addresses differ only there
        // would otherwise collide again on every first retry.
        byte[] frame = EthernetReference.randomBytes(new Random(3), 200);
        int cycles = 3000;
        long[] carrier = carrier(cycles, 30, 36);
        List<Integer> firstDraws = new ArrayList<>();
        for (byte last : new byte[] {0x34, 0x35}) {
            Run r = run(true, List.of(frame), carrier, new byte[cycles], new byte[] {2, 0, 0, 0, 0x12, last});
            assertEquals(1, r.collisions());
            firstDraws.add(r.draws().get(0));
        }
        assertNotEquals(firstDraws.get(0), firstDraws.get(1), "first draws of ...:34 and ...:35: " + firstDraws);
    }

    @Test
    void aLateCollisionIsJammedCountedAndNotRetried() {
        byte[] frame = EthernetReference.randomBytes(new Random(6), 300);
        byte[] next = EthernetReference.randomBytes(new Random(7), 80);
        // Hit the first frame 150 bytes in: past the 64-byte slot time.
        Run r = run(true, List.of(frame, next), carrier(3000, 150, 153), 3000);
        assertEquals(1, r.collisions());
        assertEquals(1, r.late());
        assertEquals(2, r.bursts().size(), "the cut frame, then the next frame: no retry");
        assertArrayEquals(EthernetReference.wire(next), r.bursts().get(1).bytes());
        assertEquals(1, r.sent());
    }
}
