package jnic.sweep;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeoutException;
import java.util.random.RandomGenerator;
import jnic.driver.sim.SimLan;
import jnic.driver.sim.SimNic;
import jnic.sim.nic.NicRegisterMap.Counter;

/**
 * Runs one {@link RunSpec}: its adapters on a simulated cable or hub, each offered Poisson traffic
 * of its share of the load, sending to the next adapter round the ring; then gives the frames in
 * flight 50 ms to arrive and reads what the drivers received and the adapters counted (frames
 * still queued then, on a saturated hub, count as neither sent nor lost). Everything random is drawn from
 * the spec's seed, so a run repeats exactly. A run that fails, or takes more than its wall-time
 * limit, is a result with its error, not an exception.
 */
public final class WorldRun {
    /** The IEEE 802 local experimental EtherType (IEEE 802-2014 clause 9.2.2). */
    private static final int ETHER_TYPE = 0x88B5;
    /** Preamble and SFD (8 bytes) and the inter-frame gap (12 byte times) each frame costs the line. */
    private static final int OVERHEAD_BYTES = 20;
    /** After the traffic stops, the queues get this much simulated time to drain. */
    private static final long DRAIN_NANOS = 50_000_000;
    /** Frames an adapter's driver queues before refusing more (a station's buffer). */
    private static final int QUEUE_FRAMES = 64;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private WorldRun() {}

