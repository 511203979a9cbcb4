package jnic.driver.sim;

import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import jnic.driver.time.VirtualTimeLoop;
import jnic.driver.trace.Tracer;
import jnic.net.wire.MacAddress;
import jnic.sim.Medium;

/**
 * A LAN of simulated NICs: hw-sim's world of N adapters on a cable or hub, and the one event loop
 * in which their drivers and everything above them run. The world owns the clock: the loop's
 * time is the world's simulated time, and while the loop waits for the next timer the hardware
 * runs, stopping early when an adapter raises its interrupt line; the loop then runs that
 * adapter's interrupt handler ({@link SimNic}). A run driven by one thread is deterministic:
 * same seed, same frames, same times.
 *
 * <p>Drive it with {@link #runFor}/{@link #runUntil}, or {@link #start} a thread that does so
 * whenever there is work (the interrupt thread of a real system).
 */
public final class SimLan extends VirtualTimeLoop implements AutoCloseable {
    /** The two hardware builds: a byte-wide line at 100 Mb/s, or the Manchester line at 10 Mb/s. */
    public enum Build {
        /** A byte per clock on the line: 100 Mb/s. */
        FAST("NicFast", 100_000_000L),
        /** Manchester-coded 10BASE-T: 10 Mb/s. */
        PHY("NicPhy", 10_000_000L);

        final String top;
        /** The line's bit rate. */
        public final long bitsPerSecond;

        Build(String top, long bitsPerSecond) {
            this.top = top;
            this.bitsPerSecond = bitsPerSecond;
        }
    }

    /** One segment of the LAN: its medium and how many adapters it joins (a cable exactly 2, a hub at least 2). */
    public record Segment(Medium medium, int stations) {
        public Segment {
            java.util.Objects.requireNonNull(medium, "medium");
            if (medium == Medium.CABLE && stations != 2 || medium == Medium.HUB && stations < 2) {
                throw new IllegalArgumentException(
                        medium == Medium.CABLE
                                ? "a cable joins exactly 2 adapters, not " + stations
                                : "a hub needs at least 2 adapters, not " + stations);
            }
        }
    }

    /**
     * What the LAN is: the build, its segments (one for a plain LAN; several for a network that
     * routers or bridges join, all in one simulated time base), and line impairments drawn from one
     * generator seeded with {@code seed} (bit errors per line bit, frames lost per frame). Adapters
     * are numbered segment by segment: segment 0's first, then segment 1's, and so on. The
     * {@code traceable} adapters are built with tracing compiled in, so {@link #traceVcd} can record
     * them at any time; the others run faster but can be traced only before the LAN first runs.
     */
    public record Options(
            Build build,
            List<Segment> segments,
            double bitErrorRate,
            double frameLoss,
            long seed,
            java.util.Set<Integer> traceable) {
        public Options {
            java.util.Objects.requireNonNull(build, "build");
            segments = List.copyOf(segments);
            traceable = java.util.Set.copyOf(traceable);
            if (segments.isEmpty()) {
                throw new IllegalArgumentException("a LAN needs at least one segment");
            }
            int stations = segments.stream().mapToInt(Segment::stations).sum();
            if (stations > MAX_STATIONS) {
                throw new IllegalArgumentException("a LAN holds at most " + MAX_STATIONS
                        + " adapters (the world's interrupt mask has a bit for each), not " + stations);
            }
        }

        public static Options cable(Build build) {
            return network(build, List.of(new Segment(Medium.CABLE, 2)));
        }

        public static Options hub(Build build, int stations) {
            return network(build, List.of(new Segment(Medium.HUB, stations)));
        }

        /** Several segments in one world. */
        public static Options network(Build build, List<Segment> segments) {
            return new Options(build, segments, 0, 0, 1, java.util.Set.of());
        }

        public Options withImpairments(double bitErrorRate, double frameLoss, long seed) {
            return new Options(build, segments, bitErrorRate, frameLoss, seed, traceable);
        }

        /** The same with adapter {@code station} traceable as well. */
        public Options withTraceable(int station) {
            segmentOf(station); // checks it exists
            java.util.Set<Integer> more = new java.util.HashSet<>(traceable);
            more.add(station);
            return new Options(build, segments, bitErrorRate, frameLoss, seed, more);
        }

        /** Adapters on all segments. */
        public int stations() {
            return segments.stream().mapToInt(Segment::stations).sum();
        }

        /** The segment adapter {@code station} is on. */
        public int segmentOf(int station) {
            if (station < 0) {
                throw new IllegalArgumentException("no station " + station);
            }
            int first = 0;
            for (int s = 0; s < segments.size(); s++) {
                first += segments.get(s).stations();
                if (station < first) {
                    return s;
                }
            }
            throw new IllegalArgumentException("no station " + station + " (the LAN has " + stations() + ")");
        }

        /** The medium adapter {@code station} is attached to. */
        public Medium mediumOf(int station) {
            return segments.get(segmentOf(station)).medium();
        }

        /** The medium of a one-segment LAN. */
        public Medium medium() {
            if (segments.size() != 1) {
                throw new IllegalStateException("a LAN of " + segments.size() + " segments has no one medium");
            }
            return segments.get(0).medium();
        }
    }

