package jnic.sim.mac;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import jnic.sim.Model;
import jnic.sim.golden.EthernetReference;
import jnic.sim.golden.ManchesterReference;
import org.junit.jupiter.api.Test;

/** Testbenches of the receive framers (bit and byte line) and the frame checker. */
class RxStagesTest {

    /**
     * Per-clock drive of a bit stream for RxNibbleFramer as the Manchester decoder gives it: 0, 1 or
     * 2 bits a clock (mostly 1; the others where the sender's clock slips against ours), and
     * lockLost at the end of a burst, with its last bits or on a clock of its own.
     */
    private static final class BitLine {
        final List<Long> count = new ArrayList<>();
        final List<Long> bits = new ArrayList<>();
        final List<Long> lost = new ArrayList<>();
        final Random random = new Random(13);

        void bits(int[] b) {
            for (int i = 0; i < b.length; ) {
                int draw = random.nextInt(10);
                int n = Math.min(b.length - i, draw == 0 ? 0 : draw == 1 ? 2 : 1);
                long v = 0;
                for (int j = 0; j < n; j++) {
                    v |= (long) b[i + j] << j;
                }
                count.add((long) n);
                bits.add(v);
                lost.add(0L);
                i += n;
            }
        }

        void lockLost() {
            if (random.nextBoolean() && !count.isEmpty()) {
                lost.set(lost.size() - 1, 1L);
            } else {
                count.add(0L);
                bits.add(0L);
                lost.add(1L);
            }
        }

        void silence(int cycles) {
            for (int i = 0; i < cycles; i++) {
                count.add(0L);
                bits.add(0L);
                lost.add(0L);
            }
        }

        static long[] array(List<Long> l) {
            return l.stream().mapToLong(Long::longValue).toArray();
        }
    }

    @Test
    void nibbleFramerFindsTheSfdAfterAnyPreambleLossAndPassesDribbleBitsAsAnExtraNibble() {
        Random random = new Random(11);
        List<byte[]> frames = new ArrayList<>();
        List<Integer> dribbles = new ArrayList<>();
        BitLine line = new BitLine();
        line.silence(20);
        for (int i = 0; i < 24; i++) {
            byte[] frame = EthernetReference.randomBytes(random, 1 + random.nextInt(100));
            if (i % 4 == 1) {
                // Ends in 1,0,1,0,1,0,1: with the next preamble's first bit, the SFD pattern.
                frame[frame.length - 1] = (byte) (i % 8 == 1 ? 0xAA : 0xAB);
            }
            int lostPreambleBits = i % 20; // the decoder may lock late: up to 19 of 56 bits lost
            int dribble = i % 4 == 1 ? 0 : i % 8;
            int[] bits = ManchesterReference.bits(EthernetReference.concat(EthernetReference.preambleAndSfd(), frame));
            int[] extra = new int[dribble];
            for (int k = 0; k < dribble; k++) {
                extra[k] = random.nextInt(2);
            }
            line.bits(Arrays.copyOfRange(bits, lostPreambleBits, bits.length));
            line.bits(extra);
            line.lockLost();
            line.silence(30);
            frames.add(frame);
            dribbles.add(dribble);
        }
        try (Model m = Model.create("RxNibbleFramer")) {
            m.drive("bitCount", BitLine.array(line.count));
            m.drive("bits", BitLine.array(line.bits));
            m.drive("lockLost", BitLine.array(line.lost));
            Model.Recorder count = m.record("nibbleCount");
            Model.Recorder data = m.record("nibbles");
            Model.Recorder end = m.record("frameEnd");
            m.run(line.count.size() + 10);
            long[] n = count.take();
            long[] d = data.take();
            long[] e = end.take();
            List<List<Integer>> got = new ArrayList<>();
            List<Integer> current = new ArrayList<>();
            for (int c = 0; c < n.length; c++) {
                for (int j = 0; j < n[c]; j++) { // the clock's nibbles come before its frame end
                    current.add((int) (d[c] >>> (4 * j) & 0xF));
                }
                if (e[c] != 0) {
                    got.add(current);
                    current = new ArrayList<>();
                }
            }
            assertEquals(List.of(), current, "no nibbles outside a frame");
            assertEquals(frames.size(), got.size());
            for (int i = 0; i < frames.size(); i++) {
                List<Integer> nibbles = got.get(i);
                byte[] frame = frames.get(i);
                int dribble = dribbles.get(i);
                assertEquals(List.of(0x5, 0xD), nibbles.subList(0, 2), "frame " + i + " starts with the SFD's nibbles");
                // Bits past the last whole byte: whole nibbles, then a partial one padded out.
                assertEquals(
                        2 + 2 * frame.length + (dribble + 3) / 4,
                        nibbles.size(),
                        "frame " + i + ", " + dribble + " dribble bits");
                byte[] bytes = new byte[frame.length];
                for (int k = 0; k < frame.length; k++) {
                    bytes[k] = (byte) (nibbles.get(2 + 2 * k) | nibbles.get(3 + 2 * k) << 4); // low nibble first
                }
                assertArrayEquals(frame, bytes, "frame " + i + ": the bytes after the SFD");
            }
        }
    }

