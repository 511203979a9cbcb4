package jnic.stack.tcp;

/**
 * SipHash-2-4 (Aumasson and Bernstein, "SipHash: a fast short-input PRF", 2012), the keyed hash
 * Linux makes its SYN cookies with ({@code siphash_4u32}): a 128-bit key, a 64-bit result. Only
 * the one message length the cookies need is here: four 32-bit words, read as Linux lays them
 * in memory (little-endian, the first word lowest), so the paper's 16-byte test vector applies.
 */
final class SipHash {
    private SipHash() {}

    /** SipHash-2-4 of the 16 bytes {@code a}, {@code b}, {@code c}, {@code d} (each little-endian) under key {@code k0}, {@code k1}. */
    static long hash4(long k0, long k1, int a, int b, int c, int d) {
        long m0 = (a & 0xFFFFFFFFL) | (long) b << 32;
        long m1 = (c & 0xFFFFFFFFL) | (long) d << 32;
        long[] v = {
            k0 ^ 0x736f6d6570736575L, k1 ^ 0x646f72616e646f6dL, k0 ^ 0x6c7967656e657261L, k1 ^ 0x7465646279746573L
        };
        long last = 16L << 56; // the final block: the message length in its top byte, no bytes left over
        for (long m : new long[] {m0, m1, last}) {
            v[3] ^= m;
            rounds(v, 2); // the 2 of SipHash-2-4: compression rounds per block
            v[0] ^= m;
        }
        v[2] ^= 0xFF;
        rounds(v, 4); // and the 4: finalization rounds
        return v[0] ^ v[1] ^ v[2] ^ v[3];
    }

    /** {@code n} SipRounds on the state {@code v}. */
    private static void rounds(long[] v, int n) {
        for (int i = 0; i < n; i++) {
            v[0] += v[1];
            v[1] = Long.rotateLeft(v[1], 13) ^ v[0];
            v[0] = Long.rotateLeft(v[0], 32);
            v[2] += v[3];
            v[3] = Long.rotateLeft(v[3], 16) ^ v[2];
            v[0] += v[3];
            v[3] = Long.rotateLeft(v[3], 21) ^ v[0];
            v[2] += v[1];
            v[1] = Long.rotateLeft(v[1], 17) ^ v[2];
            v[2] = Long.rotateLeft(v[2], 32);
        }
    }
}