    /** Adapters a LAN may hold: one bit each in the world's interrupt mask (jnic_world_run_until_interrupt). */
    public static final int MAX_STATIONS = 64;

    /** Simulated time per run of the hardware when paced to the wall clock (see {@link #startPacedToWallClock}). */
    private static final long PACED_QUANTUM = 20_000;

    /** How long the background thread keeps the hardware running after the last event (frames in flight land). */
    private static final long SETTLE_NANOS = 2_000_000;

    private final Options options;
    private Pointer world;
    private final long periodPs;
    private final SimNic[] nics;
    private final long[] irqMask = new long[1];
    private BusBatch prologue;
    private java.nio.ByteBuffer prologueWords;
    private final AtomicLong runCalls = new AtomicLong();
    private final AtomicLong batchCalls = new AtomicLong();
    private long lastEventNanos;
    private final ReentrantLock idleLock = new ReentrantLock();
    private final Condition work = idleLock.newCondition();
    private boolean workPosted;
    private Thread thread;
    private volatile boolean running;
    private volatile boolean paced;

    private SimLan(Options options, Pointer world) {
        this.options = options;
        this.world = world;
        this.periodPs = WorldLibrary.jnic_world_clock_period_ps(world);
        this.nics = new SimNic[options.stations()];
    }

    /** The adapters on their medium, out of power-on reset, none opened yet. */
    public static SimLan create(Options options) {
        WorldLibrary.load();
        int[] media =
                options.segments().stream().mapToInt(s -> s.medium().abi()).toArray();
        int[] segmentOf = new int[options.stations()];
        for (int i = 0; i < segmentOf.length; i++) {
            segmentOf[i] = options.segmentOf(i);
        }
        Pointer w = WorldLibrary.jnic_world_create_segments(
                options.build().top,
                media.length,
                media,
                segmentOf.length,
                segmentOf,
                options.bitErrorRate(),
                options.frameLoss(),
                options.seed());
        if (w == null) {
            throw new IllegalArgumentException(WorldLibrary.jnic_sim_last_error());
        }
        for (int station : options.traceable()) {
            if (WorldLibrary.jnic_world_make_traceable(w, station) != 0) {
                String why = WorldLibrary.jnic_sim_last_error();
                WorldLibrary.jnic_world_destroy(w);
                throw new IllegalArgumentException(why);
            }
        }
        return new SimLan(options, w);
    }

    public Options options() {
        return options;
    }

    /**
     * Brings up the driver of adapter {@code station} (see {@link SimNic} for the steps) and
     * returns it. Throws {@link NicInitException} if the adapter fails its start-up checks.
     */
    public SimNic open(int station, SimNic.Config config) throws NicInitException {
        return open(station, config, Tracer.OFF);
    }

