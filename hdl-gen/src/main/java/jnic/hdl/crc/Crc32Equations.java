package jnic.hdl.crc;

import java.math.BigInteger;
import java.util.BitSet;

/**
 * The next-state equations of the IEEE 802.3 CRC-32 register after a number of input bytes,
 * found by evaluating the LFSR symbolically rather than typed in from a table.
 *
 * <p>The register follows the reflected ("LSB-first") form that IEEE 802.3 clause 3.2.9 implies:
 * the first bit on the wire is each byte's least significant bit, so register bit 0 holds the
 * coefficient of x^31 and the polynomial 0x04C11DB7 appears bit-reversed as 0xEDB88320. This is
 * also the register of {@link java.util.zip.CRC32}: after any input, {@code ~register} equals
 * {@code CRC32.getValue()}.
 *
 * <p>Variables: 0..31 are the register bits before the step; {@code 32 + 8*lane + k} is bit k of
 * the input byte in lane {@code lane} (lane 0 is the first byte on the wire). Each next-state bit
 * is the XOR of the variables in its set, since the CRC is linear over GF(2).
 */
public final class Crc32Equations {
    /** The reflected generator polynomial x^32 + x^26 + ... + 1. */
    public static final int POLYNOMIAL_REFLECTED = 0xEDB88320;
    /** Register value (before final inversion) after a frame followed by its own correct FCS. */
    public static final int RESIDUE = 0xDEBB20E3;

    public static final int STATE_BITS = 32;

    private Crc32Equations() {}

    /** Equations for the register after feeding {@code byteCount} bytes, one set per register bit. */
    public static BitSet[] afterBytes(int byteCount) {
        BitSet[] reg = new BitSet[STATE_BITS];
        for (int i = 0; i < STATE_BITS; i++) {
            reg[i] = new BitSet();
            reg[i].set(i);
        }
        for (int lane = 0; lane < byteCount; lane++) {
            for (int k = 0; k < 8; k++) {
                // The byte enters at the low end of the register, LSB first (clause 3.2.9).
                reg[k].flip(STATE_BITS + 8 * lane + k);
            }
            for (int shift = 0; shift < 8; shift++) {
                BitSet feedback = reg[0];
                BitSet[] next = new BitSet[STATE_BITS];
                for (int i = 0; i < STATE_BITS; i++) {
                    next[i] = i + 1 < STATE_BITS ? (BitSet) reg[i + 1].clone() : new BitSet();
                    if ((POLYNOMIAL_REFLECTED >>> i & 1) != 0) {
                        next[i].xor(feedback);
                    }
                }
                reg = next;
            }
        }
        return reg;
    }

    /**
     * The register value from which feeding {@code bytes} leaves {@code target}: each byte's eight
     * shifts run backwards (a shift that fed back set the top bit, as the polynomial's top bit is
     * set, so the top bit tells which), then the byte is XORed out of the low bits.
     */
    public static int presetReaching(int target, byte[] bytes) {
        int state = target;
        for (int lane = bytes.length - 1; lane >= 0; lane--) {
            for (int shift = 0; shift < 8; shift++) {
                int fedBack = state >>> 31;
                state = (state ^ (fedBack != 0 ? POLYNOMIAL_REFLECTED : 0)) << 1 | fedBack;
            }
            state ^= bytes[lane] & 0xFF;
        }
        return state;
    }

    /** The variable set as a constant mask, bit i set when variable i is in the XOR. */
    public static BigInteger mask(BitSet variables) {
        BigInteger m = BigInteger.ZERO;
        for (int v = variables.nextSetBit(0); v >= 0; v = variables.nextSetBit(v + 1)) {
            m = m.setBit(v);
        }
        return m;
    }

    /** Evaluates equations in software: the register after feeding {@code bytes} from {@code state}. */
    public static int evaluate(BitSet[] equations, int state, byte[] bytes) {
        int next = 0;
        for (int i = 0; i < STATE_BITS; i++) {
            int bit = 0;
            BitSet eq = equations[i];
            for (int v = eq.nextSetBit(0); v >= 0; v = eq.nextSetBit(v + 1)) {
                bit ^= v < STATE_BITS ? state >>> v & 1 : bytes[(v - STATE_BITS) / 8] >>> ((v - STATE_BITS) % 8) & 1;
            }
            next |= bit << i;
        }
        return next;
    }
}
