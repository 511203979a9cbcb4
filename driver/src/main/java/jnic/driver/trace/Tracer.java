package jnic.driver.trace;

/**
 * Receives a narration of what one host's layers do, one sentence per event (as {@code jnic
 * trace} prints it). The receiver stamps the time and the host; a layer only says what happened.
 * {@link #OFF}, the default everywhere, costs a field read per event: layers check
 * {@link #enabled()} before building a sentence.
 */
@FunctionalInterface
public interface Tracer {
    Tracer OFF = new Tracer() {
        @Override
        public void event(TraceLayer layer, String text) {}

        @Override
        public boolean enabled() {
            return false;
        }
    };

    void event(TraceLayer layer, String text);

    default boolean enabled() {
        return true;
    }
}
