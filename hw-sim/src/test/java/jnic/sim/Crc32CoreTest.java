package jnic.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Testbench of the generated CRC-32 core at every width, driven through the C ABI, against the
 * reference {@link java.util.zip.CRC32}.
 */
class Crc32CoreTest {

    private static long reference(byte[] data, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(data, from, to - from);
        return crc.getValue();
    }

    private static long reference(byte[] data) {
        return reference(data, 0, data.length);
    }

    /** Little-endian packing of up to 8 bytes: lane i = data[from + i]. */
    private static long word(byte[] data, int from, int count) {
        long w = 0;
        for (int i = 0; i < count; i++) {
            w |= (data[from + i] & 0xFFL) << (8 * i);
        }
        return w;
    }

    /**
     * Feeds a frame word by word through the per-cycle interface: a clear (with a random word
     * beside it half the time, which the core must not take), then the words with idle cycles in
     * between, then idles until the core's latency has passed.
     */
    private static void feed(Crc32Core core, byte[] data, Random idle) {
        int lanes = core.lanes();
        core.cycle(true, idle.nextBoolean(), idle.nextLong(), (1 << lanes) - 1);
        for (int pos = 0; pos < data.length; pos += lanes) {
            int n = Math.min(lanes, data.length - pos);
            while (pos > 0 && idle.nextInt(4) == 0) {
                // valid low: the core must ignore whatever sits on data and byteEnable
                core.cycle(false, false, idle.nextLong(), idle.nextInt());
            }
            core.cycle(false, true, word(data, pos, n), (1 << n) - 1);
        }
        core.flush();
    }

    @ParameterizedTest(name = "{0} bits per clock")
    @ValueSource(ints = {8, 16, 32, 64})
    void checkValue(int width) {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        try (Crc32Core core = new Crc32Core(width)) {
            assertEquals(0xCBF43926L, core.frame(check));
            feed(core, check, new Random(1));
            assertEquals(0xCBF43926L, core.crc());
        }
    }

