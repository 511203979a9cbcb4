package jnic.sim.nic;

import static jnic.sim.nic.NicRegisterMap.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import jnic.sim.Medium;
import jnic.sim.World;
import jnic.sim.golden.EthernetReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * NICs on a medium, driven only through their host buses: frames copied into the transmit ring,
 * sent, received into the other station's receive ring and copied out, checked against what was
 * sent; statistics checked against the count of what happened.
 */
class NicTrafficTest {
    static final int ALL_INTERRUPTS = 1 << INT_TX_DONE | 1 << INT_RX_READY | 1 << INT_RX_OVERFLOW | 1 << INT_TX_ERROR;
    static final int ETHERTYPE = 0x88B5; // IEEE 802 local experimental

    /** A frame from {@code from} to {@code to}: addresses, EtherType, a sequence number, random bytes. */
    static byte[] frame(Random random, byte[] to, byte[] from, int sequence, int length) {
        byte[] f = EthernetReference.randomBytes(random, length);
        System.arraycopy(to, 0, f, 0, 6);
        System.arraycopy(from, 0, f, 6, 6);
        f[12] = (byte) (ETHERTYPE >>> 8);
        f[13] = (byte) ETHERTYPE;
        if (length >= 18) {
            f[14] = (byte) (sequence >>> 24);
            f[15] = (byte) (sequence >>> 16);
            f[16] = (byte) (sequence >>> 8);
            f[17] = (byte) sequence;
        }
        return f;
    }

    /** Each station sends its list as fast as its ring takes them; returns what each received. */
    static List<List<NicHost.Received>> exchange(
            World w, List<NicHost> hosts, List<List<byte[]>> toSend, long maxCycles) {
        return exchange(w, hosts, toSend, maxCycles, false);
    }

