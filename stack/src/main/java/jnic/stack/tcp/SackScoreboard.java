package jnic.stack.tcp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the peer has reported holding above SND.UNA with SACK blocks (RFC 2018), as the sender's
 * scoreboard of RFC 6675: disjoint, non-touching ranges of sequence space. Sequence numbers here
 * are unwrapped to 64 bits by the caller, so ranges never wrap.
 */
final class SackScoreboard {
    /** RFC 6675 section 2: the duplicate-ACK threshold that loss detection compares against. */
    static final int DUP_THRESH = 3;

    /** A stretch [start, end) below the highest SACKed byte that the peer has not reported. */
    record Hole(long start, long end) {}

    private final TreeMap<Long, Long> ranges = new TreeMap<>(); // left edge -> right edge (exclusive)
    private long sackedBytes;

    /** Adds [left, right), merged with the ranges it overlaps or touches. */
    void add(long left, long right) {
        if (right <= left) {
            return;
        }
        Map.Entry<Long, Long> before = ranges.floorEntry(left);
        if (before != null && before.getValue() >= left) {
            left = before.getKey();
            right = Math.max(right, before.getValue());
            remove(before.getKey());
        }
        for (Map.Entry<Long, Long> e; (e = ranges.ceilingEntry(left)) != null && e.getKey() <= right; ) {
            right = Math.max(right, e.getValue());
            remove(e.getKey());
        }
        ranges.put(left, right);
        sackedBytes += right - left;
    }

    /** SND.UNA moved to {@code una}: what lies below it is acknowledged, no longer on the board. */
    void acknowledgedUpTo(long una) {
        while (!ranges.isEmpty() && ranges.firstKey() < una) {
            long left = ranges.firstKey();
            long right = remove(left);
            if (right > una) {
                ranges.put(una, right);
                sackedBytes += right - una;
                return;
            }
        }
    }

    /** Forgets everything (RFC 2018 section 8: after a timeout the receiver may have reneged). */
    void clear() {
        ranges.clear();
        sackedBytes = 0;
    }

    /** SACKed bytes below {@code limit} (after a timeout's go-back, SND.NXT can be below what the peer SACKed). */
    long sackedBytesBelow(long limit) {
        if (ranges.isEmpty() || ranges.lastEntry().getValue() <= limit) {
            return sackedBytes;
        }
        long n = 0;
        for (Map.Entry<Long, Long> e : ranges.headMap(limit, false).entrySet()) {
            n += Math.min(e.getValue(), limit) - e.getKey();
        }
        return n;
    }

    /** The reported ranges that overlap [from, to), as {left, right} pairs in order. */
    List<long[]> rangesWithin(long from, long to) {
        List<long[]> list = new ArrayList<>();
        Map.Entry<Long, Long> first = ranges.floorEntry(from);
        long start = first != null && first.getValue() > from ? first.getKey() : from;
        for (Map.Entry<Long, Long> e : ranges.subMap(start, true, to, false).entrySet()) {
            list.add(new long[] {e.getKey(), e.getValue()});
        }
        return list;
    }

    /** Whether [start, end) lies wholly inside one reported range. */
    boolean covers(long start, long end) {
        Map.Entry<Long, Long> e = ranges.floorEntry(start);
        return e != null && e.getValue() >= end;
    }

    boolean isEmpty() {
        return ranges.isEmpty();
    }

    long sackedBytes() {
        return sackedBytes;
    }

    /**
     * RFC 6675 section 4, IsLost: the data below every range is taken as lost once DupThresh
     * discontiguous ranges lie above it, or more than (DupThresh - 1) * SMSS bytes are SACKed.
     * Recovery need then not wait for a third duplicate ACK, which lost ACKs may never bring.
     */
    boolean firstHoleLost(int smss) {
        return ranges.size() >= DUP_THRESH || sackedBytes > (long) (DUP_THRESH - 1) * smss;
    }

    /** The first hole at or above {@code from} that lies below the highest SACKed byte, or null (the idea of RFC 6675's NextSeg, rule 1). */
    Hole nextHole(long from) {
        if (ranges.isEmpty()) {
            return null;
        }
        long h = from;
        Map.Entry<Long, Long> in = ranges.floorEntry(h);
        if (in != null && in.getValue() > h) {
            h = in.getValue(); // inside a range: the hole starts where it ends
        }
        Long next = ranges.higherKey(h);
        return next == null ? null : new Hole(h, next);
    }

    private long remove(long left) {
        long right = ranges.remove(left);
        sackedBytes -= right - left;
        return right;
    }
}
