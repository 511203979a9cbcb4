package jnic.sim.nic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jnic.hdl.nic.NicRegisters;
import jnic.hdl.nic.Statistics;
import org.junit.jupiter.api.Test;

/**
 * NicRegisterMap is generated from hdl-gen's NicRegisters (jnic.hdl.nic.RegisterClass), and
 * hdl-gen's freshness test holds the committed file to the generator's text. This test checks what
 * that text means once compiled: every constant has the hardware's value and there is no other, and
 * the statistics counters are in the hardware's order at the hardware's offsets.
 */
class NicRegisterMapTest {

    /** The public static int constants of a class, by name. */
    private static Map<String, Integer> constants(Class<?> k) throws IllegalAccessException {
        Map<String, Integer> result = new TreeMap<>();
        for (Field f : k.getDeclaredFields()) {
            int m = f.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && f.getType() == int.class) {
                result.put(f.getName(), f.getInt(null));
            }
        }
        return result;
    }

    @Test
    void everyConstantHasTheHardwaresValue() throws IllegalAccessException {
        Map<String, Integer> hardware = constants(NicRegisters.class);
        assertTrue(hardware.size() > 40, "compared " + hardware.size());
        assertEquals(hardware, constants(NicRegisterMap.class));
    }

    @Test
    void theCountersAreInTheHardwaresOrderAtItsOffsets() {
        List<String> hardware =
                Arrays.stream(Statistics.Counter.values()).map(Enum::name).toList();
        List<String> software =
                Arrays.stream(NicRegisterMap.Counter.values()).map(Enum::name).toList();
        assertEquals(hardware, software);
        for (NicRegisterMap.Counter c : NicRegisterMap.Counter.values()) {
            assertEquals(NicRegisters.STATS + 4 * c.ordinal(), c.offset(), c.name());
        }
    }
}
