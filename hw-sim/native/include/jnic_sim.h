/*
 * jnic hw-sim: the C ABI of the Verilated jnic hardware (libjnic_sim.so).
 *
 * Java binds this header with jnr-ffi (testbenches, benchmarks) and JNA (driver). Bulk calls do
 * whole frames, so no Java code steps single clock cycles on a hot path; the per-cycle call is
 * for testbenches that need to place exact inputs on exact cycles.
 */
#ifndef JNIC_SIM_H
#define JNIC_SIM_H

#include <stddef.h>
#include <stdint.h>

#if defined(__GNUC__)
#define JNIC_API __attribute__((visibility("default")))
#else
#define JNIC_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* Version string of the library and of the Verilator that built it. */
JNIC_API const char *jnic_sim_version(void);

/* Does nothing: lets a benchmark measure the cost of one native crossing. */
JNIC_API int jnic_sim_nop(int value);

/* ---- CRC-32 core (verilog-out/Crc32W<width>.v) --------------------------------------------- */

typedef struct jnic_crc_core jnic_crc_core;

/* A core of 8, 16, 32 or 64 data bits per clock, out of reset. NULL for any other width. */
JNIC_API jnic_crc_core *jnic_crc_create(int data_width_bits);
JNIC_API void jnic_crc_destroy(jnic_crc_core *core);

/* Holds reset for two clocks, then releases it. */
JNIC_API void jnic_crc_reset(jnic_crc_core *core);

/* One clock cycle with these inputs (data lane 0 = bits 7:0 = first byte on the wire). */
JNIC_API void jnic_crc_cycle(jnic_crc_core *core, int clear, int valid, uint64_t data, uint32_t byte_enable);

/* The core's outputs after the last clock edge. */
JNIC_API uint32_t jnic_crc_value(const jnic_crc_core *core);
JNIC_API int jnic_crc_residue_ok(const jnic_crc_core *core);
JNIC_API int jnic_crc_enable_error(const jnic_crc_core *core);

/* Clock cycles run since the core was created. */
JNIC_API uint64_t jnic_crc_cycles(const jnic_crc_core *core);

/*
 * A whole frame in one call: clear with the first word, full words at the core's width, the
 * last word with the byte enables of its valid lanes. Returns the core's CRC output after the
 * last word (an empty frame: one clear cycle, so 0x00000000).
 */
JNIC_API uint32_t jnic_crc_frame(jnic_crc_core *core, const uint8_t *data, size_t length);

#ifdef __cplusplus
}
#endif

#endif /* JNIC_SIM_H */
