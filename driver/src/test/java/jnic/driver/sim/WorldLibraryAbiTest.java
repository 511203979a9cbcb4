package jnic.driver.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import jnic.sim.AbiHeader;
import org.junit.jupiter.api.Test;

/**
 * The driver's JNA binding ({@link WorldLibrary}) declares what {@code jnic_sim.h} declares, as hw-sim's
 * {@code SimNativeAbiTest} checks its jnr-ffi binding against the same header. Needs no native library: it reads
 * the header and the class's declarations only.
 */
class WorldLibraryAbiTest {
    private static final AbiHeader HEADER = AbiHeader.read();

    @Test
    void everyNativeMethodOfWorldLibraryMatchesTheHeader() {
        List<String> problems =
                HEADER.mismatches(WorldLibrary.class, new AbiHeader.Mapping(com.sun.jna.Pointer.class, true));
        assertTrue(problems.isEmpty(), "WorldLibrary disagrees with jnic_sim.h:\n" + String.join("\n", problems));
    }

    @Test
    void theBusBatchWriteFlagIsTheHeaders() {
        assertEquals(
                HEADER.constant("JNIC_BUS_OP_WRITE"),
                Integer.toUnsignedLong(WorldLibrary.OP_WRITE),
                "WorldLibrary.OP_WRITE against JNIC_BUS_OP_WRITE");
    }
}