    @ParameterizedTest(name = "{0} bits per clock")
    @ValueSource(ints = {8, 16, 32, 64})
    void randomFramesUpTo9000BytesMatchJavaCrc32(int width) {
        Random random = new Random(0xC0FFEE + width);
        try (Crc32Core core = new Crc32Core(width)) {
            // Every length around the word boundaries, then random lengths up to a jumbo frame.
            for (int length = 0; length <= 4 * core.lanes() + 1; length++) {
                byte[] frame = new byte[length];
                random.nextBytes(frame);
                assertEquals(reference(frame), core.frame(frame), "length " + length);
            }
            for (int trial = 0; trial < 300; trial++) {
                byte[] frame = new byte[trial == 0 ? 9000 : random.nextInt(9001)];
                random.nextBytes(frame);
                assertEquals(reference(frame), core.frame(frame), "bulk, length " + frame.length);
                if (trial % 10 == 0) {
                    feed(core, frame, random);
                    assertEquals(reference(frame), core.crc(), "per cycle with idles, length " + frame.length);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} bits per clock")
    @ValueSource(ints = {8, 16, 32, 64})
    void everyByteEnablePatternOnTheLastWord(int width) {
        Random random = new Random(width);
        try (Crc32Core core = new Crc32Core(width)) {
            int lanes = core.lanes();
            for (int pattern = 0; pattern < 1 << lanes; pattern++) {
                byte[] frame = new byte[3 * lanes + lanes];
                random.nextBytes(frame);
                int prefix = 3 * lanes;
                feed(core, Arrays.copyOf(frame, prefix), random);
                core.cycle(false, true, word(frame, prefix, lanes), pattern);
                core.flush();

                int count = Integer.bitCount(pattern);
                boolean thermometer = pattern == (1 << count) - 1;
                if (thermometer) {
                    assertFalse(core.enableError(), "pattern " + Integer.toBinaryString(pattern));
                    assertEquals(
                            reference(frame, 0, prefix + count),
                            core.crc(),
                            "pattern " + Integer.toBinaryString(pattern));
                } else {
                    assertTrue(core.enableError(), "pattern " + Integer.toBinaryString(pattern) + " must be flagged");
                    assertEquals(
                            reference(frame, 0, prefix), core.crc(), "an illegal pattern must leave the CRC unchanged");
                    core.cycle(false, false, 0, 0);
                    assertTrue(core.enableError(), "the error is sticky until clear");
                    core.cycle(true, false, 0, 0);
                    assertFalse(core.enableError(), "clear resets the error");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} bits per clock")
    @ValueSource(ints = {8, 16, 32, 64})
    void residueFlagsExactlyTheFramesWithTheirCorrectFcs(int width) {
        Random random = new Random(77 + width);
        try (Crc32Core core = new Crc32Core(width)) {
            byte[] frame = new byte[64];
            random.nextBytes(frame);
            long fcs = reference(frame, 0, 60);
            for (int i = 0; i < 4; i++) {
                frame[60 + i] = (byte) (fcs >>> (8 * i)); // FCS least significant byte first
            }
            core.frame(frame);
            assertTrue(core.residueOk(), "frame + its FCS");
            for (int bit = 0; bit < 8 * frame.length; bit++) {
                byte[] corrupt = frame.clone();
                corrupt[bit / 8] ^= (byte) (1 << (bit % 8));
                core.frame(corrupt);
                assertFalse(core.residueOk(), "single bit error at bit " + bit + " must not pass the FCS check");
            }
            for (int trial = 0; trial < 200; trial++) {
                byte[] other = new byte[4 + random.nextInt(1515)];
                random.nextBytes(other);
                long good = reference(other, 0, other.length - 4);
                boolean intact = random.nextBoolean();
                for (int i = 0; i < 4; i++) {
                    other[other.length - 4 + i] = (byte) ((intact ? good : ~good) >>> (8 * i));
                }
                core.frame(other);
                assertEquals(intact, core.residueOk(), "length " + other.length + (intact ? " good FCS" : " bad FCS"));
            }
        }
    }

    @ParameterizedTest(name = "{0} bits per clock")
    @ValueSource(ints = {8, 16, 32, 64})
    void framesOneClearApart(int width) {
        Random random = new Random(5 + width);
        try (Crc32Core core = new Crc32Core(width)) {
            int lanes = core.lanes();
            int latency = core.latency();
            // One cycle between frames, the clear (with a word beside it that the core must not
            // take): each frame's CRC shows exactly `latency` cycles after its last word, while the
            // following frames are already going in.
            List<Long> outputs = new ArrayList<>();
            List<Long> expected = new ArrayList<>();
            List<Integer> readyAt = new ArrayList<>();
            for (int trial = 0; trial < 100; trial++) {
                byte[] frame = new byte[1 + random.nextInt(200)];
                random.nextBytes(frame);
                core.cycle(true, true, random.nextLong(), (1 << lanes) - 1);
                outputs.add(core.crc());
                for (int pos = 0; pos < frame.length; pos += lanes) {
                    int n = Math.min(lanes, frame.length - pos);
                    core.cycle(false, true, word(frame, pos, n), (1 << n) - 1);
                    outputs.add(core.crc());
                }
                expected.add(reference(frame));
                readyAt.add(outputs.size() - 1 + latency - 1);
            }
            for (int i = 1; i < latency; i++) {
                core.cycle(false, false, 0, 0);
                outputs.add(core.crc());
            }
            for (int trial = 0; trial < expected.size(); trial++) {
                assertEquals(expected.get(trial), outputs.get(readyAt.get(trial)), "frame " + trial);
            }
        }
    }

    @ParameterizedTest(name = "{0} bits per clock")
    @ValueSource(ints = {16, 32, 64})
    void aPartialWordShowsAfterExactlyTheLatencyAndEndsTheFrame(int width) {
        Random random = new Random(11 + width);
        try (Crc32Core core = new Crc32Core(width)) {
            int lanes = core.lanes();
            assertTrue(core.latency() > 1, "a core with partial words finishes them in a pipeline");
            for (int trial = 0; trial < 50; trial++) {
                byte[] frame = new byte[2 * lanes + 1 + random.nextInt(lanes - 1)];
                random.nextBytes(frame);
                int whole = frame.length / lanes * lanes;
                int rest = frame.length - whole;
                feed(core, Arrays.copyOf(frame, whole), random);
                core.cycle(false, true, word(frame, whole, rest), (1 << rest) - 1);
                for (int i = 1; i < core.latency() - 1; i++) {
                    core.cycle(false, false, 0, 0);
                }
                assertNotEquals(reference(frame), core.crc(), "one cycle before the latency has passed");
                core.cycle(false, false, 0, 0);
                assertEquals(reference(frame), core.crc(), "after the latency, length " + frame.length);
                core.cycle(false, false, 0, 0);
                assertEquals(reference(frame), core.crc(), "the CRC stays until the next word");

                // A word after the partial one, without a clear, is an error and changes nothing.
                core.cycle(false, true, random.nextLong(), (1 << lanes) - 1);
                core.flush();
                assertTrue(core.enableError(), "a word after the frame's partial last word must be flagged");
                assertEquals(reference(frame), core.crc(), "and must leave the CRC unchanged");
                core.cycle(true, false, 0, 0);
                assertFalse(core.enableError(), "clear resets the error");
            }
        }
    }

    @ParameterizedTest(name = "{0} bits per clock")
    @ValueSource(ints = {8, 16, 32, 64})
    void clearAlonePresetsTheRegister(int width) {
        try (Crc32Core core = new Crc32Core(width)) {
            core.cycle(true, false, 0, 0);
            core.cycle(false, true, 0x12345678L, (1 << core.lanes()) - 1);
            core.cycle(true, true, 0x9ABCDEF0L, (1 << core.lanes()) - 1);
            core.flush();
            assertEquals(
                    0L,
                    core.crc(),
                    "after clear the register holds all ones (the output reads 0), the word beside it not taken");
            assertEquals(reference(new byte[] {0x78}), feedOne(core, (byte) 0x78));
        }
    }

    private static long feedOne(Crc32Core core, byte b) {
        core.cycle(false, true, b & 0xFF, 1);
        core.flush();
        return core.crc();
    }

    @Test
    void unsupportedWidthIsAClearError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Crc32Core(24));
        assertTrue(e.getMessage().contains("24"), e.getMessage());
    }
}
