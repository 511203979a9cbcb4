package jnic.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The token bucket to the nanosecond: its burst, its rate, its cap. */
class TokenBucketTest {
    static final long MS = 1_000_000L;

    /** Linux's host-wide ICMP defaults: 50 at once, then 1000 a second (one a millisecond). */
    @Test
    void aBurstThenOneTokenPerInterval() {
        TokenBucket b = TokenBucket.perSecond(1000, 50, 0);
        for (int i = 0; i < 50; i++) {
            assertTrue(b.take(0), "message " + i + " of the burst");
        }
        assertFalse(b.take(0), "the 51st at the same instant");
        assertFalse(b.take(MS - 1), "a nanosecond short of the next token");
        assertTrue(b.take(MS));
        assertFalse(b.take(MS));
        long t = MS + 10 * MS;
        for (int i = 0; i < 10; i++) {
            assertTrue(b.take(t), "10 ms bring 10 tokens");
        }
        assertFalse(b.take(t));
    }

    @Test
    void creditStopsAtTheBurst() {
        TokenBucket b = TokenBucket.perSecond(1000, 50, 0);
        while (b.take(0)) {}
        long later = 3_600_000 * MS; // an hour
        int n = 0;
        while (b.take(later)) {
            n++;
        }
        assertEquals(50, n, "an hour of quiet buys no more than the burst");
    }

    /** Linux's per-destination defaults: icmp_ratelimit 1 s, a burst of 6 (XRLIM_BURST_FACTOR). */
    @Test
    void oneASecondAfterSix() {
        TokenBucket b = new TokenBucket(1000 * MS, 6, 0);
        int sent = 0;
        for (long t = 0; t < 10_000 * MS; t += 10 * MS) { // one attempt every 10 ms for 10 s
            if (b.take(t)) {
                sent++;
            }
        }
        assertEquals(6 + 9, sent, "6 at once, then one each second from 1 s to 9 s");
    }

    @Test
    void availableTakesNothing() {
        TokenBucket b = new TokenBucket(1000 * MS, 1, 0);
        assertTrue(b.available(0));
        assertTrue(b.available(0));
        assertTrue(b.take(0));
        assertFalse(b.available(500 * MS));
        assertEquals(0, b.tokens());
        assertTrue(b.available(1000 * MS));
    }
}
