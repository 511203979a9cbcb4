package jnic.cli.trace;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import jnic.driver.time.Clock;
import jnic.driver.trace.TraceLayer;
import jnic.driver.trace.Tracer;

/**
 * Collects the events the layers of several hosts narrate, stamped with the simulated time of
 * one clock, plus events added afterwards from the capture files; {@link #events()} gives them
 * in time order (events of the same instant in the order they happened).
 */
public final class TraceRecorder {
    private final Clock clock;
    private final List<TraceEvent> events = new ArrayList<>();

    public TraceRecorder(Clock clock) {
        this.clock = clock;
    }

    /** A tracer for {@code host}'s layers. */
    public Tracer forHost(String host) {
        return (TraceLayer layer, String text) -> add(new TraceEvent(clock.nanos(), host, layer, text));
    }

    public synchronized void add(TraceEvent e) {
        events.add(e);
    }

    /** Every event so far, by time; a stable sort keeps the order of events of one instant. */
    public synchronized List<TraceEvent> events() {
        List<TraceEvent> sorted = new ArrayList<>(events);
        sorted.sort(Comparator.comparingLong(TraceEvent::nanos));
        return sorted;
    }
}
