package jnic.stack.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** RFC 6298's estimator, checked against values worked out by hand from the RFC's section 2. */
class RttEstimatorTest {
    private static final long MS = 1_000_000L;

    @Test
    void firstAndSecondSamplesGiveTheRfcValues() {
        RttEstimator e = new RttEstimator(1000 * MS, 1 * MS, 60_000 * MS);
        assertEquals(-1, e.smoothedRtt());
        assertEquals(1000 * MS, e.rto(), "before a sample, RTO is the initial one (section 2.1)");
        e.sent(1000, 0);
        e.acknowledged(2460, 100 * MS);
        // Section 2.2: SRTT = R = 100 ms, RTTVAR = R/2 = 50 ms, RTO = 100 + 4 * 50 = 300 ms.
        assertEquals(100 * MS, e.smoothedRtt());
        assertEquals(50 * MS, e.rttVariance());
        assertEquals(300 * MS, e.rto());
        e.sent(2460, 200 * MS);
        e.acknowledged(3920, 400 * MS);
        // Section 2.3 with R' = 200 ms: RTTVAR = 3/4 * 50 + 1/4 * |100 - 200| = 62.5 ms,
        // SRTT = 7/8 * 100 + 1/8 * 200 = 112.5 ms, RTO = 112.5 + 4 * 62.5 = 362.5 ms.
        assertEquals(62_500_000L, e.rttVariance());
        assertEquals(112_500_000L, e.smoothedRtt());
        assertEquals(362_500_000L, e.rto());
    }

    @Test
    void rtoIsHeldBetweenItsBoundsAndNeverBelowTheClockGranularity() {
        RttEstimator e = new RttEstimator(1000 * MS, 1000 * MS, 60_000 * MS);
        e.sent(0, 0);
        e.acknowledged(1, 100 * MS);
        assertEquals(1000 * MS, e.rto(), "300 ms computed, the 1 s minimum of section 2.4 applies");

        RttEstimator steady = new RttEstimator(1000 * MS, MS / 1000, 60_000 * MS);
        long now = 0;
        for (int i = 0; i < 200; i++) {
            steady.sent(i, now);
            now += 50 * MS;
            steady.acknowledged(i + 1, now);
        }
        assertEquals(50 * MS, steady.smoothedRtt());
        assertEquals(0, steady.rttVariance(), "a constant RTT leaves no variance");
        assertEquals(51 * MS, steady.rto(), "SRTT + max(G, 4 RTTVAR) with G = 1 ms");
    }

    @Test
    void karnsRuleTakesNoSampleFromARetransmittedSegment() {
        RttEstimator e = new RttEstimator(1000 * MS, 1 * MS, 60_000 * MS);
        e.sent(0, 0);
        e.retransmitted();
        e.acknowledged(1460, 3000 * MS);
        assertEquals(-1, e.smoothedRtt());
        e.sent(0, 0);
        e.backOff();
        e.acknowledged(1460, 3000 * MS);
        assertEquals(-1, e.smoothedRtt(), "a timeout also ends the timing");
        e.sent(1460, 4000 * MS);
        e.acknowledged(1460, 4100 * MS);
        assertEquals(-1, e.smoothedRtt(), "an ACK that does not cover the timed segment is no sample");
        e.sent(1460, 4200 * MS); // still timing the segment sent at 4000 ms: one at a time
        e.acknowledged(2920, 4080 * MS + 4000 * MS);
        assertEquals(4080 * MS, e.smoothedRtt());
    }

    @Test
    void backOffDoublesUpToTheMaximum() {
        RttEstimator e = new RttEstimator(1000 * MS, 200 * MS, 5000 * MS);
        long[] expected = {2000, 4000, 5000, 5000};
        for (long x : expected) {
            e.backOff();
            assertEquals(x * MS, e.rto());
        }
    }

    @Test
    void configurationRefusesImpossibleBounds() {
        assertThrows(
                IllegalArgumentException.class,
                () -> TcpConfig.DEFAULT.withRto(Duration.ofSeconds(1), Duration.ofSeconds(2), Duration.ofSeconds(1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> TcpConfig.DEFAULT.withRto(Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(1)));
    }

    @Test
    void aBackedOffRtoStaysUntilAValidSampleThenComesFromTheEstimateAgain() {
        RttEstimator e = new RttEstimator(1000 * MS, 1 * MS, 60_000 * MS);
        e.sent(1000, 0);
        e.acknowledged(2460, 100 * MS); // RTO 300 ms, as in section 2.2
        e.backOff();
        e.backOff();
        assertEquals(1200 * MS, e.rto(), "doubled twice (section 5.5)");
        assertEquals(true, e.backedOff());
        e.sent(2460, 2000 * MS); // a go-back's send: Karn's rule times nothing ...
        e.retransmitted();
        e.acknowledged(3920, 2100 * MS);
        assertEquals(1200 * MS, e.rto(), "... so the backed-off RTO is kept (section 5.7)");
        e.sample(100 * MS); // the SACK of a segment sent once
        assertEquals(false, e.backedOff());
        // Section 2.3 with R' = 100 ms: RTTVAR = 3/4 * 50 = 37.5 ms, SRTT = 100 ms, RTO = 100 + 150 = 250 ms.
        assertEquals(250 * MS, e.rto());
    }
}
