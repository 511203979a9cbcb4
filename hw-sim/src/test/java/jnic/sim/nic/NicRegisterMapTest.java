package jnic.sim.nic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

import jnic.hdl.nic.NicRegisters;
import jnic.hdl.nic.Statistics;
import org.junit.jupiter.api.Test;

/** The register map software programs against is the one the hardware was generated from. */
class NicRegisterMapTest {

    @Test
    void everyHardwareConstantHasTheSameValueInTheSoftwareMap() throws ReflectiveOperationException {
        int compared = 0;
        for (Field hw : NicRegisters.class.getFields()) {
            if (!Modifier.isStatic(hw.getModifiers())) {
                continue;
            }
            Field sw = NicRegisterMap.class.getField(hw.getName());
            assertEquals(hw.get(null), sw.get(null), hw.getName());
            compared++;
        }
        assertTrue(compared > 40, "compared " + compared);
    }

    @Test
    void theCountersAreInTheHardwaresOrder() {
        List<String> hardware = Arrays.stream(Statistics.Counter.values()).map(Enum::name).toList();
        List<String> software = Arrays.stream(NicRegisterMap.Counter.values()).map(Enum::name).toList();
        assertEquals(hardware, software);
    }
}
