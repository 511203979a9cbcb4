package jnic.net.wire;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The Internet checksum (RFC 1071): the 16-bit ones' complement of the ones' complement sum.
 * Written here because the JDK has none (java.util.zip has CRC32 and Adler32 only). It lives with
 * the wire formats, below the driver, because a device completes checksums too (a TAP device's
 * checksum offload) as well as the stack's formats.
 */
public final class Checksum {
    private Checksum() {}

    /**
     * Reads 8 bytes at any byte index of any buffer, little-endian whatever the buffer's own order:
     * the machine's order on x86 and ARM, so a load needs no byte swap.
     */
    private static final VarHandle LONG_LITTLE_ENDIAN =
            MethodHandles.byteBufferViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    /**
     * Adds {@code length} bytes from {@code index} to a running sum (an odd tail is padded with
     * zero). The bytes are summed as little-endian 16-bit words, 8 bytes per load, and the folded
     * sum is swapped back: the ones' complement sum is the same in either byte order, only swapped
     * (RFC 1071 section 2(B)); and a 32-bit word is congruent to the sum of its halves modulo
     * 0xFFFF, so adding the two 32-bit halves of each load defers the carries (section 2(C)).
     */
    public static long add(long sum, ByteBuffer buffer, int index, int length) {
        int i = index;
        int end = index + length;
        long swapped = 0;
        for (; i + 7 < end; i += 8) {
            long v = (long) LONG_LITTLE_ENDIAN.get(buffer, i);
            swapped += (v & 0xFFFFFFFFL) + (v >>> 32);
        }
        for (; i + 1 < end; i += 2) {
            swapped += (buffer.get(i) & 0xFF) | (buffer.get(i + 1) & 0xFF) << 8;
        }
        if (i < end) {
            swapped += buffer.get(i) & 0xFF; // the zero pad is the high byte of a little-endian word
        }
        int folded = fold(swapped);
        return sum + ((folded & 0xFF) << 8 | folded >>> 8);
    }

    /** Adds a 16-bit value (a pseudo-header field) to the running sum. */
    public static long add16(long sum, int value) {
        return sum + (value & 0xFFFF);
    }

    /** The sum of the IPv4 pseudo-header that UDP's and TCP's checksums cover (RFC 768, RFC 9293 section 3.1). */
    public static long pseudoHeader(int source, int destination, int protocol, int length) {
        long sum = add16(0, source >>> 16);
        sum = add16(sum, source);
        sum = add16(sum, destination >>> 16);
        sum = add16(sum, destination);
        sum = add16(sum, protocol);
        return add16(sum, length);
    }

    /** Folds the carries into 16 bits: the ones' complement sum itself (what a partial checksum field holds). */
    public static int fold(long sum) {
        while ((sum >>> 16) != 0) {
            sum = (sum & 0xFFFF) + (sum >>> 16);
        }
        return (int) sum;
    }

    /** Folds the carries and complements: the value to put in a checksum field. */
    public static int finish(long sum) {
        return ~fold(sum) & 0xFFFF;
    }

    /** The checksum of a region; a region holding a correct checksum field gives 0. */
    public static int of(ByteBuffer buffer, int index, int length) {
        return finish(add(0, buffer, index, length));
    }
}
