package jnic.net.wire;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * The TCP options this stack speaks, parsed from or emitted to a segment's option bytes:
 * maximum segment size (RFC 9293 section 3.7.1), window scale and timestamps (RFC 7323),
 * SACK-permitted and SACK blocks (RFC 2018). Unknown options are skipped by their length.
 * Fields that are absent are -1 (or false, or empty).
 */
public record TcpOptions(
        int maxSegmentSize,
        int windowScale,
        boolean sackPermitted,
        List<SackBlock> sack,
        long timestampValue,
        long timestampEcho) {
    public static final int KIND_END = 0;
    public static final int KIND_NOP = 1;
    public static final int KIND_MSS = 2;
    public static final int KIND_WINDOW_SCALE = 3;
    public static final int KIND_SACK_PERMITTED = 4;
    public static final int KIND_SACK = 5;
    public static final int KIND_TIMESTAMPS = 8;
    public static final TcpOptions NONE = new TcpOptions(-1, -1, false, List.of(), -1, -1);

    /** One SACK block: the sequence numbers [left, right) received out of order. */
    public record SackBlock(int left, int right) {}

    public TcpOptions {
        sack = List.copyOf(sack);
        if (maxSegmentSize > 0xFFFF || windowScale > 14 || sack.size() > 4) {
            throw new IllegalArgumentException(
                    "MSS is 16 bits, window scale at most 14 (RFC 7323), at most 4 SACK blocks");
        }
        if ((timestampValue < 0) != (timestampEcho < 0)
                || timestampValue > 0xFFFFFFFFL
                || timestampEcho > 0xFFFFFFFFL) {
            throw new IllegalArgumentException("timestamps come as a pair of 32-bit values");
        }
    }

    /** Whether each option's length stays inside the option bytes. */
    static boolean wellFormed(ByteBuffer o) {
        return Ipv4Options.wellFormed(o); // the same kind-length layout, with the same two one-byte kinds
    }

    /** Parses the options of a segment; malformed lengths of known kinds give {@link Malformed#BAD_FIELD}. */
    public static Parsed<TcpOptions> parse(ByteBuffer o) {
        if (!wellFormed(o)) {
            return Parsed.error(Malformed.BAD_FIELD);
        }
        int mss = -1;
        int scale = -1;
        boolean sackOk = false;
        List<SackBlock> sack = new ArrayList<>();
        long tsVal = -1;
        long tsEcr = -1;
        for (int i = o.position(); i < o.limit(); ) {
            int kind = o.get(i) & 0xFF;
            if (kind == KIND_END) {
                break;
            }
            if (kind == KIND_NOP) {
                i++;
                continue;
            }
            int len = o.get(i + 1) & 0xFF;
            switch (kind) {
                case KIND_MSS:
                    if (len != 4) {
                        return Parsed.error(Malformed.BAD_FIELD);
                    }
                    mss = o.getShort(i + 2) & 0xFFFF;
                    break;
                case KIND_WINDOW_SCALE:
                    if (len != 3) {
                        return Parsed.error(Malformed.BAD_FIELD);
                    }
                    scale = Math.min(o.get(i + 2) & 0xFF, 14); // RFC 7323 section 2.3: larger values are taken as 14
                    break;
                case KIND_SACK_PERMITTED:
                    if (len != 2) {
                        return Parsed.error(Malformed.BAD_FIELD);
                    }
                    sackOk = true;
                    break;
                case KIND_SACK:
                    if (len < 10 || (len - 2) % 8 != 0) {
                        return Parsed.error(Malformed.BAD_FIELD);
                    }
                    for (int k = i + 2; k < i + len; k += 8) {
                        sack.add(new SackBlock(o.getInt(k), o.getInt(k + 4)));
                    }
                    break;
                case KIND_TIMESTAMPS:
                    if (len != 10) {
                        return Parsed.error(Malformed.BAD_FIELD);
                    }
                    tsVal = o.getInt(i + 2) & 0xFFFFFFFFL;
                    tsEcr = o.getInt(i + 6) & 0xFFFFFFFFL;
                    break;
                default:
                    break; // unknown kinds are skipped (RFC 9293 section 3.1, "must be prepared to handle")
            }
            i += len;
        }
        return Parsed.ok(new TcpOptions(mss, scale, sackOk, sack, tsVal, tsEcr));
    }

    /** The option bytes, NOP-aligned as Linux lays them out, padded to a multiple of 4. */
    public ByteBuffer toBuffer() {
        ByteBuffer b = ByteBuffer.allocate(40);
        if (maxSegmentSize >= 0) {
            b.put((byte) KIND_MSS).put((byte) 4).putShort((short) maxSegmentSize);
        }
        if (sackPermitted && timestampValue >= 0) {
            b.put((byte) KIND_SACK_PERMITTED).put((byte) 2);
            putTimestamps(b);
        } else if (timestampValue >= 0) {
            b.put((byte) KIND_NOP).put((byte) KIND_NOP);
            putTimestamps(b);
        } else if (sackPermitted) {
            b.put((byte) KIND_NOP)
                    .put((byte) KIND_NOP)
                    .put((byte) KIND_SACK_PERMITTED)
                    .put((byte) 2);
        }
        if (windowScale >= 0) {
            b.put((byte) KIND_NOP).put((byte) KIND_WINDOW_SCALE).put((byte) 3).put((byte) windowScale);
        }
        if (!sack.isEmpty()) {
            if (b.position() + 4 + 8 * sack.size() > 40) {
                throw new IllegalArgumentException("SACK blocks do not fit beside the other options");
            }
            b.put((byte) KIND_NOP).put((byte) KIND_NOP).put((byte) KIND_SACK).put((byte) (2 + 8 * sack.size()));
            for (SackBlock s : sack) {
                b.putInt(s.left).putInt(s.right);
            }
        }
        while (b.position() % 4 != 0) {
            b.put((byte) KIND_END);
        }
        b.flip();
        return b.slice();
    }

    private void putTimestamps(ByteBuffer b) {
        b.put((byte) KIND_TIMESTAMPS)
                .put((byte) 10)
                .putInt((int) timestampValue)
                .putInt((int) timestampEcho);
    }
}
