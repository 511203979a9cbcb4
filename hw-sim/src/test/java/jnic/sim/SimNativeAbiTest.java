package jnic.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnr.ffi.Pointer;
import jnr.ffi.annotations.In;
import jnr.ffi.annotations.Out;
import jnr.ffi.types.size_t;
import jnr.ffi.types.u_int32_t;
import org.junit.jupiter.api.Test;

/**
 * jnr-ffi's {@link SimNative} declares what {@code jnic_sim.h} declares (the driver's {@code WorldLibraryAbiTest}
 * holds the JNA binding to the same header), and {@link AbiHeader} reads the header and catches a binding that
 * does not.
 */
class SimNativeAbiTest {
    private static final AbiHeader HEADER = AbiHeader.read();

    @Test
    void everyNativeMethodOfSimNativeMatchesTheHeader() {
        List<String> problems = HEADER.mismatches(SimNative.class, AbiHeader.Mapping.JNR);
        assertTrue(problems.isEmpty(), "SimNative disagrees with jnic_sim.h:\n" + String.join("\n", problems));
    }

    @Test
    void theHeaderIsReadWhole() {
        AbiHeader.Function batch = HEADER.functions().get("jnic_world_run_until_interrupt_then_batch");
        assertEquals("int64_t", batch.result().toString());
        assertEquals(
                List.of(
                        "jnic_world *",
                        "uint64_t",
                        "uint64_t *",
                        "const uint32_t *",
                        "size_t",
                        "uint32_t *",
                        "size_t",
                        "size_t"),
                batch.parameters().stream().map(p -> p.type().toString()).toList());
        assertEquals(
                "const uint8_t *",
                HEADER.functions()
                        .get("jnic_world_set_rom")
                        .parameters()
                        .get(2)
                        .type()
                        .toString(),
                "an array parameter is a pointer");
        assertEquals(List.of(), HEADER.functions().get("jnic_sim_version").parameters(), "(void)");
        assertEquals(0x80000000L, HEADER.constant("JNIC_BUS_OP_WRITE"));
        assertTrue(HEADER.functions().size() > 50, HEADER.functions().size() + " functions");
    }

    @Test
    void everyMediumIsTheHeadersNumber() {
        for (Medium m : Medium.values()) {
            assertEquals(HEADER.constant("JNIC_MEDIUM_" + m.name()), m.abi(), m.name());
        }
    }

    /** What a binding can get wrong, one method each. */
    interface Wrong {
        long jnic_sim_nop(int value); // int returned as long

        int jnic_model_port(Pointer model, int name); // const char * as int

        void jnic_crc_reset(); // a parameter missing

        int jnic_no_such_function(int value);

        @u_int32_t
        long jnic_world_cycles(Pointer world); // annotation names the wrong C type

        @size_t
        long jnic_model_recorded(Pointer model, int recorder, @In long[] out, @size_t long capacity);

        int jnic_model_drive(Pointer model, int port, @Out long[] values, @size_t long count);

        int jnic_world_set_rom(Pointer world, int station, int[] address, int corruptChecksum);
    }

    @Test
    void aBindingThatDisagreesIsCaughtMethodByMethod() {
        List<String> problems = HEADER.mismatches(Wrong.class, AbiHeader.Mapping.JNR);
        List<String> expected = List.of(
                "Wrong.jnic_crc_reset: 0 parameters",
                "Wrong.jnic_model_drive parameter 3 (values): @Out",
                "Wrong.jnic_model_port parameter 2 (name): Java int for C const char *",
                "Wrong.jnic_model_recorded parameter 3 (out): @In",
                "Wrong.jnic_no_such_function: jnic_sim.h declares no function",
                "Wrong.jnic_sim_nop returns: Java long for C int",
                "Wrong.jnic_world_cycles returns: @u_int32_t for C uint64_t",
                "Wrong.jnic_world_set_rom parameter 3 (address): Java int[] for C const uint8_t *");
        assertEquals(expected.size(), problems.size(), String.join("\n", problems));
        for (int i = 0; i < expected.size(); i++) {
            assertTrue(problems.get(i).startsWith(expected.get(i)), problems.get(i) + "\nexpected " + expected.get(i));
        }
    }
}
