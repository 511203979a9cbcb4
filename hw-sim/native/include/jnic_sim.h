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

/* The core's outputs after the last clock edge; a word shows in them jnic_crc_latency cycles
 * after its own edge (1 at 8 bits per clock; the wider cores finish a partial last word in a
 * pipeline outside the register's loop). */
JNIC_API uint32_t jnic_crc_value(const jnic_crc_core *core);
JNIC_API int jnic_crc_residue_ok(const jnic_crc_core *core);
JNIC_API int jnic_crc_enable_error(const jnic_crc_core *core);

/* Cycles from a word's clock edge until the outputs include it. */
JNIC_API int jnic_crc_latency(const jnic_crc_core *core);

/* Clock cycles run since the core was created. */
JNIC_API uint64_t jnic_crc_cycles(const jnic_crc_core *core);

/*
 * A whole frame in one call: clear with the first word, full words at the core's width, the
 * last word with the byte enables of its valid lanes, then idle cycles until the latency has
 * passed. Returns the core's CRC output then (an empty frame: a clear cycle, so 0x00000000).
 */
JNIC_API uint32_t jnic_crc_frame(jnic_crc_core *core, const uint8_t *data, size_t length);

/* ---- any generated top, by name (testbenches) ---------------------------------------------- */
/*
 * Calls that can fail return -1 (or NULL) and leave a message for jnic_sim_last_error(), which
 * is per thread. Ports are at most 64 bits wide. A model is created out of reset (2 clocks).
 *
 * A run clocks the model; on each cycle, in order: drivers apply their next value, sources offer
 * their next item (valid stays high until taken), sinks apply their ready pattern; the model
 * settles; recorders, sources and sinks sample (what the registers see at the edge); the clock
 * rises. Streams are found by name: <s>Valid, <s>Data, and optional <s>Ready and <s>Last. A
 * source whose model has the outputs <s>Rewind / <s>Discard replays its current packet from the
 * start, or drops the rest of it, on the cycles they are high.
 */

typedef struct jnic_model jnic_model;

JNIC_API const char *jnic_sim_last_error(void);
/* Name of the index-th top compiled into the library, NULL past the last. */
JNIC_API const char *jnic_model_top_name(int index);
JNIC_API jnic_model *jnic_model_create(const char *top);
JNIC_API void jnic_model_destroy(jnic_model *model);

JNIC_API int jnic_model_port(const jnic_model *model, const char *name);
JNIC_API int jnic_model_port_count(const jnic_model *model);
JNIC_API const char *jnic_model_port_name(const jnic_model *model, int port);
JNIC_API int jnic_model_port_width(const jnic_model *model, int port);
JNIC_API int jnic_model_port_is_input(const jnic_model *model, int port);
JNIC_API int jnic_model_set(jnic_model *model, int port, uint64_t value);
JNIC_API uint64_t jnic_model_get(const jnic_model *model, int port);

JNIC_API void jnic_model_reset(jnic_model *model, int cycles);
JNIC_API uint64_t jnic_model_cycles(const jnic_model *model);

/* Per-cycle values for an input port, from the next run on; the last value is held after. */
JNIC_API int jnic_model_drive(jnic_model *model, int port, const uint64_t *values, size_t count);
/* Records the port every cycle; jnic_model_recorded moves up to capacity values out. */
JNIC_API int jnic_model_record(jnic_model *model, int port);
JNIC_API size_t jnic_model_recorded(jnic_model *model, int recorder, uint64_t *out, size_t capacity);

/* A stream into the model; gaps (repeating, 1 = hold valid low that cycle) may be empty. */
JNIC_API int jnic_model_source(jnic_model *model, const char *stream, const uint8_t *gaps, size_t gap_count);
JNIC_API int jnic_model_source_push(jnic_model *model, int source, const uint64_t *data, const uint8_t *last,
                                    size_t count);
