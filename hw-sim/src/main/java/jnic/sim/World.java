package jnic.sim;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import jnr.ffi.Pointer;

/**
 * Stations of one generated top on a shared medium, clocked in lockstep by the C++ side
 * ({@code hw-sim/native/src/world.h}). Each station is a {@link Model}: attach sources, sinks and
 * recorders to it as to any model, then {@link #run} the whole world. Not thread-safe.
 */
public final class World implements AutoCloseable {
    /**
     * Line impairments, drawn from one generator seeded with {@code seed}: the same seed gives
     * the same run. {@code bitErrorRate} per line bit a station hears (on a Manchester line a
     * whole half cell is inverted); {@code frameLoss} per frame sent (nobody hears it).
     */
    public record Impairments(double bitErrorRate, double frameLoss, long seed) {
        public static final Impairments NONE = new Impairments(0, 0, 1);
    }

    private final SimNative lib;
    private final List<Model> stations;
    private Pointer handle;

    private World(SimNative lib, Pointer handle, List<Model> stations) {
        this.lib = lib;
        this.handle = handle;
        this.stations = Collections.unmodifiableList(stations);
    }

    /** {@code stations} instances of {@code top} on a clean {@code medium}, out of reset. */
    public static World create(String top, int stations, Medium medium) {
        return create(top, stations, medium, Impairments.NONE);
    }

    /** {@code stations} instances of {@code top} on {@code medium} with impairments, out of reset. */
    public static World create(String top, int stations, Medium medium, Impairments impairments) {
        SimNative lib = NativeLibrary.get();
        Pointer w = lib.jnic_world_create(
                top, stations, medium.abi(), impairments.bitErrorRate(), impairments.frameLoss(), impairments.seed());
        if (w == null) {
            throw new IllegalArgumentException(lib.jnic_sim_last_error());
        }
        List<Model> models = new ArrayList<>();
        for (int i = 0; i < stations; i++) {
            models.add(Model.station(lib, top, lib.jnic_world_station(w, i)));
        }
        return new World(lib, w, models);
    }

    public List<Model> stations() {
        return stations;
    }

    public Model station(int index) {
        return stations.get(index);
    }

    /**
     * Sets a station's clock {@code ppm} off nominal (before running). With any offset set, the
     * stations step at their own rates from seeded random phases, each hearing the others as they
     * are at its own clock edges; with none, they step in lockstep.
     */
    public void clockOffset(int station, double ppm) {
        if (lib.jnic_world_set_clock_offset(h(), station, ppm) < 0) {
            throw new IllegalArgumentException(lib.jnic_sim_last_error());
        }
    }

    /**
     * From now on, writes every frame put on the medium to a pcapng file (Wireshark opens it): as
     * sent, FCS included, stamped in simulated time; losses in the packet comments, and collisions
     * (attempts cut by them, with their jam) as notes in the next frame's comment, not as frames.
     */
    public void capturePcapng(java.nio.file.Path file) {
        if (lib.jnic_world_pcapng(h(), file.toString()) < 0) {
            throw new IllegalArgumentException(lib.jnic_sim_last_error());
        }
    }

    /**
     * From now on, writes what station {@code station}'s PHY receives to a pcapng file of its own:
     * each frame as decoded, with the pcapng flags for an FCS error and for symbol errors; collisions
     * and bursts with no frame in them as notes in the next frame's comment.
     */
    public void capturePcapng(int station, java.nio.file.Path file) {
        if (lib.jnic_world_pcapng_station(h(), station, file.toString()) < 0) {
            throw new IllegalArgumentException(lib.jnic_sim_last_error());
        }
    }

    /** Frames written to the pcapng file so far. */
    public long framesCaptured() {
        return lib.jnic_world_frames_captured(h());
    }

    /** Runs the world for {@code cycles} periods of the nominal clock. */
    public long run(long cycles) {
        return lib.jnic_world_run(h(), cycles);
    }

    /** Clocks in which two or more stations talked at once. */
    public long collisionCycles() {
        return lib.jnic_world_collision_cycles(h());
    }

    /** Line bits the impairments have put in error so far. */
    public long bitErrors() {
        return lib.jnic_world_bit_errors(h());
    }

    /** Frames the impairments have lost so far. */
    public long framesLost() {
        return lib.jnic_world_frames_lost(h());
    }

    /**
     * Bytes the receivers' elastic buffers lost or made up so far, each corrupting its frame: stations
     * on the byte-wide line whose clocks are further apart than the buffers' slack (0 on a shared clock).
     */
    public long elasticSlips() {
        return lib.jnic_world_elastic_slips(h());
    }

    /**
     * Host-bus requests the adapters refused so far ({@code busStall}: the buffer memory's single port
     * was busy with the line) and the world presented again; {@link #busWrite} and {@link #busRead}
     * count the clocks they cost.
     */
    public long busStalls() {
        return lib.jnic_world_bus_stalls(h());
    }

    /** Clocks a signal takes to cross the medium (at least 1, the default; lockstep worlds only). */
    public void propagationDelay(int clocks) {
        check(lib.jnic_world_set_propagation_delay(h(), clocks));
    }