    /**
     * The same; with {@code drainBetweenSends} the hosts empty every receive ring after each frame
     * they queue (without, all stations fill their transmit rings at once and contend together).
     */
    static List<List<NicHost.Received>> exchange(
            World w, List<NicHost> hosts, List<List<byte[]>> toSend, long maxCycles, boolean drainBetweenSends) {
        int n = hosts.size();
        int[] next = new int[n];
        List<List<NicHost.Received>> received = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            received.add(new ArrayList<>());
        }
        long start = w.cycles();
        while (w.cycles() - start < maxCycles) {
            boolean busy = false;
            for (int i = 0; i < n; i++) {
                NicHost h = hosts.get(i);
                while (next[i] < toSend.get(i).size() && h.send(toSend.get(i).get(next[i]))) {
                    next[i]++;
                    // Copying a long frame in takes hundreds of clocks, in which the peers' short
                    // frames keep arriving: drain every receive ring between sends, as a host's
                    // receive interrupt would, so no ring overflows behind a busy sender.
                    for (int j = 0; j < n && drainBetweenSends; j++) {
                        received.get(j).addAll(hosts.get(j).receiveAll());
                    }
                }
                busy |= next[i] < toSend.get(i).size() || h.txQueued() > 0;
            }
            long mask = w.runUntilInterrupt(busy ? 200_000 : 20_000);
            if (mask == 0 && !busy) {
                break; // everything sent and a quiet spell: nothing more will come
            }
            for (int i = 0; i < n; i++) {
                if ((mask >>> i & 1) != 0 && (hosts.get(i).acknowledge() & 1 << INT_RX_READY) != 0) {
                    received.get(i).addAll(hosts.get(i).receiveAll());
                }
            }
        }
        for (int i = 0; i < n; i++) {
            received.get(i).addAll(hosts.get(i).receiveAll());
        }
        return received;
    }

    static List<NicHost> start(World w, int extraControl) {
        List<NicHost> hosts = new ArrayList<>();
        for (int i = 0; i < w.stations().size(); i++) {
            NicHost h = new NicHost(w, i);
            h.reset();
            h.enable(extraControl, ALL_INTERRUPTS);
            hosts.add(h);
        }
        return hosts;
    }

    @Test
    void tenThousandFramesEachWayOnACableArriveOnceAndIntact() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            List<NicHost> hosts = start(w, 0);
            Random random = new Random(7);
            List<List<byte[]>> toSend = List.of(new ArrayList<>(), new ArrayList<>());
            for (int s = 0; s < 2; s++) {
                byte[] own = hosts.get(s).macAddress();
                byte[] peer = hosts.get(1 - s).macAddress();
                for (int k = 0; k < 10_000; k++) {
                    int length = k % 10 == 0 ? 14 + random.nextInt(46) : 14 + random.nextInt(1501); // some runts to pad
                    toSend.get(s).add(frame(random, peer, own, k, length));
                }
            }
            List<List<NicHost.Received>> received = exchange(w, hosts, toSend, 50_000_000, true);

            for (int s = 0; s < 2; s++) {
                List<byte[]> sent = toSend.get(s);
                List<NicHost.Received> got = received.get(1 - s);
                assertEquals(sent.size(), got.size(), "frames from station " + s);
                long sentBytes = 0;
                long paddedBytes = 0;
                for (int k = 0; k < sent.size(); k++) {
                    byte[] expected = EthernetReference.padded(sent.get(k));
                    assertArrayEquals(expected, got.get(k).frame(), "frame " + k + " from station " + s);
                    assertEquals(1, got.get(k).descriptor() >>> DESCRIPTOR_UNICAST & 1, "unicast to the receiver");
                    sentBytes += sent.get(k).length;
                    paddedBytes += expected.length;
                }
                NicHost tx = hosts.get(s);
                NicHost rx = hosts.get(1 - s);
                assertEquals(sent.size(), tx.counter(Counter.TX_FRAMES));
                assertEquals(sentBytes, tx.counter(Counter.TX_BYTES));
                assertEquals(sent.size(), rx.counter(Counter.RX_FRAMES));
                assertEquals(paddedBytes, rx.counter(Counter.RX_BYTES));
                for (Counter c : List.of(
                        Counter.TX_ERRORS,
                        Counter.RX_FCS_ERRORS,
                        Counter.RX_RUNTS,
                        Counter.RX_GIANTS,
                        Counter.RX_OVERFLOWS,
                        Counter.COLLISIONS,
                        Counter.DEFERRALS)) {
                    assertEquals(0, tx.counter(c) + rx.counter(c), c.toString());
                }
            }
        }
    }

    /**
     * The buffer memories are single-ported (an UltraPlus's SPRAM; Nic's class comment): the line's
     * accesses go first and the host's wait ({@code busStall}). A host copying a frame in while the
     * previous one streams out, and copying a frame out while the next one streams in, is refused a
     * clock now and then, at most one in four (the transmit ring reads a word every fourth byte), and
     * loses no byte either way.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NicFast", "NicPhy"})
    void theHostsBufferAccessesWaitForTheLineAndLoseNothing(String top) {
        try (World w = World.create(top, 2, Medium.CABLE)) {
            List<NicHost> hosts = start(w, 0);
            NicHost sender = hosts.get(0);
            NicHost receiver = hosts.get(1);
            Random random = new Random(29);
            byte[] first = frame(random, receiver.macAddress(), sender.macAddress(), 0, 1514);
            byte[] second = frame(random, receiver.macAddress(), sender.macAddress(), 1, 1514);
            int words = NicHost.words(second).length;
            assertTrue(sender.send(first));
            w.run(200); // the first frame is streaming out

            long before = w.busStalls();
            assertTrue(sender.send(second));
            long copyingIn = w.busStalls() - before;
            assertTrue(copyingIn > 0, top + ": copying in met the first frame's reads");
            assertTrue(copyingIn <= words / 3 + 2, top + ": at most a clock in four lost: " + copyingIn);

            // The first frame's receive interrupt; the second is arriving while the host copies it out.
            long mask = 0;
            for (int i = 0; i < 10 && (mask & 2) == 0; i++) {
                mask = w.runUntilInterrupt(1_000_000);
                if ((mask & 1) != 0) {
                    sender.acknowledge(); // its first frame's TX_DONE
                }
            }
            assertEquals(2, mask & 2, "the receiver interrupts for the first frame");
            receiver.acknowledge();
            before = w.busStalls();
            List<NicHost.Received> got = new ArrayList<>(receiver.receiveAll());
            long copyingOut = w.busStalls() - before;
            assertTrue(copyingOut > 0, top + ": copying out met the second frame's writes");
            assertTrue(copyingOut <= words / 3 + 2, top + ": at most a clock in four lost: " + copyingOut);
            w.run(top.equals("NicPhy") ? 200_000 : 20_000);
            got.addAll(receiver.receiveAll());

            System.out.printf(
                    "%s: %d-word copies refused %d (in) and %d (out) clocks%n", top, words, copyingIn, copyingOut);
            assertEquals(2, got.size(), "both frames arrived");
            assertArrayEquals(first, got.get(0).frame(), "the first frame, byte for byte");
            assertArrayEquals(second, got.get(1).frame(), "the second frame, byte for byte");
            assertEquals(0, receiver.counter(Counter.RX_FCS_ERRORS) + sender.counter(Counter.TX_ERRORS));
        }
    }

    /**
     * Interrupt moderation (INT_HOLDOFF, docs/registers.md): after an acknowledgement the line
     * stays low for the holdoff though a frame arrives meanwhile, rises when it ends, and the
     * frame is there; with no holdoff the same frame interrupts at once.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NicFast", "NicPhy"})
    void theInterruptHoldoffDelaysTheLineAndLosesNoEvent(String top) {
        long clocksPerLogicClock = top.equals("NicPhy") ? 4 : 1; // the phy build's logic runs on the MII clock
        int holdoff = 3000;
        long[] took = new long[2];
        for (int withHoldoff = 0; withHoldoff < 2; withHoldoff++) {
            try (World w = World.create(top, 2, Medium.CABLE)) {
                List<NicHost> hosts = start(w, 0);
                NicHost a = hosts.get(0);
                NicHost b = hosts.get(1);
                a.write(INT_MASK, 0); // only b interrupts
                b.write(INT_HOLDOFF, withHoldoff * holdoff);
                assertEquals(withHoldoff * holdoff, b.read(INT_HOLDOFF));
                byte[] f = frame(new Random(5), b.macAddress(), a.macAddress(), 0, 100);
                b.write(INT_STATUS, ALL_INTERRUPTS); // an acknowledgement: the holdoff starts
                long acknowledged = w.cycles();
                assertTrue(a.send(f));
                long mask = w.runUntilInterrupt(100 * holdoff * clocksPerLogicClock);
                took[withHoldoff] = (w.cycles() - acknowledged) / clocksPerLogicClock;
                assertEquals(1L << 1, mask, "b interrupts");
                assertTrue((b.read(INT_STATUS) & 1 << INT_RX_READY) != 0);
                List<NicHost.Received> got = b.receiveAll();
                assertEquals(1, got.size());
                assertArrayEquals(f, got.get(0).frame());
            }
        }
        assertTrue(took[0] < holdoff / 3, "without a holdoff the frame interrupts when it arrives: " + took[0]);
        assertTrue(
                took[1] >= holdoff - 2 && took[1] <= holdoff + 4,
                "with one, when the holdoff ends: " + took[1] + " clocks after the acknowledgement");
    }

    /**
     * A soft reset while a frame is on the line: the MAC is reset with the rest (docs/registers.md),
     * so the cut frame is gone and the next one goes out whole. The peer counts the cut one as an
     * error; nothing of it reaches a receive slot.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NicFast", "NicPhy"})
    void aSoftResetInTheMiddleOfAFrameLeavesTheNextFrameIntact(String top) {
        long clocksPerByte = top.equals("NicPhy") ? 8 : 1;
        try (World w = World.create(top, 2, Medium.CABLE)) {
            List<NicHost> hosts = start(w, 0);
            NicHost a = hosts.get(0);
            NicHost b = hosts.get(1);
            Random random = new Random(21);
            assertTrue(a.send(frame(random, b.macAddress(), a.macAddress(), 0, 1500)));
            w.run(400 * clocksPerByte);
            // 400 byte times after the command, 1500 bytes to send: the frame is on the line.
            assertEquals(1, a.txQueued(), "the frame is still going out");
            assertEquals(0, b.counter(Counter.RX_FRAMES) + b.counter(Counter.RX_FCS_ERRORS), "and not yet over");

            a.reset();
            a.enable(0, ALL_INTERRUPTS);
            byte[] next = frame(random, b.macAddress(), a.macAddress(), 1, 300);
            assertTrue(a.send(next));
            w.run(2_000 * clocksPerByte);
            List<NicHost.Received> got = b.receiveAll();
            assertEquals(1, got.size(), "only the frame after the reset arrives");
            assertArrayEquals(next, got.get(0).frame());
            assertEquals(1, a.counter(Counter.TX_FRAMES), "counted since the reset cleared the counters");
            assertEquals(0, a.txQueued());
            long cut = b.counter(Counter.RX_FCS_ERRORS)
                    + b.counter(Counter.RX_ALIGNMENT_ERRORS)
                    + b.counter(Counter.RX_RUNTS);
            assertTrue(cut >= 1, "the cut frame is counted as an error by the peer");
        }
    }

    /**
     * The transmit ring checks a frame's length against MAX_LENGTH when the host queues it: a frame
     * of exactly the limit goes out, one a byte longer is refused at once (TX_ERROR, counted, the
     * ring unchanged) and never reaches the line, and the next frame goes out whole.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"NicFast", "NicPhy"})
    void aFrameLongerThanMaxLengthIsRefusedBeforeAnyOfItReachesTheLine(String top) {
        long clocksPerByte = top.equals("NicPhy") ? 8 : 1;
        int limit = 100;
        try (World w = World.create(top, 2, Medium.CABLE)) {
            List<NicHost> hosts = start(w, 0);
            NicHost a = hosts.get(0);
            NicHost b = hosts.get(1);
            a.write(MAX_LENGTH, limit);
            Random random = new Random(22);
            byte[] exactly = frame(random, b.macAddress(), a.macAddress(), 0, limit);
            byte[] tooLong = frame(random, b.macAddress(), a.macAddress(), 1, limit + 1);
            byte[] after = frame(random, b.macAddress(), a.macAddress(), 2, 64);
            assertTrue(a.send(exactly));
            int tail = a.read(TX_RING) >>> 8 & 0xFF;
            assertTrue(a.send(tooLong));
            assertEquals(tail, a.read(TX_RING) >>> 8 & 0xFF, "the command longer than MAX_LENGTH queued nothing");
            assertEquals(1, a.counter(Counter.TX_ERRORS), "and was counted at once");
            assertTrue(a.send(after));
            w.run(1_000 * clocksPerByte);

            List<NicHost.Received> got = b.receiveAll();
            assertEquals(2, got.size());
            assertArrayEquals(exactly, got.get(0).frame(), "a frame of exactly MAX_LENGTH goes out");
            assertArrayEquals(after, got.get(1).frame());
            assertEquals(2, a.counter(Counter.TX_FRAMES));
            assertEquals(1, a.counter(Counter.TX_ERRORS));
            // The peer saw two frames and nothing else: no part of the refused one was on the line.
            assertEquals(2, b.counter(Counter.RX_FRAMES));
            assertEquals(
                    0,
                    b.counter(Counter.RX_FCS_ERRORS)
                            + b.counter(Counter.RX_ALIGNMENT_ERRORS)
                            + b.counter(Counter.RX_RUNTS)
                            + b.counter(Counter.RX_GIANTS));
            assertEquals(1 << INT_TX_ERROR, a.acknowledge() & 1 << INT_TX_ERROR, "TX_ERROR raised");
        }
    }

    @Test
    void aFullReceiveRingDropsAndCountsNewFramesAndKeepsTheOldOnesIntact() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            List<NicHost> hosts = start(w, 0);
            NicHost a = hosts.get(0);
            NicHost b = hosts.get(1);
            Random random = new Random(3);
            List<byte[]> frames = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                frames.add(frame(random, b.macAddress(), a.macAddress(), k, 100 + 50 * k));
            }
            int sent = 0;
            while (sent < frames.size() || a.txQueued() > 0) { // b never empties its ring meanwhile
                while (sent < frames.size() && a.send(frames.get(sent))) {
                    sent++;
                }
                w.runUntilInterrupt(100_000);
                a.acknowledge();
            }
            w.run(5_000);
            assertEquals(b.rxSlots, b.counter(Counter.RX_FRAMES));
            assertEquals(frames.size() - b.rxSlots, b.counter(Counter.RX_OVERFLOWS));
            assertTrue((b.read(INT_STATUS) & 1 << INT_RX_OVERFLOW) != 0, "overflow interrupt raised");
            List<NicHost.Received> kept = b.receiveAll();
            assertEquals(b.rxSlots, kept.size());
            for (int k = 0; k < kept.size(); k++) {
                assertArrayEquals(frames.get(k), kept.get(k).frame(), "frame " + k + " untouched by the overflow");
            }
            // Room again: traffic flows.
            byte[] after = frame(random, b.macAddress(), a.macAddress(), 99, 300);
            assertTrue(a.send(after));
            w.run(3_000);
            List<NicHost.Received> more = b.receiveAll();
            assertEquals(1, more.size());
            assertArrayEquals(after, more.get(0).frame());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"NicFast, 6, 150, 10", "NicPhy, 4, 12, 2"})
    void stationsOnAHubCollideBackOffAndDeliverOrCountEveryFrame(
            String top, int stations, int perStation, int fewestCollisions) {
        try (World w = World.create(top, stations, Medium.HUB)) {
            List<NicHost> hosts = start(w, 1 << CONTROL_HALF_DUPLEX);
            Random random = new Random(11);
            List<List<byte[]>> toSend = new ArrayList<>();
            Map<String, Integer> destination = new HashMap<>();
            for (int s = 0; s < stations; s++) {
                List<byte[]> list = new ArrayList<>();
                for (int k = 0; k < perStation; k++) {
                    int to = (s + 1 + random.nextInt(stations - 1)) % stations;
                    byte[] f = frame(
                            random, hosts.get(to).macAddress(), hosts.get(s).macAddress(), k, 60 + random.nextInt(200));
                    destination.put(Arrays.toString(f), to);
                    list.add(f);
                }
                toSend.add(list);
            }
            List<List<NicHost.Received>> received = exchange(w, hosts, toSend, 50_000_000);

            for (NicHost h : hosts) {
                System.out.printf(
                        "%s on a hub: sent %d, collisions %d, deferrals %d, received %d%n",
                        top,
                        h.counter(Counter.TX_FRAMES),
                        h.counter(Counter.COLLISIONS),
                        h.counter(Counter.DEFERRALS),
                        h.counter(Counter.RX_FRAMES));
            }
            long collisions = 0;
            int[] deliveredFrom = new int[stations];
            for (int r = 0; r < stations; r++) {
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (NicHost.Received got : received.get(r)) {
                    String key = Arrays.toString(got.frame());
                    Integer to = destination.get(key);
                    assertTrue(to != null, "station " + r + " received a frame nobody sent");
                    assertEquals(r, to, "delivered to its destination only");
                    assertTrue(seen.add(key), "delivered once");
                    deliveredFrom[got.frame()[11] - 1]++;
                }
            }
            for (int s = 0; s < stations; s++) {
                NicHost h = hosts.get(s);
                collisions += h.counter(Counter.COLLISIONS);
                long dropped = h.counter(Counter.EXCESSIVE_COLLISIONS) + h.counter(Counter.LATE_COLLISIONS);
                assertEquals(perStation, h.counter(Counter.TX_FRAMES) + dropped, "station " + s + ": sent or dropped");
                assertEquals(dropped, h.counter(Counter.TX_ERRORS));
                assertEquals(
                        h.counter(Counter.TX_FRAMES), deliveredFrom[s], "station " + s + "'s sent frames all arrived");
            }
            assertTrue(collisions >= fewestCollisions, "stations collided: " + collisions);
            assertTrue(w.collisionCycles() > 0);
        }
    }

    @Test
    void bitErrorsAreCaughtByTheFcsAndNoCorruptFrameIsDelivered() {
        try (World w = World.create("NicFast", 2, Medium.CABLE, new World.Impairments(1e-5, 0, 5))) {
            List<NicHost> hosts = start(w, 0);
            NicHost a = hosts.get(0);
            NicHost b = hosts.get(1);
            Random random = new Random(5);
            List<byte[]> frames = new ArrayList<>();
            for (int k = 0; k < 2000; k++) {
                frames.add(frame(random, b.macAddress(), a.macAddress(), k, 1000));
            }
            List<List<NicHost.Received>> received = exchange(w, hosts, List.of(frames, List.of()), 50_000_000);

            List<NicHost.Received> got = received.get(1);
            int k = 0;
            for (NicHost.Received r : got) { // in order, a subsequence of what was sent, byte-identical
                while (k < frames.size() && !Arrays.equals(frames.get(k), r.frame())) {
                    k++;
                }
                assertTrue(k < frames.size(), "a delivered frame matches none sent (corrupt?)");
                k++;
            }
            long caught = b.counter(Counter.RX_FCS_ERRORS)
                    + b.counter(Counter.RX_ALIGNMENT_ERRORS)
                    + b.counter(Counter.RX_RUNTS)
                    + b.counter(Counter.RX_GIANTS)
                    + b.counter(Counter.RX_FILTERED);
            long missing = frames.size() - got.size() - caught;
            assertTrue(w.bitErrors() > 50, "errors happened: " + w.bitErrors());
            assertTrue(caught > 50, "corrupted frames were counted: " + caught);
            // A frame is only lost uncounted if its preamble or SFD was hit (8 of ~1028 bytes).
            assertTrue(missing >= 0 && missing <= w.bitErrors() / 20, "uncounted losses: " + missing);
        }
    }

    @Test
    void manchesterNicsWithDriftingClocksExchangeFrames() {
        try (World w = World.create("NicPhy", 2, Medium.CABLE)) {
            w.clockOffset(0, 100);
            w.clockOffset(1, -100);
            List<NicHost> hosts = start(w, 0);
            Random random = new Random(9);
            List<List<byte[]>> toSend = List.of(new ArrayList<>(), new ArrayList<>());
            for (int s = 0; s < 2; s++) {
                for (int k = 0; k < 20; k++) {
                    toSend.get(s)
                            .add(frame(
                                    random,
                                    hosts.get(1 - s).macAddress(),
                                    hosts.get(s).macAddress(),
                                    k,
                                    14 + random.nextInt(400)));
                }
            }
            List<List<NicHost.Received>> received = exchange(w, hosts, toSend, 20_000_000);
            for (int s = 0; s < 2; s++) {
                assertEquals(20, received.get(1 - s).size());
                for (int k = 0; k < 20; k++) {
                    assertArrayEquals(
                            EthernetReference.padded(toSend.get(s).get(k)),
                            received.get(1 - s).get(k).frame());
                }
            }
        }
    }

    @Test
    void theCableDelaysTheSignalByThePropagationDelay() {
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            w.propagationDelay(7);
            List<NicHost> hosts = start(w, 0);
            var out = w.station(0).record("lineOutValid");
            var in = w.station(1).record("lineInValid");
            hosts.get(0)
                    .send(frame(
                            new Random(1),
                            hosts.get(1).macAddress(),
                            hosts.get(0).macAddress(),
                            0,
                            100));
            w.run(300);
            assertEquals(firstHigh(out.take()) + 7, firstHigh(in.take()));
        }
    }

    private static int firstHigh(long[] values) {
        for (int i = 0; i < values.length; i++) {
            if (values[i] != 0) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aVcdOfOneStationCoversItsWindowWithReadableNames(@TempDir Path dir) throws IOException {
        Path vcd = dir.resolve("station0.vcd");
        try (World w = World.create("NicFast", 2, Medium.CABLE)) {
            w.makeTraceable(0);
            List<NicHost> hosts = start(w, 0);
            long from = w.cycles() + 10;
            w.traceVcd(0, vcd, from, from + 200);
            hosts.get(0)
                    .send(frame(
                            new Random(1),
                            hosts.get(1).macAddress(),
                            hosts.get(0).macAddress(),
                            0,
                            60));
            w.run(1_000);
        }
        String text = Files.readString(vcd, StandardCharsets.US_ASCII);
        assertTrue(text.contains("$timescale 1ps $end"), "timescale");
        for (String name :
                List.of("busValid", "irq", "lineOutValid", "txRing", "rxRing", "selfTest", "csma", "stationAddress")) {
            assertTrue(text.contains(name), "signal or scope named " + name);
        }
        long period = 80_000;
        long first = Long.MAX_VALUE;
        long last = 0;
        for (String line : text.split("\n")) {
            if (line.startsWith("#")) {
                long t = Long.parseLong(line.substring(1).trim());
                first = Math.min(first, t);
                last = Math.max(last, t);
            }
        }
        assertTrue(first >= 0 && last - first <= 200 * period, "window: " + first + " .. " + last);
        assertTrue(last - first >= 199 * period, "the whole window: " + first + " .. " + last);
    }
}