JNIC_API size_t jnic_model_source_pending(const jnic_model *model, int source);
/* A stream out of the model; ready follows the repeating pattern (empty = always ready). */
JNIC_API int jnic_model_sink(jnic_model *model, const char *stream, const uint8_t *ready_pattern, size_t pattern_count);
JNIC_API size_t jnic_model_sink_take(jnic_model *model, int sink, uint64_t *data, uint8_t *last, uint64_t *cycle,
                                     size_t capacity);

/* Samples port once per packet, on the sink's last transfer (e.g. a frame's verdicts). */
JNIC_API int jnic_model_sink_status(jnic_model *model, int sink, int port);
JNIC_API size_t jnic_model_sink_take_status(jnic_model *model, int sink, int status, uint64_t *out, size_t capacity);

/* Runs up to max_cycles, or until sink stop_sink (if >= 0) has seen stop_packets packets. */
JNIC_API uint64_t jnic_model_run(jnic_model *model, uint64_t max_cycles, int stop_sink, uint64_t stop_packets);

/* ---- a world: stations of one top on a medium ----------------------------------------------- */
/*
 * medium JNIC_MEDIUM_CABLE: a cable, exactly 2 stations; JNIC_MEDIUM_HUB: a hub, 2 or more. Each
 * station hears the others one clock later: silence, one station's signal, or (two or more
 * talking) a collision: carrier with the signals XOR-ed. The station handles work with every
 * jnic_model_* call and belong to the world (jnic_model_destroy ignores them). Bad configurations
 * return NULL and say why in jnic_sim_last_error().
 *
 * Impairments, from one generator seeded with seed (the same seed gives the same run): each line
 * bit a station hears is wrong with probability bit_error_rate (on a Manchester line a whole half
 * cell is inverted), and each frame sent is lost (nobody hears it) with probability frame_loss.
 */
typedef struct jnic_world jnic_world;

/* The medium of jnic_world_create. */
#define JNIC_MEDIUM_CABLE 0
#define JNIC_MEDIUM_HUB 1

JNIC_API jnic_world *jnic_world_create(const char *top, int stations, int medium, double bit_error_rate,
                                       double frame_loss, uint64_t seed);
/*
 * A world of several segments in one time base (a router's adapters on two segments see the same
 * clock): segment_media[s] is segment s's medium (a cable joins exactly 2 stations, a hub at least
 * 2), segment_of_station[i] the segment station i is attached to. Nothing crosses between
 * segments inside the world; what joins them runs above the adapters (a router, a bridge).
 */
JNIC_API jnic_world *jnic_world_create_segments(const char *top, int segments, const int *segment_media, int stations,
                                                const int *segment_of_station, double bit_error_rate, double frame_loss,
                                                uint64_t seed);
JNIC_API void jnic_world_destroy(jnic_world *world);
JNIC_API jnic_model *jnic_world_station(jnic_world *world, int index);
/* Runs for cycles periods of the nominal clock. */
JNIC_API uint64_t jnic_world_run(jnic_world *world, uint64_t cycles);
/*
 * A station's clock offset from nominal in ppm (within ±10000), before running. With any
 * offset set, stations step at their own rates from seeded random phases and hear the others as
 * they are at their own clock edges (no extra medium delay); with none, all step in lockstep.
 */
JNIC_API int jnic_world_set_clock_offset(jnic_world *world, int station, double ppm);
/* Clock cycles in which two or more stations of a hub were talking at once, summed over the hub segments. */
JNIC_API uint64_t jnic_world_collision_cycles(const jnic_world *world);
/*
 * From now on, writes every frame put on the medium to a pcapng file: as sent (after preamble and
 * SFD, FCS included), stamped in simulated time (80 ns per clock on the byte-wide line, 100 ns
 * per clock, a bit cell of 8 samples, on the Manchester line), "lost on the medium" in the
 * packet comment. What is no frame (an attempt cut by a collision and its jam, a burst without
 * SFD, a runt) is a note in the next frame's comment ("collision: station 2's attempt, ..."), or
 * at the file's end in an interface statistics block.
 * -1 if the file cannot be written (jnic_sim_last_error() says why).
 */
