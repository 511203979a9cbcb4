package jnic.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.BitSet;
import java.util.OptionalInt;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The one ephemeral-port allocator UDP and TCP share, against a bit-per-port model of which ports are taken. */
class EphemeralPortsTest {
    /** Whatever is taken, the port chosen is in RFC 6335's dynamic range and free; none is chosen only when none is free. */
    @Property
    void choosesAFreePortOfTheDynamicRangeWhileOneIsLeft(
            @ForAll long seed, @ForAll @IntRange(min = 0, max = 16384) int taken, @ForAll boolean takeAll) {
        Random r = new Random(seed);
        BitSet used = new BitSet();
        int toTake = takeAll ? EphemeralPorts.LAST - EphemeralPorts.FIRST + 1 : taken;
        for (int i = 0; i < toTake; i++) {
            used.set(
                    takeAll
                            ? EphemeralPorts.FIRST + i
                            : EphemeralPorts.FIRST + r.nextInt(EphemeralPorts.LAST - EphemeralPorts.FIRST + 1));
        }
        OptionalInt port = new EphemeralPorts(new Random(seed)).choose(p -> !used.get(p));
        int free = (EphemeralPorts.LAST - EphemeralPorts.FIRST + 1)
                - used.get(EphemeralPorts.FIRST, EphemeralPorts.LAST + 1).cardinality();
        assertEquals(free > 0, port.isPresent(), free + " ports free");
        if (port.isPresent()) {
            assertTrue(port.getAsInt() >= 49152 && port.getAsInt() <= 65535, "port " + port.getAsInt());
            assertTrue(!used.get(port.getAsInt()), "port " + port.getAsInt() + " is taken");
        }
    }

    /** RFC 6056 section 3.3.1: the search starts at random, so successive choices with nothing taken spread over the range. */
    @Property(tries = 10)
    void choicesStartAtRandom(@ForAll long seed) {
        EphemeralPorts ports = new EphemeralPorts(new Random(seed));
        BitSet seen = new BitSet();
        for (int i = 0; i < 100; i++) {
            seen.set(ports.choose(p -> true).getAsInt());
        }
        assertTrue(seen.cardinality() > 90, seen.cardinality() + " distinct ports in 100 choices");
    }
}
