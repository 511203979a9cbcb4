package jnic.sim.phy;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
 * Testbenches of ManchesterEncoder and ManchesterDecoder against {@link ManchesterReference}. Both
 * run on the bit clock and exchange a bit cell of samples with the line each clock ({@link
 * ManchesterReference#cells}).
 */
class ManchesterTest {
    private static final int SAMPLES_PER_BIT = 8;

    private static byte[] frameOnWire(Random random, int length) {
        byte[] frame = new byte[length];
        random.nextBytes(frame);
        return EthernetReference.wire(frame);
    }

    /** Each byte as its low nibble, then its high one: the order an MII hands them over (clause 22.2.3). */
    private static byte[] nibbles(byte[] bytes) {
        byte[] n = new byte[2 * bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            n[2 * i] = (byte) (bytes[i] & 0xF);
            n[2 * i + 1] = (byte) ((bytes[i] >> 4) & 0xF);
        }
        return n;
    }

    @Test
    void encoderDrawsTheClause7LineSampleForSample() {
        Random random = new Random(1);
        byte[] bytes = frameOnWire(random, 64);
        try (Model enc = Model.create("ManchesterEncoder")) {
            Model.Source tx = enc.source("tx");
            Model.Recorder active = enc.record("lineActive");
            Model.Recorder level = enc.record("lineLevel");
            tx.pushPacket(nibbles(bytes)); // the top is built nibble-wide, as the PHY uses it behind its MII
            enc.run((bytes.length + 8) * 8L);

            long[] a = ManchesterReference.perSample(active.take(), SAMPLES_PER_BIT);
            long[] l = ManchesterReference.samples(level.take(), SAMPLES_PER_BIT);
            int first = 0;
            while (a[first] == 0) {
                first++;
            }
            ManchesterReference.Samples expected = ManchesterReference.sample(bytes, SAMPLES_PER_BIT, 0, 0, 200);
            for (int s = 0; s < expected.length(); s++) {
                assertEquals(expected.active()[s], a[first + s], "lineActive at sample " + s);
                if (expected.active()[s] != 0) {
                    assertEquals(
                            expected.level()[s],
                            l[first + s],
                            "lineLevel at sample " + s + " (bit " + s / SAMPLES_PER_BIT + ")");
                }
            }
            assertEquals(
                    0, Arrays.stream(a, first + expected.length(), a.length).sum(), "silent after the frame");
        }
    }

    /**
     * Decodes a sampled line; returns the bits, asserting that lock is lost after the last bit (a
     * clean line's bits, checked exactly, show it was not lost before).
     */
    private static int[] decode(ManchesterReference.Samples line) {
        try (Model dec = Model.create("ManchesterDecoder")) {
            long[] active = ManchesterReference.cells(line.active(), SAMPLES_PER_BIT);
            dec.drive("lineActive", active);
            dec.drive("lineLevel", ManchesterReference.cells(line.level(), SAMPLES_PER_BIT));
            Model.Recorder count = dec.record("bitCount");
            Model.Recorder bits = dec.record("bits");
            Model.Recorder lockLost = dec.record("lockLost");
            dec.run(active.length + 4);
            long[] n = count.take();
            long[] b = bits.take();
            long[] lost = lockLost.take();
            List<Integer> decoded = new ArrayList<>();
            int lastBit = -1;
            for (int k = 0; k < n.length; k++) {
                for (int j = 0; j < n[k]; j++) {
                    decoded.add((int) (b[k] >>> j & 1));
                    lastBit = k;
                }
            }
            int losses = 0;
            int lostAt = -1;
            for (int k = 0; k < lost.length; k++) {
                if (lost[k] != 0) {
                    losses++;
                    lostAt = k;
                }
            }
            assertTrue(losses >= 1, "lock is lost at the end of the frame");
            assertTrue(lostAt >= lastBit, "after the last bit: lost at clock " + lostAt + ", last bit at " + lastBit);
            return decoded.stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** The decoder may miss the first preamble bits while it locks; everything after must be exact. */
    private static void assertDecodes(byte[] bytes, int[] decoded, String what) {
        int[] sent = ManchesterReference.bits(bytes);
        int missed = sent.length - decoded.length;
        assertTrue(
                missed >= 0 && missed <= 2,
                what + ": " + missed + " bits missing (lock may cost at most 2 preamble bits)");
        assertArrayEquals(Arrays.copyOfRange(sent, missed, sent.length), decoded, what);
    }

    @ParameterizedTest(name = "sender clock {0} ppm")
    @ValueSource(ints = {-100, 0, 100})
    void decoderRecoversTheClockAtAnyPhaseAndOffset(int ppm) {
        Random random = new Random(ppm + 1000);
        for (int trial = 0; trial < 6; trial++) {
            byte[] bytes = frameOnWire(random, trial == 0 ? 1514 : 1 + random.nextInt(200));
            double phase = random.nextDouble() * SAMPLES_PER_BIT;
            ManchesterReference.Samples line = ManchesterReference.sample(bytes, SAMPLES_PER_BIT, ppm, 10 + phase, 64);
            assertDecodes(bytes, decode(line), ppm + " ppm, phase " + phase + ", " + bytes.length + " bytes");
        }
    }

    @Test
    void decoderToleratesTheWorstCaseOffsetBetweenTwoStations() {
        Random random = new Random(7);
        byte[] bytes = frameOnWire(random, 1514);
        // Sender +100 ppm against a receiver at -100 ppm (and the reverse): 200 ppm apart over a maximum frame.
        for (int ppm : new int[] {200, -200}) {
            ManchesterReference.Samples line =
                    ManchesterReference.sample(bytes, SAMPLES_PER_BIT, ppm, 3.3 + ppm / 100.0, 64);
            assertDecodes(bytes, decode(line), ppm + " ppm apart");
        }
    }

    @Test
    void isolatedSampleErrorsDoNotChangeTheBits() {
        Random random = new Random(8);
        byte[] bytes = frameOnWire(random, 300);
        ManchesterReference.Samples clean = ManchesterReference.sample(bytes, SAMPLES_PER_BIT, 50, 2.5, 64);
        ManchesterReference.Samples noisy = ManchesterReference.withGlitches(clean, 400, SAMPLES_PER_BIT, random);
        assertDecodes(bytes, decode(noisy), "400 glitches, at most one per bit time");
    }

    @Test
    void aCorruptedHalfCellChangesTheDecodedBits() {
        // The control for the test above: a whole wrong half cell is not noise the filter can hide.
        Random random = new Random(9);
        byte[] bytes = frameOnWire(random, 100);
        ManchesterReference.Samples line = ManchesterReference.sample(bytes, SAMPLES_PER_BIT, 0, 0.5, 64);
        int bit = 8 * 40 + 3;
        for (int s = bit * SAMPLES_PER_BIT; s < bit * SAMPLES_PER_BIT + SAMPLES_PER_BIT / 2; s++) {
            line.level()[s] ^= 1;
        }
        int[] decoded = decode(line);
        int[] sent = ManchesterReference.bits(bytes);
        int missed = sent.length - decoded.length;
        assertTrue(
                missed < 0 || missed > 2 || !Arrays.equals(Arrays.copyOfRange(sent, missed, sent.length), decoded),
                "a real error must show");
    }
}
