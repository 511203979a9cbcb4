package jnic.cli.trace;

import java.util.Locale;
import jnic.driver.trace.TraceLayer;

/**
 * One narrated step: when (simulated nanoseconds), on which host, in which layer, what happened.
 * A frame on the line also names its sender and receiver ({@code to} is null for other events, or
 * "all" for a broadcast).
 */
public record TraceEvent(long nanos, String host, TraceLayer layer, String text, String to) {
    public TraceEvent {
        if (host == null || layer == null || text == null) {
            throw new IllegalArgumentException("an event needs a host, a layer and a text");
        }
    }

    public TraceEvent(long nanos, String host, TraceLayer layer, String text) {
        this(nanos, host, layer, text, null);
    }

    /** The event as a line of {@code jnic trace}: time in microseconds, host, layer, text. */
    public static String format(TraceEvent e) {
        return String.format(
                Locale.ROOT,
                "%12.3f  %-7s %-11s %s",
                e.nanos() / 1000.0,
                e.host(),
                e.layer().name().toLowerCase(Locale.ROOT),
                e.text());
    }
}
