package jnic.stack.tcp;

import java.util.ArrayDeque;

/**
 * RACK, time-based loss detection (RFC 8985 section 6): every stretch of sequence space is logged
 * with the time it was last sent; when the peer delivers (acknowledges or SACKs) something, a
 * stretch sent earlier than it that is still missing one round trip plus a reordering window later
 * is lost. So one SACK after a tail-loss probe, or the SACK of a segment sent after a lost
 * retransmission, is enough; no count of duplicate ACKs is needed. Sequence numbers are unwrapped
 * to 64 bits by the caller; times are the host's clock in nanoseconds.
 *
 * <p>Choices RFC 8985 leaves open: the minimum RTT is the least sample over the connection's life
 * (Linux filters it over 5 minutes); the reordering window is a quarter of it, or none while in
 * recovery with no reordering seen (section 6.2, step 4), and grows by a quarter for each D-SACK
 * that shows a retransmission was spurious, up to SRTT.
 */
final class Rack {
    /**
     * One transmission: [start, end) last sent at {@code sentAt}, the {@code order}-th transmission
     * of the connection. The order breaks ties between sends in the same clock tick (all of a
     * virtual-time event's sends share one instant): RFC 8985's "sent after" compares end sequence
     * numbers there, which would put a retransmission before the new data sent just ahead of it.
     */
    private static final class Sent {
        long start;
        long end;
        long sentAt;
        long order;
        boolean retransmitted;
        boolean delivered;
        boolean lost;

        Sent(long start, long end, long sentAt, long order, boolean retransmitted) {
            this.start = start;
            this.end = end;
            this.sentAt = sentAt;
            this.order = order;
            this.retransmitted = retransmitted;
        }

        /** Whether this was sent after the transmission at {@code time}, number {@code n}. */
        boolean sentAfter(long time, long n) {
            return sentAt > time || sentAt == time && order > n;
        }
    }

    /** What a loss detection found: how many stretches it newly marked lost, and when to look again (or -1). */
    record Verdict(int newlyLost, long recheckAt) {}

    private final ArrayDeque<Sent> log = new ArrayDeque<>(); // in sequence order, contiguous from SND.UNA
    private long xmitTs = -1; // RACK.xmit_ts: when the most recently sent delivered stretch went out
    private long xmitOrder; // with xmitTs, which transmission that was (in place of RACK.end_seq, see Sent)
    private long transmissions;
    private long rtt; // RACK.rtt
    private long minRtt = Long.MAX_VALUE;
    private int reorderingSteps = 1; // RACK.reo_wnd_mult
    private long lastStepAt = Long.MIN_VALUE;
    private boolean reorderingSeen;
    private long fack; // RACK.fack: the highest end of anything delivered
    private long highestSent; // the end of the highest sequence ever sent: a send below it is a retransmission
    private long lostBytes; // kept as stretches are marked lost and sent again or delivered
    private long firstTransmissionSample = -1; // see takeSampleOfFirstTransmission
    private long firstTransmissionSentAt = Long.MIN_VALUE;

    /** [start, end) goes out now: new data at the end of the log, or some of it again. */
    void transmitted(long start, long end, long now) {
        long logEnd = log.isEmpty() ? start : log.peekLast().end;
        long order = ++transmissions;
        if (start < logEnd) {
            splitAt(start);
            splitAt(Math.min(end, logEnd));
            for (Sent s : log) {
                if (s.start >= start && s.end <= end) {
                    s.sentAt = now;
                    s.order = order;
                    s.retransmitted = true;
                    unmarkLost(s);
                }
            }
        }
        if (end > logEnd) {
            long from = Math.max(start, logEnd);
            // After a timeout cleared the log, what is sent again from SND.UNA is a retransmission all the same.
            log.addLast(new Sent(from, end, now, order, from < highestSent));
        }
        highestSent = Math.max(highestSent, end);
    }

    /** Cuts the stretch that holds {@code seq} strictly inside it in two at {@code seq}; both halves keep its state. */
    private void splitAt(long seq) {
        Sent holder = null;
        for (Sent s : log) {
            if (s.start < seq && seq < s.end) {
                holder = s;
                break;
            }
        }
        if (holder == null) {
            return;
        }
        ArrayDeque<Sent> rebuilt = new ArrayDeque<>(log.size() + 1);
        for (Sent x : log) {
            if (x != holder) {
                rebuilt.addLast(x);
                continue;
            }
            Sent after = new Sent(seq, x.end, x.sentAt, x.order, x.retransmitted);
            after.lost = x.lost;
            after.delivered = x.delivered;
            x.end = seq;
            rebuilt.addLast(x);
            rebuilt.addLast(after);
        }
        log.clear();
        log.addAll(rebuilt);
    }

