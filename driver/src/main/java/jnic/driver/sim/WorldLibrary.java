package jnic.driver.sim;

import com.sun.jna.Native;
import com.sun.jna.Pointer;
import java.nio.ByteBuffer;
import java.nio.IntBuffer;
import java.nio.file.Path;

/**
 * hw-sim's world C ABI ({@code hw-sim/native/include/jnic_sim.h}), bound with JNA direct
 * mapping: the natives are registered on this class once, with no proxy and no per-call
 * reflection (bench/ compares it with JNA's interface mapping and with the testbenches' jnr-ffi
 * binding). Only what the driver uses is bound.
 */
final class WorldLibrary {
    static {
        Path dir = jnic.sim.NativeLibrary.directory();
        Native.register(
                WorldLibrary.class,
                dir.resolve(jnic.sim.NativeLibrary.FILE_NAME).toString());
    }

    private WorldLibrary() {}

    /** Loads the library (the first use of the class does it). */
    static void load() {}

    static final int OP_WRITE = 0x80000000;

    static native String jnic_sim_last_error();

    static native Pointer jnic_world_create(
            String top, int stations, int medium, double bitErrorRate, double frameLoss, long seed);

    static native Pointer jnic_world_create_segments(
            String top,
            int segments,
            int[] segmentMedia,
            int stations,
            int[] segmentOfStation,
            double bitErrorRate,
            double frameLoss,
            long seed);

    static native void jnic_world_destroy(Pointer world);

    static native Pointer jnic_world_station(Pointer world, int index);

    static native int jnic_world_set_clock_offset(Pointer world, int station, double ppm);

    static native int jnic_world_pcapng(Pointer world, String path);

    static native int jnic_world_pcapng_segment(Pointer world, int segment, String path);

    static native int jnic_world_pcapng_station(Pointer world, int station, String path);

    static native long jnic_world_frames_captured(Pointer world);

    static native long jnic_world_segment_collision_cycles(Pointer world, int segment);

    static native int jnic_world_set_segment_impairments(
            Pointer world, int segment, double bitErrorRate, double frameLoss);

    static native int jnic_world_set_propagation_delay(Pointer world, int clocks);

    static native long jnic_world_cycles(Pointer world);

    static native long jnic_world_clock_period_ps(Pointer world);

    static native int jnic_world_make_traceable(Pointer world, int station);

    static native void jnic_world_set_fast_forward(Pointer world, int on);

    static native long jnic_world_clocks_skipped(Pointer world);

    static native int jnic_world_vcd(Pointer world, int station, String path, long fromCycle, long toCycle);

    static native int jnic_world_set_rom(Pointer world, int station, byte[] address, int corruptChecksum);

    /** ops and words are direct buffers: JNA passes their addresses, nothing is copied. */
    static native long jnic_world_bus_batch(
            Pointer world, int station, IntBuffer ops, long opCount, ByteBuffer words, long wordCount);

    static native long jnic_world_run_until_interrupt(Pointer world, long maxCycles, long[] irqMask);

    static native long jnic_world_run_until_interrupt_then_batch(
            Pointer world,
            long maxCycles,
            long[] irqMask,
            IntBuffer ops,
            long opCount,
            ByteBuffer words,
            long wordsPerStation,
            long wordCount);

    static native long jnic_world_run(Pointer world, long cycles);

    static native int jnic_model_port(Pointer model, String name);

    static native int jnic_model_set(Pointer model, int port, long value);
}
