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
    /** A full-duplex cable between exactly two stations, or a half-duplex hub of two or more. */
    public enum Medium { CABLE, HUB }

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
        Pointer w = lib.jnic_world_create(top, stations, medium.ordinal(), impairments.bitErrorRate(),
                impairments.frameLoss(), impairments.seed());
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
     * sent, FCS included, stamped in simulated time, with collisions and losses in the packet
     * comments.
     */
    public void capturePcapng(java.nio.file.Path file) {
        if (lib.jnic_world_pcapng(h(), file.toString()) < 0) {
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