    /**
     * RFC 8985 section 6.2, steps 1 to 3, for one ACK: stretches now acknowledged (below
     * {@code una}) or wholly SACKed ({@code board}) are delivered; the most recently sent of them
     * becomes RACK's reference, unless it was retransmitted and the ACK came sooner than the
     * minimum RTT (the ACK was for the original).
     */
    void delivered(long una, SackScoreboard board, long now) {
        while (!log.isEmpty() && log.peekFirst().end <= una) {
            Sent s = log.pollFirst();
            unmarkLost(s);
            if (!s.delivered) {
                deliver(s, now); // what was SACKed before was delivered then
            }
        }
        if (!log.isEmpty() && log.peekFirst().start < una) {
            Sent first = log.peekFirst(); // partly acknowledged: the rest stays outstanding
            if (first.lost) {
                lostBytes -= una - first.start;
            }
            first.start = una;
        }
        if (board.isEmpty() || log.isEmpty()) {
            return;
        }
        // A stretch sent as one large segment (TSO) is SACKed in pieces: cut it where the ranges begin
        // and end, so that what arrived counts as delivered and only what is missing can be lost.
        for (long[] r : board.rangesWithin(log.peekFirst().start, log.peekLast().end)) {
            splitAt(r[0]);
            splitAt(r[1]);
        }
        for (Sent s : log) {
            if (!s.delivered && board.covers(s.start, s.end)) {
                s.delivered = true;
                unmarkLost(s);
                deliver(s, now);
            }
        }
    }

    /**
     * The round-trip time of the most recently sent stretch, sent only once, that was delivered
     * since the last call; -1 if none was. A sample Karn's rule allows.
     */
    long takeSampleOfFirstTransmission() {
        long sample = firstTransmissionSample;
        firstTransmissionSample = -1;
        firstTransmissionSentAt = Long.MIN_VALUE;
        return sample;
    }

    private void deliver(Sent s, long now) {
        long sample = now - s.sentAt;
        if (!s.retransmitted && s.sentAt > firstTransmissionSentAt) {
            firstTransmissionSentAt = s.sentAt;
            firstTransmissionSample = sample;
        }
        if (s.retransmitted && sample < minRtt) {
            return; // RFC 8985 section 6.2 step 2: this ACK was for the original transmission
        }
        minRtt = Math.min(minRtt, sample);
        if (!s.retransmitted && s.end < fack) {
            reorderingSeen = true; // delivered below something already delivered (section 6.2 step 3)
        }
        fack = Math.max(fack, s.end);
        if (xmitTs < 0 || s.sentAfter(xmitTs, xmitOrder)) {
            xmitTs = s.sentAt;
            xmitOrder = s.order;
            rtt = sample;
        }
    }

    /**
     * A D-SACK said a retransmission was not needed: a wider reordering window (section 6.2 step
     * 4), one step per round trip at most.
     */
    void spuriousRetransmission(long now) {
        reorderingSeen = true;
        if (xmitTs >= 0 && now - lastStepAt >= rtt) {
            reorderingSteps = Math.min(reorderingSteps + 1, 4);
            lastStepAt = now;
        }
    }

    /**
     * RFC 8985 section 6.2, step 5: every stretch not delivered that was sent before RACK's
     * reference is lost once RACK.rtt plus the reordering window has passed since it was sent; for
     * those not yet there, the verdict says when to look again (the RACK reorder timer).
     */
    Verdict detectLoss(long now, boolean recovering, long srtt) {
        if (xmitTs < 0) {
            return new Verdict(0, -1);
        }
        long window = reorderingWindow(recovering, srtt);
        int lost = 0;
        long recheckAt = -1;
        for (Sent s : log) {
            if (s.delivered || s.lost) {
                continue;
            }
            if (s.sentAfter(xmitTs, xmitOrder) || s.sentAt == xmitTs && s.order == xmitOrder) {
                continue; // sent no earlier than what was delivered: nothing to infer yet
            }
            long due = s.sentAt + rtt + window;
            if (due <= now) {
                s.lost = true;
                lostBytes += s.end - s.start;
                lost++;
            } else if (recheckAt < 0 || due < recheckAt) {
                recheckAt = due;
            }
        }
        return new Verdict(lost, recheckAt);
    }

    private long reorderingWindow(boolean recovering, long srtt) {
        if (minRtt == Long.MAX_VALUE || !reorderingSeen && recovering) {
            return 0;
        }
        long w = minRtt / 4 * reorderingSteps;
        return srtt > 0 ? Math.min(w, srtt) : w;
    }

    /** The first stretch marked lost and not yet sent again, from {@code from} on, as {start, end}; null when none. */
    long[] nextLost(long from) {
        for (Sent s : log) {
            if (s.lost && s.end > from) {
                return new long[] {Math.max(s.start, from), s.end};
            }
        }
        return null;
    }

    /** Marks [start, end) lost (RFC 6675's IsLost found it so); the stretches are cut to fit. */
    void markLost(long start, long end) {
        splitAt(start);
        splitAt(end);
        for (Sent s : log) {
            if (s.start >= start && s.end <= end && !s.delivered && !s.lost) {
                s.lost = true;
                lostBytes += s.end - s.start;
            }
        }
    }

    /** Bytes marked lost and not yet sent again (what RFC 6675's SetPipe leaves out of the pipe). */
    long lostBytes() {
        return lostBytes;
    }

    private void unmarkLost(Sent s) {
        if (s.lost) {
            s.lost = false;
            lostBytes -= s.end - s.start;
        }
    }

    /** Whether anything is marked lost and not yet sent again. */
    boolean anyLost() {
        return lostBytes > 0;
    }

    /** After a retransmission timeout everything outstanding is sent again from the start (go-back-N). */
    void clear() {
        log.clear();
        lostBytes = 0;
        takeSampleOfFirstTransmission();
    }

    /** RACK.min_RTT, or -1 before the first sample. */
    long minRtt() {
        return minRtt == Long.MAX_VALUE ? -1 : minRtt;
    }

    /** Stretches in the log now (for tests). */
    int size() {
        return log.size();
    }
}