    /**
     * {@link #open(int, SimNic.Config)} with the driver narrating to {@code tracer} from the first
     * step of its start-up on (reset, self-test, ROM, filter, interrupts, enable).
     */
    public SimNic open(int station, SimNic.Config config, Tracer tracer) throws NicInitException {
        checkStation(station);
        if (nics[station] != null) {
            throw new IllegalStateException("station " + station + " is already open");
        }
        SimNic nic = new SimNic(this, station, config);
        nic.setTracer(tracer);
        try {
            whileDriving(() -> {
                nic.initialise();
                if (prologue == null) {
                    preparePrologue(nic);
                }
                nics[station] = nic;
                return null;
            });
        } catch (NicInitFailure f) {
            throw f.exception;
        }
        return nic;
    }

    // ---- the world, for set-up and observation ----

    /** Puts an address into an adapter's ROM (a bad checksum if {@code corruptChecksum}); resets it as at power-on. */
    public void addressRom(int station, MacAddress address, boolean corruptChecksum) {
        check(WorldLibrary.jnic_world_set_rom(w(), station, address.toBytes(), corruptChecksum ? 1 : 0));
    }

    /** Drives an adapter's {@code faultInject} test pins (docs/registers.md, self-test): 0 in use. */
    public void faultInject(int station, int bits) {
        checkStation(station);
        Pointer model = WorldLibrary.jnic_world_station(w(), station);
        int port = WorldLibrary.jnic_model_port(model, "faultInject");
        check(port);
        check(WorldLibrary.jnic_model_set(model, port, bits));
    }

    /** An adapter's clock, {@code ppm} off nominal (before running). */
    public void clockOffset(int station, double ppm) {
        check(WorldLibrary.jnic_world_set_clock_offset(w(), station, ppm));
    }

    /** Every frame put on the medium from now on into a pcapng file (Wireshark), FCS included. */
    public void capturePcapng(Path file) {
        check(WorldLibrary.jnic_world_pcapng(w(), file.toString()));
    }

    /**
     * What one station's PHY receives from now on into a pcapng file of its own: frames as decoded,
     * with the pcapng flags for FCS and symbol errors; collisions as notes in the comments.
     */
    public void captureStationPcapng(int station, Path file) {
        check(WorldLibrary.jnic_world_pcapng_station(w(), station, file.toString()));
    }

    /** The frames on one segment only from now on into a pcapng file: a capture on that wire. */
    public void capturePcapng(int segment, Path file) {
        check(WorldLibrary.jnic_world_pcapng_segment(w(), segment, file.toString()));
    }

    /** Segment {@code segment}'s own line impairments, instead of the LAN's (before running). */
    public void impairments(int segment, double bitErrorRate, double frameLoss) {
        check(WorldLibrary.jnic_world_set_segment_impairments(w(), segment, bitErrorRate, frameLoss));
    }

    /** Clocks in which two or more adapters of hub segment {@code segment} talked at once. */
    public long collisionCycles(int segment) {
        return check(WorldLibrary.jnic_world_segment_collision_cycles(w(), segment));
    }

    public long framesCaptured() {
        return WorldLibrary.jnic_world_frames_captured(w());
    }

    /**
     * Every signal of one adapter into a VCD file (GTKWave) for the clocks [fromCycle, toCycle). After
     * the LAN has run, only a {@linkplain Options#withTraceable traceable} adapter can be traced.
     */
    public void traceVcd(int station, Path file, long fromCycle, long toCycle) {
        check(WorldLibrary.jnic_world_vcd(w(), station, file.toString(), fromCycle, toCycle));
    }

    /**
     * The world's idle fast-forward (on by default; see jnic_sim.h): a quiet LAN whose adapters'
     * state stands still skips to its next event at once, with the same result as clocking through.
     */
    public void fastForward(boolean on) {
        WorldLibrary.jnic_world_set_fast_forward(w(), on ? 1 : 0);
    }

    /** Clocks the fast-forward counted as run without evaluating them. */
    public long clocksSkipped() {
        return WorldLibrary.jnic_world_clocks_skipped(w());
    }

    /** Simulated time in clocks of the adapters' nominal clock. */
    public long cycles() {
        return WorldLibrary.jnic_world_cycles(w());
    }

    public long clockPeriodPs() {
        return periodPs;
    }

    /** The build of every adapter of this LAN. */
    public Build build() {
        return options.build();
    }

