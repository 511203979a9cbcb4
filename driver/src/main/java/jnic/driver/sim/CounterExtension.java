package jnic.driver.sim;

/**
 * 64-bit counts from the adapter's 32-bit hardware counters: each read adds what a counter moved
 * since the read before, modulo 2^32, so a counter's wrap costs nothing as long as it is read at
 * least once per wrap (the fastest, TX_BYTES at 100 Mb/s, wraps after 343 s; {@link SimNic} reads
 * them from its interrupt handler at least once a minute of simulated time while frames flow, and
 * a counter moves only with frames). The hardware counters only count up from the adapter's reset,
 * before the driver's first read.
 */
final class CounterExtension {
    private final long[] totals;
    private final int[] last;

    CounterExtension(int counters) {
        totals = new long[counters];
        last = new int[counters];
    }

    /** Takes a read of every 32-bit counter, in order; returns the 64-bit totals. */
    long[] update(int[] raw) {
        for (int i = 0; i < totals.length; i++) {
            totals[i] += (raw[i] - last[i]) & 0xFFFFFFFFL;
            last[i] = raw[i];
        }
        return totals.clone();
    }
}