    /** Runs {@code spec}; gives up (a result with an error) after {@code wallLimitSeconds} of wall time. */
    public static RunResult run(RunSpec spec, double wallLimitSeconds) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        try {
            long wallLimit = (long) (wallLimitSeconds * 1e9);
            return spec.scenario().equals("hostile")
                    ? HostileRun.measure(spec, wallLimit, THREADS, cpu)
                    : measure(spec, wallLimit, cpu);
        } catch (Exception | Error e) { // an assertion or a stack overflow in one run is that run's result too
            return RunResult.failed(spec, e, (THREADS.getCurrentThreadCpuTime() - cpu) / 1e9);
        }
    }

    private static SimLan.Options options(RunSpec s) {
        SimLan.Build build = switch (s.build()) {
            case "fast" -> SimLan.Build.FAST;
            case "phy" -> SimLan.Build.PHY;
            default -> throw new IllegalArgumentException("build is fast or phy, not " + s.build());
        };
        SimLan.Options o = switch (s.medium()) {
            case "cable" -> {
                if (s.stations() != 2) {
                    throw new IllegalArgumentException("a cable joins 2 stations, not " + s.stations());
                }
                yield SimLan.Options.cable(build);
            }
            case "hub" -> SimLan.Options.hub(build, s.stations());
            default -> throw new IllegalArgumentException("medium is cable or hub, not " + s.medium());
        };
        if (s.frameBytes() < 64 || s.frameBytes() > 1518) {
            throw new IllegalArgumentException("a frame is 64 to 1518 bytes with its FCS, not " + s.frameBytes());
        }
        if (!(s.load() > 0) || !(s.durationMs() > 0) || s.stations() < 2) {
            throw new IllegalArgumentException("load and duration are positive, and a run has 2 stations or more");
        }
        return o.withImpairments(s.ber(), 0, s.seed());
    }

    private static RunResult measure(RunSpec s, long wallLimitNanos, long cpuStart) throws Exception {
        SimLan.Options options = options(s);
        int n = s.stations();
        long[] offered = new long[n];
        long[] refused = new long[n];
        long[] delivered = new long[n];
        long[] inWindow = {0};
        LongList delays = new LongList();
        try (SimLan lan = SimLan.create(options)) {
            for (int i = 1; i < n; i += 2) {
                lan.clockOffset(i, s.ppm());
            }
            SimNic[] nics = new SimNic[n];
            for (int i = 0; i < n; i++) {
                nics[i] = lan.open(i, SimNic.Config.defaults().withTransmitQueue(QUEUE_FRAMES, 0));
            }
            // The traffic starts once the adapters are up (their start-up checks take simulated time).
            long start = lan.clock().nanos();
            long end = start + (long) (s.durationMs() * 1e6);
            for (int i = 0; i < n; i++) {
                nics[i].setHandler(f -> {
                    if (f.length < 27 || (((f[12] & 0xFF) << 8) | (f[13] & 0xFF)) != ETHER_TYPE) {
                        return;
                    }
                    ByteBuffer b = ByteBuffer.wrap(f, 14, 13);
                    int from = b.get() & 0xFF;
                    b.getInt(); // the frame's number: kept in the frame for captures
                    long sent = b.getLong();
                    long now = lan.clock().nanos();
                    if (from < n) {
                        delivered[from]++;
                        delays.add(now - sent);
                        if (now <= end) {
                            inWindow[0]++;
                        }
                    }
                });
            }
            SplittableRandom streams = new SplittableRandom(s.seed());
            double wireBits = (s.frameBytes() + OVERHEAD_BYTES) * 8.0;
            double meanGapNanos = wireBits / options.build().bitsPerSecond * 1e9 * n / s.load();
            for (int i = 0; i < n; i++) {
                RandomGenerator arrivals = streams.split(); // independent streams, not neighbouring seeds
                RandomGenerator contents = streams.split();
                int me = i;
                Runnable[] next = new Runnable[1];
                int[] number = {0};
                // Arrivals on their own timeline: handing a frame to the adapter takes simulated bus time
                // (the driver copies it into the adapter's memory), which must not stretch the gaps.
                long[] arrival = {start + exponential(arrivals, meanGapNanos)};
                next[0] = () -> {
                    while (arrival[0] <= lan.clock().nanos() && arrival[0] < end) {
                        byte[] f = new byte[s.frameBytes() - 4]; // the adapter appends the FCS
                        contents.nextBytes(f);
                        nics[(me + 1) % n].macAddress().copyTo(f, 0);
                        nics[me].macAddress().copyTo(f, 6);
                        ByteBuffer.wrap(f, 12, 15)
                                .putShort((short) ETHER_TYPE)
                                .put((byte) me)
                                .putInt(number[0]++)
                                .putLong(arrival[0]);
                        offered[me]++;
                        try {
                            nics[me].send(f);
                        } catch (IOException full) {
                            refused[me]++;
                        }
                        arrival[0] += exponential(arrivals, meanGapNanos);
                    }
                    if (arrival[0] < end) {
                        lan.schedule(Math.max(0, arrival[0] - lan.clock().nanos()), next[0]);
                    }
                };
                lan.schedule(arrival[0] - start, next[0]);
            }
            long wallDeadline = System.nanoTime() + wallLimitNanos;
            long stop = end + DRAIN_NANOS;
            while (lan.clock().nanos() < stop) {
                lan.runFor(Math.min(1_000_000, stop - lan.clock().nanos()));
                if (System.nanoTime() > wallDeadline) {
                    throw new TimeoutException("the run took more than " + wallLimitNanos / 1e9 + " s of wall time at "
                            + lan.clock().nanos() / 1e6 + " simulated ms");
                }
            }
            long transmitted = 0;
            long collisions = 0;
            long fcsErrors = 0;
            for (SimNic nic : nics) {
                var c = nic.hardwareCounters();
                transmitted += c.get(Counter.TX_FRAMES);
                collisions += c.get(Counter.COLLISIONS);
                fcsErrors += c.get(Counter.RX_FCS_ERRORS);
            }
            long[] d = delays.sorted();
            return new RunResult(
                    s,
                    Arrays.stream(offered).sum(),
                    Arrays.stream(refused).sum(),
                    transmitted,
                    Arrays.stream(delivered).sum(),
                    inWindow[0] * s.frameBytes() * 8.0 / (s.durationMs() / 1e3) / 1e6,
                    d.length == 0 ? 0 : Arrays.stream(d).average().orElse(0) / 1e3,
                    percentile(d, 0.50) / 1e3,
                    percentile(d, 0.99) / 1e3,
                    collisions,
                    fcsErrors,
                    jain(delivered),
                    (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9,
                    null);
        }
    }

    /** An exponential gap of mean {@code mean} nanoseconds (Poisson arrivals), at least 1 ns. */
    private static long exponential(RandomGenerator r, double mean) {
        return Math.max(1, (long) (-Math.log(1 - r.nextDouble()) * mean));
    }

    /** The nearest-rank percentile of sorted values; 0 for none. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    /** Jain's fairness index (Jain, Chiu and Hawe 1984): (Σx)² / (n Σx²); 1 for equal shares. */
    static double jain(long[] x) {
        double sum = 0;
        double squares = 0;
        for (long v : x) {
            sum += v;
            squares += (double) v * v;
        }
        return squares == 0 ? 0 : sum * sum / (x.length * squares);
    }

    /** A growing array of longs (the delays), without boxing. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long v) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = v;
        }

        long[] sorted() {
            long[] s = Arrays.copyOf(values, size);
            Arrays.sort(s);
            return s;
        }
    }
}