    /** Native calls into the world so far: runs of the hardware, and host-bus batches. */
    public long runCalls() {
        return runCalls.get();
    }

    public long batchCalls() {
        return batchCalls.get();
    }

    // ---- the event loop ----

    @Override
    protected long now() {
        return Math.multiplyExact(cycles(), periodPs) / 1000;
    }

    @Override
    protected void advance(long deadline) {
        flushTransmitQueues();
        long now = now();
        if (deadline <= now) {
            return;
        }
        long maxCycles = deadline == Long.MAX_VALUE
                ? Long.MAX_VALUE / periodPs
                : Math.max(1, (deadline - now) * 1000 / periodPs);
        if (prologue == null) {
            serviceInterrupts(runUntilInterrupt(maxCycles), -1, false);
            return;
        }
        runCalls.incrementAndGet();
        long clocks = WorldLibrary.jnic_world_run_until_interrupt_then_batch(
                w(),
                maxCycles,
                irqMask,
                prologue.ops(),
                prologue.opCount(),
                prologueWords,
                prologue.wordCount(),
                prologueWords.capacity() / 4);
        if (clocks < 0) {
            throw new IllegalStateException("interrupt prologue: " + WorldLibrary.jnic_sim_last_error());
        }
        serviceInterrupts(irqMask[0], -1, true);
    }

    /**
     * The interrupt prologue every adapter's handler starts with (all adapters run the same
     * hardware), and the words it fills for each adapter, write data preset.
     */
    private void preparePrologue(SimNic first) {
        prologue = new BusBatch(8, 64);
        SimNic.interruptPrologue(prologue, first.rxSlots());
        int per = prologue.wordCount();
        prologueWords =
                java.nio.ByteBuffer.allocateDirect(4 * per * nics.length).order(java.nio.ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < nics.length; i++) {
            for (int k = 0; k < per; k++) {
                prologueWords.putInt(4 * (i * per + k), prologue.word(k));
            }
        }
    }

    private SimNic nicOf(int station) {
        SimNic nic = nics[station];
        if (nic == null) {
            throw new IllegalStateException("station " + station + " raised its interrupt line with no driver open");
        }
        return nic;
    }

    /**
     * Runs the interrupt handlers of the stations in {@code mask}, except {@code skip}; with the
     * prologue's words when the world has just run it for them.
     */
    void serviceInterrupts(long mask, int skip, boolean prologueRan) {
        if (mask == 0) {
            return;
        }
        lastEventNanos = now();
        for (int i = 0; i < nics.length; i++) {
            if ((mask >>> i & 1) == 0 || i == skip) {
                continue;
            }
            SimNic nic = nicOf(i);
            if (prologueRan) {
                nic.service(prologueWords, i * prologue.wordCount());
            } else {
                nic.service();
            }
        }
    }

    private void flushTransmitQueues() {
        for (SimNic nic : nics) {
            if (nic != null && nic.flushTransmitQueue()) {
                lastEventNanos = now();
            }
        }
    }

    long runUntilInterrupt(long maxCycles) {
        runCalls.incrementAndGet();
        WorldLibrary.jnic_world_run_until_interrupt(w(), maxCycles, irqMask);
        return irqMask[0];
    }

    /** Runs the hardware for {@code cycles} clocks, interrupts or not (set-up waits). */
    void runCycles(long cycles) {
        runCalls.incrementAndGet();
        WorldLibrary.jnic_world_run(w(), cycles);
    }

    long busBatch(int station, IntBuffer ops, int opCount, ByteBuffer words, int wordCount) {
        batchCalls.incrementAndGet();
        long clocks = WorldLibrary.jnic_world_bus_batch(w(), station, ops, opCount, words, wordCount);
        if (clocks < 0) {
            throw new IllegalStateException(
                    "host bus of station " + station + ": " + WorldLibrary.jnic_sim_last_error());
        }
        return clocks;
    }

    /** Whether the adapters may still have work in flight: anything queued, or an event in the last settle time. */
    private boolean busy() {
        if (hasPendingWork() || now() - lastEventNanos < SETTLE_NANOS) {
            return true;
        }
        for (SimNic nic : nics) {
            if (nic != null && nic.transmitPending()) {
                return true;
            }
        }
        return false;
    }

