package jnic.sim;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.types.size_t;
import jnr.ffi.types.u_int32_t;
import jnr.ffi.types.u_int64_t;

/**
 * The C ABI of {@code libjnic_sim.so} ({@code hw-sim/native/include/jnic_sim.h}) as jnr-ffi sees
 * it. Use the typed wrappers ({@link Crc32Core}) rather than this interface directly.
 */
public interface SimNative {
    String jnic_sim_version();

    int jnic_sim_nop(int value);

    Pointer jnic_crc_create(int dataWidthBits);

    void jnic_crc_destroy(Pointer core);

    void jnic_crc_reset(Pointer core);

    void jnic_crc_cycle(Pointer core, int clear, int valid, @u_int64_t long data, @u_int32_t int byteEnable);

    @u_int32_t
    int jnic_crc_value(Pointer core);

    int jnic_crc_residue_ok(Pointer core);

    int jnic_crc_enable_error(Pointer core);

    int jnic_crc_latency(Pointer core);

    @u_int64_t
    long jnic_crc_cycles(Pointer core);

    @u_int32_t
    int jnic_crc_frame(Pointer core, @In byte[] data, @size_t long length);

    // ---- generic model (see Model) ----

    String jnic_sim_last_error();

    String jnic_model_top_name(int index);

    Pointer jnic_model_create(String top);

    void jnic_model_destroy(Pointer model);

    int jnic_model_port(Pointer model, String name);

    int jnic_model_port_count(Pointer model);

    String jnic_model_port_name(Pointer model, int port);

    int jnic_model_port_width(Pointer model, int port);

    int jnic_model_port_is_input(Pointer model, int port);

    int jnic_model_set(Pointer model, int port, @u_int64_t long value);

    @u_int64_t
    long jnic_model_get(Pointer model, int port);

    void jnic_model_reset(Pointer model, int cycles);

    @u_int64_t
    long jnic_model_cycles(Pointer model);

    int jnic_model_drive(Pointer model, int port, @In long[] values, @size_t long count);

    int jnic_model_record(Pointer model, int port);

    @size_t
    long jnic_model_recorded(Pointer model, int recorder, @Out long[] out, @size_t long capacity);

    int jnic_model_source(Pointer model, String stream, @In byte[] gaps, @size_t long gapCount);

    int jnic_model_source_push(Pointer model, int source, @In long[] data, @In byte[] last, @size_t long count);

    @size_t
    long jnic_model_source_pending(Pointer model, int source);

    int jnic_model_sink(Pointer model, String stream, @In byte[] readyPattern, @size_t long patternCount);

    @size_t
    long jnic_model_sink_take(
            Pointer model, int sink, @Out long[] data, @Out byte[] last, @Out long[] cycle, @size_t long capacity);

    int jnic_model_sink_status(Pointer model, int sink, int port);

    @size_t
    long jnic_model_sink_take_status(Pointer model, int sink, int status, @Out long[] out, @size_t long capacity);

    @u_int64_t
    long jnic_model_run(Pointer model, @u_int64_t long maxCycles, int stopSink, @u_int64_t long stopPackets);

    // ---- world (see World) ----

    Pointer jnic_world_create(
            String top, int stations, int medium, double bitErrorRate, double frameLoss, @u_int64_t long seed);

    void jnic_world_destroy(Pointer world);

    Pointer jnic_world_station(Pointer world, int index);

    @u_int64_t
    long jnic_world_run(Pointer world, @u_int64_t long cycles);

    int jnic_world_set_clock_offset(Pointer world, int station, double ppm);

    int jnic_world_pcapng(Pointer world, String path);

    int jnic_world_pcapng_station(Pointer world, int station, String path);

    @u_int64_t
    long jnic_world_frames_captured(Pointer world);

    @u_int64_t
    long jnic_world_collision_cycles(Pointer world);

    @u_int64_t
    long jnic_world_bit_errors(Pointer world);

    @u_int64_t
    long jnic_world_frames_lost(Pointer world);

    @u_int64_t
    long jnic_world_elastic_slips(Pointer world);

    @u_int64_t
    long jnic_world_bus_stalls(Pointer world);

    int jnic_world_set_propagation_delay(Pointer world, int clocks);

    @u_int64_t
    long jnic_world_cycles(Pointer world);

    @u_int64_t
    long jnic_world_clock_period_ps(Pointer world);

    int jnic_world_make_traceable(Pointer world, int station);

    void jnic_world_set_fast_forward(Pointer world, int on);

    @u_int64_t
    long jnic_world_clocks_skipped(Pointer world);

    @u_int64_t
    long jnic_world_plain_clocks(Pointer world);

    int jnic_world_use_direct_edges(Pointer world, int on);

    int jnic_world_direct_edges(Pointer world);

    void jnic_world_compare_direct_edges(Pointer world, int on);

    @u_int64_t
    long jnic_world_direct_edges_compared(Pointer world, @Out long[] differing);

    int jnic_world_vcd(Pointer world, int station, String path, @u_int64_t long fromCycle, @u_int64_t long toCycle);

    int jnic_world_set_rom(Pointer world, int station, @In byte[] address, int corruptChecksum);

    long jnic_world_bus_write(Pointer world, int station, @u_int32_t int address, @In int[] words, @size_t long count);

    long jnic_world_bus_read(Pointer world, int station, @u_int32_t int address, @Out int[] words, @size_t long count);

    @u_int64_t
    long jnic_world_run_until_interrupt(Pointer world, @u_int64_t long maxCycles, @Out long[] irqMask);
}
