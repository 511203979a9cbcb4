package jnic.sim.golden;

import java.util.Arrays;

/**
 * The Manchester line of IEEE 802.3 clause 7.3.1.1 computed independently of the hardware: per
 * bit (LSB first), the complement of the bit for the first half cell, the bit for the second;
 * after the last bit, the line held high for 3 bit times (start of TP_IDL), then silent.
 */
public final class ManchesterReference {
    public static final int END_BIT_TIMES = 3;

    private ManchesterReference() {}

    /** The bits of {@code bytes} in line order. */
    public static int[] bits(byte[] bytes) {
        int[] bits = new int[bytes.length * 8];
        for (int i = 0; i < bits.length; i++) {
            bits[i] = bytes[i / 8] >>> (i % 8) & 1;
        }
        return bits;
    }

    /** A line waveform sampled by a receiver: {@code active[n]}, {@code level[n]}. */
    public record Samples(long[] active, long[] level) {
        public int length() {
            return active.length;
        }
    }

    /**
     * The line for {@code bytes} as a receiver sampling at {@code samplesPerBit} per nominal bit
     * sees it when the sender's clock is off by {@code ppm} and its first half cell starts
     * {@code startOffset} samples (fractional) after sample 0. {@code trailing} silent samples follow.
     */
    public static Samples sample(byte[] bytes, int samplesPerBit, double ppm, double startOffset, int trailing) {
        int[] bits = bits(bytes);
        double halfCell = samplesPerBit * (1 + ppm * 1e-6) / 2; // sender's half cell in receiver samples
        int halfCells = 2 * bits.length + 2 * END_BIT_TIMES;
        int n = (int) Math.ceil(startOffset + halfCells * halfCell) + trailing;
        long[] active = new long[n];
        long[] level = new long[n];
        for (int s = 0; s < n; s++) {
            double t = (s - startOffset) / halfCell;
            if (t < 0 || t >= halfCells) {
                continue; // silent
            }
            int h = (int) Math.floor(t);
            active[s] = 1;
            if (h < 2 * bits.length) {
                int bit = bits[h / 2];
                level[s] = h % 2 == 0 ? 1 - bit : bit;
            } else {
                level[s] = 1; // end of frame: held high
            }
        }
        return new Samples(active, level);
    }

    /**
     * The same line with {@code count} single-sample level errors while active, at most one in
     * any {@code spacing} consecutive samples (two errors closer than a 3-sample majority window
     * can reach each other, and no 3-sample filter can hide that).
     */
    public static Samples withGlitches(Samples line, int count, int spacing, java.util.Random random) {
        long[] level = Arrays.copyOf(line.level(), line.length());
        boolean[] touched = new boolean[level.length];
        int placed = 0;
        while (placed < count) {
            int s = spacing + random.nextInt(level.length - 2 * spacing);
            boolean near = false;
            for (int d = -spacing + 1; d < spacing; d++) {
                near |= touched[s + d];
            }
            if (line.active()[s] == 0 || near) {
                continue;
            }
            level[s] ^= 1;
            touched[s] = true;
            placed++;
        }
        return new Samples(line.active(), level);
    }

    /**
     * Samples grouped as the phy build's line ports carry them, a bit cell per clock: bit j of cell
     * k is sample {@code k * perCell + j} (bit 0 first in time); the last cell is padded with zeros.
     */
    public static long[] cells(long[] samples, int perCell) {
        long[] cells = new long[(samples.length + perCell - 1) / perCell];
        for (int s = 0; s < samples.length; s++) {
            cells[s / perCell] |= (samples[s] & 1) << (s % perCell);
        }
        return cells;
    }

    /** The samples in cells, in time order (the inverse of {@link #cells}). */
    public static long[] samples(long[] cells, int perCell) {
        long[] samples = new long[cells.length * perCell];
        for (int s = 0; s < samples.length; s++) {
            samples[s] = cells[s / perCell] >>> (s % perCell) & 1;
        }
        return samples;
    }

    /** A per-clock level (a station's whole-cell lineOutActive) as one value per sample. */
    public static long[] perSample(long[] perClock, int perCell) {
        long[] samples = new long[perClock.length * perCell];
        for (int s = 0; s < samples.length; s++) {
            samples[s] = perClock[s / perCell];
        }
        return samples;
    }
}