    // ---- the background thread ----

    /**
     * Starts a thread that drives the loop whenever there is work (frames queued or in flight,
     * timers pending, tasks posted) and sleeps when there is none. Simulated time then runs as
     * fast as the hardware simulates, not at wall-clock pace.
     */
    public synchronized void start() {
        start(false);
    }

    /**
     * As {@link #start()}, for a LAN that a real host outside the simulation talks to (a TAP
     * station: the kernel lives in wall time): the hardware runs as fast as it simulates, but
     * simulated time never runs ahead of the wall time since this call; a simulated link may be
     * slower than real time, never faster. While it has work it runs without pause, so timers in
     * simulated time (TCP's retransmissions) keep running too.
     */
    public synchronized void startPacedToWallClock() {
        start(true);
    }

    private synchronized void start(boolean paced) {
        if (thread != null) {
            return;
        }
        this.paced = paced;
        running = true;
        thread = new Thread(this::background, "jnic-sim-lan");
        thread.setDaemon(true);
        thread.start();
    }

    private void background() {
        long quantum = 1_000_000; // 1 ms of simulated time between looks at the idle state
        long wallStart = System.nanoTime();
        long simulatedStart = now();
        while (running) {
            long step = quantum;
            if (paced) {
                // A frame from outside (the kernel's) is injected when a run of the hardware returns:
                // short runs keep that wait, and so the round trips the outside host sees, short.
                step = PACED_QUANTUM;
                long ahead = (now() - simulatedStart) - (System.nanoTime() - wallStart);
                if (ahead >= 0) {
                    java.util.concurrent.locks.LockSupport.parkNanos(Math.max(ahead, 100_000));
                    continue;
                }
                step = Math.min(step, -ahead);
            }
            boolean idle = runUntil(() -> !running || !busy(), step);
            if (running && idle) {
                idleLock.lock();
                try {
                    if (!workPosted) {
                        work.await(50, TimeUnit.MILLISECONDS);
                    }
                    workPosted = false;
                    if (paced) { // idle time is not owed: pacing starts again from here, never faster than wall time
                        wallStart = System.nanoTime();
                        simulatedStart = now();
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } finally {
                    idleLock.unlock();
                }
            }
        }
    }

    @Override
    protected void wakeUp() {
        idleLock.lock();
        try {
            workPosted = true;
            work.signalAll();
        } finally {
            idleLock.unlock();
        }
    }

    /** Frames queued on a NIC from outside the loop: mark the LAN busy and wake the thread. */
    void transmitQueued() {
        wakeUp();
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        if (t != null) {
            wakeUp();
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        whileDriving(() -> {
            for (SimNic nic : nics) {
                if (nic != null) {
                    nic.markClosed();
                }
            }
            if (world != null) {
                WorldLibrary.jnic_world_destroy(world);
                world = null;
            }
            return null;
        });
    }

    /** Runs {@code action} holding the loop: at once on the loop's thread, else waiting for the loop to be free. */
    <T> T drive(java.util.function.Supplier<T> action) {
        return inLoop() ? action.get() : whileDriving(action);
    }

    /** A closed NIC leaves the LAN (its interrupt line is masked off). */
    void detach(int station) {
        nics[station] = null;
    }

    private void checkStation(int station) {
        if (station < 0 || station >= nics.length) {
            throw new IllegalArgumentException("no station " + station + " (the LAN has " + nics.length + ")");
        }
    }

    private long check(long result) {
        if (result < 0) {
            throw new IllegalArgumentException(WorldLibrary.jnic_sim_last_error());
        }
        return result;
    }

    private Pointer w() {
        Pointer p = world;
        if (p == null) {
            throw new IllegalStateException("the simulated LAN is closed");
        }
        return p;
    }

    /** Carries an init failure out of {@link #whileDriving}. */
    static final class NicInitFailure extends RuntimeException {
        final NicInitException exception;

        NicInitFailure(NicInitException exception) {
            super(exception.getMessage(), null, false, false);
            this.exception = exception;
        }
    }
}
