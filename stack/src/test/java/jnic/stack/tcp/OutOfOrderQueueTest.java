package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The out-of-order queue against a model that marks each byte of a known stream it was given. */
class OutOfOrderQueueTest {
    private static final long BASE = 5_000_000_000L;
    private static final byte[] STREAM = new byte[3000];

    static {
        new Random(11).nextBytes(STREAM);
    }

    /** A segment of the stream: [start, start + length). */
    record Segment(int start, int length) {}

    @Provide
    Arbitrary<List<Segment>> segments() {
        return Combinators.combine(
                        Arbitraries.integers().between(1, 2500),
                        Arbitraries.integers().between(0, 500))
                .as((s, n) -> new Segment(s, Math.min(n, STREAM.length - s)))
                .list()
                .ofMaxSize(30);
    }

    @Property
    void holdsEachByteOnceAndGivesBackTheStream(@ForAll("segments") List<Segment> segments) {
        OutOfOrderQueue q = new OutOfOrderQueue(Long.MAX_VALUE);
        BitSet model = new BitSet();
        for (Segment s : segments) {
            assertTrue(q.add(
                    BASE + s.start(),
                    ByteBuffer.wrap(STREAM, s.start(), s.length()).slice()));
            model.set(s.start(), s.start() + s.length());
        }
        List<long[]> runs = new ArrayList<>();
        for (int i = model.nextSetBit(0); i >= 0; i = model.nextSetBit(model.nextClearBit(i))) {
            runs.add(new long[] {BASE + i, BASE + model.nextClearBit(i)});
        }
        List<long[]> ranges = new ArrayList<>(q.ranges(Integer.MAX_VALUE));
        ranges.sort((a, b) -> Long.compare(a[0], b[0]));
        assertEquals(runs.size(), ranges.size());
        for (int i = 0; i < runs.size(); i++) {
            assertArrayEquals(runs.get(i), ranges.get(i));
        }
        assertTrue(
                q.memory() >= model.cardinality()
                        && q.memory()
                                <= model.cardinality()
                                        + (long) OutOfOrderQueue.PIECE_OVERHEAD
                                                * Math.max(
                                                        1,
                                                        2 * segments.size() - 1), // 2n ends cut at most 2n - 1 pieces
                q.memory() + " for " + model.cardinality() + " bytes in " + segments.size() + " segments");
        // Byte 0 arrives: the contiguous run from 0 comes back, in order, with the stream's bytes.
        long next = BASE + 1;
        ByteBuffer out = ByteBuffer.allocate(STREAM.length);
        out.put(STREAM[0]);
        for (ByteBuffer b; (b = q.pollFrom(next)) != null; ) {
            next += b.remaining();
            out.put(b);
        }
        int expected = model.get(1) ? model.nextClearBit(1) : 1;
        assertEquals(expected, out.position());
        assertArrayEquals(Arrays.copyOf(STREAM, expected), Arrays.copyOf(out.array(), expected));
    }

    @Test
    void theLatestArrivalsRangeComesFirstAndTheBoundIsKept() {
        OutOfOrderQueue q = new OutOfOrderQueue(2 * (100 + OutOfOrderQueue.PIECE_OVERHEAD));
        assertTrue(q.add(1000, ByteBuffer.allocate(100)));
        assertTrue(q.add(500, ByteBuffer.allocate(100)));
        assertEquals(500, q.ranges(4).get(0)[0], "RFC 2018 section 4: the block with the newest data first");
        assertEquals(1000, q.ranges(4).get(1)[0]);
        assertEquals(1, q.ranges(1).size());
        assertTrue(q.add(1050, ByteBuffer.allocate(50)), "nothing new: nothing charged");
        assertFalse(q.add(2000, ByteBuffer.allocate(1)), "over the bound");
        assertEquals(2 * (100 + OutOfOrderQueue.PIECE_OVERHEAD), q.memory());
        assertNull(q.pollFrom(499), "the hole below 500 is still open");
        assertEquals(100, q.pollFrom(500).remaining());
        assertEquals(100, q.pollFrom(1000).remaining());
        assertTrue(q.isEmpty());
        assertEquals(0, q.memory());
    }
}
