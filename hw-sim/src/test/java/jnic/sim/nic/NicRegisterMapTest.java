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
 * The register map software programs against is the one the hardware was generated from: every
 * constant of hdl-gen's NicRegisters is in NicRegisterMap with the same value and NicRegisterMap has
 * no other, and the statistics counters are in the hardware's order at the hardware's offsets.
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
    void everyConstantHasTheSameValueOnBothSides() throws IllegalAccessException {
        Map<String, Integer> hardware = constants(NicRegisters.class);
        Map<String, Integer> software = constants(NicRegisterMap.class);
        assertTrue(hardware.size() > 40, "compared " + hardware.size());
        for (Map.Entry<String, Integer> c : hardware.entrySet()) {
            assertEquals(c.getValue(), software.get(c.getKey()), c.getKey() + " in NicRegisterMap");
        }
        for (Map.Entry<String, Integer> c : software.entrySet()) {
            assertEquals(c.getValue(), hardware.get(c.getKey()), c.getKey() + " in the hardware's NicRegisters");
        }
        assertEquals(hardware, software);
    }

    @Test
    void theCountersAreInTheHardwaresOrderAtItsOffsets() {
        List<String> hardware =
                Arrays.stream(Statistics.Counter.values()).map(Enum::name).toList();
        List<String> software =
                Arrays.stream(NicRegisterMap.Counter.values()).map(Enum::name).toList();
        assertEquals(hardware, software);
        for (NicRegisterMap.Counter c : NicRegisterMap.Counter.values()) {
            assertEquals(
                    NicRegisters.STATS
                            + 4 * Statistics.Counter.valueOf(c.name()).ordinal(),
                    c.offset(),
                    c.name());
        }
    }
}
