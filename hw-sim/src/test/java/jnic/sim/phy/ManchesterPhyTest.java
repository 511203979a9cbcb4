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
 * Testbench of ManchesterPhy through its MII (IEEE 802.3 clause 22), against {@link
 * ManchesterReference}: nibbles in on TXD must make the clause 7 line sample for sample; a line
 * from the reference, at any phase and ±100 ppm, must come out on RXD as the SFD's nibbles and the
 * frame's, low nibble first, with RX_DV around them and no RX_ER; CRS and COL must follow the line.
 * The PHY runs on the bit clock and meets the line a bit cell of samples per clock.
 */
class ManchesterPhyTest {
    private static final int SAMPLES_PER_BIT = 8;
    /** Bit clocks per MII clock: the model's miiClk rises at cycles 0, 4, 8... */
    private static final int MII = 4;

    private static long[] nibbles(byte[] bytes) {
        long[] n = new long[2 * bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            n[2 * i] = bytes[i] & 0xF;
            n[2 * i + 1] = (bytes[i] >> 4) & 0xF;
        }
        return n;
    }

    /** Clocks from {@code now} to the next MII edge (what is set there is sampled at it). */
    private static int toNextEdge(long now) {
        return (int) ((MII - now % MII) % MII);
    }

    @Test
    void nibblesOnTxdMakeTheClause7LineSampleForSample() {
        Random random = new Random(3);
        byte[] frame = new byte[100];
        random.nextBytes(frame);
        byte[] bytes = EthernetReference.wire(frame);
        try (Model phy = Model.create("ManchesterPhy")) {
            int lead = toNextEdge(phy.cycles()) + 3 * MII;
            long[] nibble = nibbles(bytes);
            int clocks = lead + nibble.length * MII + 20 * MII;
            long[] txEn = new long[clocks];
            long[] txd = new long[clocks];
            for (int k = 0; k < nibble.length; k++) {
                Arrays.fill(txEn, lead + k * MII, lead + (k + 1) * MII, 1);
                Arrays.fill(txd, lead + k * MII, lead + (k + 1) * MII, nibble[k]);
            }
            phy.drive("miiTxEn", txEn);
            phy.drive("miiTxd", txd);
            Model.Recorder active = phy.record("lineOutActive");
            Model.Recorder level = phy.record("lineOutLevel");
            Model.Recorder crs = phy.record("miiCrs");
            phy.run(clocks);
            long[] a = ManchesterReference.perSample(active.take(), SAMPLES_PER_BIT);
            long[] l = ManchesterReference.samples(level.take(), SAMPLES_PER_BIT);
            long[] c = crs.take();
            int first = 0;
            while (a[first] == 0) {
                first++;
            }
            int firstClock = first / SAMPLES_PER_BIT;
            assertTrue(
                    firstClock > lead && firstClock <= lead + 2 * MII + 2,
                    "the line starts within two nibble times: " + firstClock);
            ManchesterReference.Samples expected = ManchesterReference.sample(bytes, SAMPLES_PER_BIT, 0, 0, 200);
            for (int s = 0; s < expected.length(); s++) {
                assertEquals(expected.active()[s], a[first + s], "lineOutActive at sample " + s);
                if (expected.active()[s] != 0) {
                    assertEquals(expected.level()[s], l[first + s], "lineOutLevel at sample " + s);
                }
            }
            assertEquals(
                    0, Arrays.stream(a, first + expected.length(), a.length).sum(), "silent after the frame");
            assertEquals(1, c[firstClock + 2], "CRS while we transmit (clause 22.2.2.11)");
            assertEquals(0, c[c.length - 1], "and not after");
        }
    }

    @ParameterizedTest(name = "sender clock {0} ppm")
    @ValueSource(ints = {-100, 0, 100})
    void aLineAtAnyPhaseComesOutOnRxdAsTheSfdAndTheFrameInNibbles(int ppm) {
        Random random = new Random(ppm + 500);
        List<byte[]> frames = new ArrayList<>();
        List<long[]> active = new ArrayList<>();
        List<long[]> level = new ArrayList<>();
        for (int k = 0; k < 5; k++) {
            byte[] frame = new byte[k == 0 ? 1514 : 60 + random.nextInt(200)];
            random.nextBytes(frame);
            frames.add(frame);
            ManchesterReference.Samples line = ManchesterReference.sample(
                    EthernetReference.wire(frame), SAMPLES_PER_BIT, ppm, random.nextDouble() * 40, 200);
            active.add(line.active());
            level.add(line.level());
        }
        long[] lineActive = ManchesterReference.cells(concat(active), SAMPLES_PER_BIT);
        long[] lineLevel = ManchesterReference.cells(concat(level), SAMPLES_PER_BIT);
        try (Model phy = Model.create("ManchesterPhy")) {
            long start = phy.cycles();
            phy.drive("lineInActive", lineActive);
            phy.drive("lineInLevel", lineLevel);
            Model.Recorder dv = phy.record("miiRxDv");
            Model.Recorder er = phy.record("miiRxEr");
            Model.Recorder rxd = phy.record("miiRxd");
            Model.Recorder crs = phy.record("miiCrs");
            Model.Recorder col = phy.record("miiCol");
            phy.run(lineActive.length + 4L * MII);
            long[] v = dv.take();
            long[] e = er.take();
            long[] d = rxd.take();
            long[] c = crs.take();
            List<List<Integer>> got = new ArrayList<>();
            List<Integer> current = null;
            // What the MAC sees: RX_DV, RX_ER and RXD as they stand at each MII edge.
            for (int k = toNextEdge(start); k < v.length; k += MII) {
                assertEquals(0, e[k], "no RX_ER at clock " + k);
                if (v[k] != 0) {
                    if (current == null) {
                        current = new ArrayList<>();
                        got.add(current);
                    }
                    current.add((int) d[k]);
                } else {
                    current = null;
                }
            }
            assertEquals(frames.size(), got.size(), "one RX_DV burst per frame");
            for (int f = 0; f < frames.size(); f++) {
                List<Integer> n = got.get(f);
                assertEquals(List.of(0x5, 0xD), n.subList(0, 2), "frame " + f + " starts with the SFD's nibbles");
                byte[] wire = EthernetReference.padded(frames.get(f));
                byte[] expected = EthernetReference.concat(wire, EthernetReference.fcs(wire));
                assertEquals(2 + 2 * expected.length, n.size(), "frame " + f + ": whole nibbles, nothing more");
                byte[] bytes = new byte[expected.length];
                for (int i = 0; i < bytes.length; i++) {
                    bytes[i] = (byte) (n.get(2 + 2 * i) | n.get(3 + 2 * i) << 4);
                }
                assertArrayEquals(expected, bytes, "frame " + f);
            }
            for (int k = 0; k + 1 < lineActive.length; k++) {
                assertEquals(lineActive[k] != 0 ? 1 : 0, c[k + 1], "CRS follows the line in, a clock later, at " + k);
            }
            assertEquals(0, Arrays.stream(col.take()).sum(), "no collision while we do not transmit");
        }
    }

    private static long[] concat(List<long[]> parts) {
        long[] all = new long[parts.stream().mapToInt(p -> p.length).sum()];
        int at = 0;
        for (long[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }
}
