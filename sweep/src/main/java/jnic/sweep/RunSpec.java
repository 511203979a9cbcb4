package jnic.sweep;

import java.io.Serializable;
import java.util.Locale;

/**
 * One world run of a sweep: stations on a medium of a build, the line's impairments, the traffic
 * offered, the seed and how long to run in simulated time.
 *
 * @param medium      "cable" (2 stations, full duplex) or "hub" (half duplex, CSMA/CD)
 * @param build       "fast" (100 Mb/s, raw bytes) or "phy" (10 Mb/s, Manchester line)
 * @param stations    how many adapters; each sends to the next one round the ring
 * @param ber         bit errors per line bit
 * @param ppm         clock offset of every odd-numbered adapter, in parts per million
 * @param frameBytes  each frame's length on the line with its FCS, 64 to 1518
 * @param load        traffic offered by all stations together, as a fraction of the line rate
 *                    (Poisson arrivals; 1 fills the line exactly, above 1 saturates it)
 * @param seed        seeds the line's impairments, the arrivals and the frames' contents
 * @param durationMs  simulated milliseconds of traffic (then the queues drain); for a hostile run,
 *                    the time the transfer has
 * @param scenario    "traffic" (frames between adapters of a build, {@link WorldRun}) or "hostile"
 *                    (the stack under hostile frames and loss, {@link HostileRun})
 * @param frameLoss   for a hostile run, the share of frames the LAN loses (and half as many it
 *                    duplicates, and as many it reorders)
 */
public record RunSpec(
        String medium,
        String build,
        int stations,
        double ber,
        double ppm,
        int frameBytes,
        double load,
        long seed,
        double durationMs,
        String scenario,
        double frameLoss)
        implements Serializable {
    /** A traffic run (the scenario most grids are). */
    public RunSpec(
            String medium,
            String build,
            int stations,
            double ber,
            double ppm,
            int frameBytes,
            double load,
            long seed,
            double durationMs) {
        this(medium, build, stations, ber, ppm, frameBytes, load, seed, durationMs, "traffic", 0);
    }

    private static final long serialVersionUID = 2L;

    /** The parameters as CSV columns, in {@link #CSV_HEADER}'s order. */
    public String csv() {
        return String.format(
                Locale.ROOT,
                "%s,%s,%d,%s,%s,%d,%s,%d,%s,%s,%s",
                medium,
                build,
                stations,
                ber,
                ppm,
                frameBytes,
                load,
                seed,
                durationMs,
                scenario,
                frameLoss);
    }

    public static final String CSV_HEADER =
            "medium,build,stations,ber,ppm,frame_bytes,load,seed,duration_ms,scenario,frame_loss";
}
