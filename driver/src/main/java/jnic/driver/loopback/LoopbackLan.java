package jnic.driver.loopback;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import jnic.driver.time.VirtualTimeLoop;

/**
 * Loopback segments and the event loop that drives them, in virtual time: frames cross a segment
 * in {@code latencyNanos} (zero by default) and are delivered by the loop, so hosts built on this
 * loop exchange packets, and their timers fire, exactly as a run in simulated time, without the
 * cost of simulating hardware. Time jumps over idle stretches.
 */
public final class LoopbackLan extends VirtualTimeLoop {
    private final long latencyNanos;
    private final List<LoopbackHub> hubs = new CopyOnWriteArrayList<>();
    private volatile long now;

    public LoopbackLan() {
        this(0);
    }

    public LoopbackLan(long latencyNanos) {
        if (latencyNanos < 0) {
            throw new IllegalArgumentException("negative latency " + latencyNanos);
        }
        this.latencyNanos = latencyNanos;
    }

    /** A new segment without impairments. */
    public LoopbackHub hub() {
        return hub(LoopbackHub.Impairments.NONE, 1);
    }

    /** A new segment that loses, duplicates and reorders frames as {@code impairments} say, from {@code seed}. */
    public LoopbackHub hub(LoopbackHub.Impairments impairments, long seed) {
        LoopbackHub h = new LoopbackHub(impairments, seed, this::now, latencyNanos);
        hubs.add(h);
        return h;
    }

    @Override
    protected long now() {
        return now;
    }

    /** Delivers the frames that are due; when there are none, moves time to the next frame or deadline. */
    @Override
    protected void advance(long deadline) {
        int delivered = 0;
        long nextFrame = Long.MAX_VALUE;
        for (LoopbackHub h : hubs) {
            delivered += h.pump();
            nextFrame = Math.min(nextFrame, h.nextDue());
        }
        if (delivered == 0) {
            now = Math.max(now, Math.min(deadline, nextFrame));
        }
    }
}
