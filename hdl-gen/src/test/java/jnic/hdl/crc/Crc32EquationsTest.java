package jnic.hdl.crc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The symbolically derived equations, evaluated in software, against java.util.zip.CRC32. */
class Crc32EquationsTest {

    /** Folds {@code message} in chunks of 1..maxChunk bytes, as hardware of that width would. */
    private static int fold(byte[] message, int maxChunk, Random random) {
        BitSet[][] byCount = new BitSet[maxChunk + 1][];
        for (int n = 1; n <= maxChunk; n++) {
            byCount[n] = Crc32Equations.afterBytes(n);
        }
        int state = 0xFFFF_FFFF;
        for (int pos = 0; pos < message.length; ) {
            int n = Math.min(message.length - pos, 1 + random.nextInt(maxChunk));
            byte[] chunk = java.util.Arrays.copyOfRange(message, pos, pos + n);
            state = Crc32Equations.evaluate(byCount[n], state, chunk);
            pos += n;
        }
        return state;
    }

    /**
     * MacTx runs its CRC over the preamble and the SFD from a preset chosen so they bring it to all
     * ones: from there, any frame's CRC must be java.util.zip.CRC32's.
     */
    @Test
    void thePresetThatBytesTakeToAllOnesGivesTheFramesCrcAfterThem() {
        byte[] preamble = {0x55, 0x55, 0x55, 0x55, 0x55, 0x55, 0x55, (byte) 0xD5};
        int preset = Crc32Equations.presetReaching(0xFFFF_FFFF, preamble);
        BitSet[] oneByte = Crc32Equations.afterBytes(1);
        int state = preset;
        for (byte b : preamble) {
            state = Crc32Equations.evaluate(oneByte, state, new byte[] {b});
        }
        assertEquals(0xFFFF_FFFF, state, "the preamble and the SFD take the preset to all ones");
        Random random = new Random(0xD5);
        byte[] frame = new byte[60 + random.nextInt(1455)];
        random.nextBytes(frame);
        for (byte b : frame) {
            state = Crc32Equations.evaluate(oneByte, state, new byte[] {b});
        }
        CRC32 reference = new CRC32();
        reference.update(frame);
        assertEquals((int) reference.getValue(), ~state, "then the frame's CRC is CRC32's");
    }

    @Test
    void checkValueOf123456789() {
        byte[] check = "123456789".getBytes(StandardCharsets.US_ASCII);
        for (int chunk = 1; chunk <= 8; chunk++) {
            assertEquals(0xCBF43926, ~fold(check, chunk, new Random(chunk)), "chunks up to " + chunk);
        }
    }

    @Test
    void randomMessagesInRandomChunksMatchJavaCrc32() {
        Random random = new Random(0x5EED);
        for (int trial = 0; trial < 2000; trial++) {
            byte[] message = new byte[random.nextInt(300)];
            random.nextBytes(message);
            CRC32 reference = new CRC32();
            reference.update(message);
            int chunk = 1 + random.nextInt(8);
            assertEquals(
                    (int) reference.getValue(),
                    ~fold(message, chunk, random),
                    "trial " + trial + ", length " + message.length + ", chunks up to " + chunk);
        }
    }

    @Test
    void frameFollowedByItsFcsLeavesTheResidue() {
        Random random = new Random(42);
        for (int trial = 0; trial < 200; trial++) {
            byte[] frame = new byte[60 + random.nextInt(1455)];
            random.nextBytes(frame);
            CRC32 reference = new CRC32();
            reference.update(frame);
            int fcs = (int) reference.getValue();
            byte[] withFcs = java.util.Arrays.copyOf(frame, frame.length + 4);
            for (int i = 0; i < 4; i++) {
                withFcs[frame.length + i] = (byte) (fcs >>> (8 * i)); // least significant byte first
            }
            assertEquals(Crc32Equations.RESIDUE, fold(withFcs, 8, random));
        }
    }

    @Test
    void oneByteEquationsAreTheShiftRegisterOfTheStandard() {
        // Independent of the derivation: a zero byte into a register holding only bit 0 gives
        // the table entry for index 1 of the byte-wise algorithm, 0x77073096 (a published value).
        BitSet[] oneByte = Crc32Equations.afterBytes(1);
        assertEquals(0x77073096, Crc32Equations.evaluate(oneByte, 1, new byte[] {0}));
        assertEquals(0xEDB88320, Crc32Equations.evaluate(oneByte, 0x80, new byte[] {0}));
    }
}
