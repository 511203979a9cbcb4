package jnic.stack.tcp;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Data that arrived above a hole in the sequence space, held until the hole is filled (RFC 9293
 * section 3.10.7.4 lets a receiver keep such segments). Each byte is held once: a segment that
 * overlaps what is held adds only its new bytes, so segments sent one byte apart cannot multiply
 * memory. Memory is charged per piece as well as per byte, and bounded. Sequence numbers are
 * unwrapped to 64 bits by the caller.
 */
final class OutOfOrderQueue {
    /** What a piece costs besides its bytes (its array header and map entry, roughly), so many tiny pieces are bounded too. */
    static final int PIECE_OVERHEAD = 64;

    private final TreeMap<Long, byte[]> pieces = new TreeMap<>(); // start -> bytes; pieces never overlap
    private final long limit;
    private long memory;
    private long lastArrival = -1;

    /** {@code limit}: the most memory, bytes and overhead, held at once. */
    OutOfOrderQueue(long limit) {
        this.limit = limit;
    }

    /**
     * Holds the bytes of {@code data}, which starts at sequence {@code at}, that no piece holds
     * yet. False when some had to be left out for want of memory (the sender will send them again).
     */
    boolean add(long at, ByteBuffer data) {
        lastArrival = at;
        long end = at + data.remaining();
        long cursor = at;
        while (cursor < end) {
            Map.Entry<Long, byte[]> before = pieces.floorEntry(cursor);
            if (before != null && before.getKey() + before.getValue().length > cursor) {
                cursor = before.getKey() + before.getValue().length; // held already
                continue;
            }
            Long next = pieces.higherKey(cursor);
            long pieceEnd = next == null ? end : Math.min(end, next);
            int n = (int) (pieceEnd - cursor);
            if (memory + n + PIECE_OVERHEAD > limit) {
                return false;
            }
            byte[] piece = new byte[n];
            data.get(data.position() + (int) (cursor - at), piece);
            pieces.put(cursor, piece);
            memory += n + PIECE_OVERHEAD;
            cursor = pieceEnd;
        }
        return true;
    }

    /**
     * Takes out the first piece if it starts at or below {@code next}, and returns its bytes from
     * {@code next} on; pieces that lie wholly below {@code next} are discarded on the way. Null
     * when the first piece starts above {@code next} (the hole is still there) or nothing is held.
     */
    ByteBuffer pollFrom(long next) {
        while (!pieces.isEmpty() && pieces.firstKey() <= next) {
            Map.Entry<Long, byte[]> first = pieces.pollFirstEntry();
            byte[] b = first.getValue();
            memory -= b.length + PIECE_OVERHEAD;
            int skip = (int) (next - first.getKey());
            if (skip < b.length) {
                return ByteBuffer.wrap(b, skip, b.length - skip).slice();
            }
        }
        return null;
    }

    boolean isEmpty() {
        return pieces.isEmpty();
    }

    /** Memory held now: bytes plus {@link #PIECE_OVERHEAD} per piece. */
    long memory() {
        return memory;
    }

    /**
     * What is held as contiguous ranges [start, end), at most {@code max} of them: the range that
     * holds the latest arrival first, then the others in sequence order (RFC 2018 section 4's
     * order for SACK blocks).
     */
    List<long[]> ranges(int max) {
        List<long[]> ranges = new ArrayList<>();
        for (Map.Entry<Long, byte[]> e : pieces.entrySet()) {
            long l = e.getKey();
            long r = l + e.getValue().length;
            long[] last = ranges.isEmpty() ? null : ranges.get(ranges.size() - 1);
            if (last != null && l == last[1]) {
                last[1] = r;
            } else {
                ranges.add(new long[] {l, r});
            }
        }
        for (int i = 0; i < ranges.size(); i++) {
            long[] r = ranges.get(i);
            if (lastArrival >= r[0] && lastArrival < r[1]) {
                ranges.add(0, ranges.remove(i));
                break;
            }
        }
        return ranges.subList(0, Math.min(max, ranges.size()));
    }
}