    @Test
    void byteFramerSkipsThePreambleAndEndsWhenTheLineDrops() {
        Random random = new Random(12);
        List<byte[]> frames = new ArrayList<>();
        List<Long> valid = new ArrayList<>();
        List<Long> data = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            byte[] frame = EthernetReference.randomBytes(random, 1 + random.nextInt(200));
            frames.add(frame);
            // A preamble shortened by the PHY (as MII allows), then SFD and frame; then idle.
            byte[] onLine = EthernetReference.concat(EthernetReference.preambleAndSfd(), frame);
            for (int k = i % 7; k < onLine.length; k++) {
                valid.add(1L);
                data.add((long) (onLine[k] & 0xFF));
            }
            for (int k = 0; k < 12; k++) {
                valid.add(0L);
                data.add((long) random.nextInt(256));
            }
        }
        try (Model m = Model.create("RxByteFramer")) {
            m.drive("lineValid", valid.stream().mapToLong(Long::longValue).toArray());
            m.drive("lineData", data.stream().mapToLong(Long::longValue).toArray());
            Model.Sink rx = m.sink("rx");
            m.run(valid.size() + 5);
            List<byte[]> got = Model.Sink.packets(rx.take());
            assertEquals(frames.size(), got.size());
            for (int i = 0; i < frames.size(); i++) {
                assertArrayEquals(frames.get(i), got.get(i), "frame " + i);
            }
        }
    }

    record Verdict(boolean fcsError, boolean alignmentError, boolean runt, boolean giant, long length, long hashBin) {
        Verdict(boolean fcsError, boolean alignmentError, boolean runt, boolean giant, long length) {
            this(fcsError, alignmentError, runt, giant, length, -1);
        }

        /** Equal ignoring the hash bin (checked on its own). */
        boolean sameVerdict(Verdict o) {
            return fcsError == o.fcsError
                    && alignmentError == o.alignmentError
                    && runt == o.runt
                    && giant == o.giant
                    && length == o.length;
        }
    }

    private static Verdict check(byte[] bytes, boolean dribble, int maxLength) {
        try (Model m = Model.create("RxChecker")) {
            m.set("maxLength", maxLength);
            m.set("rxDribble", dribble ? 1 : 0);
            Model.Source in = m.source("rx");
            Model.Sink out = m.sink("out");
            Model.Recorder fcs = m.record("fcsError");
            Model.Recorder align = m.record("alignmentError");
            Model.Recorder runt = m.record("runt");
            Model.Recorder giant = m.record("giant");
            Model.Recorder length = m.record("length");
            Model.Recorder hash = m.record("destinationHash");
            long start = m.cycles();
            in.pushPacket(bytes);
            m.runUntil(out, 1, bytes.length + 10);
            List<Model.Transfer> t = out.take();
            assertArrayEquals(bytes, Model.Sink.packets(t).get(0), "bytes pass through unchanged");
            int at = (int) (t.get(t.size() - 1).cycle() - start);
            Verdict v = new Verdict(
                    fcs.take()[at] != 0,
                    align.take()[at] != 0,
                    runt.take()[at] != 0,
                    giant.take()[at] != 0,
                    length.take()[at],
                    hash.take()[at]);
            if (bytes.length >= 7) {
                assertEquals(
                        AddressFilterTest.bin(Arrays.copyOf(bytes, 6)),
                        v.hashBin(),
                        "destinationHash is the top 6 bits of CRC32 of the destination address");
            }
            return v;
        }
    }

    private static void assertVerdict(Verdict expected, Verdict actual, String what) {
        assertEquals(true, expected.sameVerdict(actual), what + ": expected " + expected + " but was " + actual);
    }

    private static byte[] withFcs(byte[] frame) {
        return EthernetReference.concat(frame, EthernetReference.fcs(frame));
    }

    @Test
    void checkerJudgesFcsLengthAndAlignmentAsTheClauseSays() {
        Random random = new Random(13);
        byte[] good = withFcs(EthernetReference.randomBytes(random, 60));
        assertVerdict(new Verdict(false, false, false, false, 64), check(good, false, 1514), "minimum frame");
        byte[] max = withFcs(EthernetReference.randomBytes(random, 1514));
        assertVerdict(new Verdict(false, false, false, false, 1518), check(max, false, 1514), "maximum frame");
        byte[] giant = withFcs(EthernetReference.randomBytes(random, 1515));
        assertVerdict(new Verdict(false, false, false, true, 1519), check(giant, false, 1514), "one byte too long");
        byte[] jumbo = withFcs(EthernetReference.randomBytes(random, 9000));
        assertVerdict(
                new Verdict(false, false, false, false, 9004), check(jumbo, false, 9000), "jumbo with a raised limit");
        // The length is 14 bits: a frame longer than 16383 bytes reports 16383 (the count stops
        // there) and is a giant under any limit.
        byte[] beyondCount = withFcs(EthernetReference.randomBytes(random, 16400));
        assertVerdict(
                new Verdict(false, false, false, true, 16383),
                check(beyondCount, false, 16383),
                "longer than the length field: saturated at 16383");
        byte[] runt = withFcs(EthernetReference.randomBytes(random, 59));
        assertVerdict(new Verdict(false, false, true, false, 63), check(runt, false, 1514), "one byte short");

        byte[] bad = good.clone();
        bad[20] ^= 0x10;
        assertVerdict(new Verdict(true, false, false, false, 64), check(bad, false, 1514), "bit error: FCS error");
        assertVerdict(
                new Verdict(false, true, false, false, 64),
                check(bad, true, 1514),
                "bad FCS with dribble bits: alignment");
        assertVerdict(
                new Verdict(false, false, false, false, 64),
                check(good, true, 1514),
                "dribble bits with a good FCS: the truncated frame is fine (4.2.4.2.1)");
        for (int bit = 0; bit < 8 * good.length; bit += 7) {
            byte[] corrupt = good.clone();
            corrupt[bit / 8] ^= (byte) (1 << (bit % 8));
            assertEquals(true, check(corrupt, false, 1514).fcsError(), "single bit error at bit " + bit);
        }
    }
}