JNIC_API int jnic_world_pcapng(jnic_world *world, const char *path);
/* One segment's impairments instead of the world's (drawn from the same generator); -1 if out of range. */
JNIC_API int jnic_world_set_segment_impairments(jnic_world *world, int segment, double bit_error_rate,
                                                double frame_loss);
/* The same for the frames on one segment only, as a capture on that wire; -1 for no such segment. */
JNIC_API int jnic_world_pcapng_segment(jnic_world *world, int segment, const char *path);
/*
 * What station `station` receives from now on, as a pcapng file of its own: each frame as its PHY
 * decoded it (read off the MII's receive side at the monitor ports, on the phy build), with the
 * pcapng packet flags for an FCS error, an odd nibble and symbol errors; collisions and bursts with
 * no frame in them as notes in the next frame's comment. -1 for no such station or a file that
 * cannot be written.
 */
JNIC_API int jnic_world_pcapng_station(jnic_world *world, int station, const char *path);
JNIC_API uint64_t jnic_world_frames_captured(const jnic_world *world);
/* Clock cycles in which two or more stations of hub segment `segment` were talking at once; -1 for no such segment. */
JNIC_API int64_t jnic_world_segment_collision_cycles(const jnic_world *world, int segment);

/* Line bits put in error, and frames lost, by the impairments so far. */
JNIC_API uint64_t jnic_world_bit_errors(const jnic_world *world);
JNIC_API uint64_t jnic_world_frames_lost(const jnic_world *world);
/* Free-running clocks on the byte-wide line: bytes the receivers' elastic buffers lost or made up
 * (each corrupts its frame). */
JNIC_API uint64_t jnic_world_elastic_slips(const jnic_world *world);
/* Host-bus requests the adapters refused (busStall: the buffer memory's port was busy with the
 * line's or the self-test's access) and the world presented again. */
JNIC_API uint64_t jnic_world_bus_stalls(const jnic_world *world);

/* Clocks a signal takes to cross the medium, at least 1 (lockstep worlds; default 1). */
JNIC_API int jnic_world_set_propagation_delay(jnic_world *world, int clocks);
/*
 * Idle fast-forward, on by default: when nothing is on any medium, no bus burst runs, no VCD window
 * is open and no station has drivers or streams, the world clocks once and compares every
 * station's whole state with what it was; if nothing changed, the rest of the run (or of the
 * wait for an interrupt) cannot change anything either and is counted as run at once. The
 * result is the same, clock for clock, as clocking through. Off: every clock is evaluated.
 */
JNIC_API void jnic_world_set_fast_forward(jnic_world *world, int on);
/* Clocks counted as run by the fast-forward without being evaluated. */
JNIC_API uint64_t jnic_world_clocks_skipped(const jnic_world *world);
/*
 * Clocks run by the world's plain step: each station evaluated once per clock (at its rising edge;
 * its outputs follow no input within a clock), none of the checks for captures, VCDs, testbenches,
 * impairments or wire delay. A lockstep world without those takes it.
 */
JNIC_API uint64_t jnic_world_plain_clocks(const jnic_world *world);
/*
 * Whether stations evaluate their rising edges through the direct edge the port table writes for a
 * model whose Verilated evaluation it knows (on by default: eval()'s calls for such an edge without
 * its loops), or through Verilator's eval(). The results are the same; tests compare them. Returns,
 * and jnic_world_direct_edges tells, how many stations take the direct edge.
 */
JNIC_API int jnic_world_use_direct_edges(jnic_world *world, int on);
JNIC_API int jnic_world_direct_edges(const jnic_world *world);
/*
 * For tests: each rising edge of a station with a direct edge taken twice from the same state,
 * through the direct edge and through eval(), and the model's whole state compared byte for byte
 * (the world then takes its general step). Returns the edges compared; *differing, if not null, gets
 * those whose states differed.
 */
