package jnic.stack.wire;

import java.nio.ByteBuffer;

/**
 * The Internet checksum (RFC 1071): the 16-bit ones' complement of the ones' complement sum.
 * Written here because the JDK has none (java.util.zip has CRC32 and Adler32 only).
 */
public final class Checksum {
    private Checksum() {
    }

    /** Adds {@code length} bytes from {@code index} to a running 32-bit sum (an odd tail is padded with zero). */
    public static long add(long sum, ByteBuffer buffer, int index, int length) {
        int i = index;
        int end = index + length;
        // 32 bits at a time: a 32-bit word is congruent to the sum of its two halves modulo 0xFFFF,
        // so the folded result is the same (RFC 1071 section 2, "deferred carries").
        for (; i + 3 < end; i += 4) {
            sum += buffer.getInt(i) & 0xFFFFFFFFL;
        }
        for (; i + 1 < end; i += 2) {
            sum += buffer.getShort(i) & 0xFFFF;
        }
        if (i < end) {
            sum += (buffer.get(i) & 0xFF) << 8;
        }
        return sum;
    }

    /** Adds a 16-bit value (a pseudo-header field) to the running sum. */
    public static long add16(long sum, int value) {
        return sum + (value & 0xFFFF);
    }

    /** Folds the carries and complements: the value to put in a checksum field. */
    public static int finish(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) (~sum & 0xFFFF);
    }

    /** The checksum of a region; a region holding a correct checksum field gives 0. */
    public static int of(ByteBuffer buffer, int index, int length) {
        return finish(add(0, buffer, index, length));
    }
}