    /** Simulated time: nominal clocks run since the world was made. */
    public long cycles() {
        return lib.jnic_world_cycles(h());
    }

    /** The length of a nominal clock in picoseconds (80 000 on the byte-wide line, 100 000 on the Manchester line). */
    public long clockPeriodPs() {
        return lib.jnic_world_clock_period_ps(h());
    }

    /**
     * Idle fast-forward (on by default): a quiet world whose stations' state stands still for a
     * clock skips the rest of a run at once, with the same result as clocking through.
     */
    public void fastForward(boolean on) {
        lib.jnic_world_set_fast_forward(h(), on ? 1 : 0);
    }

    /** Clocks the fast-forward counted as run without evaluating them. */
    public long clocksSkipped() {
        return lib.jnic_world_clocks_skipped(h());
    }

    /**
     * Clocks run by the plain step: each station evaluated once, at its rising edge, without the
     * checks for captures, VCDs, testbenches, impairments or wire delay (a lockstep world without them).
     */
    public long plainClocks() {
        return lib.jnic_world_plain_clocks(h());
    }

    /**
     * Whether stations evaluate their rising edges through the direct edge the port table writes for
     * a model whose Verilated evaluation it knows (the default), or through Verilator's own {@code
     * eval()}; the results are the same. Returns how many stations take the direct edge.
     */
    public int useDirectEdges(boolean on) {
        return lib.jnic_world_use_direct_edges(h(), on ? 1 : 0);
    }

    /** How many stations evaluate their rising edges through the direct edge. */
    public int directEdges() {
        return lib.jnic_world_direct_edges(h());
    }

    /**
     * For tests: takes each rising edge of a station that has a direct edge twice from the same
     * state, through the direct edge and through Verilator's {@code eval()}, and compares the model's
     * whole state byte for byte (the world then takes its general step).
     */
    public void compareDirectEdges(boolean on) {
        lib.jnic_world_compare_direct_edges(h(), on ? 1 : 0);
    }

    /** The edges compared since {@link #compareDirectEdges} was switched on: {compared, differing}. */
    public long[] directEdgeComparisons() {
        long[] differing = new long[1];
        long compared = lib.jnic_world_direct_edges_compared(h(), differing);
        return new long[] {compared, differing[0]};
    }

    /**
     * Rebuilds a station with tracing compiled in, so {@link #traceVcd} can record it after the
     * world has run; only before it runs (stations are built without tracing, which is faster).
     */
    public void makeTraceable(int station) {
        check(lib.jnic_world_make_traceable(h(), station));
    }

    /**
     * Every signal of one station into a VCD file, for the clocks [fromCycle, toCycle). Before the
     * world runs any station may be traced; after, only one made {@linkplain #makeTraceable traceable}.
     */
    public void traceVcd(int station, java.nio.file.Path file, long fromCycle, long toCycle) {
        check(lib.jnic_world_vcd(h(), station, file.toString(), fromCycle, toCycle));
    }

    // ---- NIC stations (NicFast, NicPhy) ----

    /**
     * Puts {@code address} (6 bytes, wire order) into a NIC station's address ROM, with a checksum
     * that fails if {@code corruptChecksum}, and resets the station as at power-on.
     */
    public void addressRom(int station, byte[] address, boolean corruptChecksum) {
        if (address.length != 6) {
            throw new IllegalArgumentException("an address has 6 bytes, not " + address.length);
        }
        check(lib.jnic_world_set_rom(h(), station, address, corruptChecksum ? 1 : 0));
    }

    /** Writes {@code words} to consecutive word addresses from byte {@code address} on a station's host bus. */
    public long busWrite(int station, int address, int... words) {
        return check(lib.jnic_world_bus_write(h(), station, address, words, words.length));
    }

    /** Reads {@code count} words from consecutive word addresses from byte {@code address}. */
    public int[] busRead(int station, int address, int count) {
        int[] words = new int[count];
        check(lib.jnic_world_bus_read(h(), station, address, words, count));
        return words;
    }

    /** One register. */
    public int busRead(int station, int address) {
        return busRead(station, address, 1)[0];
    }

    /**
     * Runs until some station's interrupt line is high (at once if one already is) or
     * {@code maxCycles} have passed. Returns the stations interrupting, bit i for station i
     * (0 if the time ran out).
     */
    public long runUntilInterrupt(long maxCycles) {
        long[] mask = new long[1];
        lib.jnic_world_run_until_interrupt(h(), maxCycles, mask);
        return mask[0];
    }

    private long check(long result) {
        if (result < 0) {
            throw new IllegalArgumentException(lib.jnic_sim_last_error());
        }
        return result;
    }

    private Pointer h() {
        if (handle == null) {
            throw new IllegalStateException("world already closed");
        }
        return handle;
    }

    @Override
    public void close() {
        if (handle != null) {
            stations.forEach(Model::close);
            lib.jnic_world_destroy(handle);
            handle = null;
        }
    }
}
