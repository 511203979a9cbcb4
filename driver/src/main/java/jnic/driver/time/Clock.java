package jnic.driver.time;

/**
 * The one source of time for the driver and the stack: simulated time in a world of simulated
 * NICs, wall time on a real device. Every timer (ARP expiry, reassembly, TCP's retransmission)
 * reads this, so a simulated run is deterministic and a test can jump over a minute at no cost.
 */
@FunctionalInterface
public interface Clock {
    /** Monotonic time in nanoseconds from an arbitrary origin. */
    long nanos();
}
