package jnic.sim;

import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
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

    @u_int32_t int jnic_crc_value(Pointer core);

    int jnic_crc_residue_ok(Pointer core);

    int jnic_crc_enable_error(Pointer core);

    @u_int64_t long jnic_crc_cycles(Pointer core);

    @u_int32_t int jnic_crc_frame(Pointer core, @In byte[] data, @size_t long length);
}
