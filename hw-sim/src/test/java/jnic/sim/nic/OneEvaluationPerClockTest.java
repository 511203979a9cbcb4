package jnic.sim.nic;

import static jnic.sim.nic.NicRegisterMap.CONTROL_HALF_DUPLEX;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import jnic.sim.Medium;
import jnic.sim.World;
import jnic.sim.nic.NicRegisterMap.Counter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A world runs each clock of a NIC as one evaluation, its rising edge's: no output of the NIC follows
 * an input within the clock (gen_ports.py finds that in the Verilated model), so the clock-low
 * evaluation before the edge could not change what the outputs show. A station with a VCD open is
 * evaluated in both halves, each clock settled with its inputs before the edge (the VCD shows the low
 * half), and a world with nothing but stations and a medium (no capture, VCD, testbench or
 * impairment) takes its plain step (World::step_plain). Each edge is evaluated either by Verilator's
 * own eval() or by the direct edge gen_ports.py writes (eval()'s calls for the edge without its
 * loops); the reference run takes eval() and both evaluations per clock. All give the same run, here
 * on a hub where the stations defer, collide and back off: the same interrupts at the same clocks,
 * the same frames, the same counters and collisions, and where captured a byte-identical capture.
 */
class OneEvaluationPerClockTest {
    record Outcome(
            List<Long> events,
            List<byte[]> frames,
            List<Long> counters,
            long plainClocks,
            long clocks,
            int directEdges) {}

    /** How a run is watched: not at all (the plain path), a capture, or a capture and every station's VCD. */
    enum Watch {
        NOTHING,
        CAPTURE,
        CAPTURE_AND_VCD
    }

    static Outcome run(String top, Watch watch, boolean directEdges, Path dir) {
        boolean settleEveryClock = watch == Watch.CAPTURE_AND_VCD;
        int stations = 3;
        try (World w = World.create(top, stations, Medium.HUB)) {
            w.useDirectEdges(directEdges);
            if (settleEveryClock) { // from power-on: the reset and the set-up settle every clock too
                for (int s = 0; s < stations; s++) {
                    w.makeTraceable(s);
                    w.traceVcd(s, dir.resolve(top + "-" + s + ".vcd"), 0, Long.MAX_VALUE);
                }
            }
            if (watch != Watch.NOTHING) {
                w.capturePcapng(dir.resolve(top + "-" + watch + "-" + directEdges + ".pcapng"));
            }
            List<NicHost> hosts = NicTrafficTest.start(w, 1 << CONTROL_HALF_DUPLEX);
            // Every station queues frames at once: they defer to each other and collide.
            Random random = new Random(5);
            for (int k = 0; k < 4; k++) {
                for (int s = 0; s < stations; s++) {
                    NicHost to = hosts.get((s + 1) % stations);
                    hosts.get(s)
                            .send(NicTrafficTest.frame(
                                    random, to.macAddress(), hosts.get(s).macAddress(), k, 60 + random.nextInt(200)));
                }
            }
            List<Long> events = new ArrayList<>();
            List<byte[]> frames = new ArrayList<>();
            long end = w.cycles() + (top.equals("NicPhy") ? 120_000 : 20_000);
            while (w.cycles() < end) {
                long mask = w.runUntilInterrupt(end - w.cycles());
                events.add(w.cycles());
                events.add(mask);
                for (NicHost h : hosts) {
                    if ((mask >>> h.station & 1) != 0) {
                        h.acknowledge();
                        h.receiveAll().forEach(r -> frames.add(r.frame()));
                    }
                }
            }
            List<Long> counters = new ArrayList<>();
            for (NicHost h : hosts) {
                for (Counter c : Counter.values()) {
                    counters.add(h.counter(c));
                }
                counters.add((long) h.read(NicRegisterMap.STATUS)); // the ROM's checksum verdict among others
            }
            counters.add(w.collisionCycles());
            return new Outcome(events, frames, counters, w.plainClocks(), w.cycles(), w.directEdges());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NicFast", "NicPhy"})
    void skippingTheClockLowEvaluationGivesTheSameRun(String top, @TempDir Path dir) throws IOException {
        Outcome twice = run(top, Watch.CAPTURE_AND_VCD, false, dir);
        assertEquals(0, twice.directEdges(), "the reference run evaluates through Verilator's eval()");
        assertTrue(Files.size(dir.resolve(top + "-0.vcd")) > 100_000, "the traced run wrote its VCDs");
        assertTrue(twice.counters().get(twice.counters().size() - 1) > 0, "the stations collided");
        assertEquals(12, twice.frames().size(), "every frame arrived");
        assertEquals(0, twice.plainClocks(), "a world with VCDs open takes the general step");
        for (Watch watch : List.of(Watch.CAPTURE, Watch.NOTHING)) {
            for (boolean direct : List.of(true, false)) {
                Outcome once = run(top, watch, direct, dir);
                assertEquals(direct ? 3 : 0, once.directEdges(), "stations taking the direct edge");
                compare(twice, once, watch + (direct ? ", direct edges" : ", eval()"));
            }
        }
        for (boolean direct : List.of(true, false)) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve(top + "-CAPTURE_AND_VCD-false.pcapng")),
                    Files.readAllBytes(dir.resolve(top + "-CAPTURE-" + direct + ".pcapng")),
                    "the same capture, byte for byte (direct edges " + direct + ")");
        }
    }

    private static void compare(Outcome twice, Outcome once, String watch) {
        assertEquals(twice.frames().size(), once.frames().size(), watch);
        for (int i = 0; i < once.frames().size(); i++) {
            assertArrayEquals(twice.frames().get(i), once.frames().get(i), watch + ": frame " + i);
        }
        assertEquals(twice.events(), once.events(), watch + ": the same interrupts at the same clocks");
        assertEquals(twice.counters(), once.counters(), watch + ": the same counters and collisions");
        if (watch.startsWith(Watch.NOTHING.name())) {
            assertTrue(
                    once.plainClocks() > 0,
                    "the unwatched world took the plain step: " + once.plainClocks() + " of " + once.clocks());
        } else {
            assertEquals(0, once.plainClocks(), "a captured world takes the general step");
        }
    }
}