JNIC_API void jnic_world_compare_direct_edges(jnic_world *world, int on);
JNIC_API uint64_t jnic_world_direct_edges_compared(const jnic_world *world, uint64_t *differing);
/* Simulated time: nominal clocks run so far, and the length of one in picoseconds. */
JNIC_API uint64_t jnic_world_cycles(const jnic_world *world);
JNIC_API uint64_t jnic_world_clock_period_ps(const jnic_world *world);
/*
 * Stations are built without tracing compiled in (it costs about a third of the speed even when no
 * VCD is written). This rebuilds one with it, so jnic_world_vcd can record it at any later time;
 * only before the world has run a clock (the station starts again from power-on) and before any
 * driver, recorder or stream is attached to it. -1 otherwise, or for a top without a traced build.
 */
JNIC_API int jnic_world_make_traceable(jnic_world *world, int station);
/*
 * Every signal of one station into a VCD file (readable hierarchical names, times in ps) for
 * the clocks [from_cycle, to_cycle). A station not made traceable is made so if the world has not
 * run yet. -1 if the file cannot be written, or the station is not traceable and the world has run.
 */
JNIC_API int jnic_world_vcd(jnic_world *world, int station, const char *path, uint64_t from_cycle, uint64_t to_cycle);

/* ---- NIC stations (tops NicFast, NicPhy): address ROM, host bus, interrupts ------------------ */
/*
 * The station's address ROM: the 6-byte address in wire order, with a correct checksum word
 * unless corrupt_checksum (a bad ROM for tests). Resets the station, as at power-on, so it reads
 * the ROM again. Station i starts with 02:4A:4E:49:43:(i+1).
 */
JNIC_API int jnic_world_set_rom(jnic_world *world, int station, const uint8_t address[6], int corrupt_checksum);
/*
 * Host-bus bursts: count words to or from consecutive word addresses from the byte address
 * address (see docs/registers.md), one bus request per clock, the whole world running
 * meanwhile. Return the clocks taken, or -1 (not a NIC, bad station, unaligned or out of range).
 */
JNIC_API int64_t jnic_world_bus_write(jnic_world *world, int station, uint32_t address, const uint32_t *words,
                                      size_t count);
JNIC_API int64_t jnic_world_bus_read(jnic_world *world, int station, uint32_t address, uint32_t *words, size_t count);
/*
 * A list of host-bus bursts on one station, run back to back in one call (as a driver's whole
 * transmit or receive step, so a frame costs one native call, not one per register). ops holds
 * op_count pairs of uint32: the byte address, with bit 31 set for a write, then the word count.
 * words holds the data in op order: write bursts take theirs from it, read bursts put theirs
 * into it. Returns the clocks taken, or -1 (as the single bursts, or words too short; the bursts
 * before a bad one have run).
 */
#define JNIC_BUS_OP_WRITE 0x80000000u
JNIC_API int64_t jnic_world_bus_batch(jnic_world *world, int station, const uint32_t *ops, size_t op_count,
                                      uint32_t *words, size_t word_count);
/*
 * Runs until some station's interrupt line is high (returns at once if one already is) or
 * max_cycles clocks have passed. Returns the clocks run; *irq_mask gets the stations
 * interrupting (bit i = station i, the first 64).
 */
JNIC_API uint64_t jnic_world_run_until_interrupt(jnic_world *world, uint64_t max_cycles, uint64_t *irq_mask);

/*
 * run_until_interrupt, then the same bus batch (see jnic_world_bus_batch) on each interrupting
 * station in turn, as an interrupt acknowledge cycle that fetches each handler's first reads:
 * one native call per interrupt instead of two. Station i's words are at
 * words + i * words_per_station (write data filled in by the caller for every station);
 * word_count is the buffer's size. Returns the clocks taken, bursts included, or -1.
 */
JNIC_API int64_t jnic_world_run_until_interrupt_then_batch(jnic_world *world, uint64_t max_cycles, uint64_t *irq_mask,
                                                           const uint32_t *ops, size_t op_count, uint32_t *words,
                                                           size_t words_per_station, size_t word_count);
#ifdef __cplusplus
}
#endif

#endif /* JNIC_SIM_H */
