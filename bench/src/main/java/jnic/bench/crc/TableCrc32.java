package jnic.bench.crc;

/**
 * The plain byte-at-a-time table CRC-32 that software stacks used before CRC instructions: a
 * baseline for the benchmark, deliberately not java.util.zip.CRC32 (which is the reference it is
 * compared against, and uses the CPU's carry-less multiply where it can).
 */
public final class TableCrc32 {
    private static final int[] TABLE = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            TABLE[n] = c;
        }
    }

    private TableCrc32() {}

    /** CRC-32 of {@code data}, as java.util.zip.CRC32.getValue() returns it. */
    public static long of(byte[] data) {
        int c = 0xFFFF_FFFF;
        for (byte b : data) {
            c = TABLE[(c ^ b) & 0xFF] ^ (c >>> 8);
        }
        return Integer.toUnsignedLong(~c);
    }
}
