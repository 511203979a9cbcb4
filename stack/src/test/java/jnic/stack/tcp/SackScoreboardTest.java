package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The scoreboard against a model that keeps one bit per sequence number. */
class SackScoreboardTest {
    private static final long BASE = 4_000_000_000L; // above 2^31: unwrapped numbers are longs
    private static final int SPAN = 600;
    private static final int SMSS = 40;

    /** One step: a SACK block [left, right), or (right < 0) SND.UNA moving to left. */
    record Step(int left, int right) {}

    @Provide
    Arbitrary<List<Step>> steps() {
        Arbitrary<Step> sack = Combinators.combine(
                        Arbitraries.integers().between(0, SPAN),
                        Arbitraries.integers().between(0, 120))
                .as((l, n) -> new Step(l, Math.min(SPAN, l + n)));
        Arbitrary<Step> ack = Arbitraries.integers().between(0, SPAN).map(a -> new Step(a, -1));
        return Arbitraries.frequencyOf(net.jqwik.api.Tuple.of(5, sack), net.jqwik.api.Tuple.of(1, ack))
                .list()
                .ofMaxSize(40);
    }

    @Property
    void agreesWithABitPerSequenceNumber(@ForAll("steps") List<Step> steps, @ForAll int fromSeed) {
        SackScoreboard board = new SackScoreboard();
        BitSet model = new BitSet();
        int una = 0;
        for (Step s : steps) {
            if (s.right() < 0) {
                una = Math.max(una, s.left());
                board.acknowledgedUpTo(BASE + una);
                model.clear(0, una);
            } else if (s.left() >= una) { // the connection passes on only blocks above SND.UNA
                board.add(BASE + s.left(), BASE + s.right());
                model.set(s.left(), s.right());
            }
            assertEquals(model.cardinality(), board.sackedBytes());
            assertEquals(model.isEmpty(), board.isEmpty());
            assertEquals(runs(model) >= 3 || model.cardinality() > 2 * SMSS, board.firstHoleLost(SMSS));
            int from = una + Math.floorMod(fromSeed, SPAN + 1 - una);
            SackScoreboard.Hole hole = board.nextHole(BASE + from);
            int start = model.nextClearBit(from);
            if (start >= model.length()) {
                assertNull(hole, "no hole at or above " + from + " below the highest SACKed byte");
            } else {
                assertEquals(new SackScoreboard.Hole(BASE + start, BASE + model.nextSetBit(start)), hole);
            }
        }
    }

    private static int runs(BitSet b) {
        int n = 0;
        for (int i = b.nextSetBit(0); i >= 0; i = b.nextSetBit(b.nextClearBit(i))) {
            n++;
        }
        return n;
    }

    @Test
    void touchingBlocksMergeAndAcknowledgmentCutsARange() {
        SackScoreboard board = new SackScoreboard();
        board.add(100, 200);
        board.add(300, 400);
        board.add(200, 300); // fills the gap exactly: one range 100..400
        assertEquals(300, board.sackedBytes());
        assertFalse(board.firstHoleLost(150), "300 bytes are not more than 2 * 150");
        assertTrue(board.firstHoleLost(149));
        assertEquals(new SackScoreboard.Hole(50, 100), board.nextHole(50));
        assertNull(board.nextHole(150), "above the highest SACKed byte nothing is a hole yet");
        board.acknowledgedUpTo(250);
        assertEquals(150, board.sackedBytes());
        assertNull(board.nextHole(250));
        board.add(500, 510);
        board.add(600, 610);
        assertTrue(board.firstHoleLost(1000), "three discontiguous ranges above SND.UNA (RFC 6675 IsLost)");
        board.clear();
        assertTrue(board.isEmpty());
        assertEquals(0, board.sackedBytes());
    }
}
