package jnic.driver.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;

/**
 * A list of host-bus bursts for one native call ({@code jnic_world_bus_batch}), built in direct
 * buffers the native side reads and writes in place. Frames lie in the NIC's buffers as
 * little-endian words (byte 0 in bits 7..0), which on a little-endian host is the frame's own
 * byte order, so a frame goes in and out with one bulk copy.
 */
final class BusBatch {
    private final IntBuffer ops;
    private final ByteBuffer words;
    private int opCount;
    private int wordCount;

    BusBatch(int maxOps, int maxWords) {
        if (ByteOrder.nativeOrder() != ByteOrder.LITTLE_ENDIAN) {
            throw new UnsupportedOperationException(
                    "the simulated NIC's buffers are laid out for a little-endian host");
        }
        ops = ByteBuffer.allocateDirect(8 * maxOps)
                .order(ByteOrder.nativeOrder())
                .asIntBuffer();
        words = ByteBuffer.allocateDirect(4 * maxWords).order(ByteOrder.LITTLE_ENDIAN);
    }

    void clear() {
        opCount = 0;
        wordCount = 0;
    }

    boolean isEmpty() {
        return opCount == 0;
    }

    /** A read burst; returns where its first word will be (pass to {@link #word}/{@link #bytes}). */
    int read(int address, int count) {
        return add(address, count);
    }

    /** A write burst of the given words. */
    void write(int address, int... values) {
        int at = add(address | WorldLibrary.OP_WRITE, values.length);
        for (int i = 0; i < values.length; i++) {
            words.putInt(4 * (at + i), values[i]);
        }
    }

    /** A write burst of a frame's bytes, the last word padded with zeros. */
    void writeBytes(int address, byte[] frame) {
        int count = (frame.length + 3) / 4;
        int at = add(address | WorldLibrary.OP_WRITE, count);
        words.putInt(4 * (at + count - 1), 0);
        words.put(4 * at, frame);
    }

    IntBuffer ops() {
        return ops;
    }

    int opCount() {
        return opCount;
    }

    int wordCount() {
        return wordCount;
    }

    ByteBuffer words() {
        return words;
    }

    int word(int offset) {
        return words.getInt(4 * offset);
    }

    /** {@code length} bytes from the words read at {@code offset}. */
    byte[] bytes(int offset, int length) {
        byte[] b = new byte[length];
        words.get(4 * offset, b);
        return b;
    }

    /** Runs the bursts on one station; returns the clocks they took. */
    long run(jnic.driver.sim.SimLan lan, int station) {
        return lan.busBatch(station, ops, opCount, words, wordCount);
    }

    private int add(int addressAndFlag, int count) {
        if (opCount == ops.capacity() / 2 || wordCount + count > words.capacity() / 4) {
            throw new IllegalStateException("bus batch full: " + opCount + " bursts, " + wordCount + " words");
        }
        ops.put(2 * opCount, addressAndFlag);
        ops.put(2 * opCount + 1, count);
        opCount++;
        int at = wordCount;
        wordCount += count;
        return at;
    }
}
