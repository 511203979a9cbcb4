package jnic.sim.mac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import jnic.sim.Model;
import jnic.sim.golden.EthernetReference;
import jnic.sim.golden.ManchesterReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * TX → line → RX: random frames out of one MAC's transmit path, across the line (the sender's
 * clock re-sampled by the receiver's, with drift and noise), into another MAC's receive path.
 * Every frame arrives byte-identical and accepted, or is flagged for the right reason.
 */
class MacLoopTest {
    private static final int SAMPLES_PER_BIT = 8;
    private static final byte[] STATION = {0x02, 0x00, 0x5E, 0x10, 0x20, 0x30};

    private static List<byte[]> randomFrames(Random random, int count) {
        List<byte[]> frames = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int length = i == 0 ? 14 : i == 1 ? 1514 : 14 + random.nextInt(400);
            byte[] f = new byte[length];
            random.nextBytes(f);
            System.arraycopy(i % 3 == 0 ? new byte[] {-1, -1, -1, -1, -1, -1} : STATION, 0, f, 0, 6);
            frames.add(f);
        }
        return frames;
    }

    private static Model receiver(String top) {
        Model rx = Model.create(top);
        rx.set("maxLength", 1514);
        rx.set("stationAddress", EthernetReference.wireOrder(STATION));
        return rx;
    }

    /** A received frame and its verdicts. */
    record Received(
            byte[] bytes, boolean accept, boolean fcsError, boolean alignmentError, boolean runt, boolean giant) {
        boolean good() {
            return accept && !fcsError && !alignmentError && !runt && !giant;
        }
    }

    private static List<Received> collect(Model rx, Model.Sink sink, long start, Model.Recorder... flags) {
        long[][] f = new long[flags.length][];
        for (int i = 0; i < flags.length; i++) {
            f[i] = flags[i].take();
        }
        List<Received> out = new ArrayList<>();
        java.io.ByteArrayOutputStream current = new java.io.ByteArrayOutputStream();
        for (Model.Transfer t : sink.take()) {
            current.write((int) t.data());
            if (t.last()) {
                int at = (int) (t.cycle() - start);
                out.add(new Received(
                        current.toByteArray(),
                        f[0][at] != 0,
                        f[1][at] != 0,
                        f[2][at] != 0,
                        f[3][at] != 0,
                        f[4][at] != 0));
                current.reset();
            }
        }
        return out;
    }

    private static List<Received> receive(Model rx, String activePort, long[] active, String levelPort, long[] level) {
        rx.drive(activePort, active);
        if (levelPort != null) {
            rx.drive(levelPort, level);
        }
        return collectReceived(rx, active.length);
    }

    /** The Manchester line (samples, as the receiver's clock took them) into a MacPhy, a bit cell per clock. */
    private static List<Received> receive(Model rx, Line line) {
        return receive(
                rx,
                "lineInActive",
                ManchesterReference.cells(line.active(), SAMPLES_PER_BIT),
                "lineInLevel",
                ManchesterReference.cells(line.level(), SAMPLES_PER_BIT));
    }

    private static List<Received> collectReceived(Model rx, int clocks) {
        Model.Sink sink = rx.sink("rx");
        Model.Recorder accept = rx.record("rxAccept");
        Model.Recorder fcs = rx.record("rxFcsError");
        Model.Recorder align = rx.record("rxAlignmentError");
        Model.Recorder runt = rx.record("rxRunt");
        Model.Recorder giant = rx.record("rxGiant");
        long start = rx.cycles();
        rx.run(clocks + 200);
        return collect(rx, sink, start, accept, fcs, align, runt, giant);
    }

    /** The sender's line, sample by sample at the sender's clock. */
    record Line(long[] active, long[] level) {}

    private static Line transmit(List<byte[]> frames) {
        long[][] line = lineOut("MacPhy", frames, 8, 8, "lineOutActive", "lineOutLevel");
        return new Line(
                ManchesterReference.perSample(line[0], SAMPLES_PER_BIT),
                ManchesterReference.samples(line[1], SAMPLES_PER_BIT));
    }

    /**
     * A transmitting MAC of {@code top} sends the frames back to back: its two line ports, clock by
     * clock, over {@code clocksPerByte} clocks per byte of the frames (preamble, padding, FCS and gap
     * included) and {@code slackBytes} more.
     */
    private static long[][] lineOut(
            String top, List<byte[]> frames, long clocksPerByte, long slackBytes, String first, String second) {
        try (Model tx = Model.create(top)) {
            tx.set("maxLength", 1514);
            Model.Source in = tx.source("frame");
            frames.forEach(in::pushPacket);
            Model.Recorder a = tx.record(first);
            Model.Recorder b = tx.record(second);
            long bytes = frames.stream()
                    .mapToLong(f -> 8 + Math.max(60, f.length) + 4 + 12)
                    .sum();
            tx.run((bytes + slackBytes) * clocksPerByte);
            assertEquals(0, in.pending(), "everything was sent");
            return new long[][] {a.take(), b.take()};
        }
    }

    /** The receiver's view: its clock runs {@code ppm} faster than the sender's, with a phase offset. */
    private static Line resample(Line sent, double ppm, double phase) {
        double step = 1 / (1 + ppm * 1e-6); // sender samples per receiver sample
        int n = (int) ((sent.active().length - phase - 1) / step);
        long[] a = new long[n];
        long[] l = new long[n];
        for (int i = 0; i < n; i++) {
            int s = (int) Math.floor(phase + i * step);
            a[i] = sent.active()[s];
            l[i] = sent.level()[s];
        }
        return new Line(a, l);
    }

    private static void assertAllGood(List<byte[]> frames, List<Received> got, String what) {
        assertEquals(
                frames.size(),
                got.size(),
                () -> what + ": frames received "
                        + got.stream()
                                .map(r -> r.bytes().length + (r.good() ? " good" : " " + r))
                                .toList());
        for (int i = 0; i < frames.size(); i++) {
            byte[] expected = EthernetReference.concat(
                    EthernetReference.padded(frames.get(i)),
                    EthernetReference.fcs(EthernetReference.padded(frames.get(i))));
            assertArrayEquals(
                    expected,
                    got.get(i).bytes(),
                    what + ": frame " + i + " byte-identical (with its FCS)\n expected "
                            + java.util.HexFormat.of().formatHex(expected) + "\n received "
                            + java.util.HexFormat.of().formatHex(got.get(i).bytes()));
            assertTrue(got.get(i).good(), what + ": frame " + i + " accepted without errors: " + got.get(i));
        }
    }

    @ParameterizedTest(name = "receiver clock {0} ppm from the sender's")
    @ValueSource(ints = {-200, -100, 0, 100, 200})
    void everyFrameCrossesTheManchesterLineWithDrift(int ppm) {
        Random random = new Random(ppm + 500);
        List<byte[]> frames = randomFrames(random, 12);
        Line line = resample(transmit(frames), ppm, random.nextDouble());
        try (Model rx = receiver("MacPhy")) {
            assertAllGood(frames, receive(rx, line), ppm + " ppm");
        }
    }

    @ParameterizedTest(name = "receiver clock {0} ppm from the sender's, noisy line")
    @ValueSource(ints = {-200, -100, 100, 200})
    void onANoisyLineFramesArriveIntactOrFlagged(int ppm) {
        Random random = new Random(ppm + 900);
        List<byte[]> frames = randomFrames(random, 30);
        Line line = resample(transmit(frames), ppm, random.nextDouble());
        // Noise: single-sample errors, about one per 20 bit times, never two within a bit time.
        // The majority vote hides such an error, except beside a transition, where it moves the
        // edge by a sample: with a quantisation step from the drift, that can throw a mid-bit
        // transition out of the decoder's window, end the frame early and cost the frame.
        long[] level = line.level().clone();
        int flips = 0;
        for (int s = SAMPLES_PER_BIT; s < level.length - SAMPLES_PER_BIT; s++) {
            if (random.nextInt(20 * SAMPLES_PER_BIT) == 0) {
                level[s] ^= 1;
                flips++;
                s += SAMPLES_PER_BIT;
            }
        }
        List<Received> got;
        try (Model rx = receiver("MacPhy")) {
            got = receive(rx, new Line(line.active(), level));
        }
        int delivered = assertIntactOrFlagged(frames, got, List.of());
        System.out.printf(
                "noisy line, %d ppm, %d flipped samples: %d of %d frames delivered intact, %d flagged receptions%n",
                ppm,
                flips,
                delivered,
                frames.size(),
                got.stream().filter(r -> !r.good()).count());
        assertTrue(
                delivered >= frames.size() * 8 / 10,
                delivered + " of " + frames.size() + " delivered: the decoder copes with noise");
    }

    /**
     * Every frame is delivered byte-identical at most once (never if in {@code corrupted}); every
     * reception that is not a good frame says why. Returns the frames delivered.
     */
    private static int assertIntactOrFlagged(List<byte[]> frames, List<Received> got, List<byte[]> corrupted) {
        List<byte[]> goodOnes = new ArrayList<>();
        for (Received r : got) {
            if (r.good()) {
                goodOnes.add(Arrays.copyOf(r.bytes(), r.bytes().length - 4));
            } else {
                assertTrue(r.fcsError() || r.alignmentError() || r.runt(), "a rejected frame says why: " + r);
            }
        }
        int delivered = 0;
        for (int i = 0; i < frames.size(); i++) {
            byte[] padded = EthernetReference.padded(frames.get(i));
            long copies =
                    goodOnes.stream().filter(g -> Arrays.equals(g, padded)).count();
            assertTrue(copies <= 1, "frame " + i + " delivered once at most");
            if (corrupted.contains(frames.get(i))) {
                assertEquals(0, copies, "corrupted frame " + i + " must not be delivered");
            }
            delivered += (int) copies;
        }
        assertEquals(delivered, goodOnes.size(), "nothing but sent frames is delivered as good");
        return delivered;
    }

    @Test
    void corruptedFramesAreFlaggedAndNeverDeliveredAsGood() {
        Random random = new Random(77);
        List<byte[]> frames = randomFrames(random, 16);
        Line sent = transmit(frames);
        long[] level = sent.level().clone();
        // Invert one whole half cell inside the data of every other frame: a real bit error.
        List<byte[]> corrupted = new ArrayList<>();
        int frameIndex = -1;
        for (int s = 1; s < sent.active().length; s++) {
            if (sent.active()[s] == 1 && sent.active()[s - 1] == 0) {
                frameIndex++;
                if (frameIndex % 2 == 1) {
                    byte[] f = frames.get(frameIndex);
                    int dataBits = 8 * (Math.max(60, f.length) + 4);
                    int bit = 64 + 16 + random.nextInt(dataBits - 16); // after preamble + SFD
                    int from = s + bit * SAMPLES_PER_BIT;
                    for (int k = 0; k < SAMPLES_PER_BIT / 2; k++) {
                        level[from + k] ^= 1;
                    }
                    corrupted.add(f);
                }
            }
        }
        Line line = resample(new Line(sent.active(), level), 60, 0.3);
        List<Received> got;
        try (Model rx = receiver("MacPhy")) {
            got = receive(rx, line);
        }
        int delivered = assertIntactOrFlagged(frames, got, corrupted);
        assertEquals(frames.size() - corrupted.size(), delivered, "every intact frame is delivered");
    }

    @Test
    void multicastFramesPassOnlyWhenTheirHashBinIsSet() {
        Random random = new Random(6);
        List<byte[]> groups = new ArrayList<>();
        long hash = 0;
        for (int i = 0; i < 8; i++) {
            byte[] group = new byte[6];
            random.nextBytes(group);
            group[0] |= 1;
            groups.add(group);
            if (i % 2 == 0) {
                hash |= 1L << AddressFilterTest.bin(group); // join every other group
            }
        }
        List<byte[]> frames = new ArrayList<>();
        for (byte[] group : groups) {
            byte[] f = new byte[100];
            random.nextBytes(f);
            System.arraycopy(group, 0, f, 0, 6);
            frames.add(f);
        }
        long[][] line = fastLine(frames);
        try (Model rx = receiver("MacFast")) {
            rx.set("multicastHash", hash);
            rx.drive("lineInData", line[1]);
            List<Received> got = receive(rx, "lineInValid", line[0], null, null);
            assertEquals(frames.size(), got.size());
            for (int i = 0; i < frames.size(); i++) {
                boolean joined = (hash >>> AddressFilterTest.bin(groups.get(i)) & 1) != 0;
                assertEquals(joined, got.get(i).accept(), "group " + i + (joined ? " joined" : " not joined"));
                assertFalse(got.get(i).fcsError(), "group " + i + " arrived intact");
            }
        }
    }

    /** The fast build's line for these frames: per-clock {valid, data}. */
    private static long[][] fastLine(List<byte[]> frames) {
        return lineOut("MacFast", frames, 1, 50, "lineOutValid", "lineOutData");
    }

    @Test
    void fastBuildLoopsBytesAtOneBytePerClock() {
        Random random = new Random(5);
        List<byte[]> frames = randomFrames(random, 40);
        long[][] line = fastLine(frames);
        long[] valid = line[0];
        long busy = Arrays.stream(valid).sum();
        assertTrue(busy * 100 / valid.length > 80, "the line is busy most of the time: back-to-back frames");
        try (Model rx = receiver("MacFast")) {
            rx.drive("lineInData", line[1]);
            assertAllGood(frames, receive(rx, "lineInValid", valid, null, null), "fast build");
        }
    }
}
