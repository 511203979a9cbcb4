package jnic.driver.time;

/**
 * Virtual time with nothing underneath: time jumps straight to the next deadline. For
 * deterministic tests of protocol code over in-memory devices (a minute of TCP timers in
 * milliseconds of real time).
 */
public final class ManualTimeLoop extends VirtualTimeLoop {
    private volatile long now;

    @Override
    protected long now() {
        return now;
    }

    @Override
    protected void advance(long deadline) {
        now = deadline;
    }
}
