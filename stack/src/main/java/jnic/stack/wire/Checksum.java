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

    /** The sum of the IPv4 pseudo-header that UDP's and TCP's checksums cover (RFC 768, RFC 9293 section 3.1). */
    public static long pseudoHeader(Ipv4Address source, Ipv4Address destination, int protocol, int length) {
        long sum = add16(0, source.value() >>> 16);
        sum = add16(sum, source.value());
        sum = add16(sum, destination.value() >>> 16);
        sum = add16(sum, destination.value());
        sum = add16(sum, protocol);
        return add16(sum, length);
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
