package jnic.driver.loopback;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import jnic.driver.time.Clock;
import jnic.net.wire.MacAddress;

/**
 * An in-memory Ethernet segment for fast, deterministic stack tests: devices attached to it hear
 * each other's frames, filtered by destination as a NIC would (own unicast, group addresses, or
 * everything when promiscuous).
 *
 * <p>Nothing is delivered until {@link #pump()} runs, on the caller's thread: tests decide when
 * frames move, and a handler that answers a frame has its answer delivered by the same pump.
 * Impairments come from one {@link Random} seeded by the caller, so a seed repeats a run exactly.
 */
public final class LoopbackHub {
    /**
     * Per frame and listener: {@code loss} drops it, {@code duplication} delivers it twice,
     * {@code reorder} lets it overtake the frame queued before it.
     */
    public record Impairments(double loss, double duplication, double reorder) {
        public static final Impairments NONE = new Impairments(0, 0, 0);

        public Impairments {
            for (double p : new double[] {loss, duplication, reorder}) {
                if (!(p >= 0 && p <= 1)) {
                    throw new IllegalArgumentException("probabilities must be in [0, 1], not " + p);
                }
            }
        }
    }

    /** Frames a single pump delivers at most: a handler loop (two hosts echoing forever) ends. */
    public static final int PUMP_LIMIT = 1_000_000;

    private record Pending(LoopbackDevice to, byte[] frame, long due) {}

    private final Impairments impairments;
    private final Random random;
    private final Clock clock;
    private final long latencyNanos;
    private final List<LoopbackDevice> devices = new ArrayList<>();
    private final Deque<Pending> queue = new ArrayDeque<>();
    private long lost;
    private Predicate<byte[]> dropRule;
    private long duplicated;
    private long reordered;

    public LoopbackHub() {
        this(Impairments.NONE, 1);
    }

    public LoopbackHub(Impairments impairments, long seed) {
        this(impairments, seed, () -> 0, 0);
    }

    /** A segment whose frames arrive {@code latencyNanos} after they were sent, on {@code clock} (see {@link LoopbackLan}). */
    LoopbackHub(Impairments impairments, long seed, Clock clock, long latencyNanos) {
        this.impairments = impairments;
        this.random = new Random(seed);
        this.clock = clock;
        this.latencyNanos = latencyNanos;
    }

    /** Two devices on their own segment, like a cable. */
    public static LoopbackDevice[] pair(MacAddress a, MacAddress b) {
        LoopbackHub hub = new LoopbackHub();
        return new LoopbackDevice[] {hub.attach("lo-a", a), hub.attach("lo-b", b)};
    }

    public synchronized LoopbackDevice attach(String name, MacAddress address) {
        LoopbackDevice d = new LoopbackDevice(this, name, address);
        devices.add(d);
        return d;
    }

    synchronized void detach(LoopbackDevice device) {
        devices.remove(device);
        queue.removeIf(p -> p.to == device);
    }

    /** Queues a copy of {@code frame} for every listener that takes it (the caller keeps {@code frame}). */
    synchronized void transmit(LoopbackDevice from, byte[] frame) {
        MacAddress destination = MacAddress.of(frame, 0);
        long due = clock.nanos() + latencyNanos;
        if (dropRule != null && dropRule.test(frame)) {
            lost++;
            return;
        }
        for (LoopbackDevice to : devices) {
            if (to == from || !to.accepts(destination)) {
                continue;
            }
            if (random.nextDouble() < impairments.loss()) {
                lost++;
                continue;
            }
            int copies = random.nextDouble() < impairments.duplication() ? 2 : 1;
            duplicated += copies - 1;
            for (int c = 0; c < copies; c++) {
                Pending p = new Pending(to, frame.clone(), due);
                if (!queue.isEmpty() && random.nextDouble() < impairments.reorder()) {
                    Pending before = queue.pollLast();
                    queue.addLast(p);
                    queue.addLast(before);
                    reordered++;
                } else {
                    queue.addLast(p);
                }
            }
        }
    }

    /**
     * Delivers queued frames that are due, and the frames handlers send in answer, until none is
     * left (or {@link #PUMP_LIMIT}). Returns how many were delivered.
     */
    public int pump() {
        int delivered = 0;
        while (delivered < PUMP_LIMIT) {
            Pending p;
            synchronized (this) {
                p = queue.peekFirst();
                if (p == null || p.due - clock.nanos() > 0) {
                    break;
                }
                queue.pollFirst();
            }
            p.to.deliver(p.frame);
            delivered++;
        }
        return delivered;
    }

    /** When the first queued frame is due (Long.MAX_VALUE when none is queued). */
    synchronized long nextDue() {
        Pending p = queue.peekFirst();
        return p == null ? Long.MAX_VALUE : p.due;
    }

    /**
     * Scripted loss: frames for which {@code rule} holds are lost (counted with the random
     * losses), so a test can drop exactly the segments it means to. Null removes the rule.
     */
    public synchronized void dropWhen(Predicate<byte[]> rule) {
        dropRule = rule;
    }

    public synchronized int pending() {
        return queue.size();
    }

    public synchronized long framesLost() {
        return lost;
    }

    public synchronized long framesDuplicated() {
        return duplicated;
    }

    public synchronized long framesReordered() {
        return reordered;
    }
}
