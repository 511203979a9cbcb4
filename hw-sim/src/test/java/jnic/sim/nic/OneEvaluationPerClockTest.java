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
            int directEdges,
            long[] edgesCompared) {}

    /** How a run is watched: not at all (the plain path), a capture, or a capture and every station's VCD. */
    enum Watch {
        NOTHING,
        CAPTURE,
        CAPTURE_AND_VCD
    }

    static Outcome run(String top, Watch watch, boolean directEdges, Path dir) {
        return run(top, watch, directEdges, false, dir);
    }

    /** compareEdges: every direct edge also taken through eval() and the states compared. */
    static Outcome run(String top, Watch watch, boolean directEdges, boolean compareEdges, Path dir) {
        boolean settleEveryClock = watch == Watch.CAPTURE_AND_VCD;
        int stations = 3;
        try (World w = World.create(top, stations, Medium.HUB)) {
            w.useDirectEdges(directEdges);
            w.compareDirectEdges(compareEdges);
            if (settleEveryClock) { // from power-on: the reset and the set-up settle every clock too
                for (int s = 0; s < stations; s++) {
                    w.makeTraceable(s);
                    w.traceVcd(s, vcd(dir, top, s, directEdges), 0, Long.MAX_VALUE);
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
            return new Outcome(
                    events, frames, counters, w.plainClocks(), w.cycles(), w.directEdges(), w.directEdgeComparisons());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"NicFast", "NicPhy"})
    void skippingTheClockLowEvaluationGivesTheSameRun(String top, @TempDir Path dir) throws IOException {
        Outcome twice = run(top, Watch.CAPTURE_AND_VCD, false, dir);
        assertEquals(0, twice.directEdges(), "the reference run evaluates through Verilator's eval()");
        assertTrue(Files.size(vcd(dir, top, 0, false)) > 100_000, "the traced run wrote its VCDs");
        assertTrue(twice.counters().get(twice.counters().size() - 1) > 0, "the stations collided");
        assertEquals(12, twice.frames().size(), "every frame arrived");
        assertEquals(0, twice.plainClocks(), "a world with VCDs open takes the general step");
        // The same traced run through the direct edges (the traced build's own): the same run and
        // byte-identical VCDs.
        Outcome tracedDirect = run(top, Watch.CAPTURE_AND_VCD, true, dir);
        assertEquals(3, tracedDirect.directEdges(), "Verilator 5.006's traced models get direct edges");
        compare(twice, tracedDirect, "VCD, direct edges", false);
        for (int s = 0; s < 3; s++) {
            assertArrayEquals(
                    Files.readAllBytes(vcd(dir, top, s, false)),
                    Files.readAllBytes(vcd(dir, top, s, true)),
                    "station " + s + ": the same VCD through eval() and through the direct edge");
        }
        for (Watch watch : List.of(Watch.CAPTURE, Watch.NOTHING)) {
            for (boolean direct : List.of(true, false)) {
                Outcome once = run(top, watch, direct, dir);
                // gen_ports.py writes direct edges for Verilator 5.006's models, which make deps installs.
                assertEquals(direct ? 3 : 0, once.directEdges(), "stations taking the direct edge");
                compare(twice, once, watch + (direct ? ", direct edges" : ", eval()"), watch == Watch.NOTHING);
            }
        }
        // Every edge taken both ways from the same state leaves the model's whole state the same,
        // the scheduler's fields included.
        Outcome compared = run(top, Watch.NOTHING, true, true, dir);
        compare(twice, compared, "edges compared", false);
        assertTrue(compared.edgesCompared()[0] > 3_000, "edges compared: " + compared.edgesCompared()[0]);
        assertEquals(0, compared.edgesCompared()[1], "edges whose direct evaluation left another state than eval()");
        for (boolean direct : List.of(true, false)) {
            assertArrayEquals(
                    Files.readAllBytes(dir.resolve(top + "-CAPTURE_AND_VCD-false.pcapng")),
                    Files.readAllBytes(dir.resolve(top + "-CAPTURE-" + direct + ".pcapng")),
                    "the same capture, byte for byte (direct edges " + direct + ")");
        }
    }

    private static Path vcd(Path dir, String top, int station, boolean directEdges) {
        return dir.resolve(top + "-" + station + "-" + directEdges + ".vcd");
    }

    private static void compare(Outcome twice, Outcome once, String watch, boolean plain) {
        assertEquals(twice.frames().size(), once.frames().size(), watch);
        for (int i = 0; i < once.frames().size(); i++) {
            assertArrayEquals(twice.frames().get(i), once.frames().get(i), watch + ": frame " + i);
        }
        assertEquals(twice.events(), once.events(), watch + ": the same interrupts at the same clocks");
        assertEquals(twice.counters(), once.counters(), watch + ": the same counters and collisions");
        if (plain) {
            assertTrue(
                    once.plainClocks() > 0,
                    "the unwatched world took the plain step: " + once.plainClocks() + " of " + once.clocks());
        } else {
            assertEquals(0, once.plainClocks(), watch + ": a watched world takes the general step");
        }
    }
}
