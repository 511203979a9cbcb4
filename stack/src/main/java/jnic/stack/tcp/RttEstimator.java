package jnic.stack.tcp;

/**
 * The round-trip time estimate and the retransmission timeout it gives, as RFC 6298 computes
 * them: one segment is timed at a time, and none that was retransmitted (Karn's rule, section 3).
 * Times are nanoseconds on the host's clock.
 */
final class RttEstimator {
    /** RFC 6298 section 2: the clock granularity G, which RTO = SRTT + max(G, 4 RTTVAR) never goes below. */
    static final long CLOCK_GRANULARITY = 1_000_000L;

    private final long minRto;
    private final long maxRto;
    private long rto;
    private long srtt = -1;
    private long rttvar;
    private boolean timing;
    private boolean backedOff;
    private int timedSequence;
    private long timedAt;
    private long samples;

    /** Bounds as {@link TcpConfig} checked them: positive, minimum no more than maximum. */
    RttEstimator(long initialRto, long minRto, long maxRto) {
        this.rto = initialRto;
        this.minRto = minRto;
        this.maxRto = maxRto;
    }

    /** A segment starting at {@code sequence} goes out now: it is timed unless one already is. */
    void sent(int sequence, long now) {
        if (!timing) {
            timing = true;
            timedSequence = sequence;
            timedAt = now;
        }
    }

    /** Something was sent again: the segment being timed may be the copy that gets acknowledged, so no sample (Karn). */
    void retransmitted() {
        timing = false;
    }

    /**
     * {@code ack} arrived now: a sample when it covers the timed segment (RFC 6298 section 2.2 and
     * 2.3). Returns the sample, or -1 when there was none.
     */
    long acknowledged(int ack, long now) {
        if (!timing || !Seq.gt(ack, timedSequence)) {
            return -1;
        }
        timing = false;
        sample(now - timedAt);
        return now - timedAt;
    }

    /** The segment being timed: its first sequence number (meaningful while one is timed). */
    int timedSequence() {
        return timedSequence;
    }

    /**
     * The estimate after sample number {@code samples} ({@code sample} nanoseconds), in words, for
     * a trace: the RFC 6298 arithmetic with its values.
     */
    String describe(long sample, long samples) {
        long computed = srtt + Math.max(CLOCK_GRANULARITY, 4 * rttvar);
        String bound = computed < minRto
                ? ", raised to the minimum " + millis(minRto) + " (section 2.4)"
                : computed > maxRto ? ", cut to the maximum " + millis(maxRto) + " (section 2.5)" : "";
        return "RTT sample R = " + micros(sample)
                + (samples == 1
                        ? ", the first: SRTT = R, RTTVAR = R/2 (RFC 6298 section 2.2)"
                        : ": SRTT = 7/8 SRTT + 1/8 R, RTTVAR = 3/4 RTTVAR + 1/4 |SRTT - R| (RFC 6298 section 2.3)")
                + " gives SRTT " + micros(srtt) + ", RTTVAR " + micros(rttvar) + "; RTO = SRTT + max(G, 4 RTTVAR) = "
                + millis(computed) + bound + ": RTO " + millis(rto);
    }

    private static String micros(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.1f us", nanos / 1e3);
    }

    private static String millis(long nanos) {
        return String.format(java.util.Locale.ROOT, "%.3f ms", nanos / 1e6);
    }

    /** A round-trip time measured otherwise (a SACK of data sent once): the estimate takes it, and a backed-off RTO ends. */
    void sample(long r) {
        samples++;
        backedOff = false;
        if (srtt < 0) {
            srtt = r;
            rttvar = r / 2;
        } else {
            rttvar = (3 * rttvar + Math.abs(srtt - r)) / 4; // beta = 1/4
            srtt = (7 * srtt + r) / 8; // alpha = 1/8
        }
        rto = Math.min(Math.max(srtt + Math.max(CLOCK_GRANULARITY, 4 * rttvar), minRto), maxRto); // section 2.4 and 2.5
    }

    /** The timer expired: RTO doubles, up to the maximum (RFC 6298 section 5.5), and the timed segment gives no sample. */
    void backOff() {
        rto = Math.min(rto * 2, maxRto);
        timing = false;
        backedOff = true;
    }

    /** Whether timeouts doubled the RTO since the last sample (RFC 6298 section 5.7: it stays so until one). */
    boolean backedOff() {
        return backedOff;
    }

    long rto() {
        return rto;
    }

    /** SRTT, or -1 before the first sample. */
    long smoothedRtt() {
        return srtt;
    }

    /** Samples taken so far. */
    long samples() {
        return samples;
    }

    long rttVariance() {
        return rttvar;
    }
}
