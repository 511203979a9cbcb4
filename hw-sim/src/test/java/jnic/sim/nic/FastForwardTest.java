package jnic.sim.nic;

import static jnic.sim.nic.NicRegisterMap.INT_RX_READY;
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
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The world's idle fast-forward changes nothing but the work done: the same traffic with long idle
 * gaps, run once with it and once clocking through every clock, gives the same interrupts at the
 * same clocks, the same frames, the same counters and a byte-identical capture.
 */
class FastForwardTest {
    /** Everything a run shows: interrupt clocks and masks, frames received, counters, the capture. */
    record Outcome(List<Long> events, List<byte[]> frames, List<Long> counters, long skipped) {}

    /** {@code wait}: the clocks of the long quiet spells (the phy build's clock is 6.4 times faster). */
    static Outcome exchange(String top, boolean fastForward, Path dir, long wait) {
        Path pcap = dir.resolve(top + "-" + fastForward + ".pcapng");
        try (World w = World.create(top, 2, Medium.CABLE)) {
            w.fastForward(fastForward);
            w.capturePcapng(pcap);
            List<NicHost> hosts = NicTrafficTest.start(w, 0);
            List<Long> events = new ArrayList<>();
            List<byte[]> frames = new ArrayList<>();
            for (int k = 0; k < 12; k++) {
                NicHost from = hosts.get(k % 2);
                NicHost to = hosts.get(1 - k % 2);
                from.send(NicTrafficTest.frame(new Random(k), to.macAddress(), from.macAddress(), k, 60 + 97 * k));
                for (int round = 0; round < 3; round++) { // the frame's TX_DONE and RX_READY, then a long quiet
                    long mask = w.runUntilInterrupt(wait + 1_000 * k);
                    events.add(w.cycles());
                    events.add(mask);
                    for (NicHost h : hosts) {
                        if ((mask >>> h.station & 1) != 0 && (h.acknowledge() & 1 << INT_RX_READY) != 0) {
                            h.receiveAll().forEach(r -> frames.add(r.frame()));
                        }
                    }
                }
                w.run(wait / 7 + 777 * k); // idle, then the next frame
                events.add(w.cycles());
            }
            List<Long> counters = new ArrayList<>();
            for (NicHost h : hosts) {
                for (Counter c : Counter.values()) {
                    counters.add(h.counter(c));
                }
            }
            return new Outcome(events, frames, counters, w.clocksSkipped());
        }
    }

    @ParameterizedTest
    @CsvSource({"NicFast, 2000000", "NicPhy, 200000"})
    void skippingIdleClocksGivesTheSameRunAsClockingThroughThem(String top, long wait, @TempDir Path dir)
            throws IOException {
        Outcome fast = exchange(top, true, dir, wait);
        Outcome slow = exchange(top, false, dir, wait);
        assertEquals(0, slow.skipped(), "off means every clock is evaluated");
        assertTrue(
                fast.skipped() > 0.8 * fast.events().get(fast.events().size() - 1),
                "most of an idle run is skipped: " + fast.skipped() + " of "
                        + fast.events().get(fast.events().size() - 1));
        assertEquals(slow.events(), fast.events(), "the same interrupts at the same clocks");
        assertEquals(slow.frames().size(), fast.frames().size());
        assertEquals(12, fast.frames().size(), "every frame arrived");
        for (int i = 0; i < fast.frames().size(); i++) {
            assertArrayEquals(slow.frames().get(i), fast.frames().get(i), "frame " + i);
        }
        assertEquals(slow.counters(), fast.counters(), "the same counters");
        assertArrayEquals(
                Files.readAllBytes(dir.resolve(top + "-false.pcapng")),
                Files.readAllBytes(dir.resolve(top + "-true.pcapng")),
                "the same capture, byte for byte");
    }
}
