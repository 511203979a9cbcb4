package jnic.bench.phy;

import java.io.ByteArrayOutputStream;

/**
 * A plain Java Manchester encoder and decoder with the hardware's conventions (IEEE 802.3 clause
 * 7.3.1.1 polarity, LSB first, {@link #SAMPLES_PER_BIT} samples per bit) and the same decoding
 * rule (a transition at least 3/4 of a cell after the last mid-bit one is the next mid-bit one):
 * the software reference the Verilated PHY is measured against.
 */
public final class JavaManchester {
    public static final int SAMPLES_PER_BIT = 8;

    private JavaManchester() {}

    /** One level (0/1) per sample. */
    public static byte[] encode(byte[] bytes) {
        byte[] line = new byte[bytes.length * 8 * SAMPLES_PER_BIT];
        int s = 0;
        for (byte b : bytes) {
            for (int i = 0; i < 8; i++) {
                byte bit = (byte) (b >>> i & 1);
                for (int k = 0; k < SAMPLES_PER_BIT / 2; k++) {
                    line[s++] = (byte) (1 - bit);
                }
                for (int k = 0; k < SAMPLES_PER_BIT / 2; k++) {
                    line[s++] = bit;
                }
            }
        }
        return line;
    }

    public static byte[] decode(byte[] line) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(line.length / (8 * SAMPLES_PER_BIT));
        int lastMid = Integer.MIN_VALUE / 2;
        int current = 0;
        int bits = 0;
        for (int s = 1; s < line.length; s++) {
            if (line[s] != line[s - 1] && s - lastMid >= 3 * SAMPLES_PER_BIT / 4) {
                lastMid = s;
                current |= line[s] << bits;
                if (++bits == 8) {
                    out.write(current);
                    current = 0;
                    bits = 0;
                }
            }
        }
        return out.toByteArray();
    }
}
