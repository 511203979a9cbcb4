package jnic.stack.iface;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import jnic.net.wire.Malformed;

/** A host's counters: written on its event loop, readable from any thread. */
public final class Counters {
    private final AtomicLongArray counts = new AtomicLongArray(StackCounter.values().length);
    private final AtomicLongArray malformed = new AtomicLongArray(Malformed.values().length);

    public void increment(StackCounter c) {
        counts.incrementAndGet(c.ordinal());
    }

    /** Counts a parser's refusal under its layer's counter and under its reason. */
    public void malformed(StackCounter layer, Malformed reason) {
        increment(layer);
        malformed.incrementAndGet(reason.ordinal());
    }

    public long get(StackCounter c) {
        return counts.get(c.ordinal());
    }

    /** Refusals of every layer by reason (bad checksum, truncated...). */
    public long get(Malformed reason) {
        return malformed.get(reason.ordinal());
    }

    /** The counters that are not zero. */
    public Map<StackCounter, Long> nonZero() {
        Map<StackCounter, Long> m = new EnumMap<>(StackCounter.class);
        for (StackCounter c : StackCounter.values()) {
            if (get(c) != 0) {
                m.put(c, get(c));
            }
        }
        return m;
    }

    @Override
    public String toString() {
        return nonZero().toString();
    }
}
